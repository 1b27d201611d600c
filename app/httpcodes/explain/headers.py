"""What the header fields that matter for a status say, read from their values. Free of Qt.

Each function takes a value as sent and the language, and returns one sentence in our words
(from ``httpcodes.explain.wording``), or None when the field says nothing worth a note here.
Values that cannot be read are reported as findings by ``httpcodes.explain.findings``; here
they get a plain "cannot be read" note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Final

from httpcodes.explain.parse import RawResponse
from httpcodes.explain.wording import ENGLISH, duration, join, quote, say, stamp

_PARAMETER: Final = re.compile(r'([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)')
_CONTENT_RANGE: Final = re.compile(r"^(\w+)\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)$")
_LINK: Final = re.compile(r"<([^>]*)>\s*((?:;\s*[^;,]+)*)")
_MAX_SECONDS: Final = 10**9


def parse_http_date(value: str) -> datetime | None:
    """An HTTP date (``Sun, 06 Nov 1994 08:49:37 GMT`` and its older forms), in UTC."""
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def retry_after(value: str, response: RawResponse, lang: str) -> str:
    """Seconds or a date: how long, and until when when the response's Date says."""
    text = value.strip()
    sent = parse_http_date(response.header("Date") or "")
    if text.isascii() and text.isdigit():
        seconds = min(int(text), _MAX_SECONDS)
        wait = duration(seconds, lang)
        if sent is not None:
            until = stamp(sent + timedelta(seconds=seconds), lang)
            return say(lang, "retry.wait_until", duration=wait, moment=until)
        return say(lang, "retry.wait", duration=wait)
    moment = parse_http_date(text)
    if moment is None:
        return say(lang, "retry.unreadable")
    when = stamp(moment, lang)
    if sent is None:
        return say(lang, "retry.after", moment=when)
    seconds = int((moment - sent).total_seconds())
    if seconds < 0:
        return say(lang, "retry.after_past", moment=when)
    return say(lang, "retry.after_wait", moment=when, duration=duration(seconds, lang))


def location(value: str, response: RawResponse, lang: str) -> str:
    """Where a redirect or a created resource is, absolute or relative."""
    target = value.strip()
    if not target:
        return say(lang, "location.empty")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", target):
        where = say(lang, "where.absolute", scheme=target.split(":", 1)[0].lower())
    elif target.startswith("//"):
        where = say(lang, "where.scheme_relative")
    elif target.startswith("/"):
        where = say(lang, "where.path")
    else:
        where = say(lang, "where.relative")
    if response.code == 201:
        return say(lang, "location.created", where=where)
    if 300 <= response.code < 400:
        how = "permanent" if response.code in (301, 308) else "temporary"
        keep = "keep" if response.code in (307, 308) else "change"
        return say(lang, f"location.{how}_{keep}", where=where)
    return say(lang, "location.other", where=where)


def parameters(text: str) -> dict[str, str]:
    """``realm="api", error="invalid_token"`` as a dict, names lower-cased, quotes removed."""
    found: dict[str, str] = {}
    for name, raw in _PARAMETER.findall(text):
        value = raw[1:-1].replace('\\"', '"') if raw.startswith('"') else raw
        found.setdefault(name.lower(), value)
    return found


# RFC 6750 §3.1: each Bearer error and the status that goes with it (its meaning is a
# "bearer." sentence in header_note_texts).
_BEARER_ERRORS: Final = {"invalid_request": 400, "invalid_token": 401, "insufficient_scope": 403}


