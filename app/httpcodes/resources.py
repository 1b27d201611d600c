"""Find the read-only data files that ship with httpcodes.

The same lookup serves three layouts: an installed wheel and the frozen program carry the data
inside the package (``httpcodes/resources``); a source checkout keeps it at the top level of the
repository (``resources/``), two levels above this file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CANDIDATES = (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent.parent / "resources")


class ResourcesNotFoundError(RuntimeError):
    """The data files are missing: the installation is broken."""


@cache
def resources_dir() -> Path:
    """Return the folder holding ``catalogue/``, ``icons/`` and the other data files."""
    for candidate in _CANDIDATES:
        if (candidate / "catalogue").is_dir():
            return candidate
    looked = ", ".join(str(c) for c in _CANDIDATES)
    raise ResourcesNotFoundError(f"httpcodes data files not found (looked in {looked})")


def resource_path(*parts: str) -> Path:
    """Return the path of one data file, e.g. ``resource_path("catalogue", "classes.json")``."""
    return resources_dir().joinpath(*parts)
