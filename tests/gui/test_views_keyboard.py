"""The Guide and Compare views with the keyboard alone, keys pressed on the focused widget as
a user presses them: the view a shortcut opens takes the keyboard (a digit answers the guide
instead of starting a search), Up/Down and Enter walk the guide, Tab leaves the comparison's
table and Enter opens a code, the window's title names the view on screen, and the list's
selection shows whether the keyboard is in the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from httpcodes.gui.views.compare import CompareView
from httpcodes.gui.views.guide import GuideView
from httpcodes.gui.window import MainWindow
from tests.gui_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key on whatever has the keyboard now."""
    qtbot.keyClick(focused(), key, modifier)


def distance(first: QColor, second: QColor) -> int:
    return sum(abs(a - b) for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True))


def guide_of(window: MainWindow) -> GuideView:
    view = window.views.currentWidget()
    assert isinstance(view, GuideView)
    return view


def test_ctrl_g_gives_the_guide_the_keyboard_and_digits_answer_it(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    box = window.search_box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    press(qtbot, Qt.Key.Key_G, CTRL)
    guide = guide_of(window)
    qtbot.waitUntil(lambda: guide.isAncestorOf(focused()))
    assert focused() is guide.buttons[0]
    assert window.windowTitle() == "Which code should I send? — httpcodes"
    # "4" answers "The client may not be allowed to have it"; before, it typed a search.
    press(qtbot, Qt.Key.Key_4)
    assert box.text() == ""
    assert window.state.view == "guide"
    assert guide.question.text() == "What do you know about who is asking?"
    assert focused() is guide.buttons[0]  # the new question's first answer
    # Down twice, then Enter: the third answer (known, but not allowed).
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is guide.buttons[2]
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert guide.question.text() == "May the client learn that the resource exists?"
    press(qtbot, Qt.Key.Key_Return)  # "Yes: say plainly that access is refused"
    assert guide.outcome is not None and guide.outcome.code == 403
    # At the answer the keyboard is on Open; Backspace goes back a question, Enter opens.
    assert focused() is guide.open_button
    press(qtbot, Qt.Key.Key_Backspace)
    assert guide.outcome is None and focused() is guide.buttons[0]
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_Enter)
    assert window.state.view == "detail" and window.state.entry_id == "403"
    assert focused() is window.detail.browser  # PageDown scrolls the code's page now
    assert window.windowTitle() == "403 Forbidden — httpcodes"


