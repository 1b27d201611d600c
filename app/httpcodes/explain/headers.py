"""What the header fields that matter for a status say, read from their values. Free of Qt.

Each function takes a value as sent and returns one sentence in our words, or None when the
field says nothing worth a note here. Values that cannot be read are reported as findings by
``httpcodes.explain.findings``; here they get a plain "cannot be read" note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import Final

from httpcodes.explain.parse import RawResponse

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


def duration(seconds: int) -> str:
    """``90`` gives ``1 minute 30 seconds``; long waits in hours or days."""
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    parts: list[str] = []
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60), ("second", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count} {unit}{'s' if count != 1 else ''}")
        if len(parts) == 2:
            break
    return " ".join(parts)


def _stamp(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


def retry_after(value: str, response: RawResponse) -> str:
    """Seconds or a date: how long, and until when when the response's Date says."""
    text = value.strip()
    sent = parse_http_date(response.header("Date") or "")
    if text.isascii() and text.isdigit():
        seconds = min(int(text), _MAX_SECONDS)
        note = f"Wait {duration(seconds)} before trying again"
        if sent is not None:
            note += f", that is until {_stamp(sent + timedelta(seconds=seconds))}"
        return note + "."
    moment = parse_http_date(text)
    if moment is None:
        return "Neither a number of seconds nor an HTTP date: clients cannot read it."
    note = f"Try again after {_stamp(moment)}"
    if sent is not None:
        wait = int((moment - sent).total_seconds())
        note += (
            f", {duration(wait)} after the response was sent"
            if wait >= 0
            else ", which is before the response's own Date: retry at once"
        )
    return note + "."


def location(value: str, response: RawResponse) -> str:
    """Where a redirect or a created resource is, absolute or relative."""
    target = value.strip()
    if not target:
        return "Empty: there is nowhere to go."
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", target):
        where = f"an absolute URL ({target.split(':', 1)[0].lower()})"
    elif target.startswith("//"):
        where = "a scheme-relative URL (same scheme as the request)"
    elif target.startswith("/"):
        where = "a path on the same host"
    else:
        where = "a path relative to the request's URL"
    if response.code == 201:
        return f"The new resource is at {where}."
    if 300 <= response.code < 400:
        keep = "keeps" if response.code in (307, 308) else "may change"
        how = "permanently" if response.code in (301, 308) else "for now"
        return f"Redirects {how} to {where}; the client {keep} the method and body."
    return f"Points at {where}."


def parameters(text: str) -> dict[str, str]:
    """``realm="api", error="invalid_token"`` as a dict, names lower-cased, quotes removed."""
    found: dict[str, str] = {}
    for name, raw in _PARAMETER.findall(text):
        value = raw[1:-1].replace('\\"', '"') if raw.startswith('"') else raw
        found.setdefault(name.lower(), value)
    return found


_BEARER_ERRORS: Final = {
    "invalid_request": ("the request is malformed (a parameter missing or repeated)", 400),
    "invalid_token": ("the token is expired, revoked, malformed or otherwise invalid", 401),
    "insufficient_scope": ("the token is valid but lacks the scope this needs", 403),
}


def challenge(value: str, response: RawResponse) -> str:
    """A WWW-Authenticate or Proxy-Authenticate challenge: scheme, realm, Bearer error."""
    text = value.strip()
    scheme = text.split(None, 1)[0].rstrip(",") if text else ""
    if not scheme:
        return "Empty: the client is not told how to authenticate."
    params = parameters(text[len(scheme) :])
    parts = [f"Authenticate with the {scheme} scheme"]
    if "realm" in params:
        parts.append(f"in the realm '{params['realm']}'")
    note = " ".join(parts)
    error = params.get("error")
    if error:
        meaning = _BEARER_ERRORS.get(error)
        note += (
            f"; the server says {error}: {meaning[0]} (RFC 6750)"
            if meaning
            else f"; the server reports the error '{error}'"
        )
        if params.get("error_description"):
            note += f" - {params['error_description']}"
    if params.get("scope"):
        note += f"; scope needed: {params['scope']}"
    return note + "."


def bearer_error_code(value: str) -> tuple[str, int] | None:
    """The RFC 6750 error of a Bearer challenge and the status that goes with it."""
    text = value.strip()
    if not text.lower().startswith("bearer"):
        return None
    error = parameters(text[6:]).get("error")
    if error in _BEARER_ERRORS:
        return error, _BEARER_ERRORS[error][1]
    return None


def allow(value: str, response: RawResponse) -> str:
    """The methods the resource supports."""
    methods = [m.strip().upper() for m in value.split(",") if m.strip()]
    if not methods:
        return "Empty: the resource supports no method at all."
    return f"The resource supports {', '.join(methods)}."


def content_range(value: str, response: RawResponse) -> str:
    """Which bytes of how many this is, or the full length after a 416."""
    match = _CONTENT_RANGE.match(value.strip())
    if match is None:
        return "Not in the form 'bytes first-last/length': clients cannot read it."
    unit, first, last, length = match.groups()
    total = "of an unknown length" if length == "*" else f"of {length}"
    if first is None:
        return f"No range can be served; the full length is {length} {unit}."
    size = int(last) - int(first) + 1
    return f"{unit.capitalize()} {first} to {last} ({size} {unit}) {total}."


