"""The schema of one catalogue entry: turn its raw JSON into an ``Entry``, or say exactly what
is wrong.

Built-in entries and a user's own are read here alike (a user's needs fewer fields). Every
check names the file, the entry and the field (see ``schema_reader``); the files only the
built-in catalogue has are checked in ``schema_built_in``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, cast

from httpcodes.catalogue.model import (
    CONFIDENCES,
    RETRY_ADVICE,
    SENDERS,
    SENT_TO_CLIENT,
    STATUSES,
    Entry,
    Example,
    HeaderNote,
    Introduced,
    Redirect,
    RelatedCode,
    Retry,
    SpecLink,
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
