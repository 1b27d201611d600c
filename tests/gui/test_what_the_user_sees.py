"""What the user sees: toggles that read on or off, the favourites' star after a restart, no
sideways scrolling, a window that fits its screen, a link that cannot open, the start page,
the counts, the title, the F1 list, bold Chinese headings and a list wide enough."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QGuiApplication, QImage, QKeySequence, QTextBlock
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from httpcodes.catalogue import load_catalogue
from httpcodes.gui.settings import Settings
from httpcodes.gui.start_page import COMMON_CODES
from httpcodes.gui.window import MainWindow
from tests.cli_runner import run_cli
from tests.gui_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_filter_toggles_read_on_or_off_in_both_themes(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    button = window.search_panel.class_buttons["3xx"]
    for theme in ("light", "dark"):
        window.state.set_theme(theme)
        looks = {}
        for on in (True, False):
            window.action("class_3xx").setChecked(on)
            image = button.grab().toImage()
            # The button's face, away from its border and its text.
            looks[on] = image.pixelColor(4, image.height() // 2)
            assert button.accessibleDescription() == ("on" if on else "off")
        # On is the accent colour; off is plain: far apart in either theme.
        on, off = looks[True], looks[False]
        distance = sum(abs(a - b) for a, b in zip(on.getRgb()[:3], off.getRgb()[:3], strict=True))
        assert distance > 120, (theme, on.name(), off.name())
        accent = QApplication.palette().highlight().color()
        assert abs(on.hue() - accent.hue()) < 10


def test_the_favourites_star_shows_in_the_list_after_a_restart(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("429")
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_D, CTRL)
    window.close()
    again = open_window(qtbot)
    row = again.code_list.proxy.index_of("429")
    assert row.data().endswith("★")
    assert not again.code_list.proxy.index_of("404").data().endswith("★")


def test_no_sideways_scrolling_in_the_details(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    for width in (window.width(), 640):
        window.resize(width, 600)
        for entry in load_catalogue().entries:
            window.go_to(entry.id)
            window.detail.flush()
            assert window.detail.browser.horizontalScrollBar().maximum() == 0, entry.id
    # Prose keeps a readable line length on a wide window (once the window is up).
    browser = window.detail.browser
    qtbot.waitUntil(lambda: browser.readable_width_on)
    window.resize(1800, 700)
    window.go_to("404")
    window.detail.flush()
    assert browser.lineWrapMode() == browser.LineWrapMode.FixedPixelWidth
    assert browser.lineWrapColumnOrWidth() < browser.viewport().width() - 100
    assert browser.horizontalScrollBar().maximum() == 0
    window.resize(700, 700)
    assert browser.lineWrapMode() == browser.LineWrapMode.WidgetWidth


def test_a_restored_geometry_that_no_longer_fits_comes_back_on_screen(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    area = window.screen().availableGeometry()
    window.resize(area.width() * 2, area.height() * 2)
    window.move(area.right() + 400, area.bottom() + 300)
    window.close()
    again = open_window(qtbot)
    qtbot.waitUntil(lambda: area.contains(again.frameGeometry()))


@pytest.mark.parametrize("scale", ["1", "2"])
def test_the_first_window_fits_the_screen_at_any_scale(tmp_path: Path, scale: str) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {"screens": [{"name": "s", "x": 0, "y": 0, "width": 1600, "height": 1000, "dpr": 1}]}
        )
    )
    shot = tmp_path / "shot.png"
    result = run_cli(
        "gui",
        "--screenshot",
        str(shot),
        env={"QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert 0 < image.width() <= 1600 and 0 < image.height() <= 1000, image.size()


def test_a_link_that_cannot_open_says_so_and_offers_to_copy(qtbot: QtBot) -> None:
    window = MainWindow(load_catalogue(), Settings(), open_url=lambda url: False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.go_to("404")
    address = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    window.detail.browser.anchorClicked.emit(QUrl(address))
    assert window.notice.isVisible()
    assert address in window.notice.label.text()
    qtbot.mouseClick(window.notice.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == address
    assert not window.notice.isVisible()


def test_the_start_page_offers_common_codes_and_favourites(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    assert window.state.entry_id == ""
    assert window.windowTitle() == "httpcodes"
    text = window.detail.page_text()
    assert "Common codes" in text
    for code in COMMON_CODES:
        assert str(code) in text
    # One key away: Tab to the first link, Enter to open it.
    browser = window.detail.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert window.state.entry_id == "200"
    # One click away: a link.
    window.state.set_favourite("429", True)
    window.state.show_entry("")
    assert "Favourites" in window.detail.page_text()
    browser.anchorClicked.emit(QUrl("code:503"))
    assert window.state.entry_id == "503"


def test_clearing_a_search_with_nothing_on_screen_shows_the_start_page(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    box = window.search_box
    qtbot.keyClicks(box, "zzqqxx")
    assert window.windowTitle() == "No match — httpcodes"
    assert "No code matches" in window.detail.page_text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert "Common codes" in window.detail.page_text()
    assert window.windowTitle() == "httpcodes"


def test_counts_and_the_title_follow_what_is_on_screen(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.search_box.setText("teapot")
    assert window.count_label.text().startswith("1 match for")
    window.search_box.setText("420")
    assert window.count_label.text().startswith("2 matches for")
    window.search_box.setText("")
    window.go_to("404")
    assert window.windowTitle() == "404 Not Found — httpcodes"
    window.go_to("4xx")
    assert window.windowTitle() == "4xx Client Error — httpcodes"


# QTest has no text for keys like Copy or ZoomIn, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support", "keyToAscii Unhandled key code")
def test_f1_lists_real_keys_that_all_work(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.go_to("410")  # something to go back to: Back is off without it
    dialog = window.show_shortcuts()
    keys = " ".join(k for k, _ in dialog.shortcut_texts())
    for expected in ("Ctrl+F", "F3", "Ctrl+0", "Ctrl+Shift+A", "F6", "Shift+F10", "Ctrl+="):
        assert expected in keys
    dialog.close()
    # Every shortcut the table gives does what its action does, pressed on the list.
    fired: list[str] = []
    for name, action in window.actions_by_name.items():
        action.triggered.connect(lambda _=False, n=name: fired.append(n))
    skipped = {"quit", "shortcuts", "focus_search", "find_in_page"}
    for name, action in window.actions_by_name.items():
        if name in skipped:
            continue
        for sequence in action.shortcuts():
            combination = sequence[0]
            # Somewhere to go back to (and forward again): Back and Forward are off otherwise.
            window.go_to("404")
            window.go_to("410")
            if name == "forward":
                window.state.back()
            window.tree.setFocus()
            qtbot.waitUntil(window.tree.hasFocus)
            fired.clear()
            qtbot.keyClick(window.tree, combination.key(), combination.keyboardModifiers())
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            assert fired == [name], (name, text)
            if window.detail.find_bar.isVisible():
                window.detail.find_bar.close_bar()


def test_no_two_actions_share_a_shortcut(qtbot: QtBot) -> None:
    # A shared shortcut is ambiguous to Qt: neither action fires.
    window = open_window(qtbot)
    owners: dict[str, str] = {}
    for name, action in window.actions_by_name.items():
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in owners, (text, owners.get(text), name)
            owners[text] = name


def _heading_weight(block: QTextBlock) -> int:
    return block.begin().fragment().charFormat().fontWeight()


def test_chinese_headings_are_bold_like_english_ones(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.state.set_language("zh-CN")
    window.detail.flush()
    document = window.detail.browser.document()
    title = document.begin()
    assert title.text().startswith("404")
    weights = {"title": _heading_weight(title)}
    block = document.begin()
    while block.isValid():
        if block.text() in ("概要", "相关状态码"):
            weights[block.text()] = _heading_weight(block)
        block = block.next()
    assert len(weights) == 3
    assert all(weight >= QFont.Weight.Bold for weight in weights.values()), weights


def test_the_lists_default_width_shows_vendor_rows_whole(qtbot: QtBot) -> None:
    window = MainWindow(load_catalogue(), Settings())
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    tree = window.tree
    window.state.show_entry("499-nginx")
    rect = tree.visualRect(window.code_list.proxy.index_of("499-nginx"))
    text_width = tree.fontMetrics().horizontalAdvance(
        window.code_list.proxy.index_of("499-nginx").data()
    )
    assert rect.left() + text_width < tree.viewport().width()
    assert tree.horizontalScrollBar().maximum() == 0 or not tree.horizontalScrollBar().isVisible()
