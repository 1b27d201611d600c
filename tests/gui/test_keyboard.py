"""The keyboard model, with real key events on the focused widget: Ctrl+U in the search box,
Esc, Enter and F6, find in the page, zoom, the list's context menu from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_ctrl_u_in_the_search_box_toggles_unofficial_codes_and_keeps_the_query(
    qtbot: QtBot,
) -> None:
    window = open_window(qtbot)
    box = window.search_box
    focus(qtbot, box)
    qtbot.keyClicks(box, "gateway")
    assert window.action("show_unofficial").isChecked()
    qtbot.keyClick(box, Qt.Key.Key_U, CTRL)
    assert box.text() == "gateway"
    assert not window.action("show_unofficial").isChecked()
    assert not window.state.show_unofficial
    # Ctrl+K (QLineEdit's "delete to the end") is the window's too.
    box.setCursorPosition(0)
    qtbot.keyClick(box, Qt.Key.Key_K, CTRL)
    assert box.text() == "gateway"
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_U, CTRL)
    assert window.state.show_unofficial
    # Plain editing keys stay the box's, even those that are also shortcuts (Backspace).
    box.setCursorPosition(len(box.text()))
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert box.text() == "gatewa"


def test_escape_clears_the_search_and_keeps_the_code_on_screen(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    box = window.search_box
    focus(qtbot, box)
    qtbot.keyClicks(box, "teapot")
    assert window.state.entry_id == "418"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == ""
    assert window.state.entry_id == "418"
    assert window.tree.currentIndex().data().startswith("418")
    assert window.detail.page_text().startswith("418")


def test_enter_opens_the_result_in_the_details_where_page_keys_scroll(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.resize(700, 420)
    box = window.search_box
    focus(qtbot, box)
    qtbot.keyClicks(box, "gateway timeout")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    browser = window.detail.browser
    qtbot.waitUntil(browser.hasFocus)
    assert window.state.entry_id == "504"
    assert window.state.history.current == "504"
    bar = browser.verticalScrollBar()
    top = bar.value()
    assert top < bar.maximum()
    qtbot.keyClick(browser, Qt.Key.Key_PageDown)
    assert bar.value() > top + 100
    qtbot.keyClick(browser, Qt.Key.Key_PageUp)
    assert bar.value() < top + 20  # back at the top (the cursor keeps a few pixels)


def test_f6_cycles_search_list_and_details_and_shift_f6_goes_back(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    focus(qtbot, window.search_box)
    qtbot.keyClick(window.search_box, Qt.Key.Key_F6)
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_F6)
    qtbot.waitUntil(window.detail.browser.hasFocus)
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_F6)
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClick(window.search_box, Qt.Key.Key_F6, SHIFT)
    qtbot.waitUntil(window.detail.browser.hasFocus)
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_F6, SHIFT)
    qtbot.waitUntil(window.tree.hasFocus)


def test_ctrl_f_finds_in_the_page_with_a_count_and_esc_closes(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    focus(qtbot, window.tree)
    qtbot.keyClick(window.tree, Qt.Key.Key_F, CTRL)
    bar = window.detail.find_bar
    qtbot.waitUntil(bar.field.hasFocus)
    qtbot.keyClicks(bar.field, "410")
    total = len(bar.matches)
    assert total >= 2
    assert bar.count_label.text() == f"1 of {total}"
    selected = window.detail.browser.textCursor().selectedText()
    assert selected == "410"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert bar.count_label.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count_label.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == f"1 of {total}"
    qtbot.keyClicks(bar.field, "zzz")
    assert bar.count_label.text() == "No matches"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    qtbot.waitUntil(window.detail.browser.hasFocus)
    # The global search keeps Ctrl+K, Ctrl+L and /.
    for key, modifier in ((Qt.Key.Key_K, CTRL), (Qt.Key.Key_L, CTRL)):
        focus(qtbot, window.tree)
        qtbot.keyClick(window.tree, key, modifier)
        qtbot.waitUntil(window.search_box.hasFocus)
    focus(qtbot, window.tree)
    qtbot.keyClick(window.tree, Qt.Key.Key_Slash)
    qtbot.waitUntil(window.search_box.hasFocus)


def test_zoom_keys_move_in_even_steps_and_are_remembered(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    focus(qtbot, window.tree)
    size = window.detail.browser.document().defaultFont().pointSizeF()
    qtbot.keyClick(window.tree, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.tree, Qt.Key.Key_Equal, CTRL)
    assert window.state.zoom == 120
    assert window.detail.browser.document().defaultFont().pointSizeF() > size
    qtbot.keyClick(window.tree, Qt.Key.Key_Minus, CTRL)
    assert window.state.zoom == 110
    qtbot.keyClick(window.tree, Qt.Key.Key_0, CTRL)
    assert window.state.zoom == 100
    assert window.detail.browser.document().defaultFont().pointSizeF() == size
    qtbot.keyClick(window.tree, Qt.Key.Key_Plus, CTRL)
    window.close()
    again = open_window(qtbot)
    assert again.state.zoom == 110
    assert again.detail.browser.document().defaultFont().pointSizeF() > size
    # Show every class moved from Ctrl+0 to Ctrl+Shift+A.
    focus(qtbot, again.tree)
    qtbot.keyClick(again.tree, Qt.Key.Key_2, CTRL)
    assert "2xx" not in again.state.classes
    qtbot.keyClick(again.tree, Qt.Key.Key_A, CTRL | SHIFT)
    assert "2xx" in again.state.classes


# A popup menu on the offscreen platform: harmless notes about what it cannot do.
POPUP_NOTES = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


def _open_menu(qtbot: QtBot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu.objectName() == "context_menu"
    return menu


@POPUP_NOTES
def test_shift_f10_and_the_menu_key_open_the_lists_context_menu(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    focus(qtbot, window.tree)
    qtbot.keyClick(window.tree, Qt.Key.Key_F10, SHIFT)
    menu = _open_menu(qtbot)
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    focus(qtbot, window.tree)
    qtbot.keyClick(window.tree, Qt.Key.Key_Menu)
    menu = _open_menu(qtbot)
    # The Menu key's own context menu event, should the platform send one, opens no second.
    QApplication.sendEvent(
        window.tree,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), window.tree.mapToGlobal(QPoint(5, 5))
        ),
    )
    assert (
        len([w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()])
        == 1
    )
    menu.close()


@POPUP_NOTES
def test_after_a_right_click_back_highlights_the_right_row(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.go_to("410")
    tree = window.tree
    index = window.code_list.proxy.index_of("500")
    tree.scrollTo(index)
    position = tree.visualRect(index).center()
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, position, tree.viewport().mapToGlobal(position)
        ),
    )
    menu = _open_menu(qtbot)
    assert window.state.entry_id == "500"
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.state.entry_id == "410"
    assert tree.currentIndex().data().startswith("410")


@POPUP_NOTES
def test_menus_and_dialogs_are_freed_once_closed(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    for _ in range(3):
        focus(qtbot, window.tree)
        qtbot.keyClick(window.tree, Qt.Key.Key_F10, SHIFT)
        menu = _open_menu(qtbot)
        with qtbot.waitSignal(menu.destroyed):
            menu.close()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        window.activateWindow()
    for dialog in (window.show_shortcuts(), window.show_about()):
        with qtbot.waitSignal(dialog.destroyed):
            dialog.close()
    assert not window.findChildren(QMenu, "context_menu")
