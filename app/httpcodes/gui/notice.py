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
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.lines: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Set the bar's texts in the interface language."""
        self.setAccessibleName(self.tr("Notice"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss notice"))
        if self.lines:
            self.show_lines(self.lines)

    def show_lines(self, lines: Sequence[str]) -> None:
        """Show these lines (escaped: they may quote the user's files)."""
        self.lines = list(lines)
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
