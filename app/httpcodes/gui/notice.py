"""A dismissible bar above the window's content for problems the user should know about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from httpcodes.gui.html_text import escape

MAX_LINES = 6


class NoticeBar(QFrame):
    """One message, its lines, and a button to dismiss it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QToolButton(self)
        self.copy_button.setObjectName("copy_address")
        self.copy_button.clicked.connect(self._copy_address)
        self.copy_button.hide()
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.lines: list[str] = []
        self.address = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Set the bar's texts in the interface language."""
        self.setAccessibleName(self.tr("Notice"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss notice"))
        self.copy_button.setText(self.tr("Copy Address"))
        if self.address:
            self.show_link_failure(self.address)
        elif self.lines:
            self.show_lines(self.lines)

    def show_link_failure(self, address: str) -> None:
        """Say that a link could not be opened, and offer to copy its address."""
        self.address = address
        self.lines = []
        heading = self.tr("Could not open the link: no web browser answered.")
        hint = self.tr("Copy the address and open it yourself:")
        self.label.setText(
            f"<b>{escape(heading)}</b><br>{escape(hint)} <code>{escape(address)}</code>"
        )
        self.copy_button.show()
        self.setVisible(True)

    def _copy_address(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.address)
        self.hide()

    def show_lines(self, lines: Sequence[str]) -> None:
        """Show these lines (escaped: they may quote the user's files)."""
        self.lines = list(lines)
        self.address = ""
        self.copy_button.hide()
        count = len(self.lines)
        heading = self.tr("{count} problems with your catalogue files; the rest loaded:").format(
            count=count
        )
        shown = "".join(f"<li>{escape(line)}</li>" for line in self.lines[:MAX_LINES])
        more = ""
        if count > MAX_LINES:
            more = (
                "<li>"
                + escape(
                    self.tr("… and {count} more (see the log)").format(count=count - MAX_LINES)
                )
                + "</li>"
            )
        self.label.setText(f"<b>{escape(heading)}</b><ul style='margin:0'>{shown}{more}</ul>")
        self.setVisible(True)
