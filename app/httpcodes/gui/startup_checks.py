"""Checks made before Qt starts, so that a missing display or library is one clear line with
what to install, instead of Qt aborting the process."""

from __future__ import annotations

import os
import re
import sys
from typing import Final

# Shared libraries the X11 (xcb) platform plugin loads, and the Debian package of each.
XCB_LIBRARIES: Final = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# Libraries QtGui and QtWidgets need on any platform.
QT_LIBRARIES: Final = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
}
_HEADLESS_PLATFORMS: Final = ("offscreen", "minimal", "vnc", "eglfs", "linuxfb")


# The dynamic loader's list of the system's libraries (glibc).
LOADER_CACHE_PATH = "/etc/ld.so.cache"
_loader_cache: list[bytes] = []


def _own_library_folders() -> tuple[str, ...]:
    """Folders that hold libraries of this process's architecture: a 32-bit copy listed in the
    cache must not count (Debian's multiarch folder, or lib64 elsewhere)."""
    multiarch = getattr(sys.implementation, "_multiarch", None) or f"{os.uname().machine}-linux-gnu"
    return (f"/{multiarch}/", "/lib64/")


def _listed_by_loader(library: str) -> bool:
    if not _loader_cache:
        try:
            with open(LOADER_CACHE_PATH, "rb") as cache:
                _loader_cache.append(cache.read())
        except OSError:
            _loader_cache.append(b"")
    # The cache holds each library's full path, NUL-terminated.
    name = library.encode() + b"\0"
    return any(folder.encode() + name in _loader_cache[0] for folder in _own_library_folders())


def _loadable(library: str) -> bool:
    # Looking the name up in the loader's cache is much cheaper than importing ctypes and
    # loading the library (start-up pays for every check). A library the cache does not list
    # may still be found (LD_LIBRARY_PATH, a bundled copy), so only then is it loaded.
    if _listed_by_loader(library):
        return True
    import ctypes

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why the window cannot open here, or None when it should."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if platform in _HEADLESS_PLATFORMS or platform == "wayland":
        return None
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "start it from a desktop session, or use the terminal commands (httpcodes --help)"
        )
    missing = [package for library, package in XCB_LIBRARIES.items() if not _loadable(library)]
    if missing:
        return (
            "the window needs X11 libraries that are not installed; on Debian or Ubuntu: "
            f"sudo apt-get install {' '.join(missing)}"
        )
    return None


def explain_import_error(error: ImportError) -> str:
    """One line for a Qt module that would not load, naming the package to install."""
    text = str(error)
    match = re.search(r"(lib[\w.+-]+\.so(?:\.\d+)*)", text)
    if match:
        library = match.group(1)
        package = QT_LIBRARIES.get(library) or XCB_LIBRARIES.get(library)
        hint = (
            f"sudo apt-get install {package}"
            if package
            else f"install the package that provides {library}"
        )
        return f"the window cannot start: {library} is missing; on Debian or Ubuntu: {hint}"
    return (
        f"the window cannot start: Qt did not load ({text}); "
        "reinstall httpcodes with its PySide6 dependency"
    )
