"""Test helper: take a connection from the window's listener as a plain blocking socket."""

from __future__ import annotations

import contextlib
import socket

from httpcodes.instance.server import Listener


def accept_blocking(listener: Listener) -> socket.socket:
    """Wait for the next connection; it comes back blocking, as a ``socket.socket``."""
    listener.socket.setblocking(True)
    try:
        connection = listener.accept()
    finally:
        with contextlib.suppress(OSError):  # closed meanwhile
            listener.socket.setblocking(False)
    plain = socket.socket(fileno=connection.detach())
    plain.setblocking(True)
    return plain