def rate_limit(value: str, response: RawResponse) -> str:
    """RateLimit (the IETF draft's structured fields) and the X-RateLimit-* conventions."""
    return f"Rate limit information: {value.strip()}."


def x_rate_limit(name: str) -> Callable[[str, RawResponse], str]:
    """A note maker for one of X-RateLimit-Limit, -Remaining and -Reset."""
    kind = name.lower().rsplit("-", 1)[-1]

    def note(value: str, response: RawResponse) -> str:
        text = value.strip()
        if kind == "limit":
            return f"At most {text} requests in the current window."
        if kind == "remaining":
            return f"{text} requests left in the current window."
        if kind in ("reset", "resetafter") and text.isascii() and text.isdigit():
            number = int(text)
            if number > 1_000_000_000:  # a Unix time rather than a number of seconds
                moment = datetime.fromtimestamp(min(number, 32_503_680_000), UTC)
                return f"The window resets at {_stamp(moment)}."
            return f"The window resets in {duration(number)}."
        return f"Rate limit information: {text}."

    return note


_CACHE_WORDS: Final = {
    "no-store": "must not be stored by any cache",
    "no-cache": "may be stored but must be revalidated before every use",
    "private": "only the user's own browser may store it, not shared caches",
    "public": "shared caches may store it",
    "must-revalidate": "once stale it must be revalidated",
    "immutable": "it will not change while fresh",
}


def cache_control(value: str, response: RawResponse) -> str:
    """What the directives allow caches to do."""
    said: list[str] = []
    for directive in (d.strip().lower() for d in value.split(",")):
        name, _, argument = directive.partition("=")
        if name in ("max-age", "s-maxage") and argument.strip('"').isdigit():
            who = "shared caches" if name == "s-maxage" else "caches"
            said.append(f"{who} may use it for {duration(int(argument.strip(chr(34))))}")
        elif name in _CACHE_WORDS:
            said.append(_CACHE_WORDS[name])
    if not said:
        return "Cache directives: " + value.strip() + "."
    return "; ".join(said).capitalize() + "."


def expires(value: str, response: RawResponse) -> str:
    """When the response goes stale (Cache-Control max-age wins where both are present)."""
    moment = parse_http_date(value)
    if moment is None:
        return "Not a date: caches treat the response as already stale."
    note = f"Stale after {_stamp(moment)}"
    if response.header("Cache-Control") and "max-age" in (response.header("Cache-Control") or ""):
        note += " (Cache-Control's max-age takes precedence)"
    return note + "."


def age(value: str, response: RawResponse) -> str:
    """How long the response has sat in a cache."""
    text = value.strip()
    if text.isascii() and text.isdigit():
        return f"Served from a cache, where it has been for {duration(int(text))}."
    return "Not a number of seconds."


def etag(value: str, response: RawResponse) -> str:
    """A validator for conditional requests."""
    weak = value.strip().startswith("W/")
    kind = "A weak validator" if weak else "A strong validator"
    return f"{kind}: send it back in If-None-Match to get 304 when unchanged."


def last_modified(value: str, response: RawResponse) -> str:
    """A date validator."""
    if parse_http_date(value) is None:
        return "Not a date: it cannot be used for If-Modified-Since."
    return "Send it back in If-Modified-Since to get 304 when unchanged."


def upgrade(value: str, response: RawResponse) -> str:
    """The protocol switched to, or required."""
    protocols = value.strip()
    if response.code == 101:
        return f"The connection now speaks {protocols}."
    if response.code == 426:
        return f"The server will only continue after switching to {protocols}."
    return f"The server offers to switch to {protocols}."


def link(value: str, response: RawResponse) -> str | None:
    """On 103 (and elsewhere) the resources to preload or connect to early."""
    found = []
    for target, params in _LINK.findall(value[:4096]):
        rel = parameters(params.replace(";", " ")).get("rel", "")
        found.append(f"{rel or 'link'} {target}")
    if not found:
        return None
    if response.code == 103:
        return "Start on these before the final response: " + ", ".join(found[:6]) + "."
    return "Links: " + ", ".join(found[:6]) + "."


def connection(value: str, response: RawResponse) -> str | None:
    """Only ``close`` is worth a note."""
    if "close" in value.lower():
        return (
            "The server closes the connection after this response; "
            "the next request opens a new one."
        )
    return None


def server(value: str, response: RawResponse) -> str | None:
    """Who answered, when it is a layer people mistake for their application."""
    lowered = value.lower()
    for marker, who in (
        ("cloudflare", "Cloudflare's edge answered, not necessarily your origin"),
        ("awselb", "the AWS load balancer answered itself, not your application"),
        ("envoy", "Envoy (or a mesh built on it) answered"),
        ("amazons3", "Amazon S3 answered"),
        ("varnish", "a Varnish cache answered"),
        ("cloudfront", "CloudFront answered"),
    ):
        if marker in lowered:
            return who[0].upper() + who[1:] + "."
    return None


NOTES: Final[dict[str, Callable[[str, RawResponse], str | None]]] = {
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


def note_for(name: str, value: str, response: RawResponse) -> str | None:
    """The note on one header of one response, or None."""
    maker = NOTES.get(name.lower())
    if maker is None:
        return None
    try:
        return maker(value[:4096], response)
    except (ValueError, OverflowError):  # a hostile value is no reason to fail
        return None
