"""One window per display (issue 11): the hand-over, and start-up under a real X server.

    python benchmarks/bench_instance.py [--runs N] [--quick]

Hand-over: a window (``httpcodes``, offscreen) runs in the background; ``httpcodes gui CODE``
(503 and 404 in turn, so that every hand-over changes what is on screen) is timed as a whole
process, interleaved with ``python -c pass``, after a warm-up round. The window writes the
moment it has drawn the frame after each hand-over (``HTTPCODES_HAND_OVER_STAMP``) and what
that frame shows, so the spawn-to-screen time is reported too, and every run is checked to
have shown its code.

Start-up under Xvfb: ``httpcodes`` and ``bare_window.py``, each told to quit after its first
Paint event (which Qt delivers once the mapped window is exposed), from spawn to that paint,
interleaved, on an X server of their own (``Xvfb``, 1600x1000, no window manager). Twice:
with the compiled catalogue and search index in the cache (as after a user's first run), and
as a first start (an empty cache folder and no settings each run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    BENCH_DIR,
    PYTHON,
    VENV_BIN,
    ProcessRun,
    check_runs,
    common_arguments,
    comparison,
    interleaved,
    log,
    median,
    median_first_paint,
    paired_ratio,
    part_path,
    process_summary,
    quitting_env,
    run_process,
    skipped,
    throwaway_env,
    which,
    write_json,
)

HAND_OVER_TARGET = 2.0
XVFB_WARM_TARGET = 1.10
XVFB_FIRST_TARGET = 1.2
CODES = ("503", "404")


def wait_for(condition: Any, what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting for {what}")
        time.sleep(0.01)


def serving(path: str) -> bool:
    import socket

    with socket.socket(socket.AF_UNIX) as probe:
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


def hand_over_rows(runs: int, warmup: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    env = throwaway_env()
    stamp = Path(tempfile.mkdtemp()) / "hand-over"
    env["HTTPCODES_HAND_OVER_STAMP"] = str(stamp)
    env["HTTPCODES_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="hc-run-")
    window = subprocess.Popen([str(VENV_BIN / "httpcodes")], env=env, stderr=subprocess.DEVNULL)
    try:
        socket_path = os.path.join(env["HTTPCODES_RUNTIME_DIR"], "nodisplay.sock")
        wait_for(lambda: serving(socket_path) or window.poll() is not None, "the window")
        if window.poll() is not None:
            raise RuntimeError(f"the window exited with {window.returncode}")
        client_env = {k: v for k, v in env.items() if k != "HTTPCODES_HAND_OVER_STAMP"}
        floor_argv = [str(PYTHON), "-c", "pass"]
        hand: list[ProcessRun] = []
        floor: list[ProcessRun] = []
        screen_ms: list[float] = []
        wrong: list[str] = []
        for round_number in range(warmup + runs):
            code = CODES[round_number % len(CODES)]
            stamp.unlink(missing_ok=True)
            start = time.monotonic_ns()
            run = run_process([str(VENV_BIN / "httpcodes"), "gui", code], client_env)
            if run.status != 0:
                raise RuntimeError(f"httpcodes gui {code} exited with {run.status}")
            wait_for(stamp.exists, "the frame after the hand-over")
            wait_for(lambda: " " in stamp.read_text(), "the stamp's text")
            stamped, shown = stamp.read_text().split(" ", 1)
            baseline = run_process(floor_argv, client_env)
            if round_number < warmup:
                continue
            hand.append(run)
            floor.append(baseline)
            screen_ms.append((int(stamped) - start) / 1e6)
            if shown.split(" ")[0] != code:
                wrong.append(f"{code} -> {shown!r}")
    finally:
        window.kill()
        window.wait()
    hand_ms = median([r.wall_ms for r in hand])
    floor_ms = median([r.wall_ms for r in floor])
    rows = [
        comparison(
            "httpcodes gui CODE, handed over to the running window (whole process)",
            hand_ms,
            floor_ms,
            HAND_OVER_TARGET,
            "ms",
            "python -c pass",
            f"median of {runs} interleaved runs each; paired ratio {paired_ratio(hand, floor):.2f}",
        ),
        comparison(
            "httpcodes gui CODE, spawn to the window's next frame showing it",
            median(screen_ms),
            floor_ms,
            None,
            "ms",
            "python -c pass",
            "every frame showed its code" if not wrong else f"WRONG: {', '.join(wrong)}",
        ),
    ]
    details = {
        "hand_over": {
            "client": process_summary(hand),
            "python_c_pass": process_summary(floor),
            "to_screen_ms": sorted(round(x, 2) for x in screen_ms),
            "wrong": wrong,
        }
    }
    return rows, details


class Xvfb:
    """An X server of the benchmark's own."""

    def __init__(self) -> None:
        binary = which("Xvfb")
        if binary is None:
            raise FileNotFoundError("Xvfb is not installed (apt-get install xvfb)")
        self.number = next(n for n in range(91, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.process = subprocess.Popen(
            [binary, f":{self.number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{self.number}").exists(), "Xvfb")

    def env(self, base: dict[str, str]) -> dict[str, str]:
        return {**base, "QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{self.number}"}

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def xvfb_rows(runs: int, warmup: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    try:
        server = Xvfb()
    except (FileNotFoundError, RuntimeError) as error:
        reason = str(error)
        return [
            skipped("Window start-up on Xvfb, warm cache", reason, "ms", XVFB_WARM_TARGET),
            skipped("Window start-up on Xvfb, first start", reason, "ms", XVFB_FIRST_TARGET),
        ], {}
    cold_caches: list[str] = []

    def warm() -> dict[str, str]:
        return server.env(quitting_env())

    def first_start() -> dict[str, str]:
        env = server.env(quitting_env())
        cold = tempfile.mkdtemp(prefix="hc-cold-")
        cold_caches.append(cold)
        env["HTTPCODES_CACHE_DIR"] = cold  # no compiled catalogue, no index; no settings
        return env

    app = [str(VENV_BIN / "httpcodes")]
    bare = [str(PYTHON), str(BENCH_DIR / "bare_window.py")]
    try:
        for argv in (app, bare):
            check_runs(argv, warm())
        log(f"xvfb: {runs} runs each, warm cache then first start, interleaved with the bare")
        warm_runs = interleaved({"app": (app, warm), "bare": (bare, warm)}, runs, warmup)
        first_runs = interleaved({"app": (app, first_start), "bare": (bare, warm)}, runs, 0)
    finally:
        server.stop()
        for folder in cold_caches:
            shutil.rmtree(folder, ignore_errors=True)
    rows = []
    for label, results, target in (
        ("warm cache", warm_runs, XVFB_WARM_TARGET),
        ("first start, no cache and no settings", first_runs, XVFB_FIRST_TARGET),
    ):
        rows.append(
            comparison(
                f"Window start-up on Xvfb, {label} (spawn to first frame)",
                median_first_paint(results["app"]),
                median_first_paint(results["bare"]),
                target,
                "ms",
                "bare window",
                f"median of {runs} interleaved runs each; paired ratio "
                f"{paired_ratio(results['app'], results['bare'], 'first_paint_ms'):.2f}",
            )
        )
    details = {
        "startup_xvfb": {
            "warm": {k: process_summary(v) for k, v in warm_runs.items()},
            "first_start": {k: process_summary(v) for k, v in first_runs.items()},
        }
    }
    return rows, details


def main() -> int:
    parser = common_arguments(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    options = parser.parse_args()
    runs, warmup = (1, 0) if options.quick else (options.runs, 2)
    log(f"hand-over: {runs} runs, interleaved with python -c pass")
    rows, details = hand_over_rows(runs, warmup)
    more_rows, more_details = xvfb_rows(runs, 1 if not options.quick else 0)
    rows.extend(more_rows)
    details.update(more_details)
    write_json(
        options.output or part_path("instance", options.quick), {"rows": rows, "details": details}
    )
    for row in rows:
        log(f"  {row['name']}: {row['value']} vs {row['baseline']} {row['unit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
