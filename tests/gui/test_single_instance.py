"""The running window's side of the hand-over: good requests are shown, and nothing a client
sends (garbage, floods, huge lines, binary, clients that never finish) crashes or freezes
the window."""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from httpcodes.gui.raising import apply_request
from httpcodes.gui.single_instance import MAX_CLIENTS, InstanceServer, start_server
from httpcodes.gui.window import MainWindow
from httpcodes.instance.protocol import MAX_REQUEST_BYTES, encode_request
from httpcodes.instance.server import Request
from tests.gui_helpers import open_window


class Served:
    """A real window serving the socket, as ``httpcodes`` runs it."""

    def __init__(self, window: MainWindow, server: InstanceServer) -> None:
        self.window = window
        self.server = server
        self.requests: list[Request] = []
        server.requested.connect(self._on_request)

    def _on_request(self, request: Request) -> None:
        self.requests.append(request)
        apply_request(self.window, request)

    def connect(self) -> socket.socket:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(self.server.listener.path)
        client.setblocking(False)
        return client

    def connect_now(self) -> socket.socket | None:
        """Connect without waiting: None when the kernel's queue of connections the window
        has not accepted yet is full (as it is in a flood, while this test holds the event
        loop)."""
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.setblocking(False)
        try:
            client.connect(self.server.listener.path)
        except BlockingIOError:
            client.close()
            return None
        return client


@pytest.fixture
def served(qtbot: QtBot) -> Iterator[Served]:
    window = open_window(qtbot)
    server = start_server(window)
    assert server is not None
    yield Served(window, server)
    server.close()


def answer(qtbot: QtBot, client: socket.socket) -> bytes:
    """Everything the window sends back until it closes the connection."""
    received = bytearray()
    closed = False

    def done() -> bool:
        nonlocal closed
        try:
            chunk = client.recv(4096)
        except BlockingIOError:
            return False
        except ConnectionResetError:
            closed = True
            return True
        if not chunk:
            closed = True
            return True
        received.extend(chunk)
        return False

    qtbot.waitUntil(done)
    assert closed
    client.close()
    return bytes(received)


def hand_over(qtbot: QtBot, served: Served, action: str, *args: str) -> bytes:
    client = served.connect()
    client.sendall(encode_request(action, list(args), "token-1"))
    return answer(qtbot, client)


def test_a_code_handed_over_is_shown(qtbot: QtBot, served: Served) -> None:
    assert hand_over(qtbot, served, "show", "503") == b"ok\n"
    qtbot.waitUntil(lambda: served.requests == [Request("show", ("503",), "token-1")])
    entry = served.window.current_entry
    assert entry is not None and entry.code == 503
    assert served.window.isVisible()


def test_words_handed_over_are_searched(qtbot: QtBot, served: Served) -> None:
    assert hand_over(qtbot, served, "show", "rate", "limit") == b"ok\n"
    qtbot.waitUntil(lambda: served.window.search_box.text() == "rate limit")
    assert hand_over(qtbot, served, "search", "gateway timeout") == b"ok\n"
    qtbot.waitUntil(lambda: served.window.search_box.text() == "gateway timeout")


def test_a_minimised_window_comes_back(qtbot: QtBot, served: Served) -> None:
    served.window.showMinimized()
    qtbot.waitUntil(served.window.isMinimized)
    assert hand_over(qtbot, served, "show", "404") == b"ok\n"
    qtbot.waitUntil(lambda: not served.window.isMinimized())
    entry = served.window.current_entry
    assert entry is not None and entry.code == 404


