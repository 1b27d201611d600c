"""Read a pasted text into what it holds: response heads (from curl, a raw capture, a browser's
developer tools), access-log lines, or neither. Free of Qt, bounded in size and time: every
expression here is linear, lines are cut to a fixed length, and only so many are read.
"""

from __future__ import annotations

import json
import re
from typing import Final

from httpcodes.records import Record

MAX_LINES: Final = 5_000
MAX_LINE_CHARS: Final = 8_192
MAX_RESPONSES: Final = 50
MAX_HEADERS: Final = 200

_STATUS_LINE: Final = re.compile(r"^(HTTP/(\d(?:\.\d)?))[ \t]+(\d{3})(?:[ \t]+(.*?))?[ \t]*$", re.I)
_PSEUDO_STATUS: Final = re.compile(r"^:status:?[ \t]*(\d{3})\b", re.I)
# The "General" section a browser's developer tools copy: "Status Code: 304 Not Modified
# (from disk cache)", or Firefox's "Status 304 Not Modified".
_DEVTOOLS_STATUS: Final = re.compile(
    r"^(?:Status Code|Status)[ \t]*:?[ \t]*(\d{3})(?:[ \t]+([^(]*?))?[ \t]*(\(.*\))?[ \t]*$", re.I
)
_DEVTOOLS_LABELS: Final = (
    "request url",
    "request method",
    "status code",
    "status",
    "remote address",
    "referrer policy",
    "version",
    "transferred",
)
_HEADER: Final = re.compile(r"^([A-Za-z0-9!#$%&'*+.^_`|~-]{1,100})[ \t]*:[ \t]*(.*?)[ \t]*$")
_CURL_PREFIX: Final = re.compile(r"^([<>*{}])(?: |$)")
# Access logs: nginx's and Apache's common and combined formats.
_ACCESS_LOG: Final = re.compile(
    r'^(\S+) \S+ (\S+) \[([^\]]{1,64})\] "([^"]{0,4096})" (\d{3}) (\d+|-)'
    r'(?: "([^"]{0,4096})" "([^"]{0,4096})")?'
)
_REQUEST: Final = re.compile(r"^([A-Z]{3,10}) (\S+)(?: (HTTP/\d(?:\.\d)?))?$")
_KEY_VALUE_STATUS: Final = re.compile(
    r"(?:^|[\s,])(?:status|status_code|http_status|statusCode)=\"?(\d{3})\b"
)
_JSON_STATUS_KEYS: Final = (
    "status",
    "status_code",
    "statusCode",
    "http_status",
    "httpStatus",
    "response_status",
    "responseStatus",
    "elb_status_code",
)


class Header(Record):
    """One header field as it was sent."""

    name: str
    value: str


class RawResponse(Record):
    """One response as it was pasted: status, headers and whether a body followed."""

    code: int
    http_version: str | None  # "1.1", "2", "3"; None when the paste does not say
    reason: str | None
    headers: tuple[Header, ...]
    body: bool
    source: str  # "status-line", "pseudo-header", "devtools" or "log"
    request_method: str | None = None
    request_target: str | None = None
    log_line: str | None = None
    # False for a status alone (no header, no blank line after it): what is missing cannot
    # be told from what was not pasted.
    complete: bool = True

    def header(self, name: str) -> str | None:
        """The value of the last header of that name (names compare case-insensitively)."""
        wanted = name.lower()
        for header in reversed(self.headers):
            if header.name.lower() == wanted:
                return header.value
        return None

    def all(self, name: str) -> list[str]:
        """Every value of that header, in order."""
        wanted = name.lower()
        return [h.value for h in self.headers if h.name.lower() == wanted]


class Paste(Record):
    """What a paste holds."""

    kind: str  # "response", "log" or "message"
    responses: tuple[RawResponse, ...]
    text: str


def read_paste(text: str) -> Paste:
    """Find response heads first, then access-log lines; anything else is a message."""
    lines = [line[:MAX_LINE_CHARS] for line in text.splitlines()[:MAX_LINES]]
    responses = _responses(lines)
    if responses:
        return Paste("response", tuple(responses), text)
    logged = [r for r in (_log_line(line) for line in lines) if r is not None]
    if logged:
        return Paste("log", tuple(logged[:MAX_RESPONSES]), text)
    return Paste("message", (), text)


