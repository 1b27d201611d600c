"""The list of codes: the catalogue's classes and codes, or a search's best matches.

It follows the session state one way: the state's query results are pushed into the model,
the proxy applies the toggles, and the row of the entry on screen is highlighted. A row the
user picks (click, arrow keys) goes back to the state as the entry to show."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from httpcodes.catalogue.model import is_number
from httpcodes.gui.model import CatalogueModel
from httpcodes.gui.proxy import ToggleFilterProxy
from httpcodes.gui.roles import Role
from httpcodes.gui.state import SessionState

# At most this many matches are put in the tree; the status bar says when there are more.
MAX_SHOWN: Final = 300
_CODE_QUERY_LENGTH: Final = 3


class CodeTreeView(QTreeView):
    """The tree itself; Shift+F10 and the Menu key open the row's menu where the row is."""

    menu_requested = Signal(QPoint)  # global position
    open_requested = Signal()  # Enter on a row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            event.accept()
            return
        shift = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shift):
            # The keyboard's own ways to a context menu (Qt does not turn Shift+F10 into one).
            self._request_menu_here()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        # Without a current row, Qt makes the first one current as the list gets the keyboard,
        # and the list would open it: F6 from the start page replaced it with the 1xx page.
        # The first row is marked all the same; the arrows (or Enter) choose.
        selection = self.selectionModel()
        selection.blockSignals(True)
        try:
            super().focusInEvent(event)
        finally:
            selection.blockSignals(False)
        self.viewport().update()

    def _request_menu_here(self) -> None:
        # Under the current row, not wherever the mouse happens to be.
        rect = self.visualRect(self.currentIndex())
        self.menu_requested.emit(
            self.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint())
        )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            # The Menu key: unless its key press already opened the menu.
            if QApplication.activePopupWidget() is None:
                self._request_menu_here()
            event.accept()
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            # A right-click inside the selection keeps it (the menu offers to compare it).
            selected = self.selectionModel().isSelected(index)
            if index.isValid() and index != self.currentIndex() and not selected:
                self.setCurrentIndex(index)
            position = event.globalPos()
        else:
            # From the keyboard: under the current row, not wherever the mouse happens to be.
            rect = self.visualRect(self.currentIndex())
            position = self.viewport().mapToGlobal(
                rect.bottomLeft() if rect.isValid() else QPoint()
            )
        self.menu_requested.emit(position)
        event.accept()


