"""The catalogue as a user sees it: the built-in codes plus the user's own files. One
function, used by the terminal commands and the window alike."""

from __future__ import annotations

import os

from httpcodes.catalogue.load import load_catalogue
from httpcodes.catalogue.model import Catalogue
from httpcodes.paths import config_path

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


def load_user_catalogue(extra: Sequence[str] = ()) -> tuple[Catalogue, tuple[str, ...]]:
    """The built-in catalogue merged with every ``*.json`` of the user's catalogue folder and
    the ``extra`` files, and one line per problem met in those (a bad file or entry costs
    only itself). Raises CatalogueError when the built-in data itself is broken."""
    base = load_catalogue()
    if not extra and not os.path.isdir(config_path("catalogues")):
        return base, ()  # nothing of the user's to read: skip the loader and its imports
    from pathlib import Path

    from httpcodes.catalogue.user import with_user_catalogues

    report = with_user_catalogues(base, [Path(p) for p in extra])
    return report.catalogue, report.problems
