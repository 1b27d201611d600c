"""The frozen program (``make package``) against the bare window frozen the same way: window
start-up of the one-folder and the single-file builds, and their size on disk.

    python benchmarks/bench_frozen.py [--runs N] [--onefile-runs N] [--no-build] [--quick]

The app's builds are taken from dist/ as ``make package`` leaves them (the one-folder program
dist/httpcodes-VERSION-linux-ARCH/httpcodes and the single file ...-onefile); this script does
not build them. The bare window is frozen by freeze_bare.py with the app's spec (rebuilt only
when its inputs change). When a build is missing, its rows say "not built" and nothing fails.

Start-up is measured as for the source program (spawn to first paint, and spawn to exit,
offscreen, interleaved, throwaway config). Size is the apparent size of every file of the one-folder
build, less what ``make package`` adds beside the program (share/ with icons and desktop entry,
install.sh), and the size of the single file.
"""

from __future__ import annotations

import platform
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    ROOT,
    check_runs,
    common_arguments,
    comparison,
    directory_size,
    interleaved,
    log,
    median_first_paint,
    median_wall,
    paired_ratio,
    part_path,
    process_summary,
    quitting_env,
    skipped,
    write_json,
)
from freeze_bare import ONEFILE, ONEFOLDER, freeze

ONEFOLDER_TARGET = 1.25
SIZE_TARGET = 1.15
# What build.sh puts beside the program in the one-folder build: not part of the program.
PACKAGING_EXTRAS = ("share", "install.sh")
MIB = 1024 * 1024


