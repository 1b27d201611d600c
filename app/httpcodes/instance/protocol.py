"""The hand-over message: writing it (second process, no json import) and reading it
(window, strict). The format is described in ``httpcodes.instance``."""

from __future__ import annotations

from httpcodes.records import Record

# No ``typing`` on the hand-over path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Final

VERSION: Final = 1
ACTIONS: Final = ("show", "search", "summon", "view")
MAX_REQUEST_BYTES: Final = 16 * 1024
MAX_ARGS: Final = 64
MAX_TOKEN_CHARS: Final = 512
CLIENT_TIMEOUT: Final = 1.0
OK: Final = b"ok\n"


class ProtocolError(ValueError):
    """A message that does not follow the format; its text says what is wrong."""


class Request(Record):
    """What a second process asks of the running window."""

    action: str
    args: tuple[str, ...]
    activation_token: str


def _json_string(text: str) -> str:
    """``text`` as a JSON string. Control characters and lone surrogates (an argument that
    was not valid UTF-8) are escaped; everything else is written as it is, in UTF-8."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    out = ['"']
    for char in text:
        if char == '"' or char == "\\":
            out.append("\\" + char)
        elif char.isprintable() and not "\ud800" <= char <= "\udfff":
            out.append(char)
        elif ord(char) > 0xFFFF:
            out.append(char)  # printable or not, outside the surrogates: UTF-8 carries it
        else:
            out.append(f"\\u{ord(char):04x}")
    out.append('"')
    return "".join(out)


def clean_token(token: str | None) -> str:
    """The activation token if it is safe to pass on (short, printable ASCII), else ``""``."""
    if not token or len(token) > MAX_TOKEN_CHARS or not token.isascii():
        return ""
    return token if token.isprintable() else ""


def encode_request(action: str, args: Sequence[str], activation_token: str = "") -> bytes:
    """The request as one line of JSON, ready to send. Raises ProtocolError if it would not
    fit in ``MAX_REQUEST_BYTES`` (then the second process opens its own window)."""
    items = ",".join(_json_string(a) for a in args[:MAX_ARGS])
    line = (
        f'{{"v":{VERSION},"action":{_json_string(action)},"args":[{items}],'
        f'"activation_token":{_json_string(clean_token(activation_token))}}}\n'
    )
    data = line.encode("utf-8")
    if len(data) > MAX_REQUEST_BYTES:
        raise ProtocolError("the request is too long to hand over")
    return data


def decode_request(line: bytes) -> Request:
    """Read one request line (with or without its newline). Raises ProtocolError, with a
    short reason, for anything but a well-formed request of this version."""
    import json

    if len(line) > MAX_REQUEST_BYTES:
        raise ProtocolError("too long")
    try:
        # surrogatepass is not used: an argument that was not UTF-8 arrives escaped.
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError("not one line of JSON") from None
    if not isinstance(message, dict):
        raise ProtocolError("not a JSON object")
    if message.get("v") != VERSION or isinstance(message.get("v"), bool):
        raise ProtocolError(f"protocol version {VERSION} expected")
    action = message.get("action")
    if action not in ACTIONS:
        raise ProtocolError("unknown action")
    args = message.get("args", [])
    if not isinstance(args, list) or len(args) > MAX_ARGS:
        raise ProtocolError("args must be a short list")
    if not all(isinstance(a, str) for a in args):
        raise ProtocolError("args must be text")
    token = message.get("activation_token", "")
    if not isinstance(token, str):
        raise ProtocolError("activation_token must be text")
    return Request(str(action), tuple(_whole_characters(a) for a in args), clean_token(token))


def _whole_characters(text: str) -> str:
    """Lone surrogates (escaped by a sender whose argument was not UTF-8) become U+FFFD:
    Qt cannot take them."""
    if text.isprintable():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
