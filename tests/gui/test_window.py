"""The real window, driven as a user would: keyboard, mouse, clipboard, restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from httpcodes.gui.settings import Settings, settings_file
from tests.gui_helpers import UrlRecorder, open_window


def shown_code(window) -> str | None:  # type: ignore[no-untyped-def]
    entry = window.current_entry
    return entry.id if entry else None


def test_typing_filters_the_tree_and_shows_the_best_match(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    qtbot.keyClicks(window.search_box, "gateway timeout")
    qtbot.waitUntil(lambda: shown_code(window) == "504")
    # The tree answers the keystroke at once; the page is drawn right after.
    qtbot.waitUntil(lambda: "Gateway Timeout" in window.detail.page_text())
    assert window.detail.page_text().startswith("504")
    assert "match" in window.count_label.text()
    assert window.tree.model().rowCount() >= 1


def test_typing_an_exact_code_selects_it(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    qtbot.keyClicks(window.search_box, "418")
    qtbot.waitUntil(lambda: shown_code(window) == "418")
    assert window.windowTitle().startswith("418 (Unused)")


def test_up_down_and_enter_drive_the_results_from_the_search_box(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    qtbot.keyClicks(window.search_box, "redirect")
    qtbot.waitUntil(lambda: shown_code(window) is not None)
    first = shown_code(window)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    second = shown_code(window)
    assert second != first
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Up)
    assert shown_code(window) == first
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(window.detail.browser.hasFocus)
    assert shown_code(window) == first


def test_escape_clears_the_search(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    qtbot.keyClicks(window.search_box, "nginx")
    assert window.state.query == "nginx"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.state.query == ""
    assert "codes shown" in window.count_label.text()


def test_shortcuts_and_typing_anywhere_focus_the_search(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus)
    window.detail.browser.setFocus()
    qtbot.waitUntil(window.detail.browser.hasFocus)
    qtbot.keyClick(window.detail.browser, Qt.Key.Key_Slash)
    qtbot.waitUntil(window.search_box.hasFocus)
    assert window.search_box.text() == ""
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    # The first key moves the focus; the keyboard then types into the search box.
    qtbot.keyClick(window.tree, "t")
    qtbot.keyClicks(window.search_box, "eapot")
    qtbot.waitUntil(lambda: window.search_box.text() == "teapot")
    assert window.search_box.hasFocus()
    qtbot.waitUntil(lambda: shown_code(window) == "418")


def test_nothing_found_says_so_and_suggests(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    qtbot.keyClicks(window.search_box, "zzqqxx gateway")
    window.search_box.setText("zzqqxxjj 40")
    qtbot.waitUntil(lambda: window.code_list.currentWidget() is window.empty_label)
    assert "Nothing matches" in window.empty_label.text()
    text = window.detail.page_text()
    assert "No code matches" in text
    assert "Try" in text
    assert "404" in text or "400" in text


def test_hidden_matches_are_explained(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    qtbot.keyClick(window.tree, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    window.search_box.setText("bad gateway")
    qtbot.waitUntil(lambda: window.code_list.currentWidget() is window.empty_label)
    assert "filters hide" in window.empty_label.text()
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tree, Qt.Key.Key_A, shift_control)
    qtbot.waitUntil(lambda: shown_code(window) == "502")


def test_copy_shortcuts_fill_the_clipboard(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    clipboard = QGuiApplication.clipboard()
    qtbot.keyClick(window.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "404 Not Found"
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tree, Qt.Key.Key_C, modifiers)
    assert clipboard.text() == "HTTP/1.1 404 Not Found"
    qtbot.keyClick(window.tree, Qt.Key.Key_M, modifiers)
    assert clipboard.text().startswith("## 404 Not Found")
    assert "`http.StatusNotFound`" in clipboard.text()
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    clipboard.setText("")
    qtbot.keyClick(window.search_box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "404 Not Found"
    window.search_box.setText("not found")
    window.search_box.setSelection(0, 3)
    qtbot.keyClick(window.search_box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "not"
    window.search_box.clear()
    window.go_to("404")
    menu = window.build_context_menu()
    go = next(
        a
        for a in menu.findChildren(type(window.action("copy")))
        if a.objectName() == "context_constant_go"
    )
    go.trigger()
    assert clipboard.text() == "http.StatusNotFound"
    window.detail.copy_button.click()
    assert clipboard.text() == "404 Not Found"
    window.detail.status_line_button.click()
    assert clipboard.text() == "HTTP/1.1 404 Not Found"


def test_back_and_forward_with_keys_and_mouse_buttons(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    for code in ("404", "410", "500"):
        window.go_to(code)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown_code(window) == "410"
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown_code(window) == "404"
    qtbot.keyClick(window.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown_code(window) == "410"
    qtbot.waitUntil(lambda: window.keys.viewports_watched)
    viewport = window.tree.viewport()
    for button, expected in (
        (Qt.MouseButton.ForwardButton, "500"),
        (Qt.MouseButton.BackButton, "410"),
    ):
        press = QMouseEvent(
            QMouseEvent.Type.MouseButtonPress,
            QPointF(5, 5),
            QPointF(viewport.mapToGlobal(viewport.rect().topLeft())),
            button,
            button,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, press)
        assert shown_code(window) == expected


def test_related_and_spec_links(qtbot: QtBot) -> None:
    recorder = UrlRecorder()
    window = open_window(qtbot, recorder)
    window.go_to("404")
    window.detail.flush()
    html = window.detail.browser.toHtml()
    assert 'href="code:410"' in html
    window.detail.browser.anchorClicked.emit(QUrl("code:410"))
    assert shown_code(window) == "410"
    window.go_to("429")
    window.detail.flush()
    # 429's note means Twitter's 420, so its link opens that meaning, not the number.
    assert "420 Enhance Your Calm (Twitter)" in window.detail.page_text()
    assert 'href="code:420-twitter"' in window.detail.browser.toHtml()
    window.detail.browser.anchorClicked.emit(QUrl("code:420-twitter"))
    assert shown_code(window) == "420-twitter"
    # A bare number with several unofficial meanings lists them all, the usual one first.
    window.detail.browser.anchorClicked.emit(QUrl("code:420"))
    assert window.search_box.text() == "420"
    assert window.code_list.proxy.visible_entry_count() == 2
    window.search_box.clear()
    for number, usual in (("499", "499-nginx"), ("530", "530-cloudflare"), ("420", "420-twitter")):
        assert window.go_to(number)
        assert shown_code(window) == usual
    assert recorder.opened == []
    window.detail.browser.anchorClicked.emit(
        QUrl("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11")
    )
    window.detail.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    window.detail.browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert recorder.opened == ["https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11"]


def test_class_and_vendor_toggles(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    total = window.code_list.proxy.visible_entry_count()
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert not window.action("class_4xx").isChecked()
    without_4xx = window.code_list.proxy.visible_entry_count()
    assert without_4xx < total
    qtbot.keyClick(window.tree, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.code_list.proxy.visible_entry_count() < without_4xx
    window.search_panel.class_buttons["4xx"].click()
    assert window.action("class_4xx").isChecked()
    window.go_to("499-nginx")
    assert shown_code(window) == "499-nginx"
    assert window.action("show_unofficial").isChecked()


def test_selecting_a_class_shows_its_overview(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("3xx")
    text = window.detail.page_text()
    assert text.startswith("3xx")
    assert "Redirection" in text
    assert "308 Permanent Redirect" in text
    assert window.current_entry is None


def test_favourites_survive_a_restart(qtbot: QtBot, user_dirs: Path) -> None:
    window = open_window(qtbot)
    window.go_to("429")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.state.favourites == ["429"]
    assert window.detail.favourite_button.isChecked()
    window.go_to("503")
    window.action("theme_dark").trigger()
    window.resize(760, 560)
    window.close()
    assert settings_file().is_file()

    again = open_window(qtbot)
    assert again.state.favourites == ["429"]
    assert shown_code(again) == "503"
    assert again.state.theme == "dark"
    assert again.size().width() == 760
    assert not again.action("favourites_only").isChecked()
    again.search_panel.class_buttons["2xx"].click()
    assert not again.search_panel.class_buttons["2xx"].isChecked()
    again.close()
    third = open_window(qtbot)
    assert not third.search_panel.class_buttons["2xx"].isChecked()
    assert not third.action("class_2xx").isChecked()
    assert all(
        i.code // 100 != 2
        for i in third.state.catalogue.entries
        if third.code_list.proxy.index_of(i.id).isValid()
    )
    third.action("all_classes").trigger()
    assert third.search_panel.class_buttons["2xx"].isChecked()
    again = third
    again.action("favourites_only").trigger()
    assert again.state.favourites_only
    assert again.code_list.proxy.visible_entry_count() == 1
    again.menus.favourites_menu.aboutToShow.emit()
    titles = [a.text() for a in again.menus.favourites_menu.actions()]
    assert titles == ["429 Too Many Requests"]
    again.menus.recent_menu.aboutToShow.emit()
    assert "503 Service Unavailable" in [a.text() for a in again.menus.recent_menu.actions()]


def test_corrupt_settings_fall_back_to_defaults(qtbot: QtBot) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        b"[view]\ntheme=purple\nshow_unofficial=maybe\nclasses=9xx\n"
        b"[window]\ngeometry=not-bytes\n"
        b"[session]\nfavourites=404, 999, @Invalid(\n\x00\xff\xfe garbage"
    )
    window = open_window(qtbot)
    assert window.state.theme == "system"
    assert window.action("show_unofficial").isChecked()
    assert all(window.action(f"class_{k}").isChecked() for k in ("1xx", "2xx", "3xx", "4xx", "5xx"))
    assert all(button.isChecked() for button in window.search_panel.class_buttons.values())
    assert window.isVisible()
    assert window.settings.problems
    assert Settings().theme == "system"


def test_theme_switches_at_once(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.action("theme_dark").trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    window.action("theme_light").trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180


def test_help_dialog_lists_every_shortcut(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.shortcut_texts()
    keys = " ".join(k for k, _ in rows)
    for expected in ("Ctrl+K", "Ctrl+D", "Alt+Left", "Ctrl+Shift+C", "F1", "/"):
        assert expected in keys
    # Keys only special keyboards have, which Qt's standard bindings add, are not listed.
    names = {name.strip() for k, _ in rows for name in k.split(",")}
    assert not names & {"F16", "F18", "F20", "Copy", "Paste", "Find", "Back", "Forward", "Help"}
    dialog.close()


def test_every_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    for widget in (
        window.search_box,
        window.tree,
        window.detail.browser,
        *window.search_panel.class_buttons.values(),
    ):
        assert widget.accessibleName()


def test_digits_that_are_not_ascii_do_not_break_the_search(qtbot: QtBot) -> None:
    # Found by the fuzz test: "²".isdigit() is true, but int("²") fails.
    window = open_window(qtbot)
    for text in ("²", "40²", "¹0¹", "٤٠٤", "404²"):
        window.search_box.setText(text)
    assert window.isVisible()
    window.search_box.setText("404")
    assert shown_code(window) == "404"


def test_detail_pane_lists_the_constants_of_all_twelve_libraries(qtbot: QtBot) -> None:
    from httpcodes.catalogue.model import LIBRARIES

    window = open_window(qtbot)
    assert window.go_to("404")
    text = window.detail.page_text()
    for label in LIBRARIES.values():
        assert label in text, label
    assert "StatusCodes.Status404NotFound" in text and ":not_found" in text
    assert window.go_to("413")
    text = window.detail.page_text()
    assert "HttpStatus.REQUEST_ENTITY_TOO_LARGE (removed in 7.0)" in text
    assert "HttpStatus.PAYLOAD_TOO_LARGE (deprecated since 7.0)" in text


def test_the_clear_button_comes_with_the_first_text_or_after_the_first_frame(
    qtbot: QtBot,
) -> None:
    from httpcodes.gui.search_box import SearchBox

    box = SearchBox()
    qtbot.addWidget(box)
    assert not box.isClearButtonEnabled()
    box.setText("gateway")
    assert box.isClearButtonEnabled()
    box.clear()
    assert box.isClearButtonEnabled()

    untouched = SearchBox()
    qtbot.addWidget(untouched)
    untouched.finish_setting_up()
    untouched.finish_setting_up()
    assert untouched.isClearButtonEnabled()
