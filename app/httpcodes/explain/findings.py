"""Where a response breaks the rules or will mislead a client. Free of Qt.

Severity: ``problem`` (the rules are broken: a client cannot do what the status asks, or must
treat the response as malformed), ``warning`` (allowed, or only a SHOULD, but likely to mislead
or stall a client), ``info`` (worth knowing; nothing to fix). A response that follows the rules
gets no problem.
"""

from __future__ import annotations

import re
from typing import Final

from httpcodes.catalogue.model import Catalogue, Entry
from httpcodes.explain.headers import bearer_error_code, parse_http_date
from httpcodes.explain.parse import RawResponse
from httpcodes.explain.wording import ENGLISH, quote, say
from httpcodes.records import Record
from httpcodes.search.text import squash

PROBLEM: Final = "problem"
WARNING: Final = "warning"
INFO: Final = "info"
SEVERITIES: Final = (PROBLEM, WARNING, INFO)

_REDIRECTS: Final = frozenset((301, 302, 303, 307, 308))
_NO_BODY: Final = frozenset((204, 304))
# Connection-specific fields that HTTP/2 and HTTP/3 forbid (RFC 9113 §8.2.2, RFC 9114 §4.2).
_HOP_BY_HOP: Final = (
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "upgrade",
)
_UNSATISFIED_RANGE: Final = re.compile(r"^\s*bytes\s+\*/\d+\s*$", re.I)


class Finding(Record):
    """One thing wrong or worth knowing about a response."""

    severity: str
    header: str | None
    text: str


def findings_for(
    response: RawResponse,
    entry: Entry | None,
    catalogue: Catalogue,
    previous: list[RawResponse],
    lang: str = ENGLISH,
    local: Entry | None = None,
) -> list[Finding]:
    """Every finding on one response, in ``lang``; ``previous`` are the responses before it in
    the paste, ``local`` the entry in the reader's language (for its deprecation and vendor
    texts; the English entry's are used only in English)."""
    found: list[Finding] = []
    add = found.append
    code = response.code
    logged = response.source == "log"
    if entry is None:
        kind = f"{code // 100}00"
        add(Finding(PROBLEM, None, say(lang, "finding.unregistered", code=code, kind=kind)))
    else:
        found.extend(_status_findings(entry, local or entry, logged, lang))
    if response.reason and entry is not None:
        found.extend(_reason_findings(response, entry, catalogue, lang))
    if logged:
        return found  # a log line has no headers to check
    if response.http_version in ("2", "3"):
        text = say(lang, "finding.hop_by_hop", version=response.http_version)
        for header in response.headers:
            if header.name.lower() in _HOP_BY_HOP:
                add(Finding(PROBLEM, header.name, text))
    if response.complete:
        found.extend(_required_fields(response, lang))
    found.extend(_body_findings(response, lang))
    found.extend(_value_findings(response, lang))
    if code in _REDIRECTS and previous:
        target = (response.header("Location") or "").strip()
        seen = [(r.header("Location") or "").strip() for r in previous if r.code in _REDIRECTS]
        if target and target in seen:
            add(Finding(WARNING, "Location", say(lang, "finding.loop")))
    found.sort(key=lambda finding: SEVERITIES.index(finding.severity))  # problems first
    return found


def _in_language(entry: Entry, field: str, lang: str) -> bool:
    return entry.text_language(field) == lang or lang == ENGLISH


def _status_findings(entry: Entry, local: Entry, logged: bool, lang: str) -> list[Finding]:
    code = entry.code
    if entry.status == "unused":
        return [Finding(WARNING, None, say(lang, "finding.unused", code=code))]
    if entry.status == "obsoleted":
        return [Finding(WARNING, None, say(lang, "finding.obsoleted", code=code))]
    if entry.deprecated:
        detail = local.deprecation if _in_language(local, "deprecation", lang) else None
        text = (
            say(lang, "finding.deprecated", code=code, detail=detail)
            if detail
            else say(lang, "finding.deprecated_plain", code=code)
        )
        return [Finding(WARNING, None, text)]
    if entry.is_standard:
        return []
    vendor = local.vendor or entry.vendor
    origin = entry.origin
    if vendor is not None and vendor.sent_to_client != "yes" and not logged:
        detail = vendor.detail if _in_language(local, "vendor_detail", lang) else ""
        detail = detail.rstrip("。.")
        text = (
            say(lang, "finding.vendor_hidden", code=code, origin=origin, detail=detail)
            if detail
            else say(lang, "finding.vendor_hidden_plain", code=code, origin=origin)
        )
        return [Finding(WARNING, None, text)]
    kind = f"{code // 100}00"
    return [Finding(INFO, None, say(lang, "finding.vendor", code=code, origin=origin, kind=kind))]