def app_builds() -> tuple[Path | None, Path | None]:
    """The app's one-folder executable and single file in dist/, if they are there."""
    text = (ROOT / "app" / "httpcodes" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    version = match.group(1) if match else "*"
    name = f"httpcodes-{version}-linux-{platform.machine()}"
    onefolder = ROOT / "dist" / name / "httpcodes"
    onefile = ROOT / "dist" / f"{name}-onefile"
    return (
        onefolder if onefolder.is_file() else None,
        onefile if onefile.is_file() else None,
    )


def newest_source_mtime() -> float:
    newest = 0.0
    for folder in ("app", "resources"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    spec = ROOT / "packaging" / "httpcodes.spec"
    if spec.is_file():
        newest = max(newest, spec.stat().st_mtime)
    return newest


def program_size(folder: Path) -> tuple[int, int]:
    """Bytes and files of a one-folder build, without the packaging extras beside it."""
    total, files = directory_size(folder)
    for extra in PACKAGING_EXTRAS:
        path = folder / extra
        if path.is_dir():
            extra_bytes, extra_files = directory_size(path)
        elif path.is_file():
            extra_bytes, extra_files = path.stat().st_size, 1
        else:
            continue
        total -= extra_bytes
        files -= extra_files
    return total, files


def main() -> int:
    parser = common_arguments(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="one-folder runs of each")
    parser.add_argument("--onefile-runs", type=int, default=8, help="single-file runs of each")
    parser.add_argument(
        "--no-build", action="store_true", help="do not freeze the bare window, use what is there"
    )
    options = parser.parse_args()
    runs, onefile_runs, warmup = options.runs, options.onefile_runs, 1
    if options.quick:
        runs, onefile_runs, warmup = 1, 1, 0

    rows: list[dict[str, Any]] = []
    details: dict[str, Any] = {}
    app_folder, app_file = app_builds()
    status, message = freeze(quick=options.quick or options.no_build)
    details["bare_build"] = message
    bare_ready = ONEFOLDER.is_file() and ONEFILE.is_file() and status == 0
    if not bare_ready and "up to date" not in message:
        log(f"frozen: bare window {message}")

    names = {
        "startup_onefolder": "Window start-up, frozen one-folder (spawn to first paint)",
        "exit_onefolder": "Window start-up, frozen one-folder (spawn to exit)",
        "startup_onefile": "Window start-up, frozen single file (spawn to first paint)",
        "size_onefolder": "Size, frozen one-folder",
        "size_onefile": "Size, frozen single file",
    }
    missing = []
    if app_folder is None or app_file is None:
        missing.append("the app's build in dist/ (run make package)")
    if not bare_ready:
        missing.append(f"the frozen bare window ({message})")
    if not missing:
        assert app_folder is not None and app_file is not None
        app_cmd = [str(app_folder)]
        app_file_cmd = [str(app_file)]
        bare_cmd = [str(ONEFOLDER)]
        bare_file_cmd = [str(ONEFILE)]
        for argv in (app_cmd, bare_cmd, app_file_cmd, bare_file_cmd):
            try:
                check_runs(argv, quitting_env())
            except RuntimeError as error:
                missing.append(f"a build does not start: {str(error).strip()}")
                break
    if missing:
        reason = "; ".join(missing)
        if not reason.startswith("a build"):
            reason = "not built: " + reason
        log(f"frozen: {reason}")
        for key, name in names.items():
            target = ONEFOLDER_TARGET if key == "startup_onefolder" else None
            if key.startswith("size"):
                target = SIZE_TARGET
            rows.append(skipped(name, reason, "MiB" if key.startswith("size") else "ms", target))
        details["frozen"] = {"built": False, "reason": reason}
        write_json(
            options.output or part_path("frozen", options.quick),
            {"rows": rows, "details": details},
        )
        return 0
    assert app_folder is not None and app_file is not None

    stale = app_folder.stat().st_mtime < newest_source_mtime()
    stale_note = "dist/ is older than app/ or resources/: run make package" if stale else ""

    log(f"frozen one-folder: {runs} runs each, interleaved")
    folder = interleaved(
        {"app": (app_cmd, quitting_env), "bare": (bare_cmd, quitting_env)}, runs, warmup
    )
    log(f"frozen single file: {onefile_runs} runs each, interleaved")
    single = interleaved(
        {"app": (app_file_cmd, quitting_env), "bare": (bare_file_cmd, quitting_env)},
        onefile_runs,
        warmup,
    )

    rows.append(
        comparison(
            names["startup_onefolder"],
            median_first_paint(folder["app"]),
            median_first_paint(folder["bare"]),
            ONEFOLDER_TARGET,
            "ms",
            "bare window, frozen alike",
            f"spawn to first paint, median of {runs} interleaved runs each; paired ratio "
            f"{paired_ratio(folder['app'], folder['bare'], 'first_paint_ms'):.2f}",
            warning=stale_note,
        )
    )
    rows.append(
        comparison(
            names["exit_onefolder"],
            median_wall(folder["app"]),
            median_wall(folder["bare"]),
            None,
            "ms",
            "bare window, frozen alike",
            f"the same runs, up to the end of the process; paired ratio "
            f"{paired_ratio(folder['app'], folder['bare']):.2f}",
            warning=stale_note,
        )
    )
    rows.append(
        comparison(
            names["startup_onefile"],
            median_first_paint(single["app"]),
            median_first_paint(single["bare"]),
            None,
            "ms",
            "bare window, frozen alike",
            f"spawn to first paint, median of {onefile_runs} interleaved runs each; no target "
            f"set; to exit {median_wall(single['app']):.0f} ms "
            f"vs {median_wall(single['bare']):.0f} ms",
            warning=stale_note,
        )
    )
    app_bytes, app_files = program_size(app_folder.parent)
    bare_bytes, bare_files = program_size(ONEFOLDER.parent)
    full_bytes, full_files = directory_size(app_folder.parent)
    rows.append(
        comparison(
            names["size_onefolder"],
            app_bytes / MIB,
            bare_bytes / MIB,
            SIZE_TARGET,
            "MiB",
            "bare window, frozen alike",
            f"{app_files} files vs {bare_files}; with share/ and install.sh "
            f"{full_bytes / MIB:.1f} MiB",
            warning=stale_note,
        )
    )
    rows.append(
        comparison(
            names["size_onefile"],
            app_file.stat().st_size / MIB,
            ONEFILE.stat().st_size / MIB,
            SIZE_TARGET,
            "MiB",
            "bare window, frozen alike",
            warning=stale_note,
        )
    )
    details["frozen"] = {
        "built": True,
        "stale": stale,
        "app_onefolder": str(app_folder.relative_to(ROOT)),
        "app_onefile": str(app_file.relative_to(ROOT)),
        "startup_onefolder": {
            "app": process_summary(folder["app"]),
            "bare": process_summary(folder["bare"]),
        },
        "startup_onefile": {
            "app": process_summary(single["app"]),
            "bare": process_summary(single["bare"]),
        },
        "size": {
            "app_onefolder_bytes": app_bytes,
            "app_onefolder_files": app_files,
            "app_onefolder_with_extras_bytes": full_bytes,
            "app_onefolder_with_extras_files": full_files,
            "bare_onefolder_bytes": bare_bytes,
            "bare_onefolder_files": bare_files,
            "app_onefile_bytes": app_file.stat().st_size,
            "bare_onefile_bytes": ONEFILE.stat().st_size,
        },
    }
    write_json(
        options.output or part_path("frozen", options.quick), {"rows": rows, "details": details}
    )
    for row in rows:
        log(f"  {row['name']}: {row['value']} vs {row['baseline']} {row['unit']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
