"""Terminal commands, whole process, against ``python -c pass`` on the same interpreter.

    python benchmarks/bench_cli.py [--runs N] [--quick]

``httpcodes show 404`` and ``httpcodes search "rate limit"`` (the venv's console script, output
to /dev/null, which is not a terminal, so no colour and no wrapping work) are interleaved with
``.venv/bin/python -c pass`` after a warm-up round.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    PYTHON,
    VENV_BIN,
    check_runs,
    common_arguments,
    comparison,
    interleaved,
    log,
    median,
    paired_ratio,
    part_path,
    process_summary,
    throwaway_env,
    write_json,
)

SHOW_TARGET = 2.5
SEARCH_TARGET = 3.0  # issue 11: the built index is kept in the cache


def main() -> int:
    parser = common_arguments(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="timed runs of each (default 25)")
    options = parser.parse_args()
    runs, warmup = (1, 0) if options.quick else (options.runs, 2)

    commands = {
        "python -c pass": [str(PYTHON), "-c", "pass"],
        "httpcodes show 404": [str(VENV_BIN / "httpcodes"), "show", "404"],
        "httpcodes search 'rate limit'": [str(VENV_BIN / "httpcodes"), "search", "rate limit"],
    }
    for argv in commands.values():
        check_runs(argv, throwaway_env())
    log(f"terminal: {runs} runs each, interleaved")
    results = interleaved(
        {name: (argv, throwaway_env) for name, argv in commands.items()}, runs, warmup
    )
    floor = median([r.wall_ms for r in results["python -c pass"]])

    search = "httpcodes search 'rate limit'"

    def wall(name: str) -> float:
        return median([r.wall_ms for r in results[name]])

    rows = [
        comparison(
            "httpcodes show 404 (whole process)",
            wall("httpcodes show 404"),
            floor,
            SHOW_TARGET,
            "ms",
            "python -c pass",
            f"median of {runs} interleaved runs each; paired ratio "
            f"{paired_ratio(results['httpcodes show 404'], results['python -c pass']):.2f}",
        ),
        comparison(
            "httpcodes search 'rate limit' (whole process)",
            wall("httpcodes search 'rate limit'"),
            floor,
            SEARCH_TARGET,
            "ms",
            "python -c pass",
            f"median of {runs} interleaved runs each; the index read from the cache; paired "
            f"ratio {paired_ratio(results[search], results['python -c pass']):.2f}",
        ),
    ]
    part = {
        "rows": rows,
        "details": {
            "terminal": {
                name: {"argv": argv[1:], **process_summary(results[name])}
                for name, argv in commands.items()
            }
        },
    }
    write_json(options.output or part_path("cli", options.quick), part)
    for row in rows:
        log(f"  {row['name']}: {row['value']} vs {row['baseline']} {row['unit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
