"""The tray icon's menu and "close to tray" (off by default, remembered)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from httpcodes.gui.settings import Settings
from httpcodes.gui.tray import Tray, install_tray
from tests.gui_helpers import open_window


def test_closing_quits_as_usual_unless_close_to_tray_is_on(qtbot: QtBot, user_dirs: Path) -> None:
    window = open_window(qtbot)
    tray = Tray(window, Settings(), show_icon=False)
    assert not tray.close_to_tray  # off by default
    tray.close_to_tray_action.trigger()
    assert Settings().close_to_tray  # remembered
    assert not window.close()  # refused: hidden instead
    assert window.isHidden()
    tray.toggle_window()
    qtbot.waitUntil(window.isVisible)
    tray.close_to_tray_action.trigger()
    assert not Settings().close_to_tray
    assert window.close()  # really closed now


def test_the_menu_says_what_it_will_do(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    tray = Tray(window, Settings(), show_icon=False)
    tray.menu.aboutToShow.emit()
    assert tray.show_action.text() == "&Hide httpcodes"
    tray.toggle_window()
    qtbot.waitUntil(lambda: not window.isVisible())
    tray.menu.aboutToShow.emit()
    assert tray.show_action.text() == "&Show httpcodes"
    tray.search_action.trigger()
    qtbot.waitUntil(window.isVisible)
    assert window.focusWidget() is window.search_box


def test_quit_closes_even_with_close_to_tray(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    settings = Settings()
    settings.save({"window/close_to_tray": True})
    tray = Tray(window, settings, show_icon=False)
    assert tray.close_to_tray
    assert not window.close()  # hidden, not closed: the window saves nothing
    assert Settings().geometry is None
    tray.toggle_window()
    tray.quit()
    assert window.isHidden()
    assert Settings().geometry is not None  # a real close: the window saved its state
    assert Settings().close_to_tray  # still on for the next start


def test_there_is_no_tray_icon_without_a_tray(qtbot: QtBot) -> None:
    # The offscreen platform, like a desktop without a tray, has none.
    window = open_window(qtbot)
    assert install_tray(window, Settings()) is None
