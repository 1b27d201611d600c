"""The Explain view in the real window: opened from the menu, by pasting several lines into the
search box or with Ctrl+V outside a text field; what it shows; links back to the entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from httpcodes.catalogue.i18n import CHINESE, load_overlay
from httpcodes.gui.views.explain import ExplainView
from httpcodes.gui.window import MainWindow
from tests.gui_helpers import open_window

RESPONSES = (
    "HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{}\n\n"
    "HTTP/2 429\nretry-after: 120\n"
)


def explain_view(window: MainWindow) -> ExplainView:
    view = window.views.currentWidget()
    assert isinstance(view, ExplainView)
    return view


def test_the_menu_action_opens_the_view_ready_for_a_paste(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.action("explain").trigger()
    qtbot.waitUntil(lambda: window.state.view == "explain")
    view = explain_view(window)
    assert view.input.hasFocus()
    assert "Paste" in view.page.toPlainText()
    view.input.setPlainText(RESPONSES)
    qtbot.waitUntil(lambda: view.renders > 0)
    page = view.page.toPlainText()
    assert "HTTP/1.1 401 Unauthorized" in page and "HTTP/2 429" in page
    assert "401 must carry a WWW-Authenticate challenge." in page
    assert "Wait 2 minutes" in page
    assert "problem" in page


def test_pasting_several_lines_into_the_search_box_opens_the_view(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    QGuiApplication.clipboard().setText("HTTP/1.1 204 No Content\n\nsurprise body\n")
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.state.view == "explain")
    assert window.search_box.text() == ""
    assert "204 must not have a body" in explain_view(window).page.toPlainText()


def test_a_one_line_paste_stays_a_search(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    QGuiApplication.clipboard().setText("gateway timeout")
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.text() == "gateway timeout"
    assert window.state.view == "detail"


def test_ctrl_v_outside_a_text_field_explains_the_clipboard(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.code_list.tree.setFocus()
    QGuiApplication.clipboard().setText(
        "2024/03/12 14:02:11 [error] 7#7: *1 upstream timed out (110: Connection timed out)\n"
        "while reading response header from upstream, client: 10.0.0.1\n"
    )
    qtbot.keyClick(window.code_list.tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.state.view == "explain")
    page = explain_view(window).page.toPlainText()
    assert "upstream timed out" in page
    assert "504" in page


def test_a_code_on_the_page_opens_its_entry(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.state.show_view("explain", "net::ERR_TOO_MANY_REDIRECTS")
    view = explain_view(window)
    assert "301" in view.page.toPlainText()
    view.page.anchorClicked.emit(QUrl("entry:308"))
    assert window.state.view == "detail"
    assert window.state.entry_id == "308"


def test_esc_returns_to_the_details_and_the_view_follows_the_language(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.state.show_view("explain", "HTTP/1.1 200 OK\nContent-Type: text/plain\n")
    view = explain_view(window)
    window.action("lang_zh-CN").trigger()
    qtbot.waitUntil(lambda: view.clear_button.text() == "清空")
    assert "没有发现问题" in view.page.toPlainText()
    assert "200 成功" in view.page.toPlainText()
    window.action("lang_en").trigger()
    qtbot.waitUntil(lambda: view.clear_button.text() == "Clear")
    view.page.setFocus()
    qtbot.keyClick(view.page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.state.view == "detail")


# A popup menu on the offscreen platform: harmless notes about what it cannot do.
POPUP_NOTES = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing"
)


def _choose_from_context_menu(qtbot: QtBot, widget: QWidget, name: str) -> None:
    """Right-click ``widget`` and choose the action whose object name is ``name`` with the
    keyboard, as a user does: the real menu opens, the action is highlighted and Enter pressed."""
    centre = widget.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, widget.mapToGlobal(centre))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled()
    menu.setActiveAction(action)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


@POPUP_NOTES
def test_paste_from_the_search_box_menu_opens_the_view_for_several_lines(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    QGuiApplication.clipboard().setText("HTTP/1.1 405 Method Not Allowed\nContent-Length: 0\n")
    window.search_box.setFocus()
    _choose_from_context_menu(qtbot, window.search_box, "edit-paste")
    qtbot.waitUntil(lambda: window.state.view == "explain")
    assert window.search_box.text() == ""
    assert (
        "405 must list the supported methods in Allow." in explain_view(window).page.toPlainText()
    )


@POPUP_NOTES
def test_paste_from_the_search_box_menu_keeps_one_line_a_search(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    QGuiApplication.clipboard().setText("gateway timeout")
    window.search_box.setFocus()
    _choose_from_context_menu(qtbot, window.search_box, "edit-paste")
    assert window.search_box.text() == "gateway timeout"
    assert window.state.view == "detail"


def test_the_view_writes_notes_and_findings_in_chinese(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.action("lang_zh-CN").trigger()
    window.state.show_view("explain", RESPONSES)
    view = explain_view(window)
    qtbot.waitUntil(lambda: "401 必须带有 WWW-Authenticate 质询。" in view.page.toPlainText())
    page = view.page.toPlainText()
    assert "等待 2 分钟后再重试。" in page
    assert "must carry" not in page and "Wait 2 minutes" not in page
    window.action("lang_en").trigger()  # and back, at once
    qtbot.waitUntil(lambda: "401 must carry a WWW-Authenticate" in view.page.toPlainText())


NGINX_TIMEOUT = (
    "upstream timed out (110: Connection timed out) while reading response header from upstream"
)


def test_a_known_message_is_shown_in_chinese_and_english_only_when_untranslated(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot)
    window.action("lang_zh-CN").trigger()
    window.state.show_view("explain", NGINX_TIMEOUT)
    view = explain_view(window)
    qtbot.waitUntil(lambda: "回了 504。" in view.page.toPlainText())
    page = view.page.toPlainText()
    assert "查清后端处理这个请求为什么慢" in page and "Firefox 等服务器回应等得太久了。" in page
    assert "英文" not in page and "nginx waited" not in page
    # A message added later, before its translation, stays English and is marked.
    monkeypatch.delitem(load_overlay(CHINESE).messages, "nginx-upstream-timed-out-header")
    view.input.setPlainText(NGINX_TIMEOUT + " ")
    qtbot.waitUntil(lambda: "nginx waited longer" in view.page.toPlainText())
    page = view.page.toPlainText()
    assert page.count("（英文）") == 2 and "Firefox 等服务器回应等得太久了。" in page
