"""The catalogue in Simplified Chinese: complete for the registry, searchable in both
languages, and English wherever a text is missing."""

from __future__ import annotations

import json

import pytest

from httpcodes.catalogue import Catalogue, Entry
from httpcodes.catalogue.i18n import (
    CHINESE,
    TRANSLATABLE,
    language_from_environment,
    load_overlay,
    localise,
    normalise_language,
)
from httpcodes.search import SearchEngine
from tests.cli_runner import run_cli


def has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def test_every_registry_code_and_class_has_complete_chinese_text(catalogue: Catalogue) -> None:
    overlay = load_overlay(CHINESE)
    for entry in catalogue.entries:
        if not entry.is_standard:
            continue
        texts = overlay.entries.get(entry.id)
        assert texts is not None, entry.id
        for field in ("name", "summary", "description", "retry_note"):
            assert has_han(texts[field]), (entry.id, field)
        assert set(texts["related"]) == {str(r.code) for r in entry.related}, entry.id
        assert set(texts["headers"]) == {h.name for h in entry.headers}, entry.id
        assert texts["description"].count("\n\n") == entry.description.count("\n\n"), entry.id
    for status_class in localise(catalogue, CHINESE).classes:
        assert has_han(status_class.name)
        assert has_han(status_class.description)


def test_vendor_codes_have_at_least_name_and_summary(catalogue: Catalogue) -> None:
    for entry in localise(catalogue, CHINESE).entries:
        if not entry.is_standard:
            assert entry.local_name and has_han(entry.local_name), entry.id
            assert entry.text_language("summary") == CHINESE, entry.id


def test_english_stays_where_a_translation_is_missing_and_says_so(catalogue: Catalogue) -> None:
    entry = catalogue.get("404")
    assert entry is not None
    from httpcodes.catalogue.i18n import localise_entry

    partial = localise_entry(entry, {"name": "未找到", "summary": "没有这个资源。"}, CHINESE)
    assert partial.summary == "没有这个资源。"
    assert partial.description == entry.description
    assert partial.text_language("summary") == CHINESE
    assert partial.text_language("description") == "en"
    assert partial.phrase == "Not Found"
    assert partial.title == "404 Not Found"
    assert partial.display_title == "404 未找到"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("未找到", "404"),
        ("重定向", "301"),
        ("限流", "429"),
        ("请求过多", "429"),
        ("网关超时", "504"),
        ("服务器内部错误", "500"),
        ("禁止访问", "403"),
        ("找不到页面", "404"),
        ("not found", "404"),
    ],
)
def test_queries_in_either_language_find_their_code(
    search_engine: SearchEngine, query: str, expected: str
) -> None:
    found = [hit.entry.id for hit in search_engine.search(query)][:3]
    assert expected in found, found


def test_redirect_in_chinese_finds_the_redirect_family(search_engine: SearchEngine) -> None:
    found = {hit.entry.id for hit in search_engine.search("重定向")}
    assert {"301", "302", "307", "308"} <= found


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("zh_CN.UTF-8", CHINESE),
        ("zh-Hans", CHINESE),
        ("zh", CHINESE),
        ("en_GB.UTF-8", "en"),
        ("C", "en"),
    ],
)
def test_locale_names(value: str, expected: str) -> None:
    assert normalise_language(value) == expected
    assert language_from_environment({"LANG": value}) == expected


def test_terminal_follows_lang_option_and_locale() -> None:
    chinese = json.loads(run_cli("--lang", "zh-CN", "show", "504", "--json").stdout)[0]
    assert chinese["name"] == "网关超时"
    assert has_han(chinese["summary"])
    assert chinese["phrase"] == "Gateway Timeout"
    assert chinese["text_languages"]["description"] == CHINESE
    from_locale = json.loads(run_cli("show", "504", "--json", env={"LANG": "zh_CN.UTF-8"}).stdout)[
        0
    ]
    assert from_locale["summary"] == chinese["summary"]
    english = json.loads(run_cli("show", "504", "--json").stdout)[0]
    assert english["name"] == "Gateway Timeout"
    assert not has_han(english["summary"])
    searched = run_cli("--lang", "zh-CN", "search", "rate", "limit")
    assert searched.stdout.startswith("429  请求过多")
    assert run_cli("--lang", "klingon", "404").returncode == 2


