"""Freeze the bare window with the app's own PyInstaller settings (benchmarks/bare_window.spec
runs packaging/httpcodes.spec with the bare window as its script).

    python benchmarks/freeze_bare.py [--force] [--quick]

Builds benchmarks/build/dist/bare_window/ (one folder) and benchmarks/build/dist/
bare_window-onefile, unless a build from the same inputs is already there: the bare window, both
specs, and the versions of Python, PyInstaller and PySide6 (a fingerprint in build/bare.stamp).
``--quick`` builds nothing: it only reports whether a build could be made and is up to date.
Exit status 0 when the builds are there (or, with --quick, could be made), 3 when they cannot
be made here (no packaging/httpcodes.spec or no PyInstaller), 1 when PyInstaller fails.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import BENCH_DIR, BUILD_DIR, PYTHON, ROOT, common_arguments, log

APP_SPEC = ROOT / "packaging" / "httpcodes.spec"
BARE_SPEC = BENCH_DIR / "bare_window.spec"
DIST = BUILD_DIR / "dist"
ONEFOLDER = DIST / "bare_window" / "bare_window"
ONEFILE = DIST / "bare_window-onefile"
STAMP = BUILD_DIR / "bare.stamp"
LOG = BUILD_DIR / "freeze-bare.log"
NOT_AVAILABLE = 3


def tool_versions() -> str | None:
    """Python, PyInstaller and PySide6 versions of the venv; None without PyInstaller."""
    probe = (
        "import platform, PyInstaller, PySide6; "
        "print(platform.python_version(), PyInstaller.__version__, PySide6.__version__)"
    )
    result = subprocess.run([str(PYTHON), "-c", probe], capture_output=True, text=True)
    return result.stdout.strip() if result.returncode == 0 else None


def fingerprint(versions: str) -> str:
    digest = hashlib.sha256(versions.encode())
    for path in (BENCH_DIR / "bare_window.py", BARE_SPEC, APP_SPEC):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def up_to_date(versions: str) -> bool:
    return (
        ONEFOLDER.is_file()
        and ONEFILE.is_file()
        and STAMP.is_file()
        and STAMP.read_text().strip() == fingerprint(versions)
    )


def freeze(force: bool = False, quick: bool = False) -> tuple[int, str]:
    """Build (or reuse) the frozen bare window; returns an exit status and a message."""
    if not APP_SPEC.is_file():
        return NOT_AVAILABLE, f"not built: {APP_SPEC.relative_to(ROOT)} does not exist yet"
    versions = tool_versions()
    if versions is None:
        return NOT_AVAILABLE, "not built: PyInstaller is not installed in .venv (make package)"
    if not force and up_to_date(versions):
        return 0, f"up to date: {ONEFOLDER.parent.relative_to(ROOT)}"
    if quick:
        return 0, "would build (skipped with --quick)"
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    STAMP.unlink(missing_ok=True)
    log("freeze: building the bare window with the app's PyInstaller settings (about a minute)")
    started = time.monotonic()
    command = [
        str(PYTHON),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--workpath",
        str(BUILD_DIR / "work"),
        "--distpath",
        str(DIST),
        str(BARE_SPEC),
    ]
    with LOG.open("w") as stream:
        result = subprocess.run(command, cwd=ROOT, stdout=stream, stderr=subprocess.STDOUT)
    if result.returncode != 0 or not (ONEFOLDER.is_file() and ONEFILE.is_file()):
        tail = "".join(LOG.read_text(errors="replace").splitlines(keepends=True)[-30:])
        return 1, f"PyInstaller failed (log in {LOG.relative_to(ROOT)}):\n{tail}"
    STAMP.write_text(fingerprint(versions) + "\n")
    return 0, f"built in {time.monotonic() - started:.0f} s: {ONEFOLDER.parent.relative_to(ROOT)}"


def main() -> int:
    parser = common_arguments(__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    options = parser.parse_args()
    status, message = freeze(options.force, options.quick)
    log(f"freeze: {message}")
    return status


if __name__ == "__main__":
    sys.exit(main())
