"""The interface in Simplified Chinese: every string translated, switched at once, kept,
and rendered with real glyphs."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui_helpers import open_window

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "httpcodes_zh_CN.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_interface_string_is_translated() -> None:
    found = messages(TS_FILE)
    assert len(found) > 150
    for (context, source), message in found.items():
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        assert (translation.text or "").strip(), (context, source)
        for placeholder in ("{count}", "{query}", "{title}", "{key}", "{url}", "{date}", "{text}"):
            assert (placeholder in source) == (placeholder in (translation.text or "")), source


def test_the_translation_source_matches_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which(
        "pyside6-lupdate", path=str(Path(ROOT / ".venv" / "bin"))
    ) or shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "app" / "httpcodes" / "gui").rglob("*.py"))
    subprocess.run(
        [lupdate, "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(TS_FILE)), (
        "run pyside6-lupdate and translate the new strings"
    )


def test_switching_language_updates_menus_tree_and_details_at_once(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.search_box.setText("")
    assert window.menus.file_menu.title() == "&File"
    renders = window.detail.renders
    window.action("lang_zh-CN").trigger()
    # Qt posts the widgets one LanguageChange: they are retranslated on the next turn.
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "文件(&F)")
    assert window.action("copy").text() == "复制(&C)"
    assert "搜索" in window.search_box.placeholderText()
    assert window.current_entry is not None
    assert window.current_entry.id == "404"
    assert window.detail.page_text().startswith("404  未找到")
    assert "概要" in window.detail.page_text()
    assert window.detail.renders == renders + 1
    tree_rows = [
        window.code_list.proxy.index(r, 0).data() for r in range(window.code_list.proxy.rowCount())
    ]
    assert any(row.startswith("4xx 客户端错误") for row in tree_rows)
    assert "个状态码" in window.count_label.text()
    window.search_box.setText("限流")
    qtbot.waitUntil(lambda: window.current_entry is not None and window.current_entry.code == 429)
    window.search_box.setText("rate limit")
    qtbot.waitUntil(lambda: window.current_entry is not None and window.current_entry.code == 429)
    window.action("lang_en").trigger()
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "&File")
    assert window.detail.page_text().startswith("429  Too Many Requests")


def test_the_window_commands_speak_chinese_too(qtbot: QtBot) -> None:
    # The commands are written in WindowCommands but run as MainWindow's: their strings must
    # be looked up in MainWindow's context, where PySide6's tr looks and lupdate put them.
    window = open_window(qtbot)
    window.go_to("404")
    window.action("lang_zh-CN").trigger()
    window.action("toggle_favourite").trigger()
    assert window.statusBar().currentMessage() == "已收藏：404 未找到"
    window.action("toggle_favourite").trigger()
    assert window.statusBar().currentMessage() == "已取消收藏：404 未找到"


def test_the_language_choice_is_remembered(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.action("lang_zh-CN").trigger()
    window.close()
    again = open_window(qtbot)
    assert again.state.language == "zh-CN"
    assert again.action("lang_zh-CN").isChecked()
    assert again.menus.edit_menu.title() == "编辑(&E)"
    again.action("lang_system").trigger()
    assert again.state.language == "en"  # the tests run under LANG=C.UTF-8


def test_chinese_text_renders_with_real_glyphs(qtbot: QtBot) -> None:
    # With a Chinese font on the system or without one (then the shipped one is registered
    # when the interface turns Chinese), every Han character is drawn with a real glyph.
    window = open_window(qtbot)
    window.action("lang_zh-CN").trigger()
    for widget in (window.detail.browser, window.search_box):
        assert missing_glyphs("未找到请求过多网关超时重定向", widget.font()) == []


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The characters of ``text`` that ``font`` (with Qt's fallbacks) draws as an empty box."""
    missing = []
    for character in text:
        layout = QTextLayout(character, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        if not runs or any(
            0 in run.glyphIndexes() or not run.rawFont().supportsCharacter(ord(character))
            for run in runs
        ):
            missing.append(character)
    return missing


def test_in_chinese_the_detail_pane_is_chinese_and_never_calls_a_vendor_phrase_iana(
    qtbot: QtBot,
) -> None:
    window = open_window(qtbot)
    window.action("lang_zh-CN").trigger()
    assert window.go_to("499-nginx")
    text = window.detail.page_text()
    assert "原因短语（nginx）: Client Closed Request" in text
    assert "IANA" not in text
    assert "(English)" not in text and "（英文）" not in text and "英文" not in text
    assert window.go_to("413")
    text = window.detail.page_text()
    assert "IANA 原因短语: Content Too Large" in text
    assert "7.0 起弃用" in text and "7.0 已移除" in text
    assert "英文" not in text
    assert "代码中的常量" in text


def test_interface_terms_match_the_catalogue_prose() -> None:
    # Header fields are 头部 (请求头/响应头 in the prose); deprecated is 弃用, obsoleted 废弃.
    text = TS_FILE.read_text(encoding="utf-8")
    assert "首部" not in text and "废止" not in text
    found = messages(TS_FILE)
    assert (found[("CatalogueModel", "obsoleted")].findtext("translation") or "") == "已废弃"
    assert (found[("CatalogueModel", "deprecated")].findtext("translation") or "") == "已弃用"
    from httpcodes.catalogue.facts import word

    assert word("obsoleted", "zh-CN") == "已废弃" and word("Headers", "zh-CN") == "相关头部"


def test_a_language_switch_retranslates_once_and_draws_the_page_once(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.detail.flush()
    retranslations: list[int] = []
    original = window.menus.retranslate

    def counting() -> None:
        retranslations.append(1)
        original()

    window.menus.retranslate = counting  # type: ignore[method-assign]
    renders = window.detail.renders
    window.action("lang_zh-CN").trigger()
    qtbot.waitUntil(lambda: window.menus.file_menu.title() == "文件(&F)")
    qtbot.waitUntil(lambda: window.detail.renders > renders)
    # Let anything else Qt had queued arrive before counting.
    for _ in range(3):
        QApplication.processEvents()
    assert len(retranslations) == 1
    assert window.detail.renders == renders + 1
