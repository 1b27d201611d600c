"""An icon in the desktop's tray (where it has one), and "close to tray": off by default, so
that closing the window quits as everywhere else; when on, closing only hides the window,
and the tray icon, the desktop entry or ``httpcodes --summon`` bring it back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from httpcodes.gui.raising import raise_window, summon

if TYPE_CHECKING:
    from httpcodes.gui.settings import Settings
    from httpcodes.gui.window import MainWindow

CLOSE_TO_TRAY_KEY = "window/close_to_tray"


class Tray(QObject):
    """The tray icon of a window, its menu, and the close-to-tray switch."""

    def __init__(self, window: MainWindow, settings: Settings, *, show_icon: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._quitting = False
        self.icon = QSystemTrayIcon(QGuiApplication.windowIcon(), self)
        self.menu = QMenu(window)
        self.show_action = QAction(self)
        self.show_action.triggered.connect(self.toggle_window)
        self.search_action = QAction(self)
        self.search_action.triggered.connect(lambda: summon(window))
        self.close_to_tray_action = QAction(self)
        self.close_to_tray_action.setCheckable(True)
        self.close_to_tray_action.setChecked(settings.close_to_tray)
        self.close_to_tray_action.toggled.connect(self._on_close_to_tray)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.quit)
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.search_action)
        self.menu.addSeparator()
        self.menu.addAction(self.close_to_tray_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self._retranslate)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._retranslate()
        window.installEventFilter(self)
        if show_icon:
            self.icon.show()

    @property
    def close_to_tray(self) -> bool:
        """Whether closing the window hides it instead of quitting."""
        return self.close_to_tray_action.isChecked()

    def _retranslate(self) -> None:
        visible = self.window.isVisible() and not self.window.isMinimized()
        self.show_action.setText(
            self.tr("&Hide httpcodes") if visible else self.tr("&Show httpcodes")
        )
        self.search_action.setText(self.tr("&New Search"))
        self.close_to_tray_action.setText(self.tr("&Close to Tray"))
        self.quit_action.setText(self.tr("&Quit"))
        self.icon.setToolTip("httpcodes")

    def _on_close_to_tray(self, on: bool) -> None:
        self.settings.save({CLOSE_TO_TRAY_KEY: on})

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_window()

    def toggle_window(self) -> None:
        """Hide the window if it is on screen, else bring it back."""
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            raise_window(self.window)

    def quit(self) -> None:
        """Close the window for real (its state is saved as on any close), then quit."""
        self._quitting = True
        self.window.close()
        QCoreApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and self.close_to_tray
            and not self._quitting
        ):
            event.ignore()
            self.window.hide()
            return True
        return False


def install_tray(window: MainWindow, settings: Settings) -> Tray | None:
    """The tray icon, where the desktop has a tray; None elsewhere."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return Tray(window, settings)
