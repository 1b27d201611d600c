"""The running window's side of the hand-over (httpcodes.instance): a plain Unix socket
watched by the event loop with QSocketNotifier. No QtNetwork: the app loads no networking
module.

Everything a client sends is distrusted. The socket is non-blocking; each client may send
one line of at most ``MAX_REQUEST_BYTES``, read a chunk at a time as it arrives, and has
``CLIENT_DEADLINE_MS`` to do so; at most ``MAX_CLIENTS`` are open at once (the oldest goes
when another comes). A client that breaks a rule gets one line, ``error <reason>``, and is
closed. A flood of good requests shows only the latest of them once the event loop is free,
so nothing a client does can crash or freeze the window."""

from __future__ import annotations

import _socket
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
    Signal,
)

from httpcodes.instance.protocol import OK, ProtocolError
from httpcodes.instance.server import Listener, Request, RequestReader, peer_is_this_user

if TYPE_CHECKING:
    from httpcodes.gui.window import MainWindow

MAX_CLIENTS: Final = 16
CLIENT_DEADLINE_MS: Final = 2000
READ_CHUNK: Final = 4096
ACCEPTS_PER_WAKE: Final = 32

log = logging.getLogger(__name__)


class _Client:
    """One connection being read."""

    def __init__(
        self, connection: _socket.socket, notifier: QSocketNotifier, deadline: float
    ) -> None:
        self.connection = connection
        self.notifier = notifier
        self.reader = RequestReader()
        self.deadline = deadline


