"""The real program on a real X server (Xvfb), driven by real key presses (xdotool).

Only what a user sees is read back: the window's title (it names the code on screen), the
clipboard, and the settings file written when the window closes. Nothing waits a fixed time:
the window is awaited with ``xdotool search --sync``, a title with ``xprop -spy`` (which
prints the property each time it changes), each bounded by a timeout."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Mapping

from tests.cli_runner import COMMAND, unmeasured

TOOLS = ("Xvfb", "xdotool", "xprop")
SCREEN = "1600x1000x24"
TIMEOUT = 30.0  # seconds: generous, for a loaded machine; a pass never waits for it


def missing_tools() -> list[str]:
    """The programs these tests need that are not installed here."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class XServer:
    """An Xvfb on a display number it picks itself (``-displayfd``), stopped by ``stop``."""

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        # Xvfb writes the number, then a newline: the pipe stays open until both are read
        # (a write to a closed pipe is fatal to the server).
        received = b""
        deadline = time.monotonic() + TIMEOUT
        try:
            while not received.endswith(b"\n"):
                ready, _, _ = select.select([read_end], [], [], deadline - time.monotonic())
                chunk = os.read(read_end, 64) if ready else b""
                if not chunk:
                    break
                received += chunk
        finally:
            os.close(read_end)
        number = received.decode("ascii", "replace").strip()
        if not number.isdigit() or self.process.poll() is not None:
            self.stop()
            raise RuntimeError(f"Xvfb did not start (it reported {number!r})")
        self.display = f":{number}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class RunningApp:
    """``httpcodes`` started as a user starts it, its window found on the X server."""

    def __init__(self, server: XServer, env: Mapping[str, str], *args: str) -> None:
        self.env = {
            **{k: v for k, v in env.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")},
            "DISPLAY": server.display,
            "QT_QPA_PLATFORM": "xcb",
        }
        self.process = subprocess.Popen(
            [str(COMMAND), *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.window = self._find_window()
        # No window manager: give the window the keyboard as a click would.
        self.xdotool("windowfocus", "--sync", self.window)

    def _find_window(self) -> str:
        """The id of the program's window once it is mapped; if the program ends first,
        fails with what it said (a missing library, a crash) rather than a timeout."""
        assert self.process.stderr is not None
        said = ""
        with subprocess.Popen(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "httpcodes"],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as search:
            assert search.stdout is not None
            deadline = time.monotonic() + TIMEOUT
            try:
                while True:
                    left = deadline - time.monotonic()
                    ready, _, _ = select.select(
                        [search.stdout, self.process.stderr], [], [], max(left, 0)
                    )
                    if not ready:
                        raise AssertionError(f"no window within {TIMEOUT:.0f} s; said {said!r}")
                    if search.stdout in ready:
                        return search.stdout.readline().split()[0]
                    line = self.process.stderr.readline()
                    if not line:  # the program has ended
                        status = self.process.wait(timeout=TIMEOUT)
                        raise AssertionError(
                            f"httpcodes ended ({status}) before its window: {said}"
                        )
                    said += line
            finally:
                search.kill()

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        if result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def key(self, *keys: str) -> None:
        """Press and release each key (xdotool's names: ``slash``, ``ctrl+k``, ``alt+Left``)."""
        self.xdotool("key", "--window", self.window, *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--window", self.window, text)

    @property
    def title(self) -> str:
        return self.xdotool("getwindowname", self.window).strip()

    def wait_for_title(self, wanted: Callable[[str], bool] | str) -> str:
        """The window's title once it is ``wanted`` (a title, or a test of one); fails with the
        last title seen when that does not happen within the timeout."""
        test = wanted if callable(wanted) else (lambda title: title == wanted)
        deadline = time.monotonic() + TIMEOUT
        title = self.title
        with subprocess.Popen(
            ["xprop", "-spy", "-id", self.window, "-notype", "_NET_WM_NAME"],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as spy:
            assert spy.stdout is not None
            try:
                while not test(title):
                    left = deadline - time.monotonic()
                    ready, _, _ = select.select([spy.stdout], [], [], max(left, 0))
                    if not ready:
                        raise AssertionError(f"the title stayed {title!r}")
                    line = spy.stdout.readline()
                    if not line:
                        raise AssertionError(f"the window went away; last title {title!r}")
                    # _NET_WM_NAME = "404 Not Found — httpcodes"
                    title = line.partition("=")[2].strip().strip('"')
            finally:
                spy.kill()
        return title

    def clipboard(self, wanted: Callable[[str], bool] = bool) -> str:
        """The clipboard's text once it is ``wanted`` (by default: not empty), read by another
        X client as a paste reads it. The keys that copied may still be on their way: the
        reader reports the text now and at each change, and the wait ends at the first
        wanted text, or at the timeout with the last text seen."""
        seen = ""
        deadline = time.monotonic() + TIMEOUT
        with subprocess.Popen(
            [sys.executable, "-c", _CLIPBOARD_READER],
            env=unmeasured(self.env),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        ) as reader:
            assert reader.stdout is not None
            pending = b""
            try:
                while True:
                    left = deadline - time.monotonic()
                    ready, _, _ = select.select([reader.stdout], [], [], max(left, 0))
                    chunk = os.read(reader.stdout.fileno(), 65536) if ready else b""
                    if not chunk:
                        return seen
                    pending += chunk
                    *texts, pending = pending.split(b"\0")
                    for text in texts:
                        seen = text.decode("utf-8", "replace")
                        if wanted(seen):
                            return seen
            finally:
                reader.kill()

    def quit(self, timeout: float = TIMEOUT) -> int:
        """Quit as a user does (Ctrl+Q), so that the window saves its settings."""
        with contextlib.suppress(AssertionError):
            # The window can be gone before xdotool has released the keys (BadWindow);
            # whether it quit is what the wait says.
            self.key("ctrl+q")
        return self.process.wait(timeout=timeout)

    def stop(self) -> None:
        """End the program if it still runs: Ctrl+Q first (under coverage, a Python signal
        handler waits for the event loop to run Python code), then SIGTERM, then SIGKILL."""
        if self.process.poll() is None:
            with contextlib.suppress(AssertionError, subprocess.TimeoutExpired):
                self.quit(timeout=5)
        for end in (self.process.terminate, self.process.kill):
            if self.process.poll() is not None:
                break
            end()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
        self.process.communicate()


# An X client that prints the clipboard's text now and after each change, each text ended
# by a NUL, until it is killed.
_CLIPBOARD_READER = """
import os
from PySide6.QtCore import QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

app = QGuiApplication(["httpcodes-test-clipboard"])
clipboard = app.clipboard()

def report():
    os.write(1, clipboard.text(QClipboard.Mode.Clipboard).encode() + b"\\0")

clipboard.dataChanged.connect(report)
QTimer.singleShot(0, report)
app.exec()
"""
