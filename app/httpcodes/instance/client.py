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


def hand_over(action: str, args: Sequence[str], timeout: float = CLIENT_TIMEOUT) -> bool:
    """Send the request to the window running on this display. True if it took it; False
    if there is none (quietly) or it could not be reached in time (with one line on
    stderr): the caller then opens a window of its own."""
    path = socket_path()
    try:
        check_private_folder(os.path.dirname(path))
        check_socket(path)
    except FileNotFoundError:
        return False  # no window has run on this display
    except UnsafeLocationError as problem:
        _say(f"{problem}; not handing over to it")
        return False
    except OSError:
        return False
    if len(os.fsencode(path)) > MAX_SOCKET_PATH:
        return False  # the window could not have listened there either
    try:
        message = encode_request(action, args, activation_token())
    except ProtocolError:
        return False
    deadline = time.monotonic() + timeout
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.settimeout(timeout)
        try:
            connection.connect(path)
        except (ConnectionRefusedError, FileNotFoundError):
            return False  # a socket left by a window that crashed: the new window replaces it
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
