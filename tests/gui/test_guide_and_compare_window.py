"""The Guide and Compare views in the real window: menus, the list's multi-selection and
context menu, Esc back to the details, and ``httpcodes gui --guide / --compare``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from httpcodes.gui.views.compare import CompareView
from httpcodes.gui.views.guide import GuideView
from httpcodes.gui.window import MainWindow
from tests.cli_runner import run_cli
from tests.gui_helpers import open_window


def ctrl_click(qtbot: QtBot, window: MainWindow, entry_id: str) -> None:
    """Ctrl+click a code's row in the list, as a user adds it to the selection."""
    index = window.code_list.proxy.index_of(entry_id)
    assert index.isValid()
    tree = window.code_list.tree
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )


def test_ctrl_click_codes_and_compare_from_the_menu(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    ctrl_click(qtbot, window, "410")
    assert window.code_list.selected_ids() == ["404", "410"]
    window.action("compare").trigger()
    assert window.state.view == "compare"
    view = window.views.currentWidget()
    assert isinstance(view, CompareView)
    assert view.ids == ["404", "410"]
    assert view.table.horizontalHeaderItem(1).text() == "410\nGone"
    # Esc (the Back action out of a view) returns to the details.
    window.action("back").trigger()
    assert window.state.view == "detail"


def test_the_context_menu_compares_the_selection(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("500")
    for entry_id in ("502", "503", "504"):
        ctrl_click(qtbot, window, entry_id)
    menu = window.build_context_menu()
    compare = window.action("compare")
    assert compare in menu.actions()
    compare.trigger()
    view = window.views.currentWidget()
    assert isinstance(view, CompareView)
    assert view.ids == ["500", "502", "503", "504"]


def test_a_right_click_inside_the_selection_keeps_it(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("301")
    ctrl_click(qtbot, window, "308")
    tree = window.code_list.tree
    index = window.code_list.proxy.index_of("301")
    point = tree.visualRect(index).center()
    menus: list[object] = []
    # Record the request instead of popping the menu up (offscreen cannot raise it).
    tree.menu_requested.disconnect(window._show_context_menu)
    tree.menu_requested.connect(menus.append)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(tree.viewport(), event)
    assert menus
    assert window.code_list.selected_ids() == ["301", "308"]
    # A plain click on one code leaves that one selected.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.code_list.selected_ids() == ["301"]


def test_the_guide_from_the_view_menu_opens_a_code(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    assert window.action("guide") in window.menus.view_menu.actions()
    assert window.action("compare") in window.menus.view_menu.actions()
    window.action("guide").trigger()
    view = window.views.currentWidget()
    assert isinstance(view, GuideView)
    qtbot.mouseClick(view.buttons[6], Qt.MouseButton.LeftButton)  # the method
    qtbot.mouseClick(view.buttons[0], Qt.MouseButton.LeftButton)  # not on this resource
    assert view.outcome is not None and view.outcome.code == 405
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.state.view == "detail"
    assert window.current_entry is not None and window.current_entry.code == 405
    qtbot.waitUntil(lambda: window.detail.browser.toPlainText().startswith("405"))


def test_compare_with_nothing_selected_shows_the_presets(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("200")
    window.action("compare").trigger()
    view = window.views.currentWidget()
    assert isinstance(view, CompareView)
    assert view.ids == [] and "Ctrl+click" in view.hint.text()
    view.presets.activated.emit(7)  # Success: 200 201 202 204
    assert view.ids == ["200", "201", "202", "204"]


def test_gui_compare_and_guide_screenshots(tmp_path: Path) -> None:
    compare = tmp_path / "compare.png"
    result = run_cli(
        "gui",
        "--compare",
        "301",
        "302",
        "307",
        "308",
        "--screenshot",
        str(compare),
        "--size",
        "1100x700",
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(compare)).width() == 1100
    guide = tmp_path / "guide.png"
    result = run_cli(
        "--lang",
        "zh-CN",
        "gui",
        "--guide",
        "4",
        "1",
        "--theme",
        "dark",
        "--screenshot",
        str(guide),
        "--size",
        "1100x700",
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(guide))
    assert image.pixelColor(image.width() - 5, image.height() // 2).lightness() < 100


def test_gui_compare_needs_two_codes() -> None:
    result = run_cli("gui", "--compare", "301")
    assert result.returncode == 2
    assert "--compare needs two or more codes" in result.stderr
    both = run_cli("gui", "--guide", "--compare", "301", "302")
    assert both.returncode == 2


def test_the_guide_keeps_its_place_when_the_user_looks_at_a_code(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.action("guide").trigger()
    view = window.views.currentWidget()
    assert isinstance(view, GuideView)
    view.choose(4)  # something is wrong with the request
    window.go_to("422")
    assert window.state.view == "detail"
    window.action("guide").trigger()
    assert window.views.currentWidget() is view
    assert view.question.text() == "What is wrong with the request?"


def test_the_answer_compares_itself_with_its_near_misses(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.action("guide").trigger()
    guide = window.views.currentWidget()
    assert isinstance(guide, GuideView)
    guide.open(["4", "1"])  # 401
    qtbot.mouseClick(guide.compare_button, Qt.MouseButton.LeftButton)
    view = window.views.currentWidget()
    assert isinstance(view, CompareView)
    assert view.ids == ["401", "403", "407"]


def test_a_language_switch_keeps_the_codes_selected_to_compare(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("301")
    ctrl_click(qtbot, window, "308")
    ctrl_click(qtbot, window, "307")
    window.state.set_language("zh-CN")
    assert window.code_list.selected_ids() == ["301", "307", "308"]
    assert window.current_entry is not None and window.current_entry.id == "307"
    window.action("compare").trigger()
    view = window.views.currentWidget()
    assert isinstance(view, CompareView)
    assert view.ids == ["301", "307", "308"]
    window.state.set_language("en")