def challenge(value: str, response: RawResponse, lang: str) -> str:
    """A WWW-Authenticate or Proxy-Authenticate challenge: scheme, realm, Bearer error."""
    text = value.strip()
    scheme = text.split(None, 1)[0].rstrip(",") if text else ""
    if not scheme:
        return say(lang, "challenge.empty")
    params = parameters(text[len(scheme) :])
    note = say(lang, "challenge.scheme", scheme=scheme)
    if "realm" in params:
        note += say(lang, "challenge.realm", realm=quote(lang, params["realm"]))
    error = params.get("error")
    if error:
        if error in _BEARER_ERRORS:
            meaning = say(lang, f"bearer.{error}")
            note += say(lang, "challenge.bearer_error", error=error, meaning=meaning)
        else:
            note += say(lang, "challenge.other_error", error=quote(lang, error))
        if params.get("error_description"):
            note += say(lang, "challenge.description", text=params["error_description"])
    if params.get("scope"):
        note += say(lang, "challenge.scope", scope=params["scope"])
    return note + say(lang, "end")


def bearer_error_code(value: str) -> tuple[str, int] | None:
    """The RFC 6750 error of a Bearer challenge and the status that goes with it."""
    text = value.strip()
    if not text.lower().startswith("bearer"):
        return None
    error = parameters(text[6:]).get("error")
    if error in _BEARER_ERRORS:
        return error, _BEARER_ERRORS[error]
    return None


def allow(value: str, response: RawResponse, lang: str) -> str:
    """The methods the resource supports."""
    methods = [m.strip().upper() for m in value.split(",") if m.strip()]
    if not methods:
        return say(lang, "allow.empty")
    return say(lang, "allow.methods", methods=join(lang, methods))


def content_range(value: str, response: RawResponse, lang: str) -> str:
    """Which bytes of how many this is, or the full length after a 416."""
    match = _CONTENT_RANGE.match(value.strip())
    if match is None:
        return say(lang, "range.unreadable", form=quote(lang, "bytes first-last/length"))
    unit, first, last, length = match.groups()
    name = say(lang, "bytes") if unit.lower() == "bytes" else unit
    if first is None:
        return say(lang, "range.unsatisfied", length=length, unit=name)
    size = int(last) - int(first) + 1
    values = {"unit_title": name.capitalize(), "first": first, "last": last, "size": size}
    if length == "*":
        return say(lang, "range.part_unknown", unit=name, **values)
    return say(lang, "range.part", unit=name, length=length, **values)


def rate_limit(value: str, response: RawResponse, lang: str) -> str:
    """RateLimit (the IETF draft's structured fields) and the X-RateLimit-* conventions."""
    return say(lang, "ratelimit.info", value=value.strip())


def x_rate_limit(name: str) -> Callable[[str, RawResponse, str], str]:
    """A note maker for one of X-RateLimit-Limit, -Remaining and -Reset."""
    kind = name.lower().rsplit("-", 1)[-1]

    def note(value: str, response: RawResponse, lang: str) -> str:
        text = value.strip()
        if kind == "limit":
            return say(lang, "ratelimit.limit", n=text)
        if kind == "remaining":
            return say(lang, "ratelimit.remaining", n=text)
        if kind in ("reset", "resetafter") and text.isascii() and text.isdigit():
            number = int(text)
            if number > 1_000_000_000:  # a Unix time rather than a number of seconds
                moment = datetime.fromtimestamp(min(number, 32_503_680_000), UTC)
                return say(lang, "ratelimit.reset_at", moment=stamp(moment, lang))
            return say(lang, "ratelimit.reset_in", duration=duration(number, lang))
        return say(lang, "ratelimit.info", value=text)

    return note


_CACHE_WORDS: Final = frozenset(
    ("no-store", "no-cache", "private", "public", "must-revalidate", "immutable")
)


def cache_control(value: str, response: RawResponse, lang: str) -> str:
    """What the directives allow caches to do."""
    said: list[str] = []
    for directive in (d.strip().lower() for d in value.split(",")):
        name, _, argument = directive.partition("=")
        seconds = argument.strip('"')
        if name in ("max-age", "s-maxage") and seconds.isascii() and seconds.isdigit():
            said.append(say(lang, f"cache.{name}", duration=duration(int(seconds), lang)))
        elif name in _CACHE_WORDS:
            said.append(say(lang, f"cache.{name}"))
    if not said:
        return say(lang, "cache.directives", value=value.strip())
    sentence = say(lang, "clauses").join(said)
    return sentence[0].upper() + sentence[1:] + say(lang, "end")


