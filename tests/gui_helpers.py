"""Building the real window for tests."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from httpcodes.catalogue import load_catalogue
from httpcodes.gui.settings import Settings
from httpcodes.gui.window import MainWindow


class UrlRecorder:
    """Stands in for the desktop's browser: records what would have been opened."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        return True


def open_window(qtbot: QtBot, recorder: UrlRecorder | None = None) -> MainWindow:
    """A shown main window using the test's settings folder."""
    window = MainWindow(load_catalogue(), Settings(), open_url=recorder)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window
