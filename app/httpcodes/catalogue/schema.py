"""The catalogue's schema: turn raw JSON into model objects, or say exactly what is wrong.

Every check names the file, the entry and the field (see ``schema_reader``), so that a broken
data file (ours or a user's) is found in one reading of the message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, cast

from httpcodes.catalogue.errors import CatalogueError
from httpcodes.catalogue.model import (
    CONFIDENCES,
    LIBRARIES,
    RETRY_ADVICE,
    SENDERS,
    SENT_TO_CLIENT,
    STATUSES,
    Constant,
    Entry,
    Example,
    HeaderNote,
    Introduced,
    Redirect,
    RelatedCode,
    Retry,
    SpecLink,
    StatusClass,
    VendorInfo,
)
from httpcodes.catalogue.schema_reader import FieldReader, json_type_name

if TYPE_CHECKING:
    from httpcodes.catalogue.model import Confidence, RetryAdvice, Sender, SentToClient, Status

ENTRY_FIELDS: Final = (
    "id",
    "code",
    "phrase",
    "status",
    "deprecated",
    "deprecation",
    "origin",
    "vendor",
    "former_phrases",
    "history",
    "summary",
    "description",
    "introduced",
    "specs",
    "heuristically_cacheable",
    "redirect",
    "senders",
    "retry",
    "headers",
    "related",
    "example",
    "keywords",
)
# Fields a user's own entry must give; the rest fall back to empty values.
USER_REQUIRED_FIELDS: Final = ("code", "phrase", "summary")
_ID_PATTERN: Final = re.compile(r"^[1-5][0-9]{2}(-[a-z0-9][a-z0-9-]{0,40})?$")
_URL_PATTERN: Final = re.compile(r"^https?://[^\s]+$")


def _spec(reader: FieldReader) -> SpecLink:
    reader.unknown_keys(("title", "section", "url"))
    url = reader.required_text("url")
    if not _URL_PATTERN.match(url):
        raise reader.error("url", f"not an http(s) address: {url!r}")
    return SpecLink(reader.required_text("title"), reader.text("section", nullable=True), url)


def _header(reader: FieldReader) -> HeaderNote:
    reader.unknown_keys(("name", "note"))
    return HeaderNote(reader.required_text("name"), reader.required_text("note"))


def _related(reader: FieldReader) -> RelatedCode:
    reader.unknown_keys(("code", "id", "note"))
    code = reader.integer("code", 100, 599)
    assert code is not None
    entry_id = reader.text("id", required=False)
    if entry_id is not None and not entry_id.startswith(f"{code}-"):
        raise reader.error("id", f"{entry_id!r} is not a meaning of {code}")
    return RelatedCode(code, reader.required_text("note"), entry_id)


def _redirect(reader: FieldReader, code: int) -> Redirect | None:
    raw = reader.value("redirect", required=False)
    if raw is None:
        return None
    if code // 100 != 3:
        raise reader.error("redirect", "only 3xx codes say whether they redirect")
    child = reader.child("redirect", raw)
    child.unknown_keys(("permanent", "method_may_change", "source"))
    facts: list[bool | None] = []
    for key in ("permanent", "method_may_change"):
        value = child.value(key, required=True)
        if value is not None and not isinstance(value, bool):
            raise child.error(key, f"expected true, false or null, got {json_type_name(value)}")
        facts.append(value)
    return Redirect(facts[0], facts[1], child.required_text("source"))


def _senders(reader: FieldReader, required: bool) -> tuple[Sender, ...]:
    found: list[Sender] = []
    for index, value in enumerate(reader.items("senders", required)):
        if value not in SENDERS:
            allowed = ", ".join(SENDERS)
            raise reader.error(f"senders[{index}]", f"{value!r} is not one of: {allowed}")
        if value in found:
            raise reader.error(f"senders[{index}]", f"{value!r} is listed twice")
        found.append(cast("Sender", value))
    return tuple(found)


def _vendor(reader: FieldReader) -> VendorInfo:
    reader.unknown_keys(("detail", "sent_to_client", "confidence", "confidence_note", "sources"))
    sent = cast("SentToClient", reader.choice("sent_to_client", SENT_TO_CLIENT))
    confidence = cast("Confidence", reader.choice("confidence", CONFIDENCES))
    note = reader.text("confidence_note", required=False, nullable=True)
    if confidence != "confirmed" and note is None:
        raise reader.error("confidence_note", f"required when confidence is {confidence}")
    return VendorInfo(
        reader.required_text("detail"), sent, confidence, note, reader.texts("sources")
    )


def parse_entry(file: str, raw: object, index: int, *, user: bool = False) -> Entry:
    """Read one entry. Built-in entries must give every field; a user's entry only
    ``USER_REQUIRED_FIELDS``. Raises CatalogueError."""
    label = f"#{index + 1}"
    if isinstance(raw, Mapping) and isinstance(raw.get("id"), str):
        label = f"#{index + 1} ({raw['id']})"
    elif isinstance(raw, Mapping) and isinstance(raw.get("code"), int):
        label = f"#{index + 1} ({raw['code']})"
    reader = FieldReader(file, label, raw)
    reader.unknown_keys(ENTRY_FIELDS)
    full = not user

    code = reader.integer("code", 100, 599)
    assert code is not None
    entry_id = reader.text("id", required=full) or str(code)
    if not _ID_PATTERN.match(entry_id) or not entry_id.startswith(str(code)):
        raise reader.error("id", f"{entry_id!r} must be the code, or the code, '-' and a slug")

    phrase = reader.text("phrase", required=True, nullable=True)
    status = cast(
        "Status",
        reader.choice("status", STATUSES, required=full) or ("unofficial" if user else None),
    )
    origin = reader.text("origin", required=full, nullable=True)
    vendor = None
    raw_vendor = reader.value("vendor", required=full)
    if raw_vendor is not None:
        vendor = _vendor(reader.child("vendor", raw_vendor))
    if not user:
        if status == "unofficial" and (origin is None or vendor is None):
            raise reader.error("origin", "an unofficial entry needs an origin and a vendor object")
        if status != "unofficial" and (origin is not None or vendor is not None):
            raise reader.error("origin", "a registry entry has neither origin nor vendor")
        if status != "unofficial" and entry_id != str(code):
            raise reader.error("id", "a registry entry's id is its code")
        if status != "unofficial" and phrase is None:
            raise reader.error("phrase", "a registry entry needs its IANA phrase")

    deprecated = reader.boolean("deprecated", required=full)
    deprecation = reader.text("deprecation", required=full, nullable=True)
    if deprecated and deprecation is None:
        raise reader.error("deprecation", "a deprecated entry says why")

    raw_introduced = reader.value("introduced", required=full)
    introduced = Introduced(None, None, None)
    if raw_introduced is not None:
        intro = reader.child("introduced", raw_introduced)
        intro.unknown_keys(("spec", "year", "http_version"))
        introduced = Introduced(
            intro.text("spec", nullable=True),
            intro.integer("year", 1990, 2100, required=False),
            intro.text("http_version", nullable=True),
        )

    raw_retry = reader.value("retry", required=full)
    retry = Retry("never", "This catalogue gives no retry advice for the code.")
    if raw_retry is not None:
        retry_reader = reader.child("retry", raw_retry)
        retry_reader.unknown_keys(("advice", "note"))
        retry = Retry(
            cast("RetryAdvice", retry_reader.choice("advice", RETRY_ADVICE)),
            retry_reader.required_text("note"),
        )

    raw_example = reader.value("example", required=full)
    example = None
    if raw_example is not None:
        example_reader = reader.child("example", raw_example)
        example_reader.unknown_keys(("request", "response"))
        example = Example(
            example_reader.required_text("request"), example_reader.required_text("response")
        )
        status_line = f"HTTP/1.1 {code}"
        # WebDAV codes like 208 travel inside a 207 Multi-Status body, never as the status line.
        inside_multistatus = example.response.startswith("HTTP/1.1 207") and (
            status_line in example.response
        )
        if not (example.response.startswith(status_line) or inside_multistatus):
            raise example_reader.error("response", f"must start with '{status_line}'")

    summary = reader.required_text("summary")
    return Entry(
        id=entry_id,
        code=code,
        phrase=phrase,
        status=status,
        deprecated=deprecated,
        deprecation=deprecation,
        origin=origin,
        vendor=vendor,
        former_phrases=reader.texts("former_phrases", required=full),
        history=reader.text("history", required=full, nullable=True),
        summary=summary,
        description=reader.text("description", required=full) or summary,
        introduced=introduced,
        specs=reader.objects("specs", _spec, required=full),
        heuristically_cacheable=reader.boolean("heuristically_cacheable", required=full),
        retry=retry,
        headers=reader.objects("headers", _header, required=full),
        related=reader.objects("related", _related, required=full),
        example=example,
        keywords=reader.texts("keywords", required=full),
        redirect=_redirect(reader, code),
        senders=_senders(reader, required=full),
    )


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