def expires(value: str, response: RawResponse, lang: str) -> str:
    """When the response goes stale (Cache-Control max-age wins where both are present)."""
    moment = parse_http_date(value)
    if moment is None:
        return say(lang, "expires.unreadable")
    if "max-age" in (response.header("Cache-Control") or ""):
        return say(lang, "expires.at_max_age", moment=stamp(moment, lang))
    return say(lang, "expires.at", moment=stamp(moment, lang))


def age(value: str, response: RawResponse, lang: str) -> str:
    """How long the response has sat in a cache."""
    text = value.strip()
    if text.isascii() and text.isdigit():
        return say(lang, "age.seconds", duration=duration(int(text), lang))
    return say(lang, "age.unreadable")


def etag(value: str, response: RawResponse, lang: str) -> str:
    """A validator for conditional requests."""
    return say(lang, "etag.weak" if value.strip().startswith("W/") else "etag.strong")


def last_modified(value: str, response: RawResponse, lang: str) -> str:
    """A date validator."""
    if parse_http_date(value) is None:
        return say(lang, "last_modified.unreadable")
    return say(lang, "last_modified.ok")


def upgrade(value: str, response: RawResponse, lang: str) -> str:
    """The protocol switched to, or required."""
    protocols = value.strip()
    if response.code == 101:
        return say(lang, "upgrade.switched", protocols=protocols)
    if response.code == 426:
        return say(lang, "upgrade.required", protocols=protocols)
    return say(lang, "upgrade.offered", protocols=protocols)


def link(value: str, response: RawResponse, lang: str) -> str | None:
    """On 103 (and elsewhere) the resources to preload or connect to early."""
    found = []
    for target, params in _LINK.findall(value[:4096]):
        rel = parameters(params.replace(";", " ")).get("rel", "")
        found.append(f"{rel or say(lang, 'link.rel_default')} {target}")
    if not found:
        return None
    key = "link.early" if response.code == 103 else "link.list"
    return say(lang, key, links=join(lang, found[:6]))


def connection(value: str, response: RawResponse, lang: str) -> str | None:
    """Only ``close`` is worth a note."""
    return say(lang, "connection.close") if "close" in value.lower() else None


def server(value: str, response: RawResponse, lang: str) -> str | None:
    """Who answered, when it is a layer people mistake for their application."""
    lowered = value.lower()
    for marker in ("cloudflare", "awselb", "envoy", "amazons3", "varnish", "cloudfront"):
        if marker in lowered:
            return say(lang, f"server.{marker}")
    return None


NOTES: Final[dict[str, Callable[[str, RawResponse, str], str | None]]] = {
    "retry-after": retry_after,
    "location": location,
    "www-authenticate": challenge,
    "proxy-authenticate": challenge,
    "allow": allow,
    "content-range": content_range,
    "ratelimit": rate_limit,
    "ratelimit-policy": rate_limit,
    "x-ratelimit-limit": x_rate_limit("limit"),
    "x-ratelimit-remaining": x_rate_limit("remaining"),
    "x-ratelimit-reset": x_rate_limit("reset"),
    "cache-control": cache_control,
    "expires": expires,
    "age": age,
    "etag": etag,
    "last-modified": last_modified,
    "upgrade": upgrade,
    "link": link,
    "connection": connection,
    "server": server,
}


def note_for(name: str, value: str, response: RawResponse, lang: str = ENGLISH) -> str | None:
    """The note on one header of one response in ``lang``, or None."""
    maker = NOTES.get(name.lower())
    if maker is None:
        return None
    try:
        return maker(value[:4096], response, lang)
    except (ValueError, OverflowError):  # a hostile value is no reason to fail
        return None
