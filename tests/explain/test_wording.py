"""Every sentence of ``explain`` in both languages: the table itself, and what the real
command prints in Chinese for a response that breaks many rules at once."""

from __future__ import annotations

import json
import re
import string

import pytest

from httpcodes.explain.wording import CHINESE, ENGLISH, TEMPLATE_TABLES, TEMPLATES, duration, say
from tests.cli_runner import run_cli

# Words a Chinese sentence keeps in Latin letters: header names, protocols, specifications.
NAMES = {
    "Age", "Allow", "AWS", "Cache-Control", "CloudFront", "Cloudflare", "Content-Length",
    "Content-Range", "Date", "Envoy", "GMT", "HTTP", "IANA", "If-Modified-Since",
    "If-None-Match", "Location", "Proxy-Authenticate", "RFC", "Retry-After", "S3", "Amazon",
    "Transfer-Encoding", "URL", "Upgrade", "Varnish", "WWW-Authenticate", "max-age",
}  # fmt: skip
HAN = re.compile(r"[\u4e00-\u9fff]")
# Three Latin words in a row make an English sentence (names are single tokens).
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,;:']+[A-Za-z]{2,}){2,}")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_template_has_both_languages_and_their_fields(key: str) -> None:
    forms = TEMPLATES[key]
    assert set(forms) == {ENGLISH, CHINESE}
    # The callers fill the English fields; Chinese may leave one out (no capitals to write).
    assert fields(forms[CHINESE]) <= fields(forms[ENGLISH])
    assert len(fields(forms[ENGLISH]) - fields(forms[CHINESE])) <= key.startswith("range.part")
    if key != "label.english":  # the "(English)" mark says nothing in English
        assert forms[ENGLISH].strip() and forms[CHINESE].strip()


def test_no_template_is_in_two_parts_of_the_table() -> None:
    # The table is put together from parts kept in several modules: a key in two of them
    # would leave only the later part's sentence, without an error.
    assert sum(len(table) for table in TEMPLATE_TABLES) == len(TEMPLATES)


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_chinese_templates_use_only_names_in_latin_letters(key: str) -> None:
    chinese = re.sub(r"\{[a-z_]+\}", " ", TEMPLATES[key][CHINESE])
    latin = set(re.findall(r"[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[A-Za-z]", chinese))
    assert latin <= NAMES, latin - NAMES
    assert "'" not in chinese and '"' not in chinese  # Chinese quotes with “”


def test_durations_read_naturally_in_both_languages() -> None:
    assert duration(90) == "1 minute 30 seconds"
    assert duration(90, CHINESE) == "1 分钟 30 秒"
    assert duration(1, CHINESE) == "1 秒" and duration(1) == "1 second"
    assert duration(2 * 86_400 + 3_600 + 5, CHINESE) == "2 天 1 小时"
    assert say("fr", "end") == "."  # an unknown language falls back to English


BROKEN = """\
HTTP/1.1 100 Continue

HTTP/1.1 301 Found
Date: Sun, 29 Nov 2026 10:00:00 GMT
Server: cloudflare
Connection: close

HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="read"
Content-Length: 0

HTTP/1.1 405 Method Not Allowed
Content-Length: 0

HTTP/1.1 416 Range Not Satisfiable
Content-Range: bytes 0-9/100

HTTP/1.1 429 Too Many Requests
Date: Sun, 29 Nov 2026 10:00:00 GMT
X-RateLimit-Limit: 100
X-RateLimit-Remaining: 0
X-RateLimit-Reset: 90
Retry-After: soon

HTTP/1.1 503 Service Unavailable
Retry-After: Sun, 29 Nov 2026 10:05:00 GMT
Date: Sun, 29 Nov 2026 10:00:00 GMT

HTTP/2 206
connection: keep-alive
cache-control: private, max-age=60
etag: W/"abc"
age: 30

HTTP/1.1 200 OK
Cache-Control: public, no-cache, must-revalidate
Expires: Sun, 29 Nov 2026 11:00:00 GMT
Last-Modified: yesterday
Location: /elsewhere

HTTP/1.1 426 Upgrade Required

HTTP/1.1 204 No Content
Content-Length: 12

hello world!
"""


def _sentences(output: str) -> list[str]:
    """The output without what was pasted: status lines, the header lines echoed, header
    names and quoted values."""
    pasted = {line.strip() for line in BROKEN.splitlines() if line.strip()}
    kept = []
    for line in output.splitlines():
        text = line.strip()
        if not text or text in pasted or any(text.lower() == p.lower() for p in pasted):
            continue
        text = re.sub(r"“[^”]*”", "“”", text)
        kept.append(re.sub(r"[A-Za-z][\w-]*", lambda m: "" if m[0] in NAMES else m[0], text))
    return kept


def test_chinese_output_of_a_broken_response_has_no_english_sentence(tmp_path: object) -> None:
    from pathlib import Path

    paste = Path(str(tmp_path)) / "broken.txt"
    paste.write_text(BROKEN, encoding="utf-8")
    english = run_cli("--lang", "en", "explain", str(paste))
    result = run_cli("--lang", "zh-CN", "explain", str(paste))
    assert result.returncode == 0, result.stderr
    sentences = _sentences(result.stdout)
    assert len(sentences) > 40  # entries, notes and findings of every response
    for sentence in sentences:
        assert not ENGLISH_RUN.search(sentence), sentence
    # The same findings are there, only in Chinese: the English run says them in English.
    assert "405 must list the supported methods in Allow." in english.stdout
    assert "405 必须在 Allow 中列出支持的方法。" in result.stdout
    assert "HTTP/2 禁止连接专用的头部" in result.stdout
    assert "等待 1 分钟 30 秒后再重试" not in result.stdout  # "soon" is not a number
    assert "时间窗口将在 1 分钟 30 秒后重置。" in result.stdout
    assert "即响应发出 5 分钟之后" in result.stdout


def test_chinese_json_carries_chinese_notes_and_findings(tmp_path: object) -> None:
    from pathlib import Path

    paste = Path(str(tmp_path)) / "broken.txt"
    paste.write_text(BROKEN, encoding="utf-8")
    english = json.loads(run_cli("explain", "--json", str(paste)).stdout)
    chinese = json.loads(run_cli("--lang", "zh-CN", "explain", "--json", str(paste)).stdout)
    assert english["language"] == "en" and chinese["language"] == "zh-CN"
    assert set(english) == set(chinese)
    for en, zh in zip(english["responses"], chinese["responses"], strict=True):
        assert [f["severity"] for f in en["findings"]] == [f["severity"] for f in zh["findings"]]
        assert [f["header"] for f in en["findings"]] == [f["header"] for f in zh["findings"]]
        assert all(HAN.search(f["text"]) for f in zh["findings"])
        assert all(not HAN.search(f["text"]) for f in en["findings"])
        notes = [h["note"] for h in zh["headers"] if h["note"]]
        assert all(HAN.search(note) for note in notes)
        assert [h["note"] is None for h in en["headers"]] == [
            h["note"] is None for h in zh["headers"]
        ]
