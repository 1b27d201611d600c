"""Find the read-only data files that ship with httpcodes.

The same lookup serves three layouts: an installed wheel and the frozen program carry the data
inside the package (``httpcodes/resources``); a source checkout keeps it at the top level of the
repository (``resources/``), two levels above this file. Paths are plain strings: the terminal
command looks here first thing and must not pay for importing pathlib.
"""

from __future__ import annotations

import os

from httpcodes.memo import cache

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_CANDIDATES = (
    os.path.join(_PACKAGE_DIR, "resources"),
    os.path.join(os.path.dirname(os.path.dirname(_PACKAGE_DIR)), "resources"),
)


class ResourcesNotFoundError(RuntimeError):
    """The data files are missing: the installation is broken."""


@cache
def resources_dir() -> str:
    """Return the folder holding ``catalogue/``, ``icons/`` and the other data files."""
    for candidate in _CANDIDATES:
        if os.path.isdir(os.path.join(candidate, "catalogue")):
            return candidate
    looked = ", ".join(_CANDIDATES)
    raise ResourcesNotFoundError(f"httpcodes data files not found (looked in {looked})")


def resource_path(*parts: str) -> str:
    """Return the path of one data file, e.g. ``resource_path("catalogue", "classes.json")``."""
    return os.path.join(resources_dir(), *parts)
