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
    response: RawResponse, entry: Entry | None, catalogue: Catalogue, previous: list[RawResponse]
) -> list[Finding]:
    """Every finding on one response; ``previous`` are the responses before it in the paste."""
    found: list[Finding] = []
    add = found.append
    code = response.code
    logged = response.source == "log"
    if entry is None:
        add(
            Finding(
                PROBLEM,
                None,
                f"{code} is not a registered status code; a client that does not know it "
                f"treats it as {code // 100}00.",
            )
        )
    else:
        found.extend(_status_findings(entry, logged))
    if response.reason and entry is not None:
        found.extend(_reason_findings(response, entry, catalogue))
    if logged:
        return found  # a log line has no headers to check
    if response.http_version in ("2", "3"):
        for header in response.headers:
            if header.name.lower() in _HOP_BY_HOP:
                add(
                    Finding(
                        PROBLEM,
                        header.name,
                        f"HTTP/{response.http_version} forbids connection-specific fields; "
                        "a client must treat the response as malformed.",
                    )
                )
    if response.complete:
        found.extend(_required_fields(response))
    found.extend(_body_findings(response))
    found.extend(_value_findings(response))
    if code in _REDIRECTS and previous:
        target = (response.header("Location") or "").strip()
        seen = [(r.header("Location") or "").strip() for r in previous if r.code in _REDIRECTS]
        if target and target in seen:
            add(
                Finding(
                    WARNING,
                    "Location",
                    "This redirect points where an earlier one in the chain did: a redirect loop.",
                )
            )
    found.sort(key=lambda finding: SEVERITIES.index(finding.severity))  # problems first
    return found


def _status_findings(entry: Entry, logged: bool) -> list[Finding]:
    found: list[Finding] = []
    if entry.status == "unused":
        found.append(
            Finding(WARNING, None, f"{entry.code} is reserved and unused; no client knows it.")
        )
    elif entry.status == "obsoleted":
        found.append(Finding(WARNING, None, f"{entry.code} is obsoleted in the registry."))
    elif entry.deprecated:
        found.append(Finding(WARNING, None, f"{entry.code} is deprecated: {entry.deprecation}"))
    elif not entry.is_standard:
        vendor = entry.vendor
        if vendor is not None and vendor.sent_to_client != "yes" and not logged:
            found.append(
                Finding(
                    WARNING,
                    None,
                    f"{entry.code} is {entry.origin}'s own code and is not normally sent to "
                    f"clients: {vendor.detail}.",
                )
            )
        else:
            found.append(
                Finding(
                    INFO,
                    None,
                    f"{entry.code} is not in the IANA registry: it is {entry.origin}'s own code; "
                    "generic clients treat it as a plain "
                    f"{entry.code // 100}00.",
                )
            )
    return found


def _reason_findings(response: RawResponse, entry: Entry, catalogue: Catalogue) -> list[Finding]:
    reason = response.reason or ""
    said = squash(reason)
    if response.http_version in ("2", "3"):
        return [
            Finding(
                INFO,
                None,
                f"HTTP/{response.http_version} has no reason phrase; '{reason}' was added by the "
                "tool that printed it.",
            )
        ]
    accepted = {squash(entry.name), *(squash(p) for p in entry.former_phrases)}
    accepted.update(squash(c.phrase) for c in entry.constants if c.phrase)
    if not said or said in accepted:
        return []
    for other in catalogue.entries:
        if other.code != response.code and other.phrase and squash(other.name) == said:
            return [
                Finding(
                    WARNING,
                    None,
                    f"The reason '{reason}' is the phrase of {other.code}, not of "
                    f"{response.code}: clients act on the number, people read the words.",
                )
            ]
    return [
        Finding(
            INFO,
            None,
            f"The reason '{reason}' differs from IANA's '{entry.name}'; clients ignore it.",
        )
    ]


def _required_fields(response: RawResponse) -> list[Finding]:
    code = response.code
    has = response.header
    missing: list[tuple[str, str, str]] = []  # severity, header, text
    if code == 401 and has("WWW-Authenticate") is None:
        missing.append(
            (PROBLEM, "WWW-Authenticate", "401 must carry a WWW-Authenticate challenge.")
        )
    if code == 407 and has("Proxy-Authenticate") is None:
        missing.append(
            (PROBLEM, "Proxy-Authenticate", "407 must carry a Proxy-Authenticate challenge.")
        )
    if code == 405 and has("Allow") is None:
        missing.append((PROBLEM, "Allow", "405 must list the supported methods in Allow."))
    if code in _REDIRECTS and has("Location") is None:
        missing.append((PROBLEM, "Location", f"A {code} redirect without Location leads nowhere."))
    if code == 206 and has("Content-Range") is None:
        content_type = (has("Content-Type") or "").lower()
        if "multipart/byteranges" not in content_type:
            missing.append(
                (PROBLEM, "Content-Range", "206 must say which bytes it holds in Content-Range.")
            )
    if code == 416 and not _UNSATISFIED_RANGE.match(has("Content-Range") or ""):
        missing.append(
            (
                WARNING,
                "Content-Range",
                "416 should carry 'Content-Range: bytes */length' so the client can ask again.",
            )
        )
    if code in (101, 426) and has("Upgrade") is None:
        missing.append((PROBLEM, "Upgrade", f"{code} must name the protocol in Upgrade."))
    if code in (429, 503) and has("Retry-After") is None:
        missing.append(
            (
                WARNING,
                "Retry-After",
                f"Without Retry-After a client cannot know when to try again after {code}.",
            )
        )
    if code in _REDIRECTS and len(response.all("Location")) > 1:
        missing.append((PROBLEM, "Location", "Several Location fields: browsers refuse this."))
    return [Finding(severity, header, text) for severity, header, text in missing]


def _body_findings(response: RawResponse) -> list[Finding]:
    code = response.code
    if code not in _NO_BODY and not 100 <= code < 200:
        return []
    found: list[Finding] = []
    if response.body:
        found.append(Finding(PROBLEM, None, f"{code} must not have a body, but one follows."))
    length = (response.header("Content-Length") or "").strip()
    if code == 204 and length and length != "0":
        found.append(
            Finding(PROBLEM, "Content-Length", "204 says it has a body through Content-Length.")
        )
    if response.header("Transfer-Encoding") is not None and code != 304:
        found.append(
            Finding(PROBLEM, "Transfer-Encoding", f"{code} must not carry Transfer-Encoding.")
        )
    return found


def _value_findings(response: RawResponse) -> list[Finding]:
    found: list[Finding] = []
    retry = response.header("Retry-After")
    if retry is not None:
        text = retry.strip()
        if not (text.isascii() and text.isdigit()) and parse_http_date(text) is None:
            found.append(
                Finding(
                    WARNING,
                    "Retry-After",
                    "Retry-After is neither a number of seconds nor an HTTP date.",
                )
            )
    challenge = response.header("WWW-Authenticate")
    if challenge is not None:
        bearer = bearer_error_code(challenge)
        if bearer is not None and bearer[1] != response.code:
            error, expected = bearer
            found.append(
                Finding(
                    INFO,
                    "WWW-Authenticate",
                    f"RFC 6750 pairs the error {error} with {expected}, not {response.code}.",
                )
            )
    return found
