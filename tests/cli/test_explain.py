"""``httpcodes explain`` through the real command: stdin, a file, words; text and --json."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

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
