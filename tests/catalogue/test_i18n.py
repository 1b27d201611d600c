"""The catalogue in Simplified Chinese: complete for the registry, searchable in both
languages, and English wherever a text is missing."""

from __future__ import annotations

import json

import pytest

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.i18n import (
    CHINESE,
    language_from_environment,
    load_overlay,
    localise,
    normalise_language,
    search_texts,
)
from httpcodes.search import SearchEngine
from tests.cli_runner import run_cli

BASE = load_catalogue()
ZH = localise(BASE, CHINESE)
ENGINE = SearchEngine(BASE.entries, BASE.classes, search_texts())


def has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def test_every_registry_code_and_class_has_complete_chinese_text() -> None:
    overlay = load_overlay(CHINESE)
    for entry in BASE.entries:
        if not entry.is_standard:
            continue
        texts = overlay.entries.get(entry.id)
        assert texts is not None, entry.id
        for field in ("name", "summary", "description", "retry_note"):
            assert has_han(texts[field]), (entry.id, field)
        assert set(texts["related"]) == {str(r.code) for r in entry.related}, entry.id
        assert set(texts["headers"]) == {h.name for h in entry.headers}, entry.id
        assert texts["description"].count("\n\n") == entry.description.count("\n\n"), entry.id
    for status_class in ZH.classes:
        assert has_han(status_class.name)
        assert has_han(status_class.description)


def test_vendor_codes_have_at_least_name_and_summary() -> None:
    for entry in ZH.entries:
        if not entry.is_standard:
            assert entry.local_name and has_han(entry.local_name), entry.id
            assert entry.text_language("summary") == CHINESE, entry.id


def test_english_stays_where_a_translation_is_missing_and_says_so() -> None:
    entry = BASE.get("404")
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
def test_queries_in_either_language_find_their_code(query: str, expected: str) -> None:
    found = [hit.entry.id for hit in ENGINE.search(query)][:3]
    assert expected in found, found


def test_redirect_in_chinese_finds_the_redirect_family() -> None:
    found = {hit.entry.id for hit in ENGINE.search("重定向")}
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
