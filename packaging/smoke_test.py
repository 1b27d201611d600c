"""Smoke-test the frozen httpcodes that `make package` built (run by `make smoke`).

    .venv/bin/python packaging/smoke_test.py [DIST_DIR]

Runs both builds (one-folder and single file) the way a user would, each with a throwaway home,
config, state, runtime and temp folder and the offscreen Qt platform: --version, show --json,
search, list, a code that does not exist, a screenshot of the window (which must be a real picture,
not a blank one), the Chinese interface under a fontconfig that sees no Chinese font (the bundled
font must be registered) and a start of the window itself. A run fails on an unexpected exit status,
or on any line on stderr or any warning in the app's log that is not in KNOWN_MESSAGES. Afterwards
nothing may have appeared next to the executable or in the home folder, the single file may leave no
unpacked copy in the temp folder, and the settings must be in the config folder. Then it unpacks the
tarball, installs it with install.sh into a throwaway home, runs the installed program, and
uninstalls it. It prints the glibc floor (the highest GLIBC_ symbol version any ELF file of the one-
folder build references) and fails above GLIBC_FLOOR. Last, the desktop entry and AppStream metadata
are validated with desktop-file-validate and appstreamcli when they are installed (required when CI
is set: .ci/run installs them).

The venv's PySide6 is used only to read the screenshot's pixels.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from glibc_compat import glibc_versions  # beside this script
from smoke_views import check_views

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120  # seconds for one run; a first start on a cold, busy machine can be slow

# Lines a healthy run may print on stderr or log as warnings (regular expressions, searched).
KNOWN_MESSAGES = (
    # The offscreen platform cannot resize windows to their size hints; harmless.
    r"This plugin does not support propagateSizeHints\(\)",
)
# The oldest glibc the one-folder program runs on: the Qt wheel's own (manylinux_2_34), so RHEL 9
# and its rebuilds, Ubuntu 22.04, Debian 12, Fedora 35 and later. No ELF file of the bundle may
# reference a newer GLIBC_ version (packaging/README.md says how the floor is kept there).
GLIBC_FLOOR = (2, 34)
# At least this many distinct colours in a screenshot of the window: a blank or unstyled window
# has a handful, the real one (text, badges, selection, antialiasing) has hundreds.
MIN_COLOURS = 64


class SmokeError(Exception):
    """One check failed; the message says which and why."""


def version() -> str:
    text = (ROOT / "app" / "httpcodes" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise SmokeError("no __version__ in app/httpcodes/__init__.py")
    return match.group(1)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder``, with size and modification time."""
    result = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        result[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return result


def unknown(lines: Sequence[str]) -> list[str]:
    return [
        line
        for line in lines
        if line.strip() and not any(re.search(known, line) for known in KNOWN_MESSAGES)
    ]


class Sandbox:
    """Throwaway folders for one executable, and an environment that points at them only."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home folder"  # a space, as in many real homes
        self.config = root / "config"
        self.state = root / "state"
        self.runtime = root / "runtime"
        self.tmp = root / "tmp"
        for folder in (self.home, self.runtime, self.tmp):
            folder.mkdir(mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "HTTPCODES_CONFIG_DIR": str(self.config),
            "HTTPCODES_STATE_DIR": str(self.state),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "TMPDIR": str(self.tmp),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            "NO_COLOR": "1",
        }
        self.log_lines_seen = 0

    def new_log_lines(self) -> list[str]:
        log = self.state / "httpcodes.log"
        if not log.is_file():
            return []
        lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
        new, self.log_lines_seen = lines[self.log_lines_seen :], len(lines)
        return new


def run(
    exe: Path,
    args: Sequence[str],
    box: Sandbox,
    *,
    expect: int = 0,
    quiet_stderr: bool = True,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the program; check its exit status, its stderr and the warnings it logged."""
    label = " ".join(["httpcodes", *args])
    started = time.monotonic()
    try:
        done = subprocess.run(
            [str(exe), *args],
            env={**box.env, **(extra_env or {})},
            cwd=box.home,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise SmokeError(f"{label}: no answer after {TIMEOUT} s") from error
    took = time.monotonic() - started
    print(f"  {label}: exit {done.returncode} in {took:.2f} s")
    if done.returncode != expect:
        raise SmokeError(
            f"{label}: exit status {done.returncode}, expected {expect}\n"
            f"stdout: {done.stdout[-2000:]}\nstderr: {done.stderr[-2000:]}"
        )
    if quiet_stderr and (bad := unknown(done.stderr.splitlines())):
        raise SmokeError(f"{label}: unexpected stderr:\n" + "\n".join(bad))
    logged = [
        line for line in box.new_log_lines() if re.search(r"\b(WARNING|ERROR|CRITICAL)\b", line)
    ]
    if bad := unknown(logged):
        raise SmokeError(f"{label}: unexpected warnings in the log:\n" + "\n".join(bad))
    return done


def count_colours(png: Path) -> tuple[int, int, int]:
    """Width, height and number of distinct colours of an image."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    if image.isNull():
        raise SmokeError(f"{png} is not a readable image")
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = bytes(image.constBits())
    row = image.bytesPerLine()
    width = image.width() * 4
    pixels = b"".join(data[y * row : y * row + width] for y in range(image.height()))
    colours = set(memoryview(pixels).cast("I"))
    return image.width(), image.height(), len(colours)


def check_chinese_font(exe: Path, box: Sandbox) -> None:
    """On a system without a Chinese font (a fontconfig that sees DejaVu only), the Chinese
    interface registers the font the bundle carries, and says so in the log."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not (dejavu / "DejaVuSans.ttf").is_file():
        if os.environ.get("CI"):
            raise SmokeError("fonts-dejavu-core is not installed (.ci/run installs it)")
        print("  DejaVu fonts: not installed, Chinese font check skipped")
        return
    config = box.root / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
        f"<dir>{dejavu}</dir><cachedir>{box.root / 'fc-cache'}</cachedir>"
        '<include ignore_missing="yes">/etc/fonts/conf.d</include></fontconfig>\n',
        encoding="utf-8",
    )
    shot = box.root / "chinese.png"
    run(
        exe,
        ["--lang", "zh-CN", "gui", "--screenshot", str(shot), "--select", "429"],
        box,
        extra_env={"FONTCONFIG_FILE": str(config)},
    )
    log = (box.state / "httpcodes.log").read_text(encoding="utf-8", errors="replace")
    if "using the shipped NotoSansCJKsc-Subset.otf" not in log:
        raise SmokeError("without a system Chinese font, the shipped one was not registered")
    print("  Chinese without a system CJK font: the shipped font was registered")


def check_loaded_from(bundle: Path, traces: Iterable[Path]) -> None:
    """Qt and its plugins must come from the bundle (not from the build machine's venv), and the
    platform plugin and the SVG icon engine must have been loaded."""
    loaded = set()
    for trace in traces:
        for line in trace.read_text(encoding="utf-8", errors="replace").splitlines():
            if match := re.search(r"calling init: (\S+)", line):
                loaded.add(match.group(1))
    qt = sorted(path for path in loaded if "Qt6" in path or "/plugins/" in path)
    if not qt:
        raise SmokeError("the loader trace shows no Qt library at all")
    if outside := [path for path in qt if not Path(path).resolve().is_relative_to(bundle)]:
        raise SmokeError(f"Qt loaded from outside the bundle {bundle}: {outside}")
    for plugin in ("platforms/libqoffscreen.so", "iconengines/libqsvgicon.so"):
        if not any(path.endswith(f"/plugins/{plugin}") for path in qt):
            raise SmokeError(f"the plugin {plugin} was not loaded")
    plugins = sorted(path.split("/plugins/")[1] for path in qt if "/plugins/" in path)
    print(f"  Qt from the bundle: {len(qt) - len(plugins)} libraries, plugins {plugins}")


def check_program(exe: Path, watched: Path, bundle: Path, box: Sandbox) -> None:
    """All the checks on one executable. ``watched`` is the folder nothing may be written to;
    ``bundle`` the one Qt must be loaded from."""
    if not os.access(exe, os.X_OK):
        raise SmokeError(f"{exe} is missing or not executable")
    before = snapshot(watched)

    done = run(exe, ["--version"], box)
    if done.stdout.strip() != f"httpcodes {version()}":
        raise SmokeError(f"--version printed {done.stdout.strip()!r}")

    done = run(exe, ["show", "404", "--json"], box)
    entries = json.loads(done.stdout)
    if not entries or entries[0].get("code") != 404 or entries[0].get("phrase") != "Not Found":
        raise SmokeError(f"show 404 --json gave {done.stdout[:300]!r}")

    done = run(exe, ["search", "rate", "limit"], box)
    if not done.stdout.lstrip().startswith("429"):
        raise SmokeError(f"search rate limit did not put 429 first: {done.stdout[:300]!r}")

    done = run(exe, ["--json", "list", "--class", "5xx"], box)
    codes = [entry["code"] for entry in json.loads(done.stdout)]
    if 503 not in codes or any(not 500 <= code <= 599 for code in codes):
        raise SmokeError(f"list --class 5xx gave {codes}")

    # Nothing found: exit 1 and a one-line message on stderr (so stderr is not checked here).
    done = run(exe, ["show", "999"], box, expect=1, quiet_stderr=False)
    if len(done.stderr.strip().splitlines()) != 1:
        raise SmokeError(f"show 999: expected a one-line message, got {done.stderr!r}")

    shot = box.root / "shot.png"
    run(exe, ["gui", "--screenshot", str(shot), "--select", "404"], box)
    if not shot.is_file():
        raise SmokeError("gui --screenshot wrote no file")
    width, height, colours = count_colours(shot)
    print(f"  screenshot: {width}x{height}, {colours} colours")
    if width < 400 or height < 300 or colours < MIN_COLOURS:
        raise SmokeError(f"the screenshot looks blank: {width}x{height}, {colours} colours")

    check_views(exe, box, run, count_colours, MIN_COLOURS, SmokeError)
    check_chinese_font(exe, box)

    # The real window (offscreen): it starts, paints, sets its icon, quits, and saves its settings
    # where it should. The dynamic loader's trace shows which Qt libraries and plugins it loaded.
    trace = box.root / "ld-trace"
    run(
        exe,
        ["gui", "--quit-after-paint"],
        box,
        extra_env={"LD_DEBUG": "libs", "LD_DEBUG_OUTPUT": str(trace)},
    )
    check_loaded_from(bundle, box.root.glob(f"{trace.name}.*"))
    settings = box.config / "settings.ini"
    if not settings.is_file():
        raise SmokeError(f"the window saved no settings in {box.config}")

    after = snapshot(watched)
    if after != before:
        changed = sorted(set(after.items()) ^ set(before.items()))
        raise SmokeError(f"files changed next to the executable: {changed[:10]}")
    # The single file unpacks itself into $TMPDIR/_MEIxxxxxx and must clean up after itself.
    leftovers = sorted(p.name for p in box.tmp.iterdir() if p.name.startswith("_MEI"))
    if leftovers:
        raise SmokeError(f"unpacked copies left in the temp folder: {leftovers}")
    stray = sorted(str(p.relative_to(box.home)) for p in box.home.rglob("*") if not p.is_dir())
    stray = [p for p in stray if not p.startswith(".cache/")]  # fontconfig's cache is fine
    if stray:
        raise SmokeError(f"files written to the home folder: {stray}")


def check_glibc_floor(folder: Path) -> None:
    """Print the newest glibc any file of the bundle needs; fail above GLIBC_FLOOR."""
    if shutil.which("objdump") is None:
        if os.environ.get("CI"):
            raise SmokeError("objdump is not installed (.ci/run installs binutils)")
        print("  objdump: not installed, skipped")
        return
    versions = glibc_versions(folder)  # packaging/glibc_compat.py
    if not versions:
        raise SmokeError(f"no ELF file in {folder} references glibc")
    highest = max(versions.values())
    needing = sorted(str(p.relative_to(folder)) for p, v in versions.items() if v == highest)
    shown = ".".join(map(str, highest))
    where = ", ".join(needing[:4])
    print(f"  glibc floor: {shown} ({len(versions)} ELF files; highest in {where})")
    if highest > GLIBC_FLOOR:
        floor = ".".join(map(str, GLIBC_FLOOR))
        raise SmokeError(f"the bundle needs glibc {shown}, above the floor {floor}: {needing}")


def check_install(tarball: Path, folder_name: str, box: Sandbox) -> None:
    """Unpack the tarball, install with install.sh, run the installed program, uninstall."""
    unpacked = box.root / "download"
    unpacked.mkdir()
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
        for required in (
            "httpcodes",
            "install.sh",
            "_internal",
            "share/applications/httpcodes.desktop",
            "share/man/man1/httpcodes.1",
            "share/completions/httpcodes.bash",
        ):
            if f"{folder_name}/{required}" not in names:
                raise SmokeError(f"{tarball.name} lacks {folder_name}/{required}")
        archive.extractall(unpacked, filter="tar")
    script = unpacked / folder_name / "install.sh"
    env = dict(box.env)
    env.pop("XDG_DATA_HOME", None)
    for args in ([], ["--uninstall"]):
        done = subprocess.run(
            ["sh", str(script), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        print(f"  {' '.join(['install.sh', *args])}: exit {done.returncode}")
        if done.returncode != 0:
            raise SmokeError(f"install.sh {args} failed:\n{done.stdout}\n{done.stderr}")
        home = box.home
        installed = [
            home / ".local/bin/httpcodes",
            home / ".local/opt/httpcodes/httpcodes",
            home / ".local/share/applications/httpcodes.desktop",
            home / ".local/share/metainfo/io.github.httpcodes.metainfo.xml",
            home / ".local/share/icons/hicolor/scalable/apps/httpcodes.svg",
            home / ".local/share/icons/hicolor/48x48/apps/httpcodes.png",
            home / ".local/share/icons/hicolor/256x256/apps/httpcodes.png",
            home / ".local/share/man/man1/httpcodes.1",
            home / ".local/share/bash-completion/completions/httpcodes",
            home / ".local/share/zsh/site-functions/_httpcodes",
            home / ".local/share/fish/vendor_completions.d/httpcodes.fish",
        ]
        if not args:
            if missing := [str(p) for p in installed if not p.exists()]:
                raise SmokeError(f"install.sh did not install {missing}")
            desktop = installed[2].read_text(encoding="utf-8")
            if f'Exec="{home}/.local/opt/httpcodes/httpcodes"' not in desktop:
                raise SmokeError("the installed desktop entry does not name the installed program")
            validate(["desktop-file-validate", str(installed[2])])
            done = run(installed[0], ["show", "404"], box)
            if not done.stdout.startswith("404 Not Found"):
                raise SmokeError(f"the installed httpcodes said {done.stdout[:200]!r}")
        elif left := [str(p) for p in installed if p.exists() or p.is_symlink()]:
            raise SmokeError(f"install.sh --uninstall left {left}")


def validate(command: list[str]) -> None:
    """Run a validator if it is installed (it must be under CI); any remark it makes, even an
    informational one, fails the check."""
    if shutil.which(command[0]) is None:
        if os.environ.get("CI"):
            raise SmokeError(f"{command[0]} is not installed (.ci/run should install it)")
        print(f"  {command[0]}: not installed, skipped")
        return
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    output = (done.stdout + done.stderr).strip()
    print(f"  {' '.join(command[:-1])} {Path(command[-1]).name}: exit {done.returncode}")
    remarks = [
        line
        for line in output.splitlines()
        if re.match(r"^[EWIP]: |.*: (error|warning|hint): ", line)
    ]
    if done.returncode != 0 or remarks:
        raise SmokeError(f"{' '.join(command)} failed:\n{output}")


def check_metadata() -> None:
    packaging = ROOT / "packaging"
    validate(["desktop-file-validate", str(packaging / "httpcodes.desktop")])
    metainfo = packaging / "io.github.httpcodes.metainfo.xml"
    validate(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)])


def main(argv: Sequence[str]) -> int:
    dist = Path(argv[0]) if argv else ROOT / "dist"
    name = f"httpcodes-{version()}-linux-{os.uname().machine}"
    folder, onefile, tarball = dist / name, dist / f"{name}-onefile", dist / f"{name}.tar.gz"
    failures: list[str] = []
    checks: list[tuple[str, Callable[[Sandbox], None]]] = [
        (
            f"one-folder build {folder.name}/",
            lambda box: check_program(folder / "httpcodes", folder, folder.resolve(), box),
        ),
        (
            f"single file {onefile.name}",
            lambda box: check_program(onefile, dist, box.tmp.resolve(), box),
        ),
        (f"glibc floor of {folder.name}/", lambda box: check_glibc_floor(folder)),
        (f"install from {tarball.name}", lambda box: check_install(tarball, name, box)),
        ("desktop entry and AppStream metadata", lambda box: check_metadata()),
    ]
    started = time.monotonic()
    for title, check in checks:
        print(f"smoke: {title}")
        with tempfile.TemporaryDirectory(prefix="httpcodes-smoke-") as temp:
            try:
                check(Sandbox(Path(temp)))
            except Exception as error:  # every failure is reported, then the next check runs
                print(f"  FAILED: {error}")
                failures.append(title)
    for title in failures:
        print(f"smoke: FAILED {title}")
    print(f"smoke: took {time.monotonic() - started:.0f} s")
    print(f"smoke: {len(checks) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
