"""Run every benchmark, write benchmarks/results/latest.json and print the table (``make bench``).

    python benchmarks/run.py [--quick] [--only cli,startup,search,frozen,instance]
                             [--output FILE] [--package]

Each part runs in its own process (bench_cli.py, bench_startup.py, bench_frozen.py,
bench_search.py, bench_instance.py) and leaves its rows in a temporary part file; this script
merges them with a description of the machine. A part that crashes becomes a "failed" row and
makes the exit status 1; a target that is missed does not (benchmarks measure, tests judge).

``--quick`` runs each part once on tiny input and writes benchmarks/results/quick.json.tmp
instead of latest.json: a smoke test of the benchmarks themselves, not a measurement.
``--package`` first runs ``make package`` when the app's frozen build in dist/ is missing or
older than the sources, so that the frozen rows measure the current code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    BENCH_DIR,
    PYTHON,
    RESULTS_DIR,
    ROOT,
    log,
    machine_description,
    part_path,
    skipped,
    write_json,
)

PARTS = {
    "cli": "bench_cli.py",
    "startup": "bench_startup.py",
    "frozen": "bench_frozen.py",
    "search": "bench_search.py",
    "instance": "bench_instance.py",
}
METHOD = {
    "startup": (
        "Whole process from posix_spawn to the main window's first Paint event (the child "
        "writes CLOCK_MONOTONIC then to the file named by HTTPCODES_PAINT_STAMP), and to the "
        "exit status (wait4), offscreen Qt, a fresh "
        "throwaway HTTPCODES_CONFIG_DIR/HTTPCODES_STATE_DIR per run, runs of app and baseline "
        "interleaved after a warm-up round. Both quit on a zero-timer after the main window's "
        "first Paint event (httpcodes gui --quit-after-paint; benchmarks/bare_window.py). "
        "Compiled modules are cached (PYTHONPYCACHEPREFIX=benchmarks/build/pycache), as on an "
        "installed system, and so is httpcodes' compiled catalogue (HTTPCODES_CACHE_DIR, "
        "written by the warm-up round), as after a user's first run."
    ),
    "memory": "Peak resident set of the child (ru_maxrss from wait4).",
    "search": (
        "In one process, offscreen. Queries typed letter by letter; engine caches cleared before "
        "each query. 'window' is MainWindow.search_box.setText() until it returns (the tree is "
        "updated then: Qt's model/view signals are synchronous); the repaint after it is reported "
        "beside it. Synthetic catalogues: benchmarks/synthetic.py."
    ),
    "instance": (
        "Hand-over: httpcodes gui CODE (503 and 404 in turn) with a window running offscreen, "
        "whole process, interleaved with python -c pass; the window stamps the frame it draws "
        "after each hand-over (HTTPCODES_HAND_OVER_STAMP) with what it shows. Xvfb: spawn to "
        "the first Paint event of the mapped window on an X server of the benchmark's own "
        "(1600x1000, no window manager), app and bare window interleaved, with a warm cache "
        "and as a first start (empty cache folder, no settings)."
    ),
    "frozen": (
        "The app's build from make package (dist/) against benchmarks/bare_window.py frozen by "
        "benchmarks/bare_window.spec, which runs packaging/httpcodes.spec with the bare window "
        "as its script and without the app's data files."
    ),
}


def git_state() -> dict[str, Any]:
    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    return {"commit": git("rev-parse", "HEAD") or None, "dirty": bool(git("status", "--porcelain"))}


def run_part(name: str, quick: bool, extra: list[str]) -> tuple[dict[str, Any] | None, str]:
    """Run one part; returns its JSON (or None) and an error message."""
    output = part_path(name, quick)
    output.unlink(missing_ok=True)
    command = [str(PYTHON), str(BENCH_DIR / PARTS[name]), "--output", str(output), *extra]
    if quick:
        command.append("--quick")
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    noise = ("propagateSizeHints",)
    for line in result.stderr.splitlines():
        if not any(n in line for n in noise):
            log(line)
    log(f"[{name}: {time.monotonic() - started:.0f} s]")
    if result.returncode != 0 or not output.is_file():
        tail = " | ".join(result.stderr.strip().splitlines()[-3:])
        return None, f"{PARTS[name]} failed with status {result.returncode}: {tail}"
    data = json.loads(output.read_text())
    output.unlink()
    return data, ""


def maybe_package() -> str:
    """Run ``make package`` if dist/ lacks a current build; returns what happened."""
    from bench_frozen import app_builds, newest_source_mtime

    folder, single = app_builds()
    if folder and single and folder.stat().st_mtime >= newest_source_mtime():
        return "dist/ is current"
    log("package: dist/ is missing or older than the sources; running make package")
    result = subprocess.run(["make", "package"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        tail = " | ".join(result.stderr.strip().splitlines()[-3:])
        log(f"package: make package failed: {tail}")
        return f"make package failed: {tail}"
    return "rebuilt with make package"


GROUPS = ("Window start-up", "httpcodes ", "Peak memory", "Size", "Keystroke")


def group_of(row: dict[str, Any]) -> int:
    """Rows in the table's order: start-up, terminal, memory, size, search; stable within."""
    for position, prefix in enumerate(GROUPS):
        if row["name"].startswith(prefix):
            return position
    return len(GROUPS)


