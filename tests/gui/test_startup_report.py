"""When the window cannot start, the one line that says why reaches the user: on stderr, in the
log, and as a desktop notification when no terminal shows stderr (started from the menu)."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

from tests.cli_runner import COMMAND

MISSING = "libEGL.so.1: cannot open shared object file: No such file or directory"
EXPECTED = "libEGL.so.1 is missing; on Debian or Ubuntu: sudo apt-get install libegl1"


def broken_qt(tmp_path: Path) -> Path:
    """A PySide6 that fails to load as it does on a machine without libEGL."""
    package = tmp_path / "broken" / "PySide6"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    for module in ("QtCore", "QtGui", "QtWidgets"):
        (package / f"{module}.py").write_text(f"raise ImportError({MISSING!r})\n", "utf-8")
    return package.parent


def recorder(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """A stand-in ``name`` on PATH that records its arguments, one a line."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    record = tmp_path / f"{name}.args"
    program = folder / name
    program.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\n', encoding="utf-8")
    program.chmod(0o755)
    return folder, record


def environment(tmp_path: Path, path: str) -> dict[str, str]:
    # An X display is named, so the X11 libraries are checked first (.ci/run installs them),
    # then Qt fails to load.
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update({"PYTHONPATH": str(broken_qt(tmp_path)), "DISPLAY": ":0", "PATH": path})
    return env


def log_text() -> str:
    from httpcodes.paths import log_file

    return log_file().read_text(encoding="utf-8")


def start_from_the_menu(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """No terminal: stdin from nothing, stdout and stderr to pipes nobody reads."""
    return subprocess.run(
        [str(COMMAND), "gui"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_a_missing_library_is_logged_and_notified_with_notify_send(tmp_path: Path) -> None:
    folder, record = recorder(tmp_path, "notify-send")
    done = start_from_the_menu(environment(tmp_path, f"{folder}:/usr/bin:/bin"))
    assert done.returncode == 3
    assert EXPECTED in done.stderr
    assert EXPECTED in log_text()
    arguments = record.read_text(encoding="utf-8").splitlines()
    assert "httpcodes cannot start" in arguments
    assert any(EXPECTED in argument for argument in arguments)


def test_without_notify_send_gdbus_carries_the_notification(tmp_path: Path) -> None:
    folder, record = recorder(tmp_path, "gdbus")
    done = start_from_the_menu(environment(tmp_path, str(folder)))  # no notify-send here
    assert done.returncode == 3
    arguments = record.read_text(encoding="utf-8").splitlines()
    assert "--method=org.freedesktop.Notifications.Notify" in arguments
    assert any(EXPECTED in argument for argument in arguments)


def test_on_a_terminal_the_line_is_enough(tmp_path: Path) -> None:
    folder, record = recorder(tmp_path, "notify-send")
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(COMMAND), "gui"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=environment(tmp_path, f"{folder}:/usr/bin:/bin"),
    )
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    assert process.wait(timeout=60) == 3
    os.close(leader)
    assert EXPECTED in output.decode()
    assert EXPECTED in log_text()
    assert not record.exists()
