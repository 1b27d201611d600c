"""Catalogue files of the user's own: extra codes from their gateways and APIs.

Every ``*.json`` in ``<config>/catalogues/`` is read, plus any file named with
``--catalogue``. Files are only ever read, never written. A bad file or entry costs only
itself: each problem becomes one line naming the file, the entry and the field, and every
good entry still loads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from httpcodes.catalogue.errors import CatalogueError
from httpcodes.catalogue.load import read_json
from httpcodes.catalogue.model import Catalogue, Entry
from httpcodes.catalogue.schema import parse_entry
from httpcodes.paths import config_dir
from httpcodes.records import Record

MAX_FILE_BYTES: Final = 5 * 1024 * 1024
MAX_ENTRIES_PER_FILE: Final = 5_000
_SLUG: Final = re.compile(r"[^a-z0-9]+")


def user_catalogue_dir() -> Path:
    """The folder whose ``*.json`` files are loaded at every start."""
    return config_dir() / "catalogues"


class LoadReport(Record):
    """The merged catalogue and one line per problem met on the way."""

    catalogue: Catalogue
    problems: tuple[str, ...]
    files: tuple[Path, ...]


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")[:30] or "custom"


def _read_file(path: Path, taken_ids: set[str], base: Catalogue) -> tuple[list[Entry], list[str]]:
    name = str(path)
    problems: list[str] = []
    try:
        size = path.stat().st_size
    except OSError as error:
        return [], [f"{name}: cannot read: {error.strerror or error}"]
    if not path.is_file():
        return [], [f"{name}: not a file"]
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1024 // 1024
        return [], [f"{name}: {size // 1024} KiB is over the {limit} MiB limit; not loaded"]
    try:
        raw = read_json(path)
    except CatalogueError as error:
        return [], [str(error)]
    items = raw.get("entries") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        return [], [f"{name}: expected an object with a list 'entries' (or a list of entries)"]
    if len(items) > MAX_ENTRIES_PER_FILE:
        problems.append(
            f"{name}: only the first {MAX_ENTRIES_PER_FILE} of {len(items)} entries are read"
        )
        items = items[:MAX_ENTRIES_PER_FILE]
    entries: list[Entry] = []
    default_origin = path.stem
    for index, item in enumerate(items):
        if isinstance(item, dict) and "id" not in item and isinstance(item.get("code"), int):
            item = {**item, "id": f"{item['code']}-{_slug(default_origin)}"}
        if isinstance(item, dict) and "origin" not in item:
            item = {**item, "origin": default_origin}
        try:
            entry = parse_entry(name, item, index, user=True)
        except CatalogueError as error:
            problems.append(str(error))
            continue
        standard = base.standard(entry.code)
        label = f"{name}: entry #{index + 1} ({entry.id})"
        if standard is not None:
            problems.append(
                f"{label}: field 'code': {entry.code} is a standard code ({standard.name}); "
                "your own catalogue can only add codes outside the IANA registry"
            )
            continue
        if entry.id in taken_ids:
            problems.append(f"{label}: field 'id': {entry.id!r} is already taken; rename it")
            continue
        if entry.status != "unofficial":
            problems.append(f"{label}: field 'status': your own codes are 'unofficial'")
            continue
        taken_ids.add(entry.id)
        entries.append(entry._replace(source=name))
    return entries, problems


def with_user_catalogues(base: Catalogue, extra_files: list[Path] | None = None) -> LoadReport:
    """``base`` plus the entries of the user's folder and of ``extra_files``."""
    files: list[Path] = []
    folder = user_catalogue_dir()
    problems: list[str] = []
    if folder.is_dir():
        try:
            files.extend(sorted(p for p in folder.glob("*.json")))
        except OSError as error:
            problems.append(f"{folder}: cannot list: {error.strerror or error}")
    for path in extra_files or []:
        if path not in files:
            files.append(path)
    taken = {entry.id for entry in base.entries}
    added: list[Entry] = []
    for path in files:
        entries, file_problems = _read_file(path, taken, base)
        added.extend(entries)
        problems.extend(file_problems)
    if not added:
        return LoadReport(base, tuple(problems), tuple(files))
    # A stable sort keeps the built-in order of each number's meanings (the usual one first,
    # see meanings.json); the user's own follow them.
    added.sort(key=lambda e: e.id)
    merged = sorted((*base.entries, *added), key=lambda e: (e.code, not e.is_standard))
    return LoadReport(Catalogue(base.classes, tuple(merged)), tuple(problems), tuple(files))
