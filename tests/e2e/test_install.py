"""packaging/install.sh, run for real on an unpacked folder shaped like the tarball's (with a
stand-in program), into a home folder whose path has a space and a quote in it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def unpacked(tmp_path: Path) -> Path:
    """A folder like the tarball's: a program, _internal/, install.sh and share/."""
    folder = tmp_path / "download" / "httpcodes-0.1.0-linux-x86_64"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "httpcodes"
    program.write_text('#!/bin/sh\necho "httpcodes 0.1.0 $*"\n', encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(PACKAGING / "install.sh", folder / "install.sh")
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(PACKAGING / "httpcodes.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy(PACKAGING / "io.github.httpcodes.metainfo.xml", share / "metainfo")
    for size in ("scalable", *(f"{n}x{n}" for n in (16, 22, 24, 32, 48, 64, 128, 256))):
        icons = share / "icons" / "hicolor" / size / "apps"
        icons.mkdir(parents=True)
        (icons / ("httpcodes.svg" if size == "scalable" else "httpcodes.png")).write_bytes(b"x")
    (share / "man" / "man1").mkdir(parents=True)
    (share / "man" / "man1" / "httpcodes.1").write_text(".TH HTTPCODES 1\n", encoding="utf-8")
    (share / "completions").mkdir()
    for name in ("httpcodes.bash", "_httpcodes", "httpcodes.fish"):
        (share / "completions" / name).write_text("# completion\n", encoding="utf-8")
    return folder


def run_install(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "SHELL": "/bin/bash",
    }
    return subprocess.run(
        ["sh", str(script), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def desktop_exec(entry: Path) -> list[str]:
    """The Exec line of a desktop entry, split as the Desktop Entry Specification says."""
    line = next(x for x in entry.read_text(encoding="utf-8").splitlines() if x.startswith("Exec="))
    value = line.removeprefix("Exec=").replace("\\\\", "\\")  # the string escape, undone
    return shlex.split(value)  # the spec's quoting is a subset of the shell's


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "Jo's home folder"
    folder.mkdir()
    return folder


def test_install_into_a_home_with_spaces_writes_a_working_desktop_entry(
    tmp_path: Path, home: Path
) -> None:
    script = unpacked(tmp_path) / "install.sh"
    done = run_install(script, home)
    assert done.returncode == 0, done.stderr
    installed = home / ".local/opt/httpcodes/httpcodes"
    entry = home / ".local/share/applications/httpcodes.desktop"
    command = desktop_exec(entry)
    assert command == [str(installed)]
    ran = subprocess.run([*command, "--version"], capture_output=True, text=True, check=True)
    assert ran.stdout.startswith("httpcodes 0.1.0")
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{installed}"' in text
    assert f"TryExec={installed}\n" in text
    assert "Icon=httpcodes\n" in text  # a theme icon name: nothing to quote
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
    for path in (
        ".local/bin/httpcodes",
        ".local/share/man/man1/httpcodes.1",
        ".local/share/bash-completion/completions/httpcodes",
        ".local/share/zsh/site-functions/_httpcodes",
        ".local/share/fish/vendor_completions.d/httpcodes.fish",
    ):
        assert (home / path).is_file(), path


def test_the_uninstaller_tells_the_truth_and_purges_on_request(tmp_path: Path, home: Path) -> None:
    script = unpacked(tmp_path) / "install.sh"
    assert run_install(script, home).returncode == 0
    # What the program itself writes while it is used.
    state = home / ".local/state/httpcodes"
    cache = home / ".cache/httpcodes"
    for folder in (state, cache):
        folder.mkdir(parents=True)
        (folder / "file").write_text("x", encoding="utf-8")
    installed_script = home / ".local/opt/httpcodes/install.sh"
    done = run_install(installed_script, home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert f"removed {home}/.local/opt/httpcodes" in done.stdout
    assert f"removed {home}/.local/share/man/man1/httpcodes.1" in done.stdout
    # No settings folder was ever made: the uninstaller does not speak of one.
    assert ".config/httpcodes" not in done.stdout
    assert f"kept {state}" in done.stdout and f"kept {cache}" in done.stdout
    assert "--purge" in done.stdout
    assert state.is_dir() and cache.is_dir()
    assert not (home / ".local/bin/httpcodes").exists()
    assert not (home / ".local/share/applications/httpcodes.desktop").exists()
    assert not (home / ".local/share/bash-completion/completions/httpcodes").exists()

    purged = run_install(script, home, "--uninstall", "--purge")
    assert purged.returncode == 0, purged.stderr
    assert f"removed {state}" in purged.stdout and f"removed {cache}" in purged.stdout
    assert not state.exists() and not cache.exists()


def test_an_unknown_option_is_refused(tmp_path: Path, home: Path) -> None:
    done = run_install(unpacked(tmp_path) / "install.sh", home, "--frobnicate")
    assert done.returncode == 2
    assert "unknown option" in done.stderr
