"""Copying to the clipboard: the selected text, or a form of the entry on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget, QTextEdit

from httpcodes.catalogue.model import LIBRARIES
from httpcodes.gui.state import SessionState


class Copier(QObject):
    """Puts text on the clipboard and says so in the status bar (through the state)."""

    def __init__(self, state: SessionState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def copy(self, what: str) -> str | None:
        """Copy ``what`` ("selection-or-title", "title", "code", "status_line", "markdown"
        or "constant:LIBRARY") of the entry on screen; returns the copied text."""
        text = self._selected_text() if what == "selection-or-title" else None
        if what == "selection-or-title":
            what = "title"
        if text is None:
            text = self._entry_text(what)
        if text is None:
            return None
        QGuiApplication.clipboard().setText(text)
        first_line = text.splitlines()[0] if text else ""
        self.state.message.emit(self.tr("Copied: {text}").format(text=first_line[:80]))
        return text

    def _entry_text(self, what: str) -> str | None:
        state = self.state
        entry = state.entry
        if entry is None:
            # A class page copies its title; the start page has nothing to copy.
            status_class = state.catalogue.status_class(state.entry_id)
            return status_class.title if status_class and what == "title" else None
        if what == "title":
            return entry.title
        if what == "code":
            return str(entry.code)
        if what == "status_line":
            return entry.status_line
        if what == "markdown":
            from httpcodes.export import entry_markdown  # not before the first frame

            return entry_markdown(entry)
        if what.startswith("constant:"):
            library = what.split(":", 1)[1]
            constant = entry.constant(library)
            if constant is None:
                self.state.message.emit(
                    self.tr("{library} has no constant for {code}").format(
                        library=LIBRARIES.get(library, "?"), code=entry.code
                    )
                )
                return None
            return constant.name
        return None

    @staticmethod
    def _selected_text() -> str | None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus.hasSelectedText():
            return focus.selectedText()
        if isinstance(focus, QTextEdit) and focus.textCursor().hasSelection():
            return focus.textCursor().selection().toPlainText()
        cell = focus.currentItem() if isinstance(focus, QTableWidget) else None
        if cell is not None:
            # A cell of a comparison, rather than the code hidden behind the view.
            return cell.text()
        return None