def format_value(value: Any, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"
    return f"{value:.1f} {unit}"


def print_table(rows: list[dict[str, Any]]) -> None:
    headers = ("benchmark", "median", "baseline", "ratio", "target", "result")
    lines = []
    for row in rows:
        target = row.get("target")
        if target is None:
            target_text = "-"
        elif row.get("target_kind", row["kind"]) == "ratio":
            target_text = f"<= {target:g}x"
        else:
            target_text = f"<= {format_value(target, row['unit'])}"
        if row["kind"] == "skipped":
            result = "SKIP"
        elif row["kind"] == "failed":
            result = "ERROR"
        elif row["passed"] is None:
            result = "info"
        else:
            result = "pass" if row["passed"] else "FAIL"
        lines.append(
            (
                row["name"],
                format_value(row["value"], row["unit"]),
                format_value(row["baseline"], row["unit"]),
                "-" if row.get("ratio") is None else f"{row['ratio']:.2f}x",
                target_text,
                result,
            )
        )
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(headers)]
    right = {1, 2, 3}

    def fmt(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ).rstrip()

    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for line in lines:
        print(fmt(line))
    notes: dict[str, list[str]] = {}
    for row in rows:
        if row["kind"] in ("skipped", "failed"):
            notes.setdefault(row["note"], []).append(row["name"])
    for note, names in notes.items():
        print(f"\n{', '.join(names)}: {note}")
    warnings = dict.fromkeys(row["warning"] for row in rows if row.get("warning"))
    for warning in warnings:
        print(f"\nWarning: {warning}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke-test the benchmarks")
    parser.add_argument("--only", help="comma-separated parts: " + ",".join(PARTS))
    parser.add_argument("--output", type=Path, help="results file (default results/latest.json)")
    parser.add_argument(
        "--package", action="store_true", help="run make package first if dist/ is not current"
    )
    options = parser.parse_args()
    parts = options.only.split(",") if options.only else list(PARTS)
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")
    output = options.output or (
        RESULTS_DIR / ("quick.json.tmp" if options.quick else "latest.json")
    )

    started = time.monotonic()
    load_before = os.getloadavg()
    package_note = None
    if options.package and "frozen" in parts and not options.quick:
        package_note = maybe_package()
    rows: list[dict[str, Any]] = []
    details: dict[str, Any] = {}
    failed = False
    for name in parts:
        data, error = run_part(name, options.quick, [])
        if data is None:
            failed = True
            row = skipped(f"{PARTS[name]}", error)
            row["kind"] = "failed"
            rows.append(row)
            continue
        rows.extend(data["rows"])
        details.update(data["details"])
    rows.sort(key=group_of)

    results = {
        "schema": 1,
        "generated": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "quick": options.quick,
        "duration_s": round(time.monotonic() - started),
        "git": git_state(),
        # Other work on the machine skews every number; the ratios less, being interleaved.
        "load_average": {
            "before": [round(x, 2) for x in load_before],
            "after": [round(x, 2) for x in os.getloadavg()],
        },
        "machine": machine_description(),
        "method": METHOD,
        "package": package_note,
        "summary": {
            "passed": sum(1 for r in rows if r["passed"] is True),
            "failed": sum(1 for r in rows if r["passed"] is False),
            "not_measured": sum(1 for r in rows if r["kind"] in ("skipped", "failed")),
        },
        "results": rows,
        "details": details,
    }
    write_json(output, results)
    machine = results["machine"]
    print(
        f"\nhttpcodes benchmarks, {machine.get('cpu')} x{machine.get('cores')}, Python "
        f"{machine.get('python')}, PySide6 {machine.get('pyside6')}"
        f"{' (QUICK: smoke test, not a measurement)' if options.quick else ''}\n"
    )
    print_table(rows)
    if load_before[0] > 0.5:
        print(
            f"\nNote: the machine was busy when the run started (load average {load_before[0]:.2f}"
            f" on {os.cpu_count()} cores): absolute times are inflated, ratios less so."
        )
    summary = results["summary"]
    print(
        f"\n{summary['passed']} passed, {summary['failed']} failed, {summary['not_measured']} "
        f"not measured; {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output} "
        f"({results['duration_s']} s)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
