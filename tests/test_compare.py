"""The rows of a comparison and their Markdown, shared by the terminal and the window."""

from __future__ import annotations

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.i18n import localise
from httpcodes.catalogue.model import Entry
from httpcodes.compare import PRESETS, compare, to_markdown


def entries(*codes: int) -> list[Entry]:
    catalogue = load_catalogue()
    found = [catalogue.standard(code) for code in codes]
    return [entry for entry in found if entry is not None]


def test_rows_mark_what_differs() -> None:
    rows = {row.key: row for row in compare(entries(307, 308), load_catalogue())}
    assert rows["permanent"].texts == ("no", "yes") and rows["permanent"].differs
    assert rows["method_may_change"].texts == ("no, method and body are kept",) * 2
    assert not rows["method_may_change"].differs
    assert rows["class"].texts == ("3xx Redirection", "3xx Redirection")


def test_markdown_is_a_table_with_the_differences_in_bold() -> None:
    chosen = entries(404, 410)
    text = to_markdown(chosen, compare(chosen, load_catalogue()))
    lines = text.splitlines()
    assert lines[0] == "| | 404 Not Found | 410 Gone |"
    assert lines[1] == "|---|---|---|"
    assert "| **Defined in** ≠ | RFC 9110 §15.5.5 | RFC 9110 §15.5.11 |" in lines
    assert "| Cacheable by default | yes | yes |" in lines
    assert lines[-1] == "≠ differs between the codes"
    assert all(line.count("|") == 4 for line in lines[:-2])


def test_markdown_escapes_pipes() -> None:
    chosen = entries(404, 410)
    chosen[0] = chosen[0]._replace(summary="a | b")
    text = to_markdown(chosen, compare(chosen))
    assert "a \\| b" in text


def test_chinese_rows() -> None:
    catalogue = localise(load_catalogue(), "zh-CN")
    chosen = [e for e in (catalogue.standard(301), catalogue.standard(308)) if e]
    rows = {row.key: row for row in compare(chosen, catalogue, "zh-CN")}
    assert rows["permanent"].label == "永久迁移"
    assert rows["permanent"].texts == ("是", "是")
    assert rows["method_may_change"].texts == ("可以", "不可以，方法和请求体保持不变")


def test_presets_name_known_codes() -> None:
    catalogue = load_catalogue()
    assert len(PRESETS) == 8
    for preset in PRESETS:
        assert len(preset.codes) >= 2
        assert all(catalogue.standard(code) for code in preset.codes)


def test_the_classic_confusions_read_as_rfc_9110_says() -> None:
    catalogue = load_catalogue()
    rows = {row.key: row for row in compare(entries(301, 302, 303, 307, 308), catalogue)}
    # §15.4.2-§15.4.9: 301 and 308 are permanent; 301/302 may turn POST into GET, 303 always
    # fetches with GET, 307/308 keep the method and body.
    assert rows["permanent"].values == (True, False, False, False, True)
    assert rows["method_may_change"].values == (True, True, True, False, False)
    assert rows["method_may_change"].texts[:3] == (
        "yes, it may",
        "yes, it may",
        "yes, it becomes GET",
    )
    # §15.1: of these only 301 and 308 are heuristically cacheable.
    assert rows["heuristically_cacheable"].values == (True, False, False, False, True)
    rows = {row.key: row for row in compare(entries(401, 403, 404, 410, 405, 501), catalogue)}
    assert rows["heuristically_cacheable"].values == (False, False, True, True, True, True)
    assert "WWW-Authenticate" in rows["headers"].values[0]
    assert rows["headers"].values[4] == ["Allow"]
    rows = {row.key: row for row in compare(entries(429, 503, 500, 502, 504), catalogue)}
    assert rows["retry"].values[:2] == ("after-retry-after", "after-retry-after")
    assert all("Retry-After" in headers for headers in rows["headers"].values[:2])
    assert all("origin-server" not in senders for senders in rows["senders"].values[3:])


def test_chinese_header_label_is_the_catalogues_term() -> None:
    catalogue = localise(load_catalogue(), "zh-CN")
    chosen = [e for e in (catalogue.standard(302), catalogue.standard(303)) if e]
    rows = {row.key: row for row in compare(chosen, catalogue, "zh-CN")}
    assert "首部" not in rows["headers"].label and "头部" in rows["headers"].label
    assert rows["method_may_change"].texts == ("可以", "一律改用 GET")
