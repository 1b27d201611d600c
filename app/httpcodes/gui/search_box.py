"""The search box: Esc clears, Up/Down and Enter drive the result list without leaving it; a
paste of several lines (Ctrl+V or the context menu) goes to the Explain view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget


class SearchBox(QLineEdit):
    """A line edit that forwards navigation keys as signals."""

    move_requested = Signal(int)  # +1 down, -1 up
    open_requested = Signal()
    cycle_requested = Signal(int)  # F6: +1 to the next pane, -1 (Shift+F6) to the previous
    lines_pasted = Signal(str)  # a paste of several lines: for the Explain view, not a query

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The window's shortcuts (key combinations) that win over the line edit's own
        # editing keys: Ctrl+U, Ctrl+K and the like delete text in a QLineEdit otherwise.
        self.window_keys: frozenset[str] = frozenset()
        # The clear button's icon is looked up in the desktop's icon theme: about 6 ms of
        # start-up for a button that shows only once there is text. It comes with the first
        # text, or right after the first frame (``finish_setting_up``), whichever is first.
        self.textChanged.connect(self._on_first_text)
        self.setMaxLength(1000)
        self.retranslate()

    def finish_setting_up(self) -> None:
        """Add what the first frame does without: the clear button."""
        if not self.isClearButtonEnabled():
            self.textChanged.disconnect(self._on_first_text)
            self.setClearButtonEnabled(True)

    def _on_first_text(self, text: str) -> None:
        if text:
            self.finish_setting_up()

    def retranslate(self) -> None:
        """Set the box's texts in the interface language."""
        self.setPlaceholderText(
            self.tr("Search codes, names, words, vendors, constants…  (Ctrl+K)")
        )
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(
            self.tr("Type a code, a name or words; Up and Down move through results")
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            # Claim Esc before any window shortcut sees it, when there is something to clear.
            if event.key() == Qt.Key.Key_Escape and self.text():
                event.accept()
                return True
            # With nothing selected, Ctrl+C is the window's: it copies the code shown.
            if event.matches(QKeySequence.StandardKey.Copy):
                if self.hasSelectedText():
                    return super().event(event)
                event.ignore()
                return True
            pressed = QKeySequence(event.keyCombination())
            if pressed.toString(QKeySequence.SequenceFormat.PortableText) in self.window_keys:
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste_lines():
            event.accept()
            return
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
                event.accept()
                return
            event.ignore()
            return
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }
            self.move_requested.emit(step[Qt.Key(key)])
            event.accept()
            return
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            event.accept()
            return
        elif key == Qt.Key.Key_F6:
            # Handled here rather than by the window's key filter: a filter on the search
            # box would see every event it gets while the window starts.
            backwards = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.cycle_requested.emit(-1 if backwards else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())
        event.accept()

    def context_menu(self) -> QMenu:
        """The line edit's own menu, whose Paste treats several lines as Ctrl+V does: they go
        to the Explain view instead of becoming one long query."""
        menu = self.createStandardContextMenu()
        for original in menu.actions():
            if original.objectName() != "edit-paste":  # the name Qt gives its Paste action
                continue
            # Qt connects its action straight to QLineEdit.paste, which is not virtual: put
            # ours in its place, with the same text, shortcut hint and enabled state.
            paste = QAction(original.icon(), original.text(), menu)
            paste.setObjectName("edit-paste")
            paste.setEnabled(original.isEnabled())
            paste.triggered.connect(self._paste_from_menu)
            menu.insertAction(original, paste)
            menu.removeAction(original)
        return menu

    def _paste_from_menu(self) -> None:
        if not self._paste_lines():
            self.paste()

    def _paste_lines(self) -> bool:
        """Hand a clipboard of several lines to ``lines_pasted``; False for a one-liner."""
        text = QGuiApplication.clipboard().text()
        if "\n" not in text.strip():
            return False
        self.lines_pasted.emit(text)
        return True


def is_text_input(widget: QObject | None) -> bool:
    """True for widgets where typed characters are the user's text, not a command."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit

    if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, QTextEdit):
        return not widget.isReadOnly()
    return False
