"""The schema of the files only the built-in catalogue has: ``classes.json`` (the five classes),
``constants.json`` (each entry's names in programming libraries) and ``meanings.json`` (the
order of a shared number's meanings).

A user's own files hold entries only (``schema``), so this is imported only when the built-in
catalogue is compiled or a data file checked. Every check names the file, the entry and the
field (see ``schema_reader``).
"""

from __future__ import annotations

import re
from typing import Final

from httpcodes.catalogue.errors import CatalogueError
from httpcodes.catalogue.model import LIBRARIES, Constant, Entry, StatusClass
from httpcodes.catalogue.schema_reader import FieldReader


def parse_classes(file: str, raw: object) -> tuple[StatusClass, ...]:
    """Read ``classes.json``: exactly the five classes, in order."""
    top = FieldReader(file, None, raw)
    top.unknown_keys(("classes",))
    classes: list[StatusClass] = []
    for index, item in enumerate(top.items("classes")):
        reader = FieldReader(file, f"#{index + 1}", item)
        reader.unknown_keys(("key", "name", "summary", "description"))
        key = reader.required_text("key")
        expected = f"{index + 1}xx"
        if key != expected:
            raise reader.error("key", f"expected {expected!r}, got {key!r}")
        classes.append(
            StatusClass(
                key,
                index + 1,
                reader.required_text("name"),
                reader.required_text("summary"),
                reader.required_text("description"),
            )
        )
    if len(classes) != 5:
        raise CatalogueError(file, None, "classes", f"expected 5 classes, got {len(classes)}")
    return tuple(classes)


_CONSTANT_FIELDS: Final = ("name", "phrase", "aliases", "note", "deprecated_since", "removed_in")
_VERSION_PATTERN: Final = re.compile(r"^[0-9]+(\.[0-9]+)*$")


def _mark(reader: FieldReader, name: str) -> tuple[str, str, str]:
    """(name, deprecated since, removed in): the release that deprecated or dropped a name."""
    versions = []
    for key in ("deprecated_since", "removed_in"):
        version = reader.text(key, required=False) or ""
        if version and not _VERSION_PATTERN.match(version):
            raise reader.error(key, f"expected a release number like 7.0, got {version!r}")
        versions.append(version)
    return name, versions[0], versions[1]


def parse_constants(file: str, raw: object) -> dict[str, tuple[Constant, ...]]:
    """Read ``constants.json`` into constants per entry id, in library order."""
    top = FieldReader(file, None, raw)
    top.unknown_keys(("libraries", "entries"))
    libraries = top.child("libraries", top.value("libraries", required=True))
    libraries.unknown_keys(tuple(LIBRARIES))
    entries = top.child("entries", top.value("entries", required=True))
    result: dict[str, tuple[Constant, ...]] = {}
    for entry_id, per_library in entries.raw.items():
        reader = FieldReader(file, entry_id, per_library)
        reader.unknown_keys(tuple(LIBRARIES))
        constants: list[Constant] = []
        for library in LIBRARIES:
            if not reader.has(library):
                continue
            item = reader.child(library, reader.raw[library])
            item.unknown_keys(_CONSTANT_FIELDS)
            name = item.required_text("name")
            marks = [_mark(item, name)]
            aliases: list[str] = []
            for index, raw_alias in enumerate(item.items("aliases", required=False)):
                if isinstance(raw_alias, str) and raw_alias.strip():
                    aliases.append(raw_alias)
                    continue
                alias = item.child(f"aliases[{index}]", raw_alias)
                alias.unknown_keys(("name", "deprecated_since", "removed_in"))
                alias_name = alias.required_text("name")
                aliases.append(alias_name)
                marks.append(_mark(alias, alias_name))
            constants.append(
                Constant(
                    library,
                    name,
                    item.text("phrase", required=False, nullable=True),
                    tuple(aliases),
                    item.text("note", required=False, nullable=True),
                    tuple(mark for mark in marks if mark[1] or mark[2]),
                )
            )
        result[entry_id] = tuple(constants)
    return result


def parse_meanings(file: str, raw: object, entries: list[Entry]) -> dict[str, int]:
    """Read ``meanings.json``: for every number with several meanings, the order people meet
    them in, with the reason and its sources. Returns each listed id's rank (0 = the usual
    meaning). Every shared number must be listed, with all its meanings and the registry's
    (if any) first, since a number's standard meaning is the one HTTP clients act on."""
    top = FieldReader(file, None, raw)
    top.unknown_keys(("numbers",))
    numbers = top.child("numbers", top.value("numbers", required=True))
    by_code: dict[int, list[Entry]] = {}
    for entry in entries:
        by_code.setdefault(entry.code, []).append(entry)
    ranks: dict[str, int] = {}
    for number, item in numbers.raw.items():
        reader = FieldReader(file, number, item)
        reader.unknown_keys(("order", "reason", "sources"))
        reader.required_text("reason")
        if not reader.texts("sources"):
            raise reader.error("sources", "name at least one source")
        order = reader.texts("order")
        meanings = by_code.get(int(number), []) if number.isdigit() else []
        if sorted(order) != sorted(e.id for e in meanings):
            known = ", ".join(sorted(e.id for e in meanings)) or "none"
            raise reader.error("order", f"must list every meaning of {number} ({known})")
        standard = [e.id for e in meanings if e.is_standard]
        if standard and order[0] != standard[0]:
            raise reader.error("order", f"the registry's {standard[0]} comes first")
        ranks.update((entry_id, rank) for rank, entry_id in enumerate(order))
    for code, meanings in by_code.items():
        if len(meanings) > 1 and str(code) not in numbers.raw:
            raise CatalogueError(file, str(code), "order", "a shared number needs its order")
    return ranks
