"""The catalogue in the reader's language. English is the source; a translation overlay
(``resources/catalogue/i18n/<lang>-*.json``) replaces texts entry by entry, and anything it
lacks stays English, marked as such."""

from __future__ import annotations

import os

from httpcodes.catalogue.load import read_json
from httpcodes.catalogue.messages import Message
from httpcodes.catalogue.model import Catalogue, Entry, HeaderNote, Retry, StatusClass
from httpcodes.memo import cache
from httpcodes.records import Record
from httpcodes.resources import resource_path

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, Final

ENGLISH: Final = "en"
CHINESE: Final = "zh-CN"
LANGUAGES: Final = (ENGLISH, CHINESE)
LANGUAGE_NAMES: Final = {ENGLISH: "English", CHINESE: "简体中文"}
# Every text of an entry a translation gives, as ``text_languages`` names them. Phrases,
# constants' names, sources and spec titles are names and citations: they stay as written.
TRANSLATABLE: Final = (
    "name",
    "summary",
    "description",
    "retry_note",
    "related",
    "headers",
    "history",
    "deprecation",
    "vendor_detail",
    "confidence_note",
    "constant_notes",
)


def normalise_language(text: str | None) -> str | None:
    """``zh_CN.UTF-8``, ``zh-Hans``, ``zh`` give ``zh-CN``; ``en_GB`` gives ``en``."""
    if not text:
        return None
    code = text.split(".")[0].split("@")[0].replace("_", "-").lower()
    if code in ("zh", "zh-cn", "zh-hans", "zh-sg", "zh-hans-cn"):
        return CHINESE
    if code == "c" or code == "posix" or code.startswith("en"):
        return ENGLISH
    return None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the locale asks for, as the C library would pick it."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if value:
            return normalise_language(value) or ENGLISH
    for candidate in env.get("LANGUAGE", "").split(":"):
        found = normalise_language(candidate)
        if found:
            return found
    return ENGLISH


class Overlay(Record):
    """One language's texts, by entry id, by class key and by known message id."""

    entries: Mapping[str, Mapping[str, Any]]
    classes: Mapping[str, Mapping[str, str]]
    messages: Mapping[str, Mapping[str, Any]]


@cache
def load_overlay(language: str) -> Overlay:
    """All overlay files of a language, merged; empty for English."""
    entries: dict[str, Mapping[str, Any]] = {}
    classes: dict[str, Mapping[str, str]] = {}
    messages: dict[str, Mapping[str, Any]] = {}
    if language == ENGLISH:
        return Overlay(entries, classes, messages)
    from pathlib import Path

    folder = Path(resource_path("catalogue", "i18n"))
    for path in sorted(folder.glob(f"{language}-*.json")):
        raw = read_json(path)
        if isinstance(raw, dict):
            entries.update(raw.get("entries", {}))
            classes.update(raw.get("classes", {}))
            messages.update(raw.get("messages", {}))
    return Overlay(entries, classes, messages)


def _text(texts: Mapping[str, Any], key: str) -> str | None:
    value = texts.get(key)
    return value if isinstance(value, str) and value.strip() else None


def localise_entry(entry: Entry, texts: Mapping[str, Any], language: str) -> Entry:
    """One entry with the overlay's texts; every text it lacks stays English."""
    done: list[tuple[str, str]] = []
    changes: dict[str, Any] = {}
    for field_name in ("summary", "description"):
        value = _text(texts, field_name)
        if value:
            changes[field_name] = value
            done.append((field_name, language))
    retry_note = _text(texts, "retry_note")
    if retry_note:
        changes["retry"] = Retry(entry.retry.advice, retry_note)
        done.append(("retry_note", language))
    related_texts = texts.get("related")
    if isinstance(related_texts, dict) and entry.related:
        changes["related"] = tuple(
            r._replace(note=related_texts.get(str(r.code)) or r.note) for r in entry.related
        )
        if all(isinstance(related_texts.get(str(r.code)), str) for r in entry.related):
            done.append(("related", language))
    header_texts = texts.get("headers")
    if isinstance(header_texts, dict) and entry.headers:
        changes["headers"] = tuple(
            HeaderNote(h.name, header_texts.get(h.name) or h.note) for h in entry.headers
        )
        if all(isinstance(header_texts.get(h.name), str) for h in entry.headers):
            done.append(("headers", language))
    for field_name in ("history", "deprecation"):
        value = _text(texts, field_name)
        if value and getattr(entry, field_name):
            changes[field_name] = value
            done.append((field_name, language))
    if entry.vendor:
        vendor = entry.vendor
        detail = _text(texts, "vendor_detail")
        if detail:
            vendor = vendor._replace(detail=detail)
            done.append(("vendor_detail", language))
        confidence_note = _text(texts, "confidence_note")
        if confidence_note and vendor.confidence_note:
            vendor = vendor._replace(confidence_note=confidence_note)
            done.append(("confidence_note", language))
        changes["vendor"] = vendor
    constant_texts = texts.get("constant_notes")
    noted = [c for c in entry.constants if c.note]
    if isinstance(constant_texts, dict) and noted:
        changes["constants"] = tuple(
            c._replace(note=constant_texts.get(c.library) or c.note) if c.note else c
            for c in entry.constants
        )
        if all(isinstance(constant_texts.get(c.library), str) for c in noted):
            done.append(("constant_notes", language))
    name = _text(texts, "name")
    if name:
        done.append(("name", language))
    return entry._replace(**changes, local_name=name, text_languages=tuple(done))


def localise(catalogue: Catalogue, language: str) -> Catalogue:
    """The catalogue in ``language`` (English returns it unchanged)."""
    if language == ENGLISH:
        return catalogue
    overlay = load_overlay(language)
    entries = tuple(
        localise_entry(e, overlay.entries[e.id], language) if e.id in overlay.entries else e
        for e in catalogue.entries
    )
    classes = tuple(_localise_class(c, overlay.classes.get(c.key, {})) for c in catalogue.classes)
    return Catalogue(classes, entries)


def localise_message(message: Message, language: str) -> Message:
    """A known message with its summary and advice in ``language`` when the overlay has both;
    otherwise unchanged (English, and ``text_language`` says so)."""
    if language == ENGLISH:
        return message
    texts = load_overlay(language).messages.get(message.id, {})
    summary, advice = _text(texts, "summary"), _text(texts, "advice")
    if summary is None or advice is None:
        return message
    return message._replace(summary=summary, advice=advice, text_language=language)


def _localise_class(status_class: StatusClass, texts: Mapping[str, str]) -> StatusClass:
    return status_class._replace(
        name=_text(texts, "name") or status_class.name,
        summary=_text(texts, "summary") or status_class.summary,
        description=_text(texts, "description") or status_class.description,
    )


def search_texts() -> dict[str, list[tuple[str, str]]]:
    """Texts of every translation, by entry id, for the search index: a query in any
    language finds a code whatever language the interface is in."""
    found: dict[str, list[tuple[str, str]]] = {}
    for language in LANGUAGES:
        if language == ENGLISH:
            continue
        for entry_id, texts in load_overlay(language).entries.items():
            bucket = found.setdefault(entry_id, [])
            if name := _text(texts, "name"):
                bucket.append(("name", name))
            keywords = texts.get("keywords")
            if isinstance(keywords, list):
                bucket.extend(("keyword", k) for k in keywords if isinstance(k, str))
            if summary := _text(texts, "summary"):
                bucket.append(("summary", summary))
            if description := _text(texts, "description"):
                bucket.append(("description", description))
    return found
