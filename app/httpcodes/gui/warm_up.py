"""Load Qt's shared libraries on a second core while the first prepares the window.

Before it can import PySide6, the window spends some 25 ms in Python (the command line, the
catalogue, the crash handlers). Loading and linking Qt's libraries and the platform plugin,
and reading fontconfig's configuration, are as long again, and need no Python: a thread does
them meanwhile, with the interpreter's lock released, so that when PySide6 and Qt ask for
them they are already in memory. On a one-core machine the work merely moves.

Nothing here can stop the window: a library that is missing or fails to load is left for Qt
to report as it always has (``startup_checks`` names what to install).

The thread uses ``_ctypes``, the C half of ``ctypes``: importing ``ctypes`` itself costs the
main thread 2-4 ms, about a fifth of what this saves, and a thread importing it would wait for
the main thread's lock instead of loading anything.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

# Platform plugins by the name QT_QPA_PLATFORM gives them.
_PLATFORM_PLUGINS = {
    "xcb": "libqxcb.so",
    "wayland": "libqwayland.so",
    "offscreen": "libqoffscreen.so",
}
# Input method plugins by QT_IM_MODULE; Qt picks "compose" when it is unset.
_INPUT_PLUGINS = {
    "compose": "libcomposeplatforminputcontextplugin.so",
    "ibus": "libibusplatforminputcontextplugin.so",
}
FONTCONFIG = "libfontconfig.so.1"


def platform_name(environ: Mapping[str, str]) -> str | None:
    """The platform plugin Qt will load, as far as the environment tells."""
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested:
        # "xcb;wayland" lists fallbacks; "offscreen:size=..." passes options.
        return requested.split(";")[0].split(":")[0].strip() or None
    # Qt tries Wayland first in a Wayland session or where a compositor is named.
    if environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if environ.get("DISPLAY"):
        return "xcb"
    return None


def qt_folder(search_path: Sequence[str]) -> str | None:
    """The ``Qt`` folder (libraries and plugins) of the PySide6 that ``import PySide6`` will
    find, found without importing it; None where that PySide6 has no such folder (one built
    on the system's Qt)."""
    for entry in search_path:
        package = os.path.join(entry or ".", "PySide6")
        if os.path.isdir(package):
            folder = os.path.join(package, "Qt")
            wheel = os.path.isfile(os.path.join(folder, "lib", "libQt6Widgets.so.6"))
            return folder if wheel else None
    return None


def libraries_to_load(environ: Mapping[str, str], qt: str) -> list[str]:
    """The files the window will load, in the order Qt loads them."""
    paths = [os.path.join(qt, "lib", "libQt6Widgets.so.6")]
    platform = platform_name(environ)
    plugin = _PLATFORM_PLUGINS.get(platform or "")
    if plugin:
        paths.append(os.path.join(qt, "plugins", "platforms", plugin))
    if platform in ("xcb", "wayland"):
        input_plugin = _INPUT_PLUGINS.get(environ.get("QT_IM_MODULE") or "compose")
        if input_plugin:
            paths.append(os.path.join(qt, "plugins", "platforminputcontexts", input_plugin))
    return [path for path in paths if os.path.isfile(path)]


# Held by the thread until it is done: see ``wait_for_fontconfig``.
_busy: list[Any] = []


def start_loading_qt(environ: Mapping[str, str] | None = None) -> bool:
    """Start loading Qt's libraries in a thread of their own; true when it was started."""
    if not sys.platform.startswith("linux"):
        return False
    qt = qt_folder(sys.path)
    if qt is None:
        return False
    environ = os.environ if environ is None else environ
    paths = [os.fsencode(path) for path in libraries_to_load(environ, qt)]
    try:
        import _ctypes
        import _thread

        # None is the process itself (as in ctypes.CDLL(None)), whose dlopen is libc's.
        process = _ctypes.dlopen(None, os.RTLD_NOW)  # type: ignore[arg-type]
        load = _ctypes.dlsym(process, "dlopen")
        busy = _thread.allocate_lock()
        busy.acquire()
        _busy.append(busy)
        _thread.start_new_thread(_load, (_ctypes, load, paths, busy))
    except (ImportError, AttributeError, OSError, RuntimeError):
        _busy.clear()
        return False
    return True


def wait_for_fontconfig() -> None:
    """Wait until the thread is done, before Qt reads fontconfig itself: two threads setting
    fontconfig up at once can corrupt it (its first start is not safe to run twice at the
    same moment). With a warm font cache the thread finished long before; after a change of
    fonts Qt would have waited for the same reading anyway."""
    while _busy:
        busy = _busy.pop()
        busy.acquire()  # waits without the interpreter's lock
        busy.release()


def _load(_ctypes: Any, load: int, paths: list[bytes], busy: Any) -> None:
    try:
        # The libraries stay loaded for the process's life: their handles are not kept.
        for path in paths:
            _ctypes.call_function(load, (path, os.RTLD_NOW))
        # Qt's libraries brought fontconfig in; its configuration and font caches are read
        # once per process, and Qt reads them only when it builds its font list.
        fontconfig = _ctypes.dlopen(FONTCONFIG, os.RTLD_NOW)
        _ctypes.call_function(_ctypes.dlsym(fontconfig, "FcInit"), ())
    except Exception:  # Qt loads, and reports, whatever failed here itself
        pass
    finally:
        busy.release()