def test_summon_readies_the_search_box_or_hides_the_active_window(
    qtbot: QtBot, served: Served
) -> None:
    window = served.window
    window.search_box.setText("gateway")
    window.detail.setFocus()
    # Behind another window, it comes to the front with the search box ready.
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    assert hand_over(qtbot, served, "summon") == b"ok\n"
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.search_box.hasFocus)
    assert window.search_box.selectedText() == "gateway"
    # Once it is the active window, the same shortcut puts it away...
    assert hand_over(qtbot, served, "summon") == b"ok\n"
    qtbot.waitUntil(lambda: not window.isVisible())
    # ...and brings it back. (The offscreen platform does not re-activate a window shown
    # again, so the test looks at the widget that has the window's focus.)
    window.search_box.deselect()
    assert hand_over(qtbot, served, "summon") == b"ok\n"
    qtbot.waitUntil(window.isVisible)
    assert window.focusWidget() is window.search_box
    assert window.search_box.selectedText() == "gateway"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\n", b"error not one line of JSON\n"),
        (b"hello\n", b"error not one line of JSON\n"),
        (b"\xff\xfe\x00binary\n", b"error not one line of JSON\n"),
        (b'{"v": 2, "action": "show"}\n', b"error protocol version 1 expected\n"),
        (b'{"v": 1, "action": "rm -rf"}\n', b"error unknown action\n"),
        (b"x" * (MAX_REQUEST_BYTES + 10), b"error too long\n"),
    ],
)
def test_a_bad_request_gets_one_line_and_changes_nothing(
    qtbot: QtBot, served: Served, data: bytes, reason: bytes
) -> None:
    served.window.go_to("404")
    client = served.connect()
    client.setblocking(True)
    # The window may close it mid-way, the line being too long.
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):
        client.sendall(data)
    client.setblocking(False)
    got = answer(qtbot, client)
    assert got in (reason, b"")  # a reset can beat the answer to a flood
    if len(data) < MAX_REQUEST_BYTES:
        assert got == reason
    assert served.requests == []
    entry = served.window.current_entry
    assert entry is not None and entry.code == 404


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.binary(max_size=600), max_size=4), st.booleans())
def test_fuzz_nothing_crashes_or_wedges_the_window(
    qtbot: QtBot, served: Served, chunks: list[bytes], finish: bool
) -> None:
    client = served.connect()
    client.setblocking(True)
    try:
        for chunk in chunks:
            client.sendall(chunk)
        if finish:
            client.shutdown(socket.SHUT_WR)  # a half-closed client
    except OSError:
        pass
    client.setblocking(False)
    if finish or b"\n" in b"".join(chunks):
        reply = answer(qtbot, client)
        assert reply == b"" or reply == b"ok\n" or reply.startswith(b"error ")
    else:
        client.close()
    # Whatever came before, the window still takes a good request.
    assert hand_over(qtbot, served, "show", "418") == b"ok\n"
    qtbot.waitUntil(lambda: bool(served.requests) and served.requests[-1].args == ("418",))


def test_a_flood_never_freezes_the_window(qtbot: QtBot, served: Served) -> None:
    clients: list[socket.socket] = []

    def flood(count: int, data: bytes = b"") -> None:
        for _ in range(count):
            client = served.connect_now()
            if client is None:
                continue
            clients.append(client)
            if data:
                with contextlib.suppress(OSError):  # full, or already closed by the window
                    client.send(data)

    for _ in range(5):  # waves, with the event loop running in between
        flood(MAX_CLIENTS * 2)  # connect and say nothing
        flood(4, b"{" * (MAX_REQUEST_BYTES * 2))  # far too long
        flood(4, bytes(range(256)) * 8)  # binary, no newline
        flood(20, encode_request("show", ["500"]))  # good, many of them
        qtbot.wait(1)
        assert served.server.client_count <= MAX_CLIENTS
    # The window answers a good request after all that.
    assert hand_over(qtbot, served, "show", "418") == b"ok\n"
    qtbot.waitUntil(lambda: served.requests[-1:] == [Request("show", ("418",), "token-1")])
    entry = served.window.current_entry
    assert entry is not None and entry.code == 418
    # The clients that never finish are let go.
    qtbot.waitUntil(lambda: served.server.client_count == 0, timeout=10_000)
    for client in clients:
        client.close()


def test_a_second_window_does_not_serve(qtbot: QtBot, served: Served) -> None:
    assert start_server(served.window) is None


def test_closing_removes_the_socket(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    server = start_server(window)
    assert server is not None
    path = server.listener.path
    server.close()
    with socket.socket(socket.AF_UNIX) as client, pytest.raises(FileNotFoundError):
        client.connect(path)


def test_on_wayland_the_token_is_where_qt_looks_for_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from httpcodes.gui import raising

    window = open_window(qtbot)

    class Wayland:
        @staticmethod
        def platformName() -> str:
            return "wayland"

    monkeypatch.setattr(raising, "QGuiApplication", Wayland)
    monkeypatch.setattr(window, "raise_", lambda: None)  # offscreen cannot stack windows
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    activated: list[str | None] = []
    monkeypatch.setattr(
        window, "activateWindow", lambda: activated.append(os.environ.get("XDG_ACTIVATION_TOKEN"))
    )
    raising.raise_window(window, "kwin-5678")
    # Set while the window asks to be activated (Qt's requestActivate reads it), not after.
    assert activated == ["kwin-5678"]
    assert "XDG_ACTIVATION_TOKEN" not in os.environ


def test_elsewhere_no_token_is_set(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from httpcodes.gui import raising

    window = open_window(qtbot)
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    raising.raise_window(window, "kwin-5678")
    assert "XDG_ACTIVATION_TOKEN" not in os.environ


def test_a_view_is_opened_by_name_and_an_unknown_one_ignored(qtbot: QtBot, served: Served) -> None:
    served.window.go_to("404")
    assert hand_over(qtbot, served, "view", "no-such-view", "x") == b"ok\n"
    qtbot.waitUntil(lambda: len(served.requests) == 1)
    assert served.window.state.view == "detail"
    assert hand_over(qtbot, served, "view", "detail") == b"ok\n"
    qtbot.waitUntil(lambda: len(served.requests) == 2)
    assert served.window.state.view == "detail"
    entry = served.window.current_entry
    assert entry is not None and entry.code == 404