def test_chinese_terminal_output_fits_the_terminal_and_speaks_chinese() -> None:
    result = run_cli("--lang", "zh-CN", "show", "429", env={"COLUMNS": "60"})
    assert result.returncode == 0
    assert "可缓存" in result.stdout
    assert "重试" in result.stdout
    prose = result.stdout.split("\n代码中的常量\n")[0]
    for line in prose.splitlines():
        if "http" in line:
            continue
        columns = sum(
            2 if "\u2e80" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uff60" else 1 for ch in line
        )
        assert columns <= 60, line


def _applies(entry: Entry, field: str) -> bool:
    """Whether an English entry has a text in this field at all."""
    return bool(
        {
            "name": True,
            "summary": True,
            "description": True,
            "retry_note": True,
            "related": entry.related,
            "headers": entry.headers,
            "history": entry.history,
            "deprecation": entry.deprecation,
            "vendor_detail": entry.vendor,
            "confidence_note": entry.vendor and entry.vendor.confidence_note,
            "constant_notes": any(c.note for c in entry.constants),
        }[field]
    )


def _texts(entry: Entry, field: str) -> list[str]:
    """What a reader sees of one translatable field."""
    vendor = entry.vendor
    return {
        "name": [entry.display_name],
        "summary": [entry.summary],
        "description": [entry.description],
        "retry_note": [entry.retry.note],
        "related": [r.note for r in entry.related],
        "headers": [h.note for h in entry.headers],
        "history": [entry.history or ""],
        "deprecation": [entry.deprecation or ""],
        "vendor_detail": [vendor.detail if vendor else ""],
        "confidence_note": [(vendor.confidence_note or "") if vendor else ""],
        "constant_notes": [c.note for c in entry.constants if c.note],
    }[field]


@pytest.fixture(scope="module")
def zh(catalogue: Catalogue) -> Catalogue:
    """The catalogue in Chinese."""
    return localise(catalogue, CHINESE)


def test_in_chinese_every_translatable_field_of_every_entry_is_chinese(
    catalogue: Catalogue, zh: Catalogue
) -> None:
    checked = 0
    for english in catalogue.entries:
        chinese = zh.get(english.id)
        assert chinese is not None
        for field in TRANSLATABLE:
            if not _applies(english, field):
                continue
            assert chinese.text_language(field) == CHINESE, (english.id, field)
            for text in _texts(chinese, field):
                assert has_han(text), (english.id, field, text)
            checked += 1
    assert checked > 600


def test_json_reports_the_language_of_every_translatable_field() -> None:
    result = run_cli("--lang", "zh-CN", "show", "420-twitter", "--json")
    (entry,) = json.loads(result.stdout)
    assert set(entry["text_languages"]) == set(TRANSLATABLE)
    assert entry["text_languages"]["history"] == CHINESE
    assert has_han(entry["history"]) and has_han(entry["deprecation"])
    assert has_han(entry["vendor_detail"])


def test_chinese_prose_quotes_with_chinese_quotation_marks(zh: Catalogue) -> None:
    """Straight quotes are left only around code (a token like "early-hints", or a call
    argument); a quoted phrase in the prose uses “”."""
    import re

    for entry in zh.entries:
        for field in TRANSLATABLE:
            if not _applies(entry, field):
                continue
            for text in _texts(entry, field):
                for match in re.finditer(r"([\"'])([^\"'\n]*)\1", text):
                    before = text[: match.start()]
                    in_code = " " not in match.group(2) or before.endswith("(")
                    assert in_code, (entry.id, field, match.group(0))


def test_chinese_wording_and_terms(zh: Catalogue, search_engine: SearchEngine) -> None:
    import re

    bad_gateway = zh.get("502")
    assert bad_gateway is not None and bad_gateway.display_name == "网关错误"
    assert search_engine.search("网关错误")[0].entry.id == "502"
    processing = load_overlay(CHINESE).entries["102"]
    assert "请求超时" not in processing["keywords"]
    assert search_engine.search("请求超时")[0].entry.id == "408"
    assert "102" not in [h.entry.id for h in search_engine.search("请求超时")[:5]]
    forbidden = zh.get("403")
    assert forbidden is not None and "并不能证明对象存在" in forbidden.description
    informational = zh.status_class("1xx")
    assert informational is not None and "照单全收" not in informational.description
    for entry in zh.entries:
        for field in TRANSLATABLE:
            if not _applies(entry, field):
                continue
            for text in _texts(entry, field):
                assert not re.search("作为(客户端|服务端|服务器|运维)，", text), (entry.id, text)
                assert "首部" not in text, (entry.id, text)
                # 废弃 is for obsoleted (510); deprecated is 弃用.
                if "废弃" in text:
                    assert entry.status == "obsoleted", (entry.id, field, text)
