"""Find in the page (Ctrl+F): a bar under the detail text with a field, previous and next,
and how many matches there are. Enter and F3 go to the next match, Shift+Enter and Shift+F3
to the previous one, Esc closes the bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QWidget,
)


class FindField(QLineEdit):
    """The bar's text field: Enter, Shift+Enter and Esc are the bar's."""

    step_requested = Signal(int)
    close_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backwards = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step_requested.emit(-1 if backwards else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.close_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Esc is the bar's before any window shortcut sees it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)


class FindBar(QWidget):
    """Finds text in a QTextBrowser, highlighting every match and selecting the current one."""

    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.browser = browser
        self.field = FindField(self)
        self.field.setObjectName("find_field")
        self.field.setClearButtonEnabled(True)
        self.previous_button = QToolButton(self)
        self.next_button = QToolButton(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("find_count")
        self.close_button = QToolButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        for widget in (self.previous_button, self.next_button, self.count_label):
            layout.addWidget(widget)
        layout.addWidget(self.close_button)
        self.matches: list[QTextCursor] = []
        self.current = -1
        self.field.textChanged.connect(lambda _text: self.search(keep_position=False))
        self.field.step_requested.connect(self.step)
        self.field.close_requested.connect(self.close_bar)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the bar's texts in the interface language."""
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setAccessibleName(self.tr("Find in page"))
        self.previous_button.setText("↑")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self._update_count()

    def open_bar(self) -> None:
        """Show the bar with the keyboard in its field, its text selected."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search(keep_position=False)

    def close_bar(self) -> None:
        """Hide the bar and its highlights; the keyboard goes back to the text."""
        self.hide()
        self.browser.setExtraSelections([])
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self, keep_position: bool = True) -> None:
        """Find the field's text in the page again (after it or the page changed)."""
        text = self.field.text()
        self.matches = []
        document = self.browser.document()
        if text and self.isVisible():
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(text, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                self.matches.append(QTextCursor(cursor))
        if not keep_position or self.current >= len(self.matches):
            self.current = 0 if self.matches else -1
        self._show_matches()

    def step(self, direction: int) -> None:
        """Go to the next match (1) or the previous one (-1), round the end."""
        if not self.isVisible():
            self.open_bar()
            return
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches)
        self._show_matches()

    def _show_matches(self) -> None:
        palette = self.browser.palette()
        every = QColor(palette.color(QPalette.ColorRole.Highlight))
        every.setAlpha(70)
        selections = []
        for cursor in self.matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(every)
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if 0 <= self.current < len(self.matches):
            self.browser.setTextCursor(self.matches[self.current])
            self.browser.ensureCursorVisible()
        self._update_count()

    def _update_count(self) -> None:
        if not self.field.text():
            self.count_label.setText("")
        elif not self.matches:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(
                self.tr("{current} of {count}").format(
                    current=self.current + 1, count=len(self.matches)
                )
            )
