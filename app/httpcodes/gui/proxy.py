"""The filter between the catalogue model and the tree: search, class toggles, vendor toggle.

A query is answered by the search engine, and the model is given the best matches in the
engine's order (at most ``MAX_SHOWN``); their classes stay visible with the number of
matches. With no query the model holds every code, in numeric order. The toggles (classes,
unofficial codes, favourites) filter here, row by row."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Signal,
)

from httpcodes.gui.model import CatalogueModel

if TYPE_CHECKING:
    # The engine is built on the first search, not at start-up: nor is it imported then.
    from httpcodes.search.engine import SearchEngine, SearchHit

AnyIndex = QModelIndex | QPersistentModelIndex
CLASS_KEYS = ("1xx", "2xx", "3xx", "4xx", "5xx")
# At most this many matches are put in the tree; the status bar says when there are more.
MAX_SHOWN = 300


class SearchFilterProxy(QSortFilterProxyModel):
    """Filters and orders catalogue rows for the tree."""

    # Once per change of query or filters, after the rows are in place (Qt's own layout
    # signals come several times per change).
    refiltered = Signal()

    def __init__(
        self,
        model: CatalogueModel,
        engine_factory: Callable[[], SearchEngine],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine_factory = engine_factory
        self._engine: SearchEngine | None = None
        self._query = ""
        self._hits: tuple[SearchHit, ...] = ()
        self._rank: dict[str, int] = {}
        self._classes: frozenset[str] = frozenset(CLASS_KEYS)
        self._show_unofficial = True
        self._favourites_only = False
        self._favourites: frozenset[str] = frozenset()
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)
        self._model = model
        self.setSourceModel(model)
        self._count_per_class()

    # -- state -------------------------------------------------------------------------------

    @property
    def catalogue_model(self) -> CatalogueModel:
        model = self.sourceModel()
        assert isinstance(model, CatalogueModel)
        return model

    @property
    def engine(self) -> SearchEngine:
        """The search engine, built on first use so that start-up does not pay for it."""
        if self._engine is None:
            self._engine = self._engine_factory()
        return self._engine

    def prepare(self) -> None:
        """Build the search engine now (it is otherwise built on the first search)."""
        _ = self.engine

    @property
    def query(self) -> str:
        return self._query

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        """Every entry the current query matches, best first (before the toggles apply)."""
        return self._hits

    @property
    def enabled_classes(self) -> frozenset[str]:
        return self._classes

    @property
    def show_unofficial(self) -> bool:
        return self._show_unofficial

    @property
    def favourites_only(self) -> bool:
        return self._favourites_only

    def set_query(self, text: str) -> None:
        """Filter by a search query; an empty or blank query shows everything."""
        query = text.strip()
        if query == self._query:
            return
        self._query = query
        self._hits = self.engine.search(query) if query else ()
        self._rank = {hit.entry.id: position for position, hit in enumerate(self._hits)}
        # The model is reset to hold just the best matches, best first (or every entry again,
        # by number), rather than the proxy asking Python about every row on every keystroke:
        # measured faster even on the built-in catalogue. The proxy never sorts: the model's
        # order is already the one to show.
        shown = tuple(hit.entry.id for hit in self._hits[:MAX_SHOWN]) if query else None
        self._model.show_only(shown)
        self._count_per_class()
        self.refiltered.emit()

    @property
    def capped(self) -> int:
        """How many matches did not make it into the tree because of ``MAX_SHOWN``."""
        return max(0, len(self._hits) - MAX_SHOWN)

    def set_enabled_classes(self, keys: Iterable[str]) -> None:
        """Show only these classes (``1xx``...``5xx``)."""
        self.set_filters(keys, self._show_unofficial, self._favourites, self._favourites_only)

    def set_show_unofficial(self, show: bool) -> None:
        """Show or hide vendor and unofficial codes."""
        self.set_filters(self._classes, show, self._favourites, self._favourites_only)

    def set_favourites(self, favourites: frozenset[str], only: bool) -> None:
        """Remember the favourites, and whether to show nothing else."""
        self.set_filters(self._classes, self._show_unofficial, favourites, only)

    def set_filters(
        self,
        classes: Iterable[str],
        show_unofficial: bool,
        favourites: frozenset[str],
        favourites_only: bool,
    ) -> bool:
        """Set every toggle at once, filtering only once; False if nothing changed."""
        state = (
            frozenset(k for k in classes if k in CLASS_KEYS),
            show_unofficial,
            favourites,
            favourites_only,
        )
        current = (self._classes, self._show_unofficial, self._favourites, self._favourites_only)
        if state == current:
            return False
        self._classes, self._show_unofficial, self._favourites, self._favourites_only = state
        self._refilter()
        return True

    def _refilter(self) -> None:
        # invalidate() re-filters (nothing is sorted here); its layout signals let views keep
        # their selection.
        self.invalidate()
        self._count_per_class()
        self.refiltered.emit()

    def _count_per_class(self) -> None:
        # The model writes each class's count after its title. Telling it here, once per
        # change, spares the tree a Python override of data() on the proxy: Qt asks for
        # several roles of every visible row at each paint.
        model = self._model
        counts = []
        for row in range(model.rowCount()):
            shown = self.mapFromSource(model.index(row, 0))
            counts.append(self.rowCount(shown) if shown.isValid() else 0)
        model.set_class_counts(counts)

    def visible_entry_count(self) -> int:
        """How many code rows pass the filter."""
        return sum(self.rowCount(self.index(row, 0)) for row in range(self.rowCount()))

    def first_entry_index(self) -> QModelIndex:
        """The best-ranked visible code row (the first in the tree when no query is active)."""
        best: QModelIndex = QModelIndex()
        best_rank = len(self._rank) + 1
        for class_row in range(self.rowCount()):
            parent = self.index(class_row, 0)
            if self.rowCount(parent) == 0:
                continue
            child = self.index(0, 0, parent)
            if not self._query:
                return child
            entry = self.catalogue_model.entry_at(self.mapToSource(child))
            rank = self._rank.get(entry.id, best_rank) if entry else best_rank
            if rank < best_rank:
                best, best_rank = child, rank
        return best

    # -- QSortFilterProxyModel ---------------------------------------------------------------

    # Qt calls these two once per row (and per comparison) on every keystroke: they read the
    # model's lists directly rather than going through indexes and roles.

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self._model
        if not source_parent.isValid():
            if model.class_key_at_row(source_row) not in self._classes:
                return False
            # With a query or the favourites filter a class shows only through its matches
            # (recursive filtering brings it back when a child passes).
            return not (self._query or self._favourites_only)
        class_row = source_parent.row()
        entry = model.entries_at_row(class_row)[source_row]
        if self._query and entry.id not in self._rank:
            return False
        if model.class_key_at_row(class_row) not in self._classes:
            return False
        if not self._show_unofficial and not entry.is_standard:
            return False
        return not self._favourites_only or entry.id in self._favourites
