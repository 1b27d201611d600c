"""Machine-readable output: one stable JSON object per entry."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from httpcodes.catalogue.i18n import TRANSLATABLE
from httpcodes.catalogue.model import LIBRARIES, Entry


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    """The JSON shape of one entry, documented in the README."""
    vendor = entry.vendor
    return {
        "id": entry.id,
        "code": entry.code,
        "phrase": entry.phrase,
        "name": entry.display_name,
        "class": entry.class_key,
        "status": entry.status,
        "deprecated": entry.deprecated,
        "deprecation": entry.deprecation,
        "origin": entry.origin,
        "sent_to_client": vendor.sent_to_client if vendor else "yes",
        "confidence": vendor.confidence if vendor else "confirmed",
        "confidence_note": vendor.confidence_note if vendor else None,
        "vendor_detail": vendor.detail if vendor else None,
        "sources": list(vendor.sources) if vendor else [],
        "former_phrases": list(entry.former_phrases),
        "history": entry.history,
        "summary": entry.summary,
        "description": entry.description,
        "introduced": {
            "spec": entry.introduced.spec,
            "year": entry.introduced.year,
            "http_version": entry.introduced.http_version,
        },
        "specs": [{"title": s.title, "section": s.section, "url": s.url} for s in entry.specs],
        "heuristically_cacheable": entry.heuristically_cacheable,
        "redirect": (
            {
                "permanent": entry.redirect.permanent,
                "method_may_change": entry.redirect.method_may_change,
                "source": entry.redirect.source,
            }
            if entry.redirect
            else None
        ),
        "senders": list(entry.senders),
        "retry": {"advice": entry.retry.advice, "note": entry.retry.note},
        "headers": [{"name": h.name, "note": h.note} for h in entry.headers],
        "related": [{"code": r.code, "id": r.id, "note": r.note} for r in entry.related],
        "example": (
            {"request": entry.example.request, "response": entry.example.response}
            if entry.example
            else None
        ),
        "constants": {
            library: {
                "name": constant.name,
                "phrase": constant.phrase,
                "aliases": list(constant.aliases),
                "note": constant.note,
                # The names a release deprecated or dropped: name -> versions.
                "deprecations": {
                    name: {"deprecated_since": since or None, "removed_in": removed or None}
                    for name, since, removed in constant.marks
                },
            }
            for library in LIBRARIES
            if (constant := entry.constant(library)) is not None
        },
        "keywords": list(entry.keywords),
        "source": entry.source,
        "text_languages": {field: entry.text_language(field) for field in TRANSLATABLE},
    }


def dump_entries(entries: Iterable[Entry]) -> str:
    """A JSON array of entries, in the order given."""
    return json.dumps([entry_to_dict(e) for e in entries], indent=2, ensure_ascii=False)
