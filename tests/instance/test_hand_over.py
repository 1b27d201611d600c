"""The second process: which calls hand over, what they send, and that the path never
loads Qt (nor json, argparse or typing, which would cost it most of its time)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from httpcodes.cli.hand_over import request_for
from httpcodes.cli.main import fast_window_options, normalise_arguments
from httpcodes.instance.protocol import OK
from httpcodes.instance.server import Listener, Request, RequestReader, claim_socket
from tests.cli_runner import unmeasured
from tests.instance.sockets import accept_blocking


class FakeWindow:
    """A listener that answers ``ok`` to every request and remembers them."""

    def __init__(self, listener: Listener) -> None:
        self.listener = listener
        self.requests: list[Request] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection = accept_blocking(self.listener)
            except OSError:
                return
            with connection:
                reader = RequestReader()
                request = None
                while request is None:
                    chunk = connection.recv(4096)
                    if not chunk:
                        break
                    request = reader.feed(chunk)
                if request is not None:
                    self.requests.append(request)
                    connection.sendall(OK)


@pytest.fixture
def window() -> Iterator[FakeWindow]:
    listener = claim_socket()
    assert listener is not None
    fake = FakeWindow(listener)
    yield fake
    listener.close()


PROBE = (
    "import sys; from httpcodes.cli.main import main; status = main(sys.argv[1:]); "
    "loaded = [m for m in ('PySide6', 'json', 'argparse', 'typing', 'socket') "
    "if m in sys.modules]; print(status, *loaded)"
)


def run_probe(*args: str) -> str:
    # Not the token of the terminal the tests run in, if it has one; not measured by
    # coverage either, whose start-up imports modules the probe looks for.
    tokens = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
    env = {k: v for k, v in unmeasured().items() if k not in tokens}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.stderr == ""
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("argv", "request_"),
    [
        ((), ("show", ())),
        (("gui",), ("show", ())),
        (("gui", "503"), ("show", ("503",))),
        (("gui", "rate", "limit"), ("show", ("rate", "limit"))),
        (("--summon",), ("summon", ())),
        (("gui", "--summon"), ("summon", ())),
    ],
)
def test_window_calls_hand_over_without_loading_qt(
    window: FakeWindow, argv: tuple[str, ...], request_: tuple[str, tuple[str, ...]]
) -> None:
    assert run_probe(*argv) == "0"  # exit 0, and none of the modules listed in PROBE
    assert window.requests == [Request(*request_, "")]


def test_options_parsed_by_argparse_hand_over_too(window: FakeWindow) -> None:
    assert run_probe("gui", "--query", "rate limit").startswith("0")
    assert run_probe("gui", "--select", "418").startswith("0")
    assert window.requests == [
        Request("search", ("rate limit",), ""),
        Request("show", ("418",), ""),
    ]


def test_the_desktop_token_travels_with_the_request(window: FakeWindow) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "gui", "503"],
        capture_output=True,
        text=True,
        timeout=60,
        env=unmeasured({**os.environ, "XDG_ACTIVATION_TOKEN": "kwin-1234"}),
    )
    assert done.stdout.strip() == "0"
    assert window.requests == [Request("show", ("503",), "kwin-1234")]


def test_summon_and_new_window_are_window_options_wherever_they_stand() -> None:
    assert normalise_arguments(["--summon"]) == ["gui", "--summon"]
    assert normalise_arguments(["--lang", "zh-CN", "--new-window"]) == [
        "--lang",
        "zh-CN",
        "gui",
        "--new-window",
    ]
    options = fast_window_options(["--new-window", "gui", "404"])
    assert options is not None
    assert options.new_window and not options.summon and options.target == ["404"]
    assert fast_window_options(["gui", "--theme", "dark"]) is None


def options(**given: object) -> SimpleNamespace:
    defaults: dict[str, object] = dict(
        target=[],
        screenshot=None,
        select=None,
        query=None,
        theme=None,
        size=None,
        lang=None,
        catalogue=[],
        quit_after_paint=False,
        summon=False,
        new_window=False,
    )
    return SimpleNamespace(**{**defaults, **given})


@pytest.mark.parametrize(
    "own_window",
    [
        {"new_window": True},
        {"screenshot": "x.png"},
        {"quit_after_paint": True},
        {"theme": "dark"},
        {"size": (800, 600)},
        {"lang": "zh-CN"},
        {"catalogue": ["mine.json"]},
    ],
)
def test_calls_that_set_up_a_window_open_their_own(own_window: dict[str, object]) -> None:
    assert request_for(options(**own_window)) is None  # type: ignore[arg-type]
    assert request_for(options()) == ("show", [])  # type: ignore[arg-type]


def test_the_guide_and_compare_views_hand_over_as_views() -> None:
    wanted = options(view="compare", view_argument=("301", "302"))
    assert request_for(wanted) == ("view", ["compare", "301", "302"])  # type: ignore[arg-type]


def _hold_starting_lock() -> int:
    """Act as an ``httpcodes`` whose window is starting: hold the lock it holds."""
    import fcntl

    from httpcodes.instance.client import starting_lock_path
    from httpcodes.instance.location import make_private_folder, socket_path

    path = socket_path()
    make_private_folder(os.path.dirname(path))
    lock = os.open(starting_lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return lock


def test_a_call_made_while_a_window_starts_waits_for_it_and_hands_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from httpcodes.instance import client

    lock = _hold_starting_lock()
    # Told when the call finds the lock taken, that is, once it is waiting.
    waiting = threading.Event()
    take = client._take

    def noting_take(descriptor: int) -> bool:
        taken = take(descriptor)
        if not taken:
            waiting.set()
        return taken

    monkeypatch.setattr(client, "_take", noting_take)
    outcome: list[bool] = []
    caller = threading.Thread(target=lambda: outcome.append(client.hand_over("show", ["503"])))
    caller.start()
    try:
        assert waiting.wait(30)
        listener = claim_socket()  # the starting window listens ...
        assert listener is not None
        fake = FakeWindow(listener)
        assert outcome == []  # ... but the call waits for the lock, not for the socket
    finally:
        os.close(lock)  # ... and says it is up
    caller.join(30)
    listener.close()
    assert outcome == [True]
    assert fake.requests == [Request("show", ("503",), "")]


def test_a_window_that_never_comes_is_given_up(capsys: pytest.CaptureFixture[str]) -> None:
    from httpcodes.instance.client import done_starting, hand_over

    lock = _hold_starting_lock()
    try:
        assert hand_over("show", ["503"], starting_wait=0.05) is False
    finally:
        os.close(lock)
        done_starting()
    assert capsys.readouterr().err == (
        "httpcodes: another httpcodes is still opening its window; opening a new one\n"
    )


def test_the_first_call_holds_the_lock_until_its_window_listens() -> None:
    import fcntl

    from httpcodes.instance.client import done_starting, hand_over, starting_lock_path
    from httpcodes.instance.location import socket_path

    assert hand_over("show", []) is False  # nothing running: this process opens the window
    other = os.open(starting_lock_path(socket_path()), os.O_RDWR)
    try:
        with pytest.raises(BlockingIOError):
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        done_starting()
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        os.close(other)


def test_a_window_that_comes_up_just_before_the_lock_is_taken_gets_the_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Between finding no window and taking the starting lock, the window another httpcodes
    # was starting listens and lets go of the lock: this call hands over to it.
    from httpcodes.instance import client

    other = _hold_starting_lock()
    open_lock = client._open_starting_lock
    started: list[tuple[Listener, FakeWindow]] = []

    def window_comes_up_first(path: str) -> int | None:
        listener = claim_socket()
        assert listener is not None
        started.append((listener, FakeWindow(listener)))
        os.close(other)
        return open_lock(path)

    monkeypatch.setattr(client, "_open_starting_lock", window_comes_up_first)
    try:
        assert client.hand_over("show", ["503"]) is True
    finally:
        client.done_starting()
        for listener, _ in started:
            listener.close()
    assert started[0][1].requests == [Request("show", ("503",), "")]


def test_an_unsafe_folder_met_when_taking_the_lock_leaves_the_window_to_say_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from httpcodes.instance import client
    from httpcodes.instance.location import UnsafeLocationError

    def unsafe(folder: str) -> None:
        raise UnsafeLocationError(f"{folder} belongs to another user")

    monkeypatch.setattr(client, "make_private_folder", unsafe)
    assert client.hand_over("show", ["503"]) is False
    assert client._starting == []
