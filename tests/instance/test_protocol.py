"""The hand-over message: what the second process writes, the window reads back exactly;
anything else is refused with a reason and never raises anything but ProtocolError."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from httpcodes.instance.protocol import (
    ACTIONS,
    MAX_REQUEST_BYTES,
    MAX_TOKEN_CHARS,
    ProtocolError,
    clean_token,
    encode_request,
)
from httpcodes.instance.server import Request, RequestReader, decode_request


def expected(text: str) -> str:
    """What the window gets for an argument: lone surrogates become U+FFFD."""
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


@given(
    st.sampled_from(ACTIONS),
    st.lists(st.text(max_size=40), max_size=8),
    st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=60),
)
def test_a_request_reads_back_as_it_was_written(action: str, args: list[str], token: str) -> None:
    line = encode_request(action, args, token)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line)["v"] == 1  # it is plain JSON, for anyone who writes a client
    assert decode_request(line) == Request(action, tuple(expected(a) for a in args), token)


def test_the_documented_example_is_a_request() -> None:
    line = b'{"v": 1, "action": "show", "args": ["503"], "activation_token": "abc"}\n'
    assert decode_request(line) == Request("show", ("503",), "abc")


@given(st.binary(max_size=300))
def test_garbage_is_refused_with_a_reason(data: bytes) -> None:
    reason = ""
    try:
        request = decode_request(data)
    except ProtocolError as error:
        reason = str(error)
    else:
        reason = request.action
    assert reason


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), st.lists, max_leaves=6))
def test_any_json_that_is_not_a_request_is_refused(value: object) -> None:
    with pytest.raises(ProtocolError):
        decode_request(json.dumps(value).encode())


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ({"v": 2, "action": "show", "args": []}, "version"),
        ({"v": True, "action": "show", "args": []}, "version"),
        ({"v": 1, "action": "format-disk", "args": []}, "unknown action"),
        ({"v": 1, "action": "show", "args": "503"}, "list"),
        ({"v": 1, "action": "show", "args": [503]}, "text"),
        ({"v": 1, "action": "show", "args": ["x"] * 65}, "list"),
        ({"v": 1, "action": "show", "args": [], "activation_token": 5}, "activation_token"),
    ],
)
def test_a_wrong_field_is_named(message: object, reason: str) -> None:
    with pytest.raises(ProtocolError, match=reason):
        decode_request(json.dumps(message).encode())


def test_deeply_nested_json_is_refused_not_a_crash() -> None:
    with pytest.raises(ProtocolError):
        decode_request(b"[" * 100_000 + b"]" * 100_000)


def test_an_unsafe_activation_token_is_dropped() -> None:
    assert clean_token("abc_123-XYZ.4") == "abc_123-XYZ.4"
    assert clean_token("x" * (MAX_TOKEN_CHARS + 1)) == ""
    assert clean_token("two\nlines") == ""
    assert clean_token("jeton-é") == ""
    line = encode_request("show", [], "bad\ntoken")
    assert decode_request(line).activation_token == ""


def test_a_request_too_long_to_send_is_not_sent() -> None:
    with pytest.raises(ProtocolError):
        encode_request("search", ["x" * MAX_REQUEST_BYTES])


def test_the_reader_waits_for_the_newline_and_stops_at_the_limit() -> None:
    reader = RequestReader()
    line = encode_request("show", ["503"])
    assert reader.feed(line[:10]) is None
    assert reader.feed(line[10:] + b"ignored after the newline") == Request("show", ("503",), "")
    flooded = RequestReader()
    for _ in range(MAX_REQUEST_BYTES // 1000):
        assert flooded.feed(b"x" * 1000) is None
    with pytest.raises(ProtocolError, match="too long"):
        flooded.feed(b"x" * 1000)
