"""Read the built-in catalogue from ``resources/catalogue``, once."""

from __future__ import annotations

import os

from httpcodes.catalogue.errors import CatalogueError
from httpcodes.catalogue.model import Catalogue, Constant, Entry, StatusClass
from httpcodes.memo import cache
from httpcodes.resources import resource_path

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Final

# json and the schema are imported where they are used: with the compiled copy in the
# cache (see cache.py), the terminal command needs neither.

ENTRY_FILES: Final = (
    "codes-1xx.json",
    "codes-2xx.json",
    "codes-3xx.json",
    "codes-4xx.json",
    "codes-5xx.json",
    "vendor.json",
)


def read_json(path: str | Path) -> Any:
    """Parse one JSON file, turning every failure into a CatalogueError."""
    import json

    try:
        with open(path, "rb") as stream:
            return json.load(stream)
    except OSError as error:
        raise CatalogueError(str(path), None, None, f"cannot read: {error.strerror}") from None
    except UnicodeDecodeError:
        raise CatalogueError(str(path), None, None, "not UTF-8 text") from None
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise CatalogueError(
            str(path), None, None, f"not valid JSON ({where}: {error.msg})"
        ) from None


def parse_entries_file(path: str | Path, raw: object) -> list[Entry]:
    """Read a file of entries (``{"entries": [...]}``), all or nothing."""
    from httpcodes.catalogue.schema import parse_entry

    name = str(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise CatalogueError(name, None, "entries", "expected an object with a list 'entries'")
    extra = set(raw) - {"entries"}
    if extra:
        raise CatalogueError(name, None, sorted(extra)[0], "unknown field")
    return [parse_entry(name, item, index) for index, item in enumerate(raw["entries"])]


def _sort_key(entry: Entry, ranks: dict[str, int]) -> tuple[int, int, str]:
    """By code, then the usual meaning of a shared number first (``meanings.json``)."""
    return (entry.code, ranks.get(entry.id, 0 if entry.is_standard else 1), entry.id)


def check_consistency(
    entries: list[Entry], constants: dict[str, tuple[Constant, ...]], constants_file: str
) -> None:
    """Cross-file rules: unique ids, related codes that exist, constants for known entries."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        if entry.id in seen:
            raise CatalogueError(entry.source, entry.id, "id", "duplicate id")
        seen[entry.id] = entry
    codes = {entry.code for entry in entries}
    for entry in entries:
        for index, related in enumerate(entry.related):
            if related.code not in codes:
                raise CatalogueError(
                    entry.source, entry.id, f"related[{index}].code", f"{related.code} is unknown"
                )
            if related.id is not None and related.id not in seen:
                raise CatalogueError(
                    entry.source, entry.id, f"related[{index}].id", f"{related.id} is unknown"
                )
            if related.code == entry.code and entry.is_standard:
                raise CatalogueError(
                    entry.source, entry.id, f"related[{index}].code", "points at itself"
                )
    for entry_id in constants:
        if entry_id not in seen:
            raise CatalogueError(constants_file, entry_id, None, "no entry has this id")


@cache
def load_catalogue() -> Catalogue:
    """The built-in catalogue. Raises CatalogueError if a data file is malformed.

    A checked copy kept in the user's cache folder is used while the data files are
    unchanged (see ``cache``)."""
    from httpcodes.catalogue import cache as compiled

    folder = resource_path("catalogue")
    names = ("classes.json", *ENTRY_FILES, "constants.json", "meanings.json")
    try:
        key = compiled.source_key(os.path.join(folder, name) for name in names)
    except OSError:
        key = None
    catalogue = compiled.read_cached(key) if key else None
    if catalogue is None:
        catalogue = read_catalogue()
        if key:
            compiled.write_cached(key, catalogue)
    return catalogue


def read_catalogue() -> Catalogue:
    """Read and check the built-in catalogue's JSON files."""
    from httpcodes.catalogue.schema_built_in import parse_classes, parse_constants, parse_meanings

    classes: tuple[StatusClass, ...] = parse_classes(
        "classes.json", read_json(resource_path("catalogue", "classes.json"))
    )
    entries: list[Entry] = []
    for file_name in ENTRY_FILES:
        path = resource_path("catalogue", file_name)
        for entry in parse_entries_file(file_name, read_json(path)):
            entries.append(entry._replace(source=file_name))
    constants = parse_constants(
        "constants.json", read_json(resource_path("catalogue", "constants.json"))
    )
    check_consistency(entries, constants, "constants.json")
    ranks = parse_meanings(
        "meanings.json", read_json(resource_path("catalogue", "meanings.json")), entries
    )
    entries = [e._replace(constants=constants.get(e.id, ()), source="built-in") for e in entries]
    entries.sort(key=lambda entry: _sort_key(entry, ranks))
    return Catalogue(classes, tuple(entries))