def _unprefixed(lines: list[str]) -> list[str]:
    """curl -v's lines without their prefixes: "<" (received) kept, ">" (sent), "*" (curl's
    own notes) and "{"/"}" (data) dropped; the rest (a body) kept as it is."""
    if sum(1 for line in lines[:200] if _CURL_PREFIX.match(line)) < 2:
        return lines
    kept: list[str] = []
    for line in lines:
        prefix = _CURL_PREFIX.match(line)
        if prefix is None:
            kept.append(line)
        elif prefix.group(1) == "<":
            kept.append(line[2:] if len(line) > 1 else "")
        elif prefix.group(1) == ">" and _REQUEST.match(line[2:].strip()):
            kept.append("\x00request " + line[2:].strip())
    return kept


class _Builder:
    """Collects responses as the lines go by."""

    def __init__(self) -> None:
        self.done: list[RawResponse] = []
        self.code = 0
        self.version: str | None = None
        self.reason: str | None = None
        self.source = ""
        self.open = False
        self.headers: list[Header] = []
        self.in_body = False
        self.body = False
        self.method: str | None = None
        self.target: str | None = None

    def start(self, code: int, version: str | None, reason: str | None, source: str) -> None:
        self.finish()
        self.code, self.version, self.reason, self.source = code, version, reason, source
        self.open = True
        self.headers = []
        self.in_body = False
        self.body = False

    def finish(self) -> None:
        if not self.open:
            return
        self.done.append(
            RawResponse(
                code=self.code,
                http_version=self.version,
                reason=self.reason,
                headers=tuple(self.headers),
                body=self.body,
                complete=bool(self.headers) or self.in_body,
                source=self.source,
                request_method=self.method,
                request_target=self.target,
            )
        )
        self.open = False
        self.method = self.target = None

    def header(self, name: str, value: str) -> None:
        if len(self.headers) < MAX_HEADERS:
            self.headers.append(Header(name, value))


def _version(text: str) -> str:
    """``HTTP/2.0`` and ``2.0`` read ``2``; ``1.0`` stays."""
    version = text.strip().upper().removeprefix("HTTP/")
    return version[:-2] if version.endswith(".0") and version != "1.0" else version


def _responses(lines: list[str]) -> list[RawResponse]:
    if any(_DEVTOOLS_MARK.match(line.strip()) for line in lines[:400]):
        return _devtools(lines)
    builder = _Builder()
    for raw in _unprefixed(lines):
        if len(builder.done) >= MAX_RESPONSES:
            break
        line = raw.strip()
        if line.startswith("\x00request "):
            request = _REQUEST.match(line[9:])
            if request and not builder.open:
                builder.method, builder.target = request.group(1), request.group(2)
            continue
        status = _STATUS_LINE.match(line)
        if status:
            reason = status.group(4) or None
            builder.start(int(status.group(3)), _version(status.group(2)), reason, "status-line")
            continue
        pseudo = _PSEUDO_STATUS.match(line)
        if pseudo and not builder.in_body:
            builder.start(int(pseudo.group(1)), "2", None, "pseudo-header")
            continue
        if not builder.open:
            continue
        if not line:
            builder.in_body = True
            continue
        if builder.in_body:
            builder.body = True
            continue
        header = _HEADER.match(line)
        if header:
            if not header.group(1).startswith(":"):
                builder.header(header.group(1), header.group(2))
        else:
            builder.in_body = True  # not a header: the head ended without a blank line
            builder.body = True
    builder.finish()
    return builder.done


_DEVTOOLS_MARK: Final = re.compile(r"^(?:Status Code\b|Request URL\b|Status \d{3}\b)", re.I)
_LABELLED: Final = re.compile(
    r"^([A-Za-z:][A-Za-z0-9 !#$%&'*+.^_`|~-]{0,100}?)[ \t]*:[ \t]*(\S.*)$"
)
_FIREFOX_VERSION: Final = re.compile(r"^Version[ \t]+(HTTP/\d(?:\.\d)?)$", re.I)
_TOKEN: Final = re.compile(r"^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$")
_SKIPPED_SECTIONS: Final = ("request headers", "query string", "form data", "payload")


