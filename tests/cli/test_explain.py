"""``httpcodes explain`` through the real command: stdin, a file, words; text and --json."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.i18n import CHINESE, load_overlay
from httpcodes.cli.explain_command import render
from httpcodes.cli.render import Style
from httpcodes.explain.report import explain
from httpcodes.search import SearchEngine
from tests.cli_runner import COMMAND, run_cli


def run_with_input(*args: str, data: bytes) -> subprocess.CompletedProcess[bytes]:
    """Run ``httpcodes ARGS`` with ``data`` piped to standard input, as ``curl | ...`` does."""
    return subprocess.run(
        [str(COMMAND), *args],
        input=data,
        capture_output=True,
        env={**os.environ, "COLUMNS": "100"},
        timeout=120,
        check=False,
    )


CURL = (
    b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/\r\n\r\n"
    b"HTTP/2 429\r\nretry-after: 30\r\ncontent-type: application/json\r\n\r\n{}"
)


def test_piped_curl_output_is_explained_response_by_response() -> None:
    result = run_with_input("explain", data=CURL)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "HTTP/1.1 301 Moved Permanently" in out and "HTTP/2 429" in out
    assert "Wait 30 seconds" in out
    assert "HTTP/2 sends no reason phrase" in out
    assert result.stderr == b""


def test_json_has_the_documented_shape() -> None:
    result = run_with_input("explain", "--json", data=b"HTTP/1.1 401 Unauthorized\n\n")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["kind"] == "response"
    [response] = data["responses"]
    assert set(response) == {"code", "entry", "http_version", "reason", "headers", "findings"}
    assert (response["code"], response["http_version"], response["reason"]) == (
        401,
        "1.1",
        "Unauthorized",
    )
    assert response["entry"]["id"] == "401"
    assert response["findings"] == [
        {
            "severity": "problem",
            "header": "WWW-Authenticate",
            "text": "401 must carry a WWW-Authenticate challenge.",
        }
    ]
    assert data["matches"] == []


def test_an_error_message_given_as_words_finds_the_codes_behind_it() -> None:
    result = run_cli("explain", "--json", "net::ERR_TOO_MANY_REDIRECTS")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "message"
    assert data["responses"] == []
    assert data["matches"][0]["id"] == "301"
    assert data["messages"][0]["name"] == "net::ERR_TOO_MANY_REDIRECTS"


NGINX_TIMEOUT = (
    "upstream timed out (110: Connection timed out) while reading response header from upstream"
)


def test_a_known_message_is_explained_in_chinese_without_the_english_mark() -> None:
    result = run_cli("--lang", "zh-CN", "explain", NGINX_TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert "proxy_read_timeout（或 fastcgi_read_timeout），回了 504。" in result.stdout
    assert "查清后端处理这个请求为什么慢" in result.stdout
    assert "（英文）" not in result.stdout and "Find out why" not in result.stdout
    data = json.loads(run_cli("--lang", "zh-CN", "explain", "--json", NGINX_TIMEOUT).stdout)
    message = data["messages"][0]
    assert (message["id"], message["text_language"]) == ("nginx-upstream-timed-out-header", "zh-CN")
    assert message["name"] == "upstream timed out while reading response header from upstream"
    english = json.loads(run_cli("--lang", "en", "explain", "--json", NGINX_TIMEOUT).stdout)
    assert english["messages"][0]["text_language"] == "en"
    assert english["messages"][0]["summary"].startswith("nginx waited longer")


def test_a_message_without_a_translation_stays_english_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As a message added to messages.json before its translation would be.
    monkeypatch.delitem(load_overlay(CHINESE).messages, "nginx-upstream-timed-out-header")
    catalogue = load_catalogue()
    engine = SearchEngine(catalogue.entries, catalogue.classes)
    result = explain(NGINX_TIMEOUT, catalogue, engine, language=CHINESE)
    untranslated, translated = result.messages[:2]
    assert (untranslated.text_language, translated.text_language) == ("en", CHINESE)
    text = render(result, {}, Style(200, False, CHINESE))
    assert "nginx waited longer than proxy_read_timeout" in text
    assert text.count("（英文）") == 2  # its summary and its advice, nothing else
    assert "Firefox 等服务器回应等得太久了。" in text


def test_a_file_of_log_lines(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(
        '10.0.0.1 - - [01/Feb/2024:00:00:01 +0000] "GET /healthz HTTP/1.1" 502 157 "-" "probe"\n',
        encoding="utf-8",
    )
    result = run_cli("explain", str(log))
    assert result.returncode == 0, result.stderr
    assert "502" in result.stdout and "Bad Gateway" in result.stdout


def test_nothing_recognised_exits_1_with_one_line() -> None:
    result = run_with_input("explain", data=b"zzqx blorptastic frobnicates")
    assert result.returncode == 1
    assert result.stderr.decode().strip().count("\n") == 0
    assert b"nothing in the input was recognised" in result.stderr


def test_binary_and_huge_input_get_one_clear_line() -> None:
    binary = run_with_input("explain", data=bytes(range(256)) * 4000)
    assert binary.returncode == 1
    assert (
        binary.stderr.decode().strip()
        == "httpcodes: cannot explain: the input is binary data, not text"
    )
    huge = run_with_input("explain", data=b"HTTP/1.1 200 OK\n" + b"a" * (5 << 20))
    assert huge.returncode == 0
    assert b"only the first 1024 KiB were read" in huge.stderr
    assert b"Traceback" not in huge.stderr
