"""The hand-over message as the second process writes it, without importing json (nor
anything else it can do without). The format is described in ``httpcodes.instance``; the
window reads it with ``httpcodes.instance.server.decode_request``."""

from __future__ import annotations

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
