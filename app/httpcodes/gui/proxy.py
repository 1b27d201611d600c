"""The filter between the catalogue model and the tree: it applies the toggles (classes,
unofficial codes, favourites only) as the session state holds them, row by row, and nothing
else. Search results reach the tree the other way: they are pushed into the model
(``CatalogueModel.show_only``), best first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from httpcodes.gui.model import CatalogueModel
from httpcodes.gui.state import SessionState

AnyIndex = QModelIndex | QPersistentModelIndex


class ToggleFilterProxy(QSortFilterProxyModel):
    """Hides the rows the state's toggles hide; a class with a query shows only through
    its matches (recursive filtering brings it back when a child passes)."""

    def __init__(
        self, model: CatalogueModel, state: SessionState, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._model = model
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)
        self.setSourceModel(model)

    @property
    def catalogue_model(self) -> CatalogueModel:
        return self._model

    def refilter(self) -> None:
        """Apply the state's toggles again (after they changed)."""
        # invalidate() re-filters (nothing is sorted here).
        self.invalidate()

    def visible_entry_count(self) -> int:
        """How many code rows pass the filter."""
        return sum(self.rowCount(self.index(row, 0)) for row in range(self.rowCount()))

    def index_of(self, entry_id: str) -> QModelIndex:
        """The row of an entry id or class key; invalid if hidden or not in the model."""
        source = self._model.index_of(entry_id)
        return self.mapFromSource(source) if source.isValid() else QModelIndex()

    def entry_indexes(self) -> list[QModelIndex]:
        """Every visible code row, top to bottom."""
        rows: list[QModelIndex] = []
        for class_row in range(self.rowCount()):
            parent = self.index(class_row, 0)
            rows.extend(self.index(row, 0, parent) for row in range(self.rowCount(parent)))
        return rows

    # Qt calls this once per row on every change: it reads the model's lists directly rather
    # than going through indexes and roles.
    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self._model
        state = self._state
        if not source_parent.isValid():
            if model.class_key_at_row(source_row) not in state.classes:
                return False
            return not (state.searching or state.favourites_only)
        entry = model.entries_at_row(source_parent.row())[source_row]
        return state.passes_filters(entry)
