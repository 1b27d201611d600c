"""Window start-up and peak memory of the source program against the bare window.

    python benchmarks/bench_startup.py [--runs N] [--quick]

Start-up: ``httpcodes`` and ``bare_window.py`` with ``HTTPCODES_QUIT_AFTER_PAINT=1``, whole
process from spawn to the main window's first paint (which each reports through the file
named by ``HTTPCODES_PAINT_STAMP``), and from spawn to exit, offscreen, interleaved A, B, A, B
after a warm-up round, each run with a fresh throwaway config and state folder. Both quit the
same way (a zero-timer after the main window's first Paint event), so the difference is what
httpcodes adds.

Memory: the peak resident set (``ru_maxrss`` of the child, from ``wait4``) of those same runs,
and of a second pair of runs that type a hundred queries into the window first
(``app_searches.py`` against ``bare_window.py --searches 100``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    BENCH_DIR,
    PYTHON,
    VENV_BIN,
    check_runs,
    common_arguments,
    comparison,
    interleaved,
    log,
    median,
    median_first_paint,
    median_wall,
    paired_ratio,
    part_path,
    process_summary,
    quitting_env,
    throwaway_env,
    write_json,
)

START_TARGET = 1.2
MEMORY_TARGET = 1.2


def main() -> int:
    parser = common_arguments(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument(
        "--memory-runs", type=int, default=5, help="runs of each with 100 searches (default 5)"
    )
    options = parser.parse_args()
    runs, memory_runs, warmup = options.runs, options.memory_runs, 1
    searches = 100
    if options.quick:
        runs, memory_runs, warmup, searches = 1, 1, 0, 5

    # Both started as the desktop entry starts httpcodes: the command alone, told by the
    # environment to quit after the first paint.
    app = [str(VENV_BIN / "httpcodes")]
    bare = [str(PYTHON), str(BENCH_DIR / "bare_window.py")]
    for argv in (app, bare):
        check_runs(argv, quitting_env())

    log(f"start-up: {runs} runs each of the app and the bare window, interleaved")
    start = interleaved({"app": (app, quitting_env), "bare": (bare, quitting_env)}, runs, warmup)

    app_search = [str(PYTHON), str(BENCH_DIR / "app_searches.py"), "--searches", str(searches)]
    bare_search = [str(PYTHON), str(BENCH_DIR / "bare_window.py"), "--searches", str(searches)]
    log(f"memory: {memory_runs} runs each with {searches} searches, interleaved")
    after = interleaved(
        {"app": (app_search, throwaway_env), "bare": (bare_search, throwaway_env)},
        memory_runs,
        warmup=0,
    )

    def peak(runs_: list[Any]) -> float:
        return median([r.maxrss_kib / 1024 for r in runs_])

    rows = [
        comparison(
            "Window start-up, source (spawn to first paint)",
            median_first_paint(start["app"]),
            median_first_paint(start["bare"]),
            START_TARGET,
            "ms",
            "bare window",
            f"median of {len(start['app'])} interleaved runs each; paired ratio "
            f"{paired_ratio(start['app'], start['bare'], 'first_paint_ms'):.2f}",
        ),
        comparison(
            "Window start-up, source (spawn to exit after first paint)",
            median_wall(start["app"]),
            median_wall(start["bare"]),
            None,
            "ms",
            "bare window",
            f"the same runs, up to the end of the process (tear-down included); paired ratio "
            f"{paired_ratio(start['app'], start['bare']):.2f}",
        ),
        comparison(
            "Peak memory after start-up (source)",
            peak(start["app"]),
            peak(start["bare"]),
            MEMORY_TARGET,
            "MiB",
            "bare window",
            "ru_maxrss of the child",
        ),
        comparison(
            f"Peak memory after {searches} searches (source)",
            peak(after["app"]),
            peak(after["bare"]),
            MEMORY_TARGET,
            "MiB",
            "bare window",
            f"median of {len(after['app'])} runs each; the searches typed letter by letter",
        ),
    ]
    part = {
        "rows": rows,
        "details": {
            "startup_source": {
                "app": {"argv": app[1:], **process_summary(start["app"])},
                "bare": {"argv": bare[1:], **process_summary(start["bare"])},
            },
            "memory_after_searches": {
                "searches": searches,
                "app": process_summary(after["app"]),
                "bare": process_summary(after["bare"]),
            },
        },
    }
    write_json(options.output or part_path("startup", options.quick), part)
    for row in rows:
        log(f"  {row['name']}: {row['value']} vs {row['baseline']} {row['unit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