class CodeList(QStackedWidget):
    """The tree of codes, or a message when nothing is listed."""

    counted = Signal(str)  # the status bar's "N of M codes shown"

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = CatalogueModel(self)
        self.model.set_catalogue(state.catalogue)
        self.model.set_favourites(frozenset(state.favourites))
        self.proxy = ToggleFilterProxy(self.model, state, self)

        self.tree = CodeTreeView(self)
        self.tree.setObjectName("tree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        # Ctrl+click and Shift+click select several codes, to compare them.
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(16)
        self.addWidget(self.tree)
        self.addWidget(self.empty_label)

        state.listing_changed.connect(self._on_listing_changed)
        state.entry_changed.connect(self._on_entry_changed)
        state.favourites_changed.connect(self._on_favourites_changed)
        state.language_changed.connect(self._on_language_changed)
        self._shown: tuple[str, ...] | None = None
        self._matched_query = ""  # the query whose best match was last put on screen
        self._on_listing_changed()

    # -- following the state -----------------------------------------------------------------

    def _let_go(self) -> None:
        selection = self.tree.selectionModel()
        selection.clear()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _on_language_changed(self) -> None:
        # The rows are rebuilt in the new language: codes selected to compare stay selected.
        selected = self.selected_ids()
        self._let_go()
        self.model.set_catalogue(self.state.catalogue)
        self._after_filter()
        self._highlight(self.state.entry_id)
        selection = self.tree.selectionModel()
        for entry_id in selected:
            index = self.proxy.index_of(entry_id)
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)

    def _on_favourites_changed(self) -> None:
        self.model.set_favourites(frozenset(self.state.favourites))

    def _on_listing_changed(self) -> None:
        state = self.state
        shown = tuple(hit.entry.id for hit in state.hits[:MAX_SHOWN]) if state.searching else None
        # Let go of the highlighted row first: were it filtered away, Qt would move the
        # highlight to a neighbour, which would then be taken for the user's choice.
        self._let_go()
        if shown != self._shown:
            # A reset filters every row again, under the toggles as they are now: one pass.
            self._shown = shown
            self.model.show_only(shown)
        else:
            self.proxy.refilter()
        self._after_filter()
        if state.searching:
            self._show_best_match()
        else:
            self._highlight(state.entry_id)

    def _after_filter(self) -> None:
        # Only class rows have children: expanding them is all expandAll() would do, without
        # asking the model about every code row.
        counts = []
        for row in range(self.model.rowCount()):
            shown = self.proxy.mapFromSource(self.model.index(row, 0))
            counts.append(self.proxy.rowCount(shown) if shown.isValid() else 0)
            if shown.isValid():
                self.tree.expand(shown)
        self.model.set_class_counts(counts)
        visible = sum(counts)
        self.counted.emit(self.count_text(visible))
        if visible:
            self.setCurrentWidget(self.tree)
        else:
            self.empty_label.setText(self.empty_text())
            self.setCurrentWidget(self.empty_label)

    def _show_best_match(self) -> None:
        state = self.state
        if state.query == self._matched_query and self.proxy.index_of(state.entry_id).isValid():
            # Same query, other filters (or a code revealed): what is on screen stays.
            self._highlight(state.entry_id)
            return
        self._matched_query = state.query
        best = next((e for e in state.visible_hits() if self.proxy.index_of(e.id).isValid()), None)
        if best is None:
            return
        compact = state.query.replace(" ", "")
        exact = len(compact) == _CODE_QUERY_LENGTH and is_number(compact)
        # A whole code typed is a code chosen: it goes into the history.
        state.show_entry(best.id, record=exact and str(best.code) == compact)
        self._highlight(best.id)

    def _on_entry_changed(self, entry_id: str) -> None:
        self._highlight(entry_id)

    def _highlight(self, entry_id: str) -> None:
        index = self.proxy.index_of(entry_id) if entry_id else QModelIndex()
        selection = self.tree.selectionModel()
        if index == self.tree.currentIndex():
            return
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
        else:
            selection.clear()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Rows highlighted to follow the state carry the state's entry: nothing to do then.
        entry_id = current.data(Role.ID) if current.isValid() else None
        if isinstance(entry_id, str) and entry_id != self.state.entry_id:
            self.state.show_entry(entry_id)

    def selected_ids(self) -> list[str]:
        """The ids of the codes selected in the list, top to bottom (class rows left out)."""
        rows = sorted(
            self.tree.selectionModel().selectedRows(),
            key=lambda index: (index.parent().row(), index.row()),
        )
        found: list[str] = []
        for index in rows:
            entry_id = index.data(Role.ID)
            if isinstance(entry_id, str) and self.state.catalogue.get(entry_id):
                found.append(entry_id)
        return found

    # -- moving from the search box ----------------------------------------------------------

    def move_selection(self, step: int) -> None:
        """Move the highlighted code ``step`` rows down (up when negative)."""
        rows = self.proxy.entry_indexes()
        if not rows:
            return
        current = self.tree.currentIndex()
        position = next((i for i, index in enumerate(rows) if index == current), None)
        if position is None:
            target = 0 if step > 0 else len(rows) - 1
        else:
            target = max(0, min(len(rows) - 1, position + step))
        self.tree.selectionModel().setCurrentIndex(
            rows[target], QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(rows[target])

    def open_current_or_first(self) -> bool:
        """Choose the highlighted row (or the best or first code): a code goes into the
        history."""
        current = self.tree.currentIndex()
        if not current.isValid():
            rows = self.proxy.entry_indexes()
            best = next(
                (e for e in self.state.visible_hits() if self.proxy.index_of(e.id).isValid()),
                None,
            )
            current = self.proxy.index_of(best.id) if best else (rows[0] if rows else current)
        entry_id = current.data(Role.ID) if current.isValid() else None
        if not isinstance(entry_id, str):
            return False
        self.state.show_entry(entry_id, record=False)
        self.state.record_visit()
        return True

    def natural_width(self) -> int:
        """About the width that shows every row whole, scroll bar included.

        Estimated from the rows' lengths in characters and the font's size: measuring each
        row through the view asks the model about every row from Python, which cost the
        first paint 10 ms or more."""
        longest = 0.0
        # Every code, not only a search's matches: the width stays as the list changes.
        for entry in self.state.catalogue.entries:
            # The row's text: title and origin, then up to 11 ems for the indentation, a
            # marker like "· deprecated" and the favourite's star.
            longest = max(longest, _ems(entry.display_title + (entry.origin or "")) + 11.0)
        font = self.tree.font()
        pixels_per_em = font.pointSizeF() * self.tree.logicalDpiX() / 72
        # Two frames, a scroll bar and a little room.
        return int(longest * pixels_per_em) + 2 * self.tree.frameWidth() + 24

    # -- texts -------------------------------------------------------------------------------

    def count_text(self, visible: int) -> str:
        """How many codes are shown, for the status bar."""
        state = self.state
        query = state.query.strip()
        if not query:
            return self.tr("{count} of {total} codes shown").format(
                count=visible, total=len(state.catalogue.entries)
            )
        capped = max(0, len(state.hits) - MAX_SHOWN)
        hidden = len(state.hits) - capped - visible
        if visible == 1:
            text = self.tr("1 match for “{query}”").format(query=query[:40])
        else:
            text = self.tr("{count} matches for “{query}”").format(count=visible, query=query[:40])
        if hidden > 0:
            text += self.tr(" · {hidden} hidden by filters").format(hidden=hidden)
        if capped:
            text += self.tr(" · {more} more: refine the search").format(more=capped)
        return text

    def empty_text(self) -> str:
        """What the list says when it shows nothing."""
        state = self.state
        query = state.query.strip()
        if query and state.hits:
            return self.tr(
                "{count} codes match “{query}”, but the filters hide them. Ctrl+Shift+A shows "
                "every class, Ctrl+U unofficial codes, Ctrl+Shift+D leaves favourites only."
            ).format(count=len(state.hits), query=query[:40])
        if query:
            return self.tr("Nothing matches “{query}”. Suggestions are on the right.").format(
                query=query[:40]
            )
        if state.favourites_only:
            return self.tr("No favourites yet. Select a code and press Ctrl+D to add it.")
        return self.tr("Every class is hidden. Press Ctrl+Shift+A to show them all.")

    def retranslate(self) -> None:
        """Set the list's texts in the interface language."""
        self.tree.setAccessibleName(self.tr("Status codes"))
        self.empty_label.setAccessibleName(self.tr("No results"))
        self.counted.emit(self.count_text(self.proxy.visible_entry_count()))
        if self.currentWidget() is self.empty_label:
            self.empty_label.setText(self.empty_text())


def _ems(text: str) -> float:
    """A text's width in ems, roughly: Latin letters average about 0.55 em in the usual
    sans-serif faces, Han characters take a whole em."""
    if text.isascii():
        return len(text) * 0.55
    wide = sum(1 for ch in text if "\u2e80" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uff60")
    return (len(text) - wide) * 0.55 + wide * 1.0