def _devtools(lines: list[str]) -> list[RawResponse]:
    """The General and Response Headers sections copied from a browser's developer tools,
    with a name and its value on one line ("Status Code: 304") or on two."""
    builder = _Builder()
    method: str | None = None
    target: str | None = None
    section = "general"
    pending: str | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        low = line.lower().rstrip(":").strip()
        if low.startswith("response headers"):
            section, pending = "response", None
            continue
        if low.startswith(_SKIPPED_SECTIONS):
            section, pending = "skip", None
            continue
        if low == "general":
            section, pending = "general", None
            continue
        if section == "skip":
            continue
        if pending is not None:
            name, pending = pending, None
        else:
            version = _FIREFOX_VERSION.match(line)
            if version and section == "general":
                builder.version = _version(version.group(1))
                continue
            status = _DEVTOOLS_STATUS.match(line)
            if status and section == "general":
                reason = (status.group(2) or "").strip() or None
                builder.start(int(status.group(1)), builder.version, reason, "devtools")
                builder.method, builder.target = method, target
                continue
            header = _LABELLED.match(line)
            if header:
                name, line = header.group(1), header.group(2)
            elif low in _DEVTOOLS_LABELS or line.endswith(":") or _TOKEN.match(line):
                pending = line.rstrip(":").strip()
                continue
            else:
                continue
        key = name.lower()
        if key in ("status code", "status"):
            match = re.match(r"^(\d{3})(?:[ \t]+([^(]*?))?[ \t]*(?:\(.*\))?$", line)
            if match:
                reason = (match.group(2) or "").strip() or None
                builder.start(int(match.group(1)), builder.version, reason, "devtools")
                builder.method, builder.target = method, target
        elif key == "request method":
            method = builder.method = line
        elif key == "request url":
            target = builder.target = line
        elif key == "version":
            builder.version = _version(line)
        elif key in _DEVTOOLS_LABELS or name.startswith(":"):
            continue
        elif builder.open:
            builder.header(name, line)
    builder.finish()
    return builder.done


def _log_line(line: str) -> RawResponse | None:
    """One access-log line (common, combined, JSON with a status field, or key=value)."""
    text = line.strip()
    access = _ACCESS_LOG.search(text)
    if access:
        method = target = version = None
        request = _REQUEST.match(access.group(4))
        if request:
            method, target, version = request.groups()
        return _logged(int(access.group(5)), version, text, method, target)
    if text.startswith("{") and text.endswith("}"):
        found = _json_status(text)
        if found is not None:
            return found
    key_value = _KEY_VALUE_STATUS.search(text)
    if key_value:
        return _logged(int(key_value.group(1)), None, text, None, None)
    return None


def _logged(
    code: int, version: str | None, line: str, method: str | None, target: str | None
) -> RawResponse | None:
    if not 100 <= code <= 599:
        return None
    if version:
        version = version.upper().removeprefix("HTTP/")
        version = version[:-2] if version.endswith(".0") and version != "1.0" else version
    return RawResponse(code, version or None, None, (), False, "log", method, target, line, False)


def _json_status(text: str) -> RawResponse | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    code = _find_status(data, 0)
    if code is None:
        return None
    request = data.get("request")
    method = data.get("method") or data.get("request_method")
    target = data.get("uri") or data.get("path") or data.get("url")
    version = data.get("protocol") or data.get("server_protocol")
    if isinstance(request, str):
        parsed = _REQUEST.match(request)
        if parsed:
            method, target, version = parsed.groups()
    return _logged(
        code,
        version if isinstance(version, str) else None,
        text,
        method if isinstance(method, str) else None,
        target if isinstance(target, str) else None,
    )


def _find_status(data: dict[str, object], depth: int) -> int | None:
    """A status field at the top or nested a little (``http.response.status_code``)."""
    for key in _JSON_STATUS_KEYS:
        value = data.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and 100 <= value <= 599:
            return value
        if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) == 3:
            return int(value)
    if depth < 3:
        for value in data.values():
            if isinstance(value, dict):
                found = _find_status(value, depth + 1)
                if found is not None:
                    return found
    return None
