"""The catalogue as a two-level Qt model: the five classes, each with its codes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from httpcodes.catalogue.model import Catalogue, Entry, StatusClass
from httpcodes.gui.roles import ROLE_NAMES, Role

AnyIndex = QModelIndex | QPersistentModelIndex
# Internal ids: 0 marks a class row; a code row stores its class's row + 1.
_CLASS_ROW_ID = 0
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_CLASS_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ENTRY_FLAGS = _CLASS_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_ANSWERED_ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ForegroundRole),
        int(Qt.ItemDataRole.FontRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        *(int(role) for role in Role),
    }
)


class CatalogueModel(QAbstractItemModel):
    """Read-only model: class rows are parents, entry rows are leaves."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._classes: tuple[StatusClass, ...] = ()
        self._all_children: tuple[tuple[Entry, ...], ...] = ()
        self._children: tuple[tuple[Entry, ...], ...] = ()
        self._by_id: dict[str, Entry] = {}
        self._shown: tuple[str, ...] | None = None
        self._favourites: frozenset[str] = frozenset()
        self._class_counts: tuple[int, ...] = ()

    # -- loading -----------------------------------------------------------------------------

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """Replace everything inside one model reset (keeping ``show_only``'s choice)."""
        self.beginResetModel()
        self._classes = catalogue.classes
        self._all_children = tuple(catalogue.in_class(c.key) for c in catalogue.classes)
        self._by_id = {e.id: e for e in catalogue.entries}
        self._children = self._shown_children()
        self.endResetModel()

    def show_only(self, entry_ids: tuple[str, ...] | None) -> None:
        """Hold only these entries, in this order, under their classes (None: every entry).

        Search results are given here rather than filtered row by row in the proxy: Qt
        asking Python about every row on every keystroke is what makes typing slow, and a
        reset with the few hundred best matches is cheap."""
        self.beginResetModel()
        self._shown = entry_ids
        self._children = self._shown_children()
        self.endResetModel()

    def _shown_children(self) -> tuple[tuple[Entry, ...], ...]:
        if self._shown is None:
            return self._all_children
        rows = {status_class.key: row for row, status_class in enumerate(self._classes)}
        buckets: list[list[Entry]] = [[] for _ in self._classes]
        for entry_id in self._shown:
            entry = self._by_id.get(entry_id)
            if entry is not None and entry.class_key in rows:
                buckets[rows[entry.class_key]].append(entry)
        return tuple(tuple(bucket) for bucket in buckets)

    def set_favourites(self, favourites: frozenset[str]) -> None:
        """Mark favourite entries (shown with a star); emits dataChanged for changed rows."""
        changed = favourites ^ self._favourites
        self._favourites = favourites
        for entry_id in changed:
            index = self.index_of(entry_id)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def set_class_counts(self, counts: Sequence[int]) -> None:
        """How many codes the tree shows under each class (in row order), written after the
        class's title; emits dataChanged when that changes."""
        new = tuple(counts)
        if new == self._class_counts:
            return
        self._class_counts = new
        if self._classes:
            last = len(self._classes) - 1
            self.dataChanged.emit(
                self.index(0, 0), self.index(last, 0), [Qt.ItemDataRole.DisplayRole]
            )

    # -- lookup ------------------------------------------------------------------------------

    def index_of(self, entry_id: str) -> QModelIndex:
        """The index of an entry id, or of a class key like ``4xx``; invalid if unknown."""
        for class_row, status_class in enumerate(self._classes):
            if status_class.key == entry_id:
                return self.createIndex(class_row, 0, _CLASS_ROW_ID)
            for row, entry in enumerate(self._children[class_row]):
                if entry.id == entry_id:
                    return self.createIndex(row, 0, class_row + 1)
        return QModelIndex()

    def entry_at(self, index: AnyIndex) -> Entry | None:
        """The entry of a code row; None for class rows and invalid indexes."""
        if not index.isValid() or index.internalId() == _CLASS_ROW_ID:
            return None
        return self._children[index.internalId() - 1][index.row()]

    def class_key_at_row(self, row: int) -> str:
        """The key of the class in top-level ``row``."""
        return self._classes[row].key

    def entries_at_row(self, row: int) -> tuple[Entry, ...]:
        """The entries under the class in top-level ``row``, in model order."""
        return self._children[row]

    def class_at(self, index: AnyIndex) -> StatusClass | None:
        """The class of a class row; None otherwise."""
        if not index.isValid() or index.internalId() != _CLASS_ROW_ID:
            return None
        return self._classes[index.row()]

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._classes):
                return self.createIndex(row, 0, _CLASS_ROW_ID)
            return QModelIndex()
        if parent.internalId() != _CLASS_ROW_ID or parent.column() != 0:
            return QModelIndex()
        if row < len(self._children[parent.row()]):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _CLASS_ROW_ID:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _CLASS_ROW_ID)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._classes)
        if parent.column() != 0 or parent.internalId() != _CLASS_ROW_ID:
            return 0
        return len(self._children[parent.row()])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Views ask for every row on every change: answer from constants, since combining
        # Qt flags in Python is slow.
        if not index.isValid():
            return _NO_FLAGS
        return _CLASS_FLAGS if index.internalId() == _CLASS_ROW_ID else _ENTRY_FLAGS

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(role): QByteArray(name) for role, name in ROLE_NAMES.items()})
        return names

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for about ten roles of every row they paint, most of them unanswered.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if index.internalId() == _CLASS_ROW_ID:
            return self._class_data(index.row(), role)
        entry = self._children[index.internalId() - 1][index.row()]
        return self._entry_data(entry, role)

    def _class_data(self, row: int, role: int) -> Any:
        status_class = self._classes[row]
        if role == Qt.ItemDataRole.DisplayRole:
            counts = self._class_counts
            count = f" · {counts[row]}" if row < len(counts) else ""
            return f"{status_class.title}{count}"
        if role == Role.TITLE:
            return status_class.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_class.summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return status_class.title
        if role == Role.STATUS_CLASS:
            return status_class
        if role == Role.KIND:
            return "class"
        if role in (Role.ID, Role.CLASS_KEY):
            return status_class.key
        if role == Role.NAME:
            return status_class.name
        if role == Role.SUMMARY:
            return status_class.summary
        if role == Role.DESCRIPTION:
            return status_class.description
        return None

    def _entry_data(self, entry: Entry, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            star = " ★" if entry.id in self._favourites else ""
            origin = f"  · {entry.origin}" if entry.origin else ""
            return f"{entry.display_title}{origin}{_marker(entry)}{star}"
        if role == Qt.ItemDataRole.ForegroundRole and _is_muted(entry):
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and not entry.is_standard:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            unofficial = translate("CatalogueModel", "unofficial")
            origin = f", {unofficial}, {entry.origin}" if entry.origin else ""
            return f"{entry.display_title}{origin}"
        getter = _ENTRY_ROLES.get(role)
        return getter(entry) if getter else None


def _marker(entry: Entry) -> str:
    """A short suffix for codes that are not in plain standing."""
    if entry.status == "temporary":
        return "  · " + translate("CatalogueModel", "temporary")
    if entry.status == "obsoleted":
        return "  · " + translate("CatalogueModel", "obsoleted")
    if entry.deprecated:
        return "  · " + translate("CatalogueModel", "deprecated")
    if entry.status == "unused":
        return "  · " + translate("CatalogueModel", "reserved")
    return ""


def _is_muted(entry: Entry) -> bool:
    return not entry.is_standard or entry.status in ("unused", "obsoleted") or entry.deprecated


translate = QCoreApplication.translate

_ENTRY_ROLES: dict[int, Any] = {
    Role.ENTRY: lambda e: e,
    Role.KIND: lambda e: "entry",
    Role.ID: lambda e: e.id,
    Role.CODE: lambda e: e.code,
    Role.PHRASE: lambda e: e.phrase,
    Role.NAME: lambda e: e.name,
    Role.TITLE: lambda e: e.title,
    Role.STATUS: lambda e: e.status,
    Role.DEPRECATED: lambda e: e.deprecated,
    Role.ORIGIN: lambda e: e.origin,
    Role.VENDOR: lambda e: e.vendor,
    Role.SUMMARY: lambda e: e.summary,
    Role.DESCRIPTION: lambda e: e.description,
    Role.FORMER_PHRASES: lambda e: list(e.former_phrases),
    Role.INTRODUCED: lambda e: e.introduced,
    Role.SPECS: lambda e: list(e.specs),
    Role.CACHEABLE: lambda e: e.heuristically_cacheable,
    Role.RETRY: lambda e: e.retry,
    Role.HEADERS: lambda e: list(e.headers),
    Role.RELATED: lambda e: list(e.related),
    Role.EXAMPLE: lambda e: e.example,
    Role.CONSTANTS: lambda e: list(e.constants),
    Role.KEYWORDS: lambda e: list(e.keywords),
    Role.IS_STANDARD: lambda e: e.is_standard,
    Role.CLASS_KEY: lambda e: e.class_key,
    Role.SOURCE: lambda e: e.source,
}
