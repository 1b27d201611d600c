"""The second process's side: hand the request to the running window, or say it could not.

This runs before anything of the window is imported, on every ``httpcodes`` that would open
a window, so it imports only what it must: no Qt, no json, not even the ``socket`` module
(whose enums cost more than the rest of the hand-over); ``_socket`` is the same thing, bare.
"""

from __future__ import annotations

import _socket
import os
import sys
import time

from httpcodes.instance.location import (
    MAX_SOCKET_PATH,
    UnsafeLocationError,
    check_private_folder,
    check_socket,
    make_private_folder,
    socket_path,
)
from httpcodes.instance.protocol import CLIENT_TIMEOUT, OK, ProtocolError, encode_request

# No ``typing`` on the hand-over path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

TOKEN_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


def activation_token() -> str:
    """The token the desktop started this process with, for the window to raise itself."""
    for variable in TOKEN_VARIABLES:
        value = os.environ.get(variable)
        if value:
            return value
    return ""


# How long a second ``httpcodes`` waits for a window that another one is still starting:
# well beyond a start on a busy machine (seconds), short of making a hung start a lost call.
STARTING_WAIT = 20.0
_POLL_SECONDS = 0.01
# The lock this process holds while its own window starts (see ``starting_lock_path``).
_starting: list[int] = []


def starting_lock_path(path: str) -> str:
    """The lock an ``httpcodes`` holds from the moment it finds no window to hand over to
    until its own window listens: a second one started meanwhile (a double click) waits for
    that window instead of opening another."""
    return path.removesuffix(".sock") + ".starting"


def hand_over(
    action: str,
    args: Sequence[str],
    timeout: float = CLIENT_TIMEOUT,
    starting_wait: float = STARTING_WAIT,
) -> bool:
    """Send the request to the window running on this display. True if it took it; False
    if there is none (quietly) or it could not be reached in time (with one line on
    stderr): the caller then opens a window of its own, and holds the starting lock until
    it listens (``done_starting``)."""
    path = socket_path()
    try:
        message = encode_request(action, args, activation_token())
    except ProtocolError:
        return False
    sent = _send(path, message, timeout)
    if sent is not None:
        return sent
    # No window listens. Another httpcodes may be starting one this very moment.
    lock = _open_starting_lock(path)
    if lock is None:
        return False
    if _take(lock):
        # A window may have come up (and let go of the lock) since the look above.
        return _send_or_start(lock, path, message, timeout)
    deadline = time.monotonic() + starting_wait
    while time.monotonic() < deadline:
        time.sleep(_POLL_SECONDS)
        if _take(lock):
            # That window is up (or gave up): hand over to it, or be the one to start.
            return _send_or_start(lock, path, message, timeout)
    os.close(lock)
    _say("another httpcodes is still opening its window; opening a new one")
    return False


def done_starting() -> None:
    """This process's window listens now (or will not): let waiting ``httpcodes`` on."""
    while _starting:
        try:  # noqa: SIM105 - contextlib is not worth its import on this path
            os.close(_starting.pop())
        except OSError:
            pass


def _send_or_start(lock: int, path: str, message: bytes, timeout: float) -> bool:
    """With the starting lock taken: hand over to the window that listens now, or keep the
    lock (False: this process opens the window) when none does."""
    sent = _send(path, message, timeout)
    if sent is None:
        _keep(lock)
        return False
    os.close(lock)
    return sent


def _open_starting_lock(path: str) -> int | None:
    try:
        make_private_folder(os.path.dirname(path))
        return os.open(
            starting_lock_path(path),
            os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC,
            0o600,
        )
    except (OSError, UnsafeLocationError):  # the window then says why, when it listens
        return None


def _take(lock: int) -> bool:
    import fcntl  # only when no window listens

    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _keep(lock: int) -> None:
    _starting.append(lock)


def _send(path: str, message: bytes, timeout: float) -> bool | None:
    """True when the window took the request, False when it could not be reached in time or
    refused it (with one line on stderr), None when no window listens on ``path``."""
    try:
        check_private_folder(os.path.dirname(path))
        check_socket(path)
    except FileNotFoundError:
        return None  # no window has run on this display
    except UnsafeLocationError as problem:
        _say(f"{problem}; not handing over to it")
        return False
    except OSError:
        return False
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        return False  # the window could not have listened there either
    deadline = time.monotonic() + timeout
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(timeout)
        try:
            connection.connect(path)
        except (ConnectionRefusedError, FileNotFoundError):
            return None  # a socket left by a window that crashed: the new window replaces it
        connection.sendall(message)
        reply = b""
        while not reply.endswith(b"\n") and len(reply) < 512:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            connection.settimeout(remaining)
            chunk = connection.recv(512)
            if not chunk:
                break
            reply += chunk
    except TimeoutError:
        _say("the running window did not answer within a second; opening a new one")
        return False
    except OSError as error:
        _say(f"could not reach the running window ({error.strerror or error}); opening a new one")
        return False
    finally:
        connection.close()
    if reply == OK:
        return True
    reason = reply.decode("utf-8", "replace").strip()[:200] or "no answer"
    _say(f"the running window refused the request ({reason}); opening a new one")
    return False


def _say(text: str) -> None:
    print(f"httpcodes: {text}", file=sys.stderr)
