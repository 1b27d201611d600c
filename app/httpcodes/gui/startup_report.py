"""Saying why the window cannot start where the user will see it. Qt-free: it runs exactly when
Qt could not be loaded or has no display.

Started from a terminal, the one line on stderr is seen. Started from the desktop's menu, stderr
goes nowhere anyone reads: so the line also goes to the log, and, where there is no terminal,
to a desktop notification through ``notify-send`` (libnotify) or, failing that, ``gdbus`` (GLib),
whichever is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from httpcodes.paths import log_file

TITLE = "httpcodes cannot start"
# A notification is a courtesy: never let it hold the exit up for long.
NOTIFY_TIMEOUT = 5.0


def report_startup_problem(line: str) -> None:
    """Tell the user why the window cannot start: stderr, the log, and a notification when no
    terminal shows stderr."""
    print(f"httpcodes: {line}", file=sys.stderr)
    _log(line)
    if not _on_a_terminal():
        notify(TITLE, line)


def _on_a_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _log(line: str) -> None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{stamp} ERROR httpcodes: {line}\n")
    except OSError:
        pass  # stderr has it; a read-only home must not turn this into a crash


def _gvariant_string(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def notification_command(title: str, body: str) -> list[str] | None:
    """The command that shows a desktop notification here, or None if there is none."""
    notify_send = shutil.which("notify-send")
    if notify_send:
        return [notify_send, "--app-name=httpcodes", "--icon=httpcodes", title, body]
    gdbus = shutil.which("gdbus")
    if gdbus:
        return [
            gdbus,
            "call",
            "--session",
            "--dest=org.freedesktop.Notifications",
            "--object-path=/org/freedesktop/Notifications",
            "--method=org.freedesktop.Notifications.Notify",
            _gvariant_string("httpcodes"),
            "0",
            _gvariant_string("httpcodes"),
            _gvariant_string(title),
            _gvariant_string(body),
            "[]",
            "{}",
            "-1",
        ]
    return None


def notify(title: str, body: str) -> bool:
    """Show a desktop notification; False if there is no way to, or it failed."""
    command = notification_command(title, body)
    if command is None:
        return False
    try:
        done = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=NOTIFY_TIMEOUT,
            check=False,
            env={k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"},
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0
