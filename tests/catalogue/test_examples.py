"""Every example exchange is framed as it would be on the wire: a message that shows a body
says how long it is, in UTF-8 bytes, or sends it chunked; interim (1xx) responses carry no
body and are followed by the next response."""

from __future__ import annotations

import re

import pytest

from httpcodes.catalogue import Entry
from httpcodes.catalogue.load import read_catalogue

# Read from the JSON files at import (collection needs them): the cached loader would write
# the compiled copy to the cache folder before any test has its own.
ENTRIES = [e for e in read_catalogue().entries if e.example is not None]
_STATUS_LINE = re.compile(r"^HTTP/\d(?:\.\d)? (\d{3})\b")


class Message:
    """One message of an example: its first line, its headers and the body shown."""

    def __init__(self, start: str, headers: list[tuple[str, str]], body: str) -> None:
        self.start = start
        self.headers = headers
        self.body = body

    def header(self, name: str) -> str | None:
        values = [v for n, v in self.headers if n.lower() == name.lower()]
        return values[-1] if values else None


def split_messages(text: str) -> list[Message]:
    """The messages of one side of an exchange, as an HTTP/1.1 reader would frame them: a
    1xx response ends at its blank line; any other message's body runs to the end."""
    messages: list[Message] = []
    rest = text
    while True:
        head, _, rest = rest.partition("\n\n")
        lines = head.split("\n")
        headers = [tuple(line.split(": ", 1)) for line in lines[1:]]
        assert all(len(pair) == 2 for pair in headers), lines
        status = _STATUS_LINE.match(lines[0])
        interim = status is not None and status.group(1).startswith("1")
        if interim and rest:
            assert _STATUS_LINE.match(rest), f"a 1xx must be followed by a response: {rest[:40]!r}"
            messages.append(Message(lines[0], headers, ""))  # type: ignore[arg-type]
            continue
        messages.append(Message(lines[0], headers, rest))  # type: ignore[arg-type]
        return messages


def dechunk(body: str) -> str:
    """The data of a chunked body (lines end in "\\n", as everywhere in the examples)."""
    data = b""
    raw = body.encode()
    while True:
        size_line, _, raw = raw.partition(b"\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            return data.decode()
        data += raw[:size]
        assert raw[size : size + 1] == b"\n", "chunk data must end with a line end"
        raw = raw[size + 1 :]


def _check(entry: Entry, side: str, text: str) -> int:
    framed = 0
    for message in split_messages(text):
        length = message.header("Content-Length")
        chunked = "chunked" in (message.header("Transfer-Encoding") or "").lower()
        if length is not None:
            assert length.isdigit(), (entry.id, side, length)
        if not message.body:
            continue
        assert length is not None or chunked, (
            f"{entry.id} {side}: a body with neither Content-Length nor chunked coding"
        )
        if chunked:
            assert length is None, (entry.id, side, "both Content-Length and chunked")
            dechunk(message.body)
        else:
            assert int(length or 0) == len(message.body.encode()), (
                f"{entry.id} {side}: Content-Length {length}, "
                f"body is {len(message.body.encode())} bytes"
            )
        framed += 1
    return framed


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_every_body_shown_has_its_exact_length_or_is_chunked(entry: Entry) -> None:
    assert entry.example is not None
    _check(entry, "request", entry.example.request)
    _check(entry, "response", entry.example.response)


def test_the_check_catches_a_wrong_length_and_a_missing_one() -> None:
    entry = ENTRIES[0]
    with pytest.raises(AssertionError, match="body is 6 bytes"):
        _check(entry, "response", "HTTP/1.1 200 OK\nContent-Length: 5\n\nnaïve")
    with pytest.raises(AssertionError, match="neither Content-Length nor chunked"):
        _check(entry, "request", "PUT /x HTTP/1.1\nHost: a\n\n<xml/>")
    assert _check(entry, "response", "HTTP/1.1 200 OK\nContent-Length: 6\n\nnaïve") == 1
    chunked = "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n5\nhello\n0\n\n"
    assert _check(entry, "response", chunked) == 1


def test_interim_responses_are_followed_by_the_final_one() -> None:
    messages = split_messages(
        "HTTP/1.1 103 Early Hints\nLink: </a.css>; rel=preload\n\n"
        "HTTP/1.1 200 OK\nContent-Length: 2\n\nok"
    )
    assert [m.start for m in messages] == ["HTTP/1.1 103 Early Hints", "HTTP/1.1 200 OK"]
    assert messages[1].body == "ok"