class InstanceServer(QObject):
    """Serves the socket of ``listener``; emits ``requested`` for each good request."""

    requested = Signal(object)  # a httpcodes.instance.server.Request

    def __init__(self, listener: Listener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listener
        self._clients: dict[int, _Client] = {}
        self._pending: Request | None = None
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(CLIENT_DEADLINE_MS // 4)
        self._sweeper.timeout.connect(self._expire)
        self._deliver_timer = QTimer(self)
        self._deliver_timer.setSingleShot(True)
        self._deliver_timer.setInterval(0)
        self._deliver_timer.timeout.connect(self._deliver)

    @property
    def client_count(self) -> int:
        """Connections open now (for tests and the curious)."""
        return len(self._clients)

    def close(self) -> None:
        """Stop serving: close every client and the socket, which is removed."""
        self._notifier.setEnabled(False)
        for key in list(self._clients):
            self._drop(key)
        self._sweeper.stop()
        self.listener.close()

    # -- connections -------------------------------------------------------------------------

    def _accept(self) -> None:
        # A bounded number per wake-up: a flood of connections cannot hold the event loop.
        for _ in range(ACCEPTS_PER_WAKE):
            try:
                connection = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as error:  # out of descriptors, for one
                log.warning("single instance: cannot accept a connection: %s", error)
                return
            if not peer_is_this_user(connection):
                connection.close()
                continue
            if len(self._clients) >= MAX_CLIENTS:
                self._drop(next(iter(self._clients)))  # the oldest
            notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
            key = id(notifier)
            deadline = time.monotonic() + CLIENT_DEADLINE_MS / 1000
            self._clients[key] = _Client(connection, notifier, deadline)
            notifier.activated.connect(lambda *_signal, key=key: self._read(key))
            if not self._sweeper.isActive():
                self._sweeper.start()

    def _read(self, key: int) -> None:
        client = self._clients.get(key)
        if client is None:
            return
        connection = client.connection
        try:
            # One chunk per wake-up, never more than the client may still send (plus one
            # byte, to see that it sent too much).
            chunk = connection.recv(min(READ_CHUNK, client.reader.room + 1))
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(key)
            return
        if not chunk:  # closed before its line was complete
            self._drop(key)
            return
        try:
            request = client.reader.feed(chunk)
        except ProtocolError as error:
            self._reply(client, f"error {error}\n".encode())
            self._drop(key)
            return
        if request is None:
            return
        self._reply(client, OK)
        self._drop(key)
        self._pending = request
        self._deliver_timer.start()

    def _reply(self, client: _Client, data: bytes) -> None:
        # It went away, or its buffer is full: the answer is lost, nothing else.
        with contextlib.suppress(OSError):
            client.connection.send(data)

    def _drop(self, key: int) -> None:
        client = self._clients.pop(key, None)
        if client is None:
            return
        client.notifier.setEnabled(False)
        client.notifier.deleteLater()
        client.connection.close()
        if not self._clients:
            self._sweeper.stop()

    def _expire(self) -> None:
        now = time.monotonic()
        for key in [k for k, c in self._clients.items() if c.deadline <= now]:
            self._reply(self._clients[key], b"error too slow\n")
            self._drop(key)

    def _deliver(self) -> None:
        request, self._pending = self._pending, None
        if request is not None:
            self.requested.emit(request)


def start_server(
    parent: QObject, take_over_later: Callable[[InstanceServer], None] | None = None
) -> InstanceServer | None:
    """Serve this display's socket, unless another window already does (``--new-window``)
    or it cannot be done safely here; the reason then goes to the log, and the window
    works on without it. Where another window serves, ``take_over_later`` (if given) gets
    the server this window starts once that window is gone (``SocketHeir``)."""
    from httpcodes.instance.location import UnsafeLocationError
    from httpcodes.instance.server import claim_socket

    try:
        listener = claim_socket()
    except (OSError, UnsafeLocationError) as error:
        log.warning("single instance: not serving the socket: %s", error)
        return None
    if listener is None:
        if take_over_later is not None:
            SocketHeir(parent).took_over.connect(take_over_later)
        return None
    return InstanceServer(listener, parent)


class SocketHeir(QObject):
    """A window that does not serve the display's socket, because another window does
    (``--new-window``), takes it over when that window goes: later ``httpcodes`` calls then
    still find a window. A thread waits on the serving lock (``flock``, without the
    interpreter's lock) and claims the socket; the server is made here, in the window's
    thread."""

    took_over = Signal(object)  # the InstanceServer now serving
    _claimed = Signal(object)  # a Listener, from the waiting thread

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._claimed.connect(self._serve, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._wait, name="httpcodes-socket-heir", daemon=True).start()

    def _wait(self) -> None:
        from httpcodes.instance.location import UnsafeLocationError
        from httpcodes.instance.server import claim_socket

        try:
            listener = claim_socket(wait=True)
        except (OSError, UnsafeLocationError) as error:
            log.warning("single instance: not taking the socket over: %s", error)
            return
        if listener is None:
            return
        try:
            self._claimed.emit(listener)
        except RuntimeError:  # the window went meanwhile
            listener.close()

    def _serve(self, listener: Listener) -> None:
        parent = self.parent()
        assert parent is not None
        self.took_over.emit(InstanceServer(listener, parent))


class FollowOtherWindows(QObject):
    """Each time the window is activated, it takes the favourites another window of the user
    may have saved meanwhile (``--new-window``; the file is re-read only if it changed)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self._window.state.follow_saved_favourites()
        return False


# For benchmarks: a file where the moment the window has drawn the frame after a hand-over
# is written (CLOCK_MONOTONIC ns, then what it shows), to time a hand-over up to the screen.
HAND_OVER_STAMP_VARIABLE: Final = "HTTPCODES_HAND_OVER_STAMP"


class FrameStamp(QObject):
    """Writes the time once the next frame of the application is drawn, then goes away."""

    def __init__(self, path: str, describe: Callable[[], str], parent: QObject) -> None:
        super().__init__(parent)
        self._path = path
        self._describe = describe
        self._seen = False
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # Zero timers run after the paint pass that this event belongs to.
            QTimer.singleShot(0, self._write)
        return False

    def _write(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        try:
            with open(self._path, "w", encoding="utf-8") as stamp:
                stamp.write(f"{time.monotonic_ns()} {self._describe()}")
        except OSError as error:
            log.warning("cannot write the hand-over stamp to %s: %s", self._path, error)
        self.deleteLater()