def _reason_findings(
    response: RawResponse, entry: Entry, catalogue: Catalogue, lang: str
) -> list[Finding]:
    reason = response.reason or ""
    said = squash(reason)
    if response.http_version in ("2", "3"):
        text = say(
            lang, "finding.reason_h2", version=response.http_version, reason=quote(lang, reason)
        )
        return [Finding(INFO, None, text)]
    accepted = {squash(entry.name), *(squash(p) for p in entry.former_phrases)}
    accepted.update(squash(c.phrase) for c in entry.constants if c.phrase)
    if not said or said in accepted:
        return []
    for other in catalogue.entries:
        if other.code != response.code and other.phrase and squash(other.name) == said:
            text = say(
                lang,
                "finding.reason_other",
                reason=quote(lang, reason),
                other=other.code,
                code=response.code,
            )
            return [Finding(WARNING, None, text)]
    text = say(
        lang,
        "finding.reason_differs" if entry.is_standard else "finding.reason_differs_vendor",
        reason=quote(lang, reason),
        name=quote(lang, entry.name),
        origin=entry.origin,
    )
    return [Finding(INFO, None, text)]


def _required_fields(response: RawResponse, lang: str) -> list[Finding]:
    code = response.code
    has = response.header
    missing: list[tuple[str, str, str]] = []  # severity, header, text
    if code == 401 and has("WWW-Authenticate") is None:
        missing.append((PROBLEM, "WWW-Authenticate", say(lang, "finding.no_www_authenticate")))
    if code == 407 and has("Proxy-Authenticate") is None:
        missing.append((PROBLEM, "Proxy-Authenticate", say(lang, "finding.no_proxy_authenticate")))
    if code == 405 and has("Allow") is None:
        missing.append((PROBLEM, "Allow", say(lang, "finding.no_allow")))
    if code in _REDIRECTS and has("Location") is None:
        missing.append((PROBLEM, "Location", say(lang, "finding.no_location", code=code)))
    if code == 206 and has("Content-Range") is None:
        content_type = (has("Content-Type") or "").lower()
        if "multipart/byteranges" not in content_type:
            missing.append((PROBLEM, "Content-Range", say(lang, "finding.no_content_range")))
    if code == 416 and not _UNSATISFIED_RANGE.match(has("Content-Range") or ""):
        form = quote(lang, "Content-Range: bytes */length")
        missing.append(
            (WARNING, "Content-Range", say(lang, "finding.no_unsatisfied_range", form=form))
        )
    if code in (101, 426) and has("Upgrade") is None:
        missing.append((PROBLEM, "Upgrade", say(lang, "finding.no_upgrade", code=code)))
    if code in (429, 503) and has("Retry-After") is None:
        missing.append((WARNING, "Retry-After", say(lang, "finding.no_retry_after", code=code)))
    if code in _REDIRECTS and len(response.all("Location")) > 1:
        missing.append((PROBLEM, "Location", say(lang, "finding.several_locations")))
    return [Finding(severity, header, text) for severity, header, text in missing]


def _body_findings(response: RawResponse, lang: str) -> list[Finding]:
    code = response.code
    if code not in _NO_BODY and not 100 <= code < 200:
        return []
    found: list[Finding] = []
    if response.body:
        found.append(Finding(PROBLEM, None, say(lang, "finding.body", code=code)))
    length = (response.header("Content-Length") or "").strip()
    if code == 204 and length and length != "0":
        found.append(Finding(PROBLEM, "Content-Length", say(lang, "finding.body_length")))
    if response.header("Transfer-Encoding") is not None and code != 304:
        text = say(lang, "finding.transfer_encoding", code=code)
        found.append(Finding(PROBLEM, "Transfer-Encoding", text))
    return found


def _value_findings(response: RawResponse, lang: str) -> list[Finding]:
    found: list[Finding] = []
    retry = response.header("Retry-After")
    if retry is not None:
        text = retry.strip()
        if not (text.isascii() and text.isdigit()) and parse_http_date(text) is None:
            found.append(
                Finding(WARNING, "Retry-After", say(lang, "finding.retry_after_unreadable"))
            )
    challenge = response.header("WWW-Authenticate")
    if challenge is not None:
        bearer = bearer_error_code(challenge)
        if bearer is not None and bearer[1] != response.code:
            error, expected = bearer
            text = say(
                lang, "finding.bearer_mismatch", error=error, expected=expected, code=response.code
            )
            found.append(Finding(INFO, "WWW-Authenticate", text))
    return found
