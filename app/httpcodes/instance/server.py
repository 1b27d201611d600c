"""The window's side, without Qt: claim the socket, and read requests safely.

``claim_socket`` makes the listening socket; ``RequestReader`` collects one client's bytes
with a hard limit. The Qt layer (``httpcodes.gui.single_instance``) only watches the file
descriptors and passes the requests on."""

from __future__ import annotations

import _socket
import contextlib
import fcntl
import os
import struct
from typing import Final

from httpcodes.instance.location import (
    MAX_SOCKET_PATH,
    check_socket,
    make_private_folder,
    socket_path,
)
from httpcodes.instance.protocol import (
    ACTIONS,
    MAX_ARGS,
    MAX_REQUEST_BYTES,
    VERSION,
    ProtocolError,
    clean_token,
)
from httpcodes.records import Record

BACKLOG: Final = 16


class Request(Record):
    """What a second process asks of the running window."""

    action: str
    args: tuple[str, ...]
    activation_token: str


def decode_request(line: bytes) -> Request:
    """Read one request line (with or without its newline). Raises ProtocolError, with a
    short reason, for anything but a well-formed request of this version."""
    import json

    if len(line) > MAX_REQUEST_BYTES:
        raise ProtocolError("too long")
    try:
        # surrogatepass is not used: an argument that was not UTF-8 arrives escaped.
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError("not one line of JSON") from None
    if not isinstance(message, dict):
        raise ProtocolError("not a JSON object")
    if message.get("v") != VERSION or isinstance(message.get("v"), bool):
        raise ProtocolError(f"protocol version {VERSION} expected")
    action = message.get("action")
    if action not in ACTIONS:
        raise ProtocolError("unknown action")
    args = message.get("args", [])
    if not isinstance(args, list) or len(args) > MAX_ARGS:
        raise ProtocolError("args must be a short list")
    if not all(isinstance(a, str) for a in args):
        raise ProtocolError("args must be text")
    token = message.get("activation_token", "")
    if not isinstance(token, str):
        raise ProtocolError("activation_token must be text")
    return Request(str(action), tuple(_whole_characters(a) for a in args), clean_token(token))


def _whole_characters(text: str) -> str:
    """Lone surrogates (escaped by a sender whose argument was not UTF-8) become U+FFFD:
    Qt cannot take them."""
    if text.isprintable():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class Listener:
    """A listening, non-blocking socket and the lock that says this window serves it.

    ``_socket`` is the ``socket`` module's own core: the module itself would bring
    ``selectors`` and its enums into the window's start-up, for nothing used here."""

    def __init__(self, sock: _socket.socket, path: str, lock_fd: int) -> None:
        self.socket = sock
        self.path = path
        self._lock_fd = lock_fd

    def fileno(self) -> int:
        """The listening socket's descriptor, for the event loop to watch."""
        return self.socket.fileno()

    def accept(self) -> _socket.socket:
        """The next waiting connection, non-blocking. Raises BlockingIOError when there is
        none, OSError when it cannot be taken."""
        # _accept is what socket.socket.accept wraps; the stubs do not list it.
        descriptor, _address = self.socket._accept()  # type: ignore[attr-defined]
        connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM, 0, descriptor)
        connection.setblocking(False)
        return connection

    def close(self) -> None:
        """Stop listening and remove the socket, then drop the lock. While the lock is held
        no other window can have claimed the path, so the file removed is this one's."""
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        self.socket.close()
        with contextlib.suppress(OSError):
            os.close(self._lock_fd)


def claim_socket(path: str | None = None, wait: bool = False) -> Listener | None:
    """Listen on the display's socket unless another window already does (None then; with
    ``wait``, block until that window is gone, and listen then).

    The lock file beside the socket is held for the window's life: a socket whose lock is
    free was left by a window that crashed, so it is removed and replaced. Raises OSError
    (or UnsafeLocationError) when the folder or the socket is not safe or cannot be made."""
    path = path or socket_path()
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        raise OSError(f"{path} is too long for a socket")
    make_private_folder(os.path.dirname(path))
    lock_path = path.removesuffix(".sock") + ".lock"
    lock_fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(lock_fd)
        return None  # another window serves this display
    except OSError:
        os.close(lock_fd)
        raise
    try:
        try:
            check_socket(path)
        except FileNotFoundError:
            pass
        else:
            os.unlink(path)  # stale: its window is gone, or it would hold the lock
        sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
        try:
            sock.bind(path)
            os.chmod(path, 0o600)
            sock.listen(BACKLOG)
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
    except BaseException:
        os.close(lock_fd)
        raise
    return Listener(sock, path, lock_fd)


def peer_is_this_user(connection: _socket.socket) -> bool:
    """True when the process at the other end runs as this user (SO_PEERCRED)."""
    try:
        credentials = connection.getsockopt(
            _socket.SOL_SOCKET, _socket.SO_PEERCRED, struct.calcsize("3i")
        )
    except OSError:
        return False
    uid: int = struct.unpack("3i", credentials)[1]
    return uid == os.getuid()


class RequestReader:
    """One client's bytes until its newline, never more than ``MAX_REQUEST_BYTES``."""

    def __init__(self, limit: int = MAX_REQUEST_BYTES) -> None:
        self._buffer = bytearray()
        self._limit = limit

    @property
    def room(self) -> int:
        """How many more bytes this client may send."""
        return self._limit - len(self._buffer)

    def feed(self, chunk: bytes) -> Request | None:
        """Add what arrived; the request once its line is complete, None while it is not.
        Raises ProtocolError when the line is too long or not a request."""
        end = chunk.find(b"\n")
        if end >= 0:
            chunk = chunk[: end + 1]
        if len(chunk) > self.room:
            raise ProtocolError("too long")
        self._buffer += chunk
        if end < 0:
            return None
        return decode_request(bytes(self._buffer))
