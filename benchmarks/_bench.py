"""Shared helpers of the benchmark scripts: timing child processes, statistics, the machine's
description and the results files. Standard library only (no Qt), so that importing it costs
nothing measurable."""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
BUILD_DIR = BENCH_DIR / "build"
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = VENV_BIN / "python"
PAINT_STAMP_VARIABLE = "HTTPCODES_PAINT_STAMP"


# -- statistics ---------------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of the samples fall (nearest rank)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * (len(ordered) - 1))))
    return ordered[rank]


def summary(values: Sequence[float], digits: int = 3) -> dict[str, Any]:
    """Median and spread of a list of samples, rounded for a diff-friendly JSON file."""
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "median": round(median(values), digits),
        "p10": round(percentile(values, 0.1), digits),
        "p90": round(percentile(values, 0.9), digits),
        "min": round(min(values), digits),
        "max": round(max(values), digits),
    }


# -- child processes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ProcessRun:
    """One child process: wall time from spawn to reaped, from spawn to its first paint (for
    windows that report it), its peak resident memory, status."""

    wall_ms: float
    maxrss_kib: int
    user_ms: float
    system_ms: float
    status: int
    first_paint_ms: float | None = None


def run_process(
    argv: Sequence[str],
    env: Mapping[str, str] | None = None,
    stdout_path: str = os.devnull,
    stderr_path: str = os.devnull,
) -> ProcessRun:
    """Spawn ``argv`` and wait for it, timing from just before the spawn to the moment the
    kernel hands back its exit status. ``wait4`` gives the child's own peak RSS (ru_maxrss).

    A window started with ``--quit-after-paint`` writes the moment of its first paint
    (CLOCK_MONOTONIC, the clock of ``time.monotonic_ns`` here too) to the file named by
    ``HTTPCODES_PAINT_STAMP``: that gives spawn to first paint, the start-up the user sees,
    apart from the time the process then takes to tear itself down."""
    write = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, stdout_path, write, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, stderr_path, write, 0o644),
    ]
    environment = dict(os.environ if env is None else env)
    stamp_path = os.path.join(tempfile.mkdtemp(dir=_scratch_root()), "first-paint")
    environment[PAINT_STAMP_VARIABLE] = stamp_path
    start = time.monotonic_ns()
    pid = os.posix_spawn(argv[0], list(argv), environment, file_actions=actions)
    _, wait_status, usage = os.wait4(pid, 0)
    wall = (time.monotonic_ns() - start) / 1e6
    first_paint: float | None = None
    try:
        with open(stamp_path, encoding="ascii") as stamp:
            first_paint = (int(stamp.read()) - start) / 1e6
    except (OSError, ValueError):
        pass
    return ProcessRun(
        wall_ms=wall,
        maxrss_kib=usage.ru_maxrss,
        user_ms=usage.ru_utime * 1000,
        system_ms=usage.ru_stime * 1000,
        status=os.waitstatus_to_exitcode(wait_status),
        first_paint_ms=first_paint,
    )


def check_runs(argv: Sequence[str], env: Mapping[str, str]) -> None:
    """Run a command once with its output captured; raise with its stderr if it fails. Used
    before timing anything, so that a broken build reports why instead of a number."""
    import subprocess

    result = subprocess.run(list(argv), env=dict(env), capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv)} exited with {result.returncode}:\n{result.stderr[-2000:]}"
        )


_SCRATCH: list[str] = []


def _scratch_root() -> str:
    if not _SCRATCH:
        import atexit

        _SCRATCH.append(tempfile.mkdtemp(prefix="httpcodes-bench-"))
        atexit.register(shutil.rmtree, _SCRATCH[0], True)
    return _SCRATCH[0]


