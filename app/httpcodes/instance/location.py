"""Where the running window's socket is, and the checks that it is the user's alone."""

from __future__ import annotations

import os
import stat

from httpcodes.paths import state_path

# No ``typing`` on the hand-over path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Final

RUNTIME_VARIABLE: Final = "HTTPCODES_RUNTIME_DIR"
# sockaddr_un holds 108 bytes with the terminating NUL.
MAX_SOCKET_PATH: Final = 107
_KEY_CHARACTERS: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_"
)


class UnsafeLocationError(Exception):
    """The socket's folder or the socket is not the user's alone; the text says why."""


def display_key(environ: Mapping[str, str] | None = None) -> str:
    """A file name for the display this process shows windows on: ``wayland-0``,
    ``x11-0`` (``:0`` and ``:0.1`` are one display), ``x11-host-10`` for ``host:10``, or
    ``nodisplay`` (offscreen)."""
    env = os.environ if environ is None else environ
    wayland = env.get("WAYLAND_DISPLAY", "")
    if wayland:
        # A name (wayland-0) or an absolute path to the compositor's socket.
        return "wayland-" + _safe(wayland.rsplit("/", 1)[-1].removeprefix("wayland-"))
    display = env.get("DISPLAY", "")
    if display:
        host, _, rest = display.rpartition(":")
        number = rest.split(".", 1)[0]
        return f"x11-{_safe(host)}-{_safe(number)}" if host else f"x11-{_safe(number)}"
    return "nodisplay"


def _safe(text: str) -> str:
    kept = "".join(c if c in _KEY_CHARACTERS else "_" for c in text[:40])
    return kept.lstrip(".") or "_"


def socket_folder(environ: Mapping[str, str] | None = None) -> str:
    """The private folder that holds the sockets."""
    env = os.environ if environ is None else environ
    override = env.get(RUNTIME_VARIABLE)
    if override:
        return override
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime):
        return os.path.join(runtime, "httpcodes")
    return state_path("run")


def socket_path(environ: Mapping[str, str] | None = None) -> str:
    """The socket of the window on this display."""
    return os.path.join(socket_folder(environ), display_key(environ) + ".sock")


def check_private_folder(folder: str) -> None:
    """Raise UnsafeLocationError unless ``folder`` is a folder, not a symbolic link, owned by
    this user, that nobody else may read, write or enter. FileNotFoundError if missing."""
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeLocationError(f"{folder} is a symbolic link")
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeLocationError(f"{folder} is not a folder")
    if info.st_uid != os.getuid():
        raise UnsafeLocationError(f"{folder} belongs to another user")
    if info.st_mode & 0o077:
        mode = info.st_mode & 0o777
        raise UnsafeLocationError(f"{folder} is open to other users (mode {mode:o})")


def check_socket(path: str) -> None:
    """Raise UnsafeLocationError unless ``path`` is a socket owned by this user (not a link or
    another kind of file). FileNotFoundError if there is none."""
    info = os.lstat(path)
    if not stat.S_ISSOCK(info.st_mode):
        raise UnsafeLocationError(f"{path} is not a socket")
    if info.st_uid != os.getuid():
        raise UnsafeLocationError(f"{path} belongs to another user")


def make_private_folder(folder: str) -> None:
    """Create ``folder`` (and its parents) for this user alone, then check it: an existing
    folder is never loosened or taken over, only checked."""
    try:
        os.makedirs(os.path.dirname(folder), mode=0o700, exist_ok=True)
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    check_private_folder(folder)
