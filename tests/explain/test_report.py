"""Explaining pastes: what is recognised, what each header says, and the findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.model import Catalogue
from httpcodes.explain.parse import read_paste
from httpcodes.explain.report import Explanation, UnreadableInputError, decode, explain
from httpcodes.search import SearchEngine

DATA = Path(__file__).resolve().parents[1] / "data" / "responses.json"


@pytest.fixture(scope="module")
def engine(catalogue: Catalogue) -> SearchEngine:
    return SearchEngine(catalogue.entries, catalogue.classes)


def run(text: str, engine: SearchEngine) -> Explanation:
    return explain(text, load_catalogue(), engine)


def responses() -> dict[str, list[object]]:
    data: dict[str, list[object]] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("text", responses()["correct"])
def test_a_correct_response_gets_no_finding(text: str, engine: SearchEngine) -> None:
    result = run(text, engine)
    assert result.kind == "response"
    assert [(r.code, f.text) for r in result.responses for f in r.findings] == []


@pytest.mark.parametrize("case", responses()["broken"], ids=lambda c: str(c["text"])[:30])
def test_a_broken_response_gets_its_finding(case: dict[str, str], engine: SearchEngine) -> None:
    findings = [f for r in run(case["text"], engine).responses for f in r.findings]
    assert any(f.severity == case["severity"] and f.header == case["header"] for f in findings), (
        findings
    )


def test_curl_verbose_keeps_what_was_received_and_the_request() -> None:
    paste = read_paste(
        "*   Trying 10.0.0.1:443...\n> POST /api HTTP/1.1\n> Host: x\n>\n"
        "< HTTP/1.1 100 Continue\n<\n< HTTP/1.1 413 Payload Too Large\n< Connection: close\n<\n"
        "too big\n* Closing connection"
    )
    assert [(r.code, r.http_version) for r in paste.responses] == [(100, "1.1"), (413, "1.1")]
    assert paste.responses[1].header("connection") == "close"
    assert paste.responses[0].request_method == "POST"


def test_http2_and_http3_status_lines_carry_no_reason(engine: SearchEngine) -> None:
    result = run("HTTP/2 404\ncontent-type: text/html\n\nHTTP/3 200\n", engine)
    assert [(r.code, r.http_version, r.reason) for r in result.responses] == [
        (404, "2", None),
        (200, "3", None),
    ]
    assert result.responses[0].reason_note is not None
    assert "no reason phrase" in result.responses[0].reason_note


def test_devtools_general_section_in_both_layouts(engine: SearchEngine) -> None:
    two_lines = (
        "Request URL\nhttps://x.example/a.js\nRequest Method\nGET\nStatus Code\n304 Not Modified"
    )
    for text in (
        "Request URL: https://x.example/a.js\nRequest Method: GET\nStatus Code: 304 Not Modified",
        two_lines,
    ):
        [report] = run(text, engine).responses
        assert (report.code, report.reason) == (304, "Not Modified")


def test_retry_after_in_seconds_and_as_a_date(engine: SearchEngine) -> None:
    [seconds] = run(
        "HTTP/1.1 429 Too Many Requests\nDate: Tue, 12 Mar 2024 10:00:00 GMT\nRetry-After: 90\n",
        engine,
    ).responses
    note = next(h.note for h in seconds.headers if h.name == "Retry-After")
    assert note is not None
    assert "1 minute 30 seconds" in note and "10:01:30" in note
    [dated] = run(
        "HTTP/1.1 503 Service Unavailable\nDate: Tue, 12 Mar 2024 10:00:00 GMT\n"
        "Retry-After: Tue, 12 Mar 2024 12:00:00 GMT\n",
        engine,
    ).responses
    note = next(h.note for h in dated.headers if h.name == "Retry-After")
    assert note is not None and "2 hours" in note


def test_a_bearer_challenge_is_read(engine: SearchEngine) -> None:
    [report] = run(
        "HTTP/1.1 403 Forbidden\n"
        'WWW-Authenticate: Bearer realm="api", error="insufficient_scope"\n',
        engine,
    ).responses
    note = report.headers[0].note
    assert note is not None and "Bearer" in note and "'api'" in note and "scope" in note
    assert report.findings == ()


def test_a_redirect_loop_in_a_chain_is_a_warning(engine: SearchEngine) -> None:
    result = run(
        "HTTP/1.1 301 Moved Permanently\nLocation: https://a.example/\n\n"
        "HTTP/1.1 301 Moved Permanently\nLocation: https://b.example/\n\n"
        "HTTP/1.1 301 Moved Permanently\nLocation: https://a.example/\n",
        engine,
    )
    assert [f.severity for f in result.responses[2].findings] == ["warning"]


def test_log_lines_are_read_for_their_status(engine: SearchEngine) -> None:
    result = run(
        '203.0.113.9 - - [10/Oct/2023:13:55:36 +0000] "GET /x HTTP/1.1" 404 153 "-" "curl/8"\n'
        '{"time":"2024-03-12T10:00:00Z","request":"POST /y HTTP/2.0","status":503}\n'
        'at=error code=H12 desc="Request timeout" method=GET status=503 bytes=0\n',
        engine,
    )
    assert result.kind == "log"
    assert [(r.code, r.http_version) for r in result.responses] == [
        (404, "1.1"),
        (503, "2"),
        (503, None),
    ]


def test_anything_else_is_a_message_through_the_ranked_search(engine: SearchEngine) -> None:
    result = run("Error: connect ECONNREFUSED 127.0.0.1:5432", engine)
    assert result.kind == "message"
    assert result.messages[0].id == "node-econnrefused"
    assert result.matches[0].id in ("502", "503")
    assert not run("zzqx blorptastic frobnicates", engine).recognised


def test_binary_input_is_refused_and_size_is_bounded() -> None:
    with pytest.raises(UnreadableInputError):
        decode(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 100)
    text, truncated = decode(b"x" * (3 << 20))
    assert truncated and len(text) == 1 << 20


@pytest.mark.parametrize(
    "text",
    [
        "HTTP/1.1 200 OK\n" + "X-A: b\n" * 100_000,
        "HTTP/1.1 " * 200_000,
        "a" * 1_000_000,
        ('"' * 50_000 + "[") * 10,
        "HTTP/1.1 301 Moved\nLocation: " + "/" * 500_000,
        "{" * 100_000 + "}" * 100_000,
    ],
)
def test_hostile_pastes_give_an_answer(text: str, engine: SearchEngine) -> None:
    result = run(text, engine)
    assert result.kind in ("response", "log", "message")


def test_terminal_colours_in_a_paste_are_no_obstacle(engine: SearchEngine) -> None:
    coloured = "\x1b[1mHTTP/1.1 405 Method Not Allowed\x1b[0m\n\x1b[36mAllow\x1b[0m: GET\n" * 20
    text, _ = decode(coloured.encode())
    result = run(text, engine)
    assert result.kind == "response"
    assert [f.text for r in result.responses for f in r.findings] == []


def test_a_status_alone_is_not_blamed_for_headers_it_may_have_had(engine: SearchEngine) -> None:
    for text in ("HTTP/1.1 302 Found", "Request URL: https://x.example/\nStatus Code: 302 Found"):
        [report] = run(text, engine).responses
        assert report.findings == () and not report.complete
    [report] = run("HTTP/1.1 302 Found\n\n", engine).responses
    assert [f.header for f in report.findings] == ["Location"]


def _says(result: Explanation) -> list[tuple[int, str, str | None, str]]:
    """Every finding and note: (code, severity or "note", header, text)."""
    said = [(r.code, f.severity, f.header, f.text) for r in result.responses for f in r.findings]
    said += [
        (r.code, "note", h.name, h.note) for r in result.responses for h in r.headers if h.note
    ]
    said += [(r.code, "reason", None, r.reason_note) for r in result.responses if r.reason_note]
    return said


@pytest.mark.parametrize(
    "text",
    [case["text"] for case in responses()["broken"]] + list(responses()["correct"]),
    ids=lambda text: str(text)[:30],
)
def test_chinese_says_the_same_things_in_chinese(text: str, engine: SearchEngine) -> None:
    catalogue = load_catalogue()
    english = _says(explain(text, catalogue, engine))
    chinese = _says(explain(text, catalogue, engine, language="zh-CN"))
    assert [said[:3] for said in chinese] == [said[:3] for said in english]
    for (code, kind, header, text_en), (_, _, _, text_zh) in zip(english, chinese, strict=True):
        assert any("\u4e00" <= c <= "\u9fff" for c in text_zh), (code, kind, header, text_zh)
        assert text_zh != text_en


def test_a_vendor_phrase_is_not_called_iana_s(engine: SearchEngine) -> None:
    report = run("HTTP/1.1 444 Nothing\nServer: nginx\n\n", engine).responses[0]
    assert report.reason_note == "nginx calls it 'No Response'."
    assert "The reason 'Nothing' differs from nginx's 'No Response'; clients ignore it." in [
        f.text for f in report.findings
    ]
    chinese = explain("HTTP/1.1 444\n\n", load_catalogue(), engine, language="zh-CN")
    assert chinese.responses[0].reason_note == "没有发送原因短语；nginx 称它为“No Response”。"
