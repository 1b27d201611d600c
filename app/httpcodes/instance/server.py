"""The window's side, without Qt: claim the socket, and read requests safely.

``claim_socket`` makes the listening socket; ``RequestReader`` collects one client's bytes
with a hard limit. The Qt layer (``httpcodes.gui.single_instance``) only watches the file
descriptors and passes the requests on."""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket
import struct
from typing import Final

from httpcodes.instance.location import (
    MAX_SOCKET_PATH,
    check_socket,
    make_private_folder,
    socket_path,
)
from httpcodes.instance.protocol import MAX_REQUEST_BYTES, ProtocolError, Request, decode_request

BACKLOG: Final = 16


class Listener:
    """A listening, non-blocking socket and the lock that says this window serves it."""

    def __init__(self, sock: socket.socket, path: str, lock_fd: int) -> None:
        self.socket = sock
        self.path = path
        self._lock_fd = lock_fd

    def fileno(self) -> int:
        """The listening socket's descriptor, for the event loop to watch."""
        return self.socket.fileno()

    def close(self) -> None:
        """Stop listening and remove the socket, then drop the lock. While the lock is held
        no other window can have claimed the path, so the file removed is this one's."""
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        self.socket.close()
        with contextlib.suppress(OSError):
            os.close(self._lock_fd)


def claim_socket(path: str | None = None) -> Listener | None:
    """Listen on the display's socket unless another window already does (None then).

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
        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
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


def peer_is_this_user(connection: socket.socket) -> bool:
    """True when the process at the other end runs as this user (SO_PEERCRED)."""
    try:
        credentials = connection.getsockopt(
            socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
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