def throwaway_env(**extra: str) -> dict[str, str]:
    """The environment for a measured child: offscreen Qt, and config/state folders that hold
    nothing of the user's (fresh for every call, so no settings file is found; all removed
    when the benchmark ends)."""
    env = dict(os.environ)
    for variable in (
        "PYTHONPROFILEIMPORTTIME",
        "PYTHONSTARTUP",
        "PYTHONINSPECT",
        "PYTHONPATH",
        "PYTHONDONTWRITEBYTECODE",
    ):
        env.pop(variable, None)
    # Compiled modules are cached as on an installed system (where they always are), but in a
    # folder of the benchmarks' own rather than beside the sources in app/.
    env["PYTHONPYCACHEPREFIX"] = str(BUILD_DIR / "pycache")
    scratch = tempfile.mkdtemp(dir=_scratch_root())
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HTTPCODES_CONFIG_DIR=os.path.join(scratch, "config"),
        HTTPCODES_STATE_DIR=os.path.join(scratch, "state"),
        XDG_CONFIG_HOME=os.path.join(scratch, "xdg-config"),
        XDG_STATE_HOME=os.path.join(scratch, "xdg-state"),
        XDG_CACHE_HOME=os.path.join(scratch, "xdg-cache"),
        # The single-instance socket (httpcodes.instance): never a running window's of the user.
        HTTPCODES_RUNTIME_DIR=os.path.join(scratch, "run"),
        # The compiled catalogue is kept across runs, as it is across a user's runs: the
        # warm-up round writes it, the measured runs read it (a first run reads the JSON).
        HTTPCODES_CACHE_DIR=str(BUILD_DIR / "httpcodes-cache"),
        QT_LOGGING_RULES="*.debug=false;qt.qpa.*=false",
    )
    env.update(extra)
    return env


def quitting_env() -> dict[str, str]:
    """``throwaway_env`` for a window that quits right after its first paint: started as the
    desktop entry starts httpcodes (no arguments), told to quit by the environment."""
    return throwaway_env(HTTPCODES_QUIT_AFTER_PAINT="1")


EnvFactory = Callable[[], Mapping[str, str]]


def interleaved(
    commands: Mapping[str, tuple[Sequence[str], EnvFactory]],
    runs: int,
    warmup: int = 1,
    check: bool = True,
) -> dict[str, list[ProcessRun]]:
    """Run each command ``runs`` times, interleaved A, B, A, B, ... after ``warmup`` unrecorded
    rounds (which fill the page cache and the .pyc files). Each run gets the environment its
    factory makes (a fresh throwaway settings folder). Raises if a child fails."""
    results: dict[str, list[ProcessRun]] = {name: [] for name in commands}
    for round_number in range(warmup + runs):
        for name, (argv, env) in commands.items():
            run = run_process(argv, env())
            if check and run.status != 0:
                raise RuntimeError(f"{name}: {' '.join(argv)} exited with {run.status}")
            if round_number >= warmup:
                results[name].append(run)
    return results


def paired_ratio(
    runs: Sequence[ProcessRun], baseline: Sequence[ProcessRun], measure: str = "wall_ms"
) -> float:
    """The median of the ratios of runs made side by side (run i of each): steadier than the
    ratio of the medians when the machine's load drifts during the benchmark. ``measure`` is
    ``wall_ms`` or ``first_paint_ms``."""
    pairs = [
        (getattr(a, measure), getattr(b, measure)) for a, b in zip(runs, baseline, strict=False)
    ]
    return median([a / b for a, b in pairs if a is not None and b])


def first_paints(runs: Sequence[ProcessRun]) -> list[float]:
    """Spawn to first paint of the runs that reported it."""
    return [r.first_paint_ms for r in runs if r.first_paint_ms is not None]


def median_first_paint(runs: Sequence[ProcessRun]) -> float | None:
    """The median time to the first paint; None unless every run reported it."""
    times = first_paints(runs)
    return median(times) if times and len(times) == len(runs) else None


def median_wall(runs: Sequence[ProcessRun]) -> float:
    """The median time from spawn to exit."""
    return median([r.wall_ms for r in runs])


