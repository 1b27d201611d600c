"""Explain a paste: each response with its entry, reason, headers read and findings; or, for an
error message, the known messages it holds and the ranked search. Free of Qt; shared by
``httpcodes explain`` and the window's Explain view.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from functools import lru_cache
from typing import Final

from httpcodes.catalogue.i18n import localise_message
from httpcodes.catalogue.messages import KnownMessages, Message, load_messages
from httpcodes.catalogue.model import Catalogue, Entry
from httpcodes.explain.findings import PROBLEM, Finding, findings_for
from httpcodes.explain.headers import note_for
from httpcodes.explain.parse import RawResponse, read_paste
from httpcodes.explain.wording import ENGLISH, quote, say
from httpcodes.records import Record
from httpcodes.search.engine import SearchEngine
from httpcodes.search.index import bare_name
from httpcodes.search.text import query_words, squash, stem

MAX_BYTES: Final = 1 << 20  # what is read of a paste; the rest is left unread
MAX_MATCHES: Final = 10
# Colour and cursor sequences of a terminal (a paste from a coloured log or curl).
_ANSI: Final = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?")
_CACHING: Final = frozenset(("cache-control", "expires", "age", "etag", "last-modified"))


class UnreadableInputError(ValueError):
    """The input is not text (binary data): one line says so."""


class HeaderNote(Record):
    """One header as sent, and what it says (None when nothing worth saying)."""

    name: str
    value: str
    note: str | None


class ResponseReport(Record):
    """One response explained."""

    code: int
    entry: Entry | None
    http_version: str | None
    reason: str | None
    reason_note: str | None
    headers: tuple[HeaderNote, ...]
    findings: tuple[Finding, ...]
    log_line: str | None
    complete: bool = True  # False: only the status was pasted, so no header was checked

    @property
    def problems(self) -> int:
        """How many findings are problems."""
        return sum(1 for f in self.findings if f.severity == PROBLEM)


class Explanation(Record):
    """What a paste holds, explained."""

    kind: str  # "response", "log" or "message"
    responses: tuple[ResponseReport, ...]
    matches: tuple[Entry, ...]
    messages: tuple[Message, ...]
    truncated: bool

    @property
    def recognised(self) -> bool:
        """True when something in the paste was understood."""
        return bool(self.responses or self.matches or self.messages)


def decode(data: bytes) -> tuple[str, bool]:
    """Bytes as text, at most ``MAX_BYTES`` of them; raises UnreadableInputError on binary data."""
    truncated = len(data) > MAX_BYTES
    data = data[:MAX_BYTES]
    sample = data[:8192]
    if b"\x00" in sample:
        raise UnreadableInputError("the input is binary data, not text")
    text = _ANSI.sub("", data.decode("utf-8", errors="replace"))
    if text:
        bad = sum(1 for c in text[:8192] if c == "\ufffd" or (c < " " and c not in "\r\n\t\f"))
        if bad > max(8, len(text[:8192]) // 10):
            raise UnreadableInputError("the input is binary data, not text")
    return text, truncated


def usual_entry(catalogue: Catalogue, code: int) -> Entry | None:
    """The entry a number usually means: the registry's, else the usual vendor meaning (the
    catalogue's order, from meanings.json)."""
    standard = catalogue.standard(code)
    if standard is not None:
        return standard
    meanings = catalogue.for_code(code)
    return meanings[0] if meanings else None


def explain(
    text: str,
    catalogue: Catalogue,
    engine: SearchEngine,
    known: KnownMessages | None = None,
    truncated: bool = False,
    language: str = ENGLISH,
    local: Mapping[str, Entry] | None = None,
) -> Explanation:
    """Explain a pasted text (already decoded and bounded), the notes and findings in
    ``language``; ``local`` maps entry ids to the entries in that language (the catalogue the
    reader sees), whose deprecation and vendor texts the findings may quote."""
    known = load_messages() if known is None else known
    text = _ANSI.sub("", text[:MAX_BYTES])
    paste = read_paste(text)
    if paste.kind != "message":
        reports = tuple(
            _report(response, catalogue, list(paste.responses[:index]), language, local or {})
            for index, response in enumerate(paste.responses)
        )
        return Explanation(paste.kind, reports, (), (), truncated)
    found = [localise_message(m, language) for m in find_messages(text, known)]
    hits = engine.search(text)
    matches = tuple(hit.entry for hit in hits[:MAX_MATCHES])
    return Explanation("message", (), matches, tuple(found), truncated)


def _report(
    response: RawResponse,
    catalogue: Catalogue,
    previous: list[RawResponse],
    language: str,
    local: Mapping[str, Entry],
) -> ResponseReport:
    entry = usual_entry(catalogue, response.code)
    localised = None if entry is None else local.get(entry.id)
    findings = findings_for(response, entry, catalogue, previous, language, localised)
    caching = entry is not None and (entry.heuristically_cacheable or response.code in (304, 302))
    headers = tuple(
        HeaderNote(
            header.name,
            header.value,
            None
            if header.name.lower() in _CACHING and not caching
            else note_for(header.name, header.value, response, language),
        )
        for header in response.headers
    )
    return ResponseReport(
        code=response.code,
        entry=entry,
        http_version=response.http_version,
        reason=response.reason,
        reason_note=_reason_note(response, entry, language),
        headers=headers,
        findings=tuple(findings),
        log_line=response.log_line,
        complete=response.complete,
    )


def _reason_note(response: RawResponse, entry: Entry | None, language: str) -> str | None:
    if response.http_version in ("2", "3"):
        return say(language, "reason.none_h2", version=response.http_version)
    if entry is None or response.source == "log":
        return None
    name = quote(language, entry.name)
    vendor = "" if entry.is_standard else "_vendor"  # a vendor's phrase is not IANA's
    if response.reason is None:
        return say(language, f"reason.missing{vendor}", name=name, origin=entry.origin)
    if squash(response.reason) == squash(entry.name):
        return None
    return say(language, f"reason.differs{vendor}", name=name, origin=entry.origin)


@lru_cache(maxsize=4096)
def _tokens(text: str) -> list[str]:
    return [stem(word) for word in query_words(text)]


def find_messages(text: str, known: KnownMessages, limit: int = 3) -> list[Message]:
    """The known messages a text holds, the longest match first: by name, or by one of its
    texts found as a run of words."""
    started = time.monotonic()
    sequence = [stem(word) for word in query_words(text)]
    squashed = squash(text[:400])
    joined = " " + " ".join(sequence) + " "
    scored: list[tuple[int, int, Message]] = []
    for order, message in enumerate(known.messages):
        best = 0
        for candidate in message.texts:
            names = {squash(candidate), squash(bare_name(candidate))}
            if squashed in names:
                best = max(best, 1000)
                continue
            tokens = _tokens(candidate)
            long_enough = len(tokens) >= 2 or (tokens and len(tokens[0]) >= 8)
            if long_enough and f" {' '.join(tokens)} " in joined:
                best = max(best, len(tokens) * 10 + len(candidate) // 10)
        if best:
            scored.append((-best, order, message))
        if time.monotonic() - started > 0.5:
            break  # bounded, whatever the paste
    scored.sort(key=lambda item: (item[0], item[1]))
    return [message for _, _, message in scored[:limit]]
