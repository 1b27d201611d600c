"""One window per display, end to end: real ``httpcodes`` processes (offscreen Qt) hand
their requests to the running window, which shows them on its next frame."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cli_runner import COMMAND, run_cli


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 60) -> None:
    """Poll a condition on another process (there is no event loop here to wait on)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.02)


class RunningWindow:
    """``httpcodes`` started as the desktop entry starts it, in the background."""

    def __init__(self, folder: Path) -> None:
        self.stamp = folder / f"hand-over-stamp-{time.monotonic_ns()}"
        env = {**os.environ, "HTTPCODES_HAND_OVER_STAMP": str(self.stamp)}
        self.process = subprocess.Popen(
            [str(COMMAND)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.socket = Path(os.environ["HTTPCODES_RUNTIME_DIR"]) / "nodisplay.sock"

    def serving(self) -> bool:
        """True once the window accepts connections (a socket left by a crash does not)."""
        with socket.socket(socket.AF_UNIX) as probe:
            try:
                probe.connect(str(self.socket))
            except OSError:
                return False
        return True

    def wait_until_serving(self) -> None:
        wait_for(lambda: self.serving() or self.process.poll() is not None, "the socket")
        assert self.process.poll() is None, self.process.communicate()

    def shown(self) -> str:
        """What the window showed on the frame after the last hand-over: "<id> <view> <query>"."""
        try:
            return self.stamp.read_text().split(" ", 1)[1].strip()
        except (OSError, IndexError):
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()


@pytest.fixture
def start_window(user_dirs: Path) -> Iterator[Callable[[], RunningWindow]]:
    started: list[RunningWindow] = []

    def start() -> RunningWindow:
        window = RunningWindow(user_dirs)
        started.append(window)
        window.wait_until_serving()
        return window

    yield start
    for window in started:
        window.stop()


def test_a_second_httpcodes_hands_over_and_exits(start_window: Callable[[], RunningWindow]) -> None:
    window = start_window()
    second = run_cli("gui", "503")
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    wait_for(lambda: window.shown() == "503 detail", "503 on screen")
    words = run_cli("gui", "rate", "limit")
    assert words.returncode == 0
    wait_for(lambda: window.shown() == "429 detail rate limit", "the search on screen")
    compare = run_cli("gui", "--compare", "301", "302")
    assert compare.returncode == 0, compare.stderr
    wait_for(lambda: window.shown().split(" ")[1:2] == ["compare"], "the comparison on screen")
    plain = run_cli()  # the desktop entry's call
    assert plain.returncode == 0
    summon = run_cli("--summon")
    assert summon.returncode == 0
    assert window.process.poll() is None


def test_a_new_window_is_its_own(start_window: Callable[[], RunningWindow]) -> None:
    window = start_window()
    own = run_cli("gui", "--new-window", "--quit-after-paint", "404")
    assert own.returncode == 0, own.stderr
    # The first window still serves the display.
    assert run_cli("gui", "418").returncode == 0
    wait_for(lambda: window.shown() == "418 detail", "418 on screen")


def test_a_window_that_crashed_is_replaced(start_window: Callable[[], RunningWindow]) -> None:
    crashed = start_window()
    crashed.process.send_signal(signal.SIGKILL)
    crashed.process.wait()
    assert crashed.socket.exists()  # left behind
    replacement = start_window()
    assert run_cli("gui", "404").returncode == 0
    wait_for(lambda: replacement.shown() == "404 detail", "404 on screen")


def test_a_frozen_window_is_given_up_after_a_second(
    start_window: Callable[[], RunningWindow],
) -> None:
    window = start_window()
    window.process.send_signal(signal.SIGSTOP)
    try:
        # No display for the window it then opens, so that it stops there.
        env = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
        second = run_cli("gui", "503", env=env)
    finally:
        window.process.send_signal(signal.SIGCONT)
    lines = second.stderr.splitlines()
    assert lines[0] == (
        "httpcodes: the running window did not answer within a second; opening a new one"
    )
    assert second.returncode == 3  # its own window could not open here


def test_two_started_at_once_open_one_window(user_dirs: Path) -> None:
    """A double click: the second waits for the window the first is opening, and hands over."""
    stamp = user_dirs / "hand-over-stamp"
    env = {**os.environ, "HTTPCODES_HAND_OVER_STAMP": str(stamp)}
    started = {
        code: subprocess.Popen(
            [str(COMMAND), "gui", code],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for code in ("404", "503")
    }
    try:
        wait_for(lambda: any(p.poll() is not None for p in started.values()), "a hand-over")
        handed = next(code for code, p in started.items() if p.poll() is not None)
        (window,) = (p for code, p in started.items() if code != handed)
        assert started[handed].communicate() == ("", "")
        assert started[handed].returncode == 0
        wait_for(lambda: stamp.is_file() and f" {handed} detail" in stamp.read_text(), "it shown")
        assert window.poll() is None
    finally:
        for process in started.values():
            if process.poll() is None:
                process.kill()
            process.communicate()


def test_a_window_opened_beside_takes_over_when_the_first_goes(
    start_window: Callable[[], RunningWindow], user_dirs: Path
) -> None:
    first = start_window()
    stamp = user_dirs / "beside-stamp"
    beside = subprocess.Popen(
        [str(COMMAND), "gui", "--new-window"],
        env={**os.environ, "HTTPCODES_HAND_OVER_STAMP": str(stamp)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Up, and waiting on the lock of the window that serves (its file is open).
        wait_for(lambda: _has_open(beside.pid, "nodisplay.lock"), "the window beside to wait")
        assert not stamp.exists()
        first.process.terminate()
        first.process.wait()
        # The window beside it claims the socket the first one left.
        wait_for(lambda: first.serving() or beside.poll() is not None, "the socket taken over")
        assert beside.poll() is None, beside.communicate()
        handed = run_cli("gui", "404")
        assert (handed.returncode, handed.stderr) == (0, "")
        wait_for(lambda: stamp.is_file() and " 404 detail" in stamp.read_text(), "404 shown")
    finally:
        if beside.poll() is None:
            beside.kill()
        beside.communicate()


def _has_open(pid: int, name: str) -> bool:
    """Whether the process has a file of that name open (Linux's /proc)."""
    folder = Path(f"/proc/{pid}/fd")
    try:
        descriptors = list(folder.iterdir())
    except OSError:
        return False
    for descriptor in descriptors:
        try:
            if os.readlink(descriptor).endswith("/" + name):
                return True
        except OSError:
            continue
    return False