def own_peak_kib() -> int:
    """This process's own peak resident set (VmHWM)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def process_summary(runs: Sequence[ProcessRun]) -> dict[str, Any]:
    result = {
        "wall_ms": summary([r.wall_ms for r in runs], 1),
        "first_paint_ms": summary(first_paints(runs), 1),
        "cpu_ms": summary([r.user_ms + r.system_ms for r in runs], 1),
        "peak_rss_mib": summary([r.maxrss_kib / 1024 for r in runs], 1),
    }
    # Linux carries the spawning process's own peak into the child's ru_maxrss (the child
    # starts in the parent's address space), so a child smaller than this benchmark reads as
    # exactly its size: such a figure says nothing.
    if runs and median([r.maxrss_kib for r in runs]) <= own_peak_kib() * 1.02:
        result["peak_rss_mib"] = {"unknown": "below the benchmark process's own peak"}
    return result


# -- comparisons --------------------------------------------------------------------------------


def comparison(
    name: str,
    value: float | None,
    baseline: float | None,
    target: float | None,
    unit: str,
    baseline_name: str,
    note: str = "",
    kind: str = "ratio",
    warning: str = "",
) -> dict[str, Any]:
    """One row of the results table. ``kind="ratio"``: pass when value/baseline <= target;
    ``kind="absolute"``: pass when value <= target (baseline unused)."""
    row: dict[str, Any] = {
        "name": name,
        "unit": unit,
        "value": None if value is None else round(value, 3),
        "baseline": None if baseline is None else round(baseline, 3),
        "baseline_name": baseline_name,
        "kind": kind,
        "target": target,
        "note": note,
    }
    if warning:
        row["warning"] = warning
    if value is None or (kind == "ratio" and not baseline):
        row.update(ratio=None, passed=None)
        return row
    if kind == "ratio":
        assert baseline is not None
        ratio = value / baseline
        row["ratio"] = round(ratio, 3)
        row["passed"] = None if target is None else ratio <= target
    else:
        row["ratio"] = None
        row["passed"] = None if target is None else value <= target
    return row


def skipped(
    name: str,
    reason: str,
    unit: str = "",
    target: float | None = None,
    target_kind: str = "ratio",
) -> dict[str, Any]:
    """A row that could not be measured, with the reason (and the target it would have had)."""
    return {
        "name": name,
        "unit": unit,
        "value": None,
        "baseline": None,
        "baseline_name": "",
        "kind": "skipped",
        "target_kind": target_kind,
        "target": target,
        "ratio": None,
        "passed": None,
        "note": reason,
    }


# -- machine and results ------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_mib() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return platform.platform()


def machine_description() -> dict[str, Any]:
    """What the numbers were measured on. The Qt versions come from the venv's interpreter
    (this helper itself may run anywhere)."""
    import subprocess

    probe = (
        "import json, platform, PySide6, shiboken6; from PySide6 import QtCore; "
        "print(json.dumps({'python': platform.python_version(), "
        "'python_implementation': platform.python_implementation(), "
        "'pyside6': PySide6.__version__, 'qt': QtCore.qVersion(), "
        "'shiboken6': shiboken6.__version__}))"
    )
    try:
        versions = json.loads(
            subprocess.run(
                [str(PYTHON), "-c", probe], capture_output=True, text=True, check=True
            ).stdout
        )
    except (OSError, subprocess.CalledProcessError, json.JSONDecodeError):
        versions = {}
    pyinstaller = _pyinstaller_version()
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_mib": _memory_mib(),
        "os": _os_name(),
        "kernel": platform.release(),
        **versions,
        "pyinstaller": pyinstaller,
    }


def _pyinstaller_version() -> str | None:
    import subprocess

    if not (VENV_BIN / "pyinstaller").exists():
        return None
    try:
        out = subprocess.run(
            [str(PYTHON), "-c", "import PyInstaller; print(PyInstaller.__version__)"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return out.stdout.strip() or None


def write_json(path: Path, data: Any) -> None:
    """Write JSON atomically, sorted and indented so that a commit shows a readable diff."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".writing.tmp")
    temporary.write_text(json.dumps(data, indent=2, sort_keys=False, allow_nan=False) + "\n")
    temporary.replace(path)


def part_path(name: str, quick: bool) -> Path:
    """Where one script leaves its part of the results for ``run.py`` to merge."""
    return RESULTS_DIR / f"{name}{'-quick' if quick else ''}.part.tmp"


def common_arguments(description: str) -> Any:
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--quick", action="store_true", help="one run on tiny input: a smoke test, not a benchmark"
    )
    parser.add_argument("--output", type=Path, help="write this script's JSON part here")
    return parser


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def directory_size(path: Path) -> tuple[int, int]:
    """Bytes and number of files under ``path`` (symlinks counted once, not followed)."""
    total = files = 0
    for root, _dirs, names in os.walk(path):
        for name in names:
            full = os.path.join(root, name)
            try:
                total += os.lstat(full).st_size
            except OSError:
                continue
            files += 1
    return total, files


def which(name: str) -> str | None:
    return shutil.which(name)


def flatten(rows: Iterable[Iterable[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [row for group in rows for row in group]