def test_zero_answers_the_tenth_and_f6_reaches_the_guide(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("500")
    window.action("guide").trigger()
    guide = guide_of(window)
    assert len(guide.node.answers) == 10
    # F6 cycles search -> list -> the view on the right (its first answer).
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is window.tree
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is guide.buttons[0]
    tenth = guide.node.answers[9]
    press(qtbot, Qt.Key.Key_0)
    assert guide.trail and guide.trail[0][1] == 9
    assert guide.breadcrumbs.text().count(tenth.label.get("en")) == 1
    # Esc leaves the view; the keyboard goes to the details, not nowhere.
    press(qtbot, Qt.Key.Key_Escape)
    assert window.state.view == "detail"
    assert focused() is window.detail.browser


def test_compare_from_the_keyboard_tab_leaves_the_table_and_enter_opens(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("401")
    tree = window.tree
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    press(qtbot, Qt.Key.Key_Down, SHIFT)
    press(qtbot, Qt.Key.Key_Down, SHIFT)
    assert window.code_list.selected_ids() == ["401", "402", "403"]
    press(qtbot, Qt.Key.Key_O, CTRL | SHIFT)
    view = window.views.currentWidget()
    assert isinstance(view, CompareView)
    assert view.ids == ["401", "402", "403"]
    # The style draws the focus frame (only after a keyboard-driven focus change).
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    assert window.windowTitle() == "Compare codes — httpcodes"
    table = view.table
    assert focused() is table
    # The arrows move in the table; Enter opens the code of the cell's column.
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert table.currentColumn() == 2
    # Tab goes on to the next control instead of walking the cells.
    press(qtbot, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is table
    press(qtbot, Qt.Key.Key_Return)
    assert window.state.view == "detail" and window.state.entry_id == "403"


def test_the_lists_selection_shows_whether_the_keyboard_is_there(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    tree = window.tree
    box = window.search_box

    def row_colour() -> QColor:
        rect = tree.visualRect(window.code_list.proxy.index_of("404"))
        image = tree.viewport().grab().toImage()
        # The row's background, right of its text.
        return image.pixelColor(rect.right() - 4, rect.center().y())

    for theme in ("light", "dark"):
        window.state.set_theme(theme)
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        away = row_colour()
        press(qtbot, Qt.Key.Key_F6)
        assert focused() is tree
        here = row_colour()
        # The strong highlight only where the keys go; a softer one otherwise, still a
        # selection (not the list's plain background).
        strong = QApplication.palette().color(QPalette.ColorRole.Highlight)
        assert distance(here, strong) < 20, (theme, here.name(), strong.name())
        assert distance(here, away) > 120, (theme, here.name(), away.name())
        base = tree.palette().color(QPalette.ColorRole.Base)
        assert away != base, theme


def test_copying_in_a_comparison_copies_the_comparison(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.state.show_view("compare", ("401", "403", "404"))
    view = window.views.currentWidget()
    assert isinstance(view, CompareView)
    assert focused() is view.table
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    # Ctrl+Shift+M, "Copy as Markdown": the table, not the 404 hidden behind it.
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert clipboard.text() == view.markdown()
    assert clipboard.text().count("|") > 10 and "403" in clipboard.text()
    assert window.statusBar().currentMessage() == "Copied the comparison as Markdown"
    # Ctrl+C copies the cell under the keyboard.
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Right)
    cell = view.table.currentItem()
    assert cell is not None and cell.text()
    press(qtbot, Qt.Key.Key_C, CTRL)
    assert clipboard.text() == cell.text()
    # Back in the details, both copy the code again.
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert clipboard.text().startswith("## 404 Not Found")


def test_f6_to_the_list_keeps_the_start_page_until_a_row_is_chosen(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    assert window.state.entry_id == ""  # a first start: the start page
    box = window.search_box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    press(qtbot, Qt.Key.Key_F6)
    assert focused() is window.tree
    assert window.state.entry_id == ""
    assert "Common codes" in window.detail.page_text()
    assert window.windowTitle() == "httpcodes"
    # The arrows choose: Down from the first row (the 1xx class) is 100.
    press(qtbot, Qt.Key.Key_Down)
    assert window.state.entry_id == "100"


def test_ctrl_e_puts_the_keyboard_in_the_explain_box_and_names_the_view(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert window.state.view == "explain"
    view = window.views.currentWidget()
    assert focused() is getattr(view, "input", None)
    qtbot.keyClicks(focused(), "HTTP/1.1 429 Too Many Requests")
    assert window.search_box.text() == ""
    assert window.windowTitle().startswith("Explain a response")


def test_f1_lists_the_keys_of_the_guide_and_the_comparison(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    press(qtbot, Qt.Key.Key_F1)
    dialog = window.findChild(QDialog)
    assert dialog is not None
    rows = dict(dialog.shortcut_texts())  # type: ignore[attr-defined]
    assert "0 the tenth" in rows["1 to 9, 0 (in the guide)"]
    assert rows["Backspace (in the guide)"] == "Back to the previous question"
    assert rows["Enter (in a comparison's table)"] == "Open the code of that column"
    assert rows["Esc (in the guide or a comparison)"] == "Back to the details"
    dialog.close()


def test_the_guides_breadcrumbs_follow_from_the_keyboard(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("500")
    window.state.show_view("guide", ("4", "3"))
    guide = guide_of(window)
    assert guide.question.text() == "May the client learn that the resource exists?"
    # Tab walks the breadcrumbs' links (the first is "Start"); Enter follows one.
    guide.breadcrumbs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(guide.breadcrumbs.hasFocus)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is guide.breadcrumbs
    assert guide.breadcrumbs.selectedText() == "Start"
    press(qtbot, Qt.Key.Key_Return)
    assert guide.trail == []
    assert guide.question.text() == "What happened to the request, or what must the client be told?"


def test_tab_in_the_guide_stops_only_where_the_focus_shows(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("500")
    window.state.show_view("guide", ("4",))
    guide = guide_of(window)
    guide.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(guide.back_button.hasFocus)
    stops: list[QWidget] = []
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        if not guide.isAncestorOf(widget):
            break
        stops.append(widget)
    # Buttons and the breadcrumbs' links: nothing invisible (the answers' scroll area) holds
    # the keys.
    assert guide.breadcrumbs in stops and guide.buttons[0] in stops
    for widget in stops:
        assert widget is guide.breadcrumbs or isinstance(widget, QPushButton), widget
