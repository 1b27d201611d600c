"""The Compare view: codes side by side, one column per code and one row per fact, with the
rows where the codes differ highlighted. Ready-made comparisons for the classic confusions;
the comparison can be copied as Markdown.

The rows come from ``httpcodes.compare``, the same as ``httpcodes compare`` prints."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from httpcodes.catalogue.model import is_number
from httpcodes.compare import PRESETS, Property, compare, to_markdown
from httpcodes.gui.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from httpcodes.catalogue.model import Entry
    from httpcodes.gui.state import SessionState

# The presets' titles, marked for Qt's translation (compare.py stays free of Qt).
PRESET_TITLES: Final = {
    "Redirects": QT_TRANSLATE_NOOP("CompareView", "Redirects"),
    "Who may see it": QT_TRANSLATE_NOOP("CompareView", "Who may see it"),
    "Bad request or invalid content": QT_TRANSLATE_NOOP(
        "CompareView", "Bad request or invalid content"
    ),
    "Missing or gone": QT_TRANSLATE_NOOP("CompareView", "Missing or gone"),
    "Server and gateway failures": QT_TRANSLATE_NOOP("CompareView", "Server and gateway failures"),
    "Rate limit or unavailable": QT_TRANSLATE_NOOP("CompareView", "Rate limit or unavailable"),
    "Success": QT_TRANSLATE_NOOP("CompareView", "Success"),
    "Conflicts and preconditions": QT_TRANSLATE_NOOP("CompareView", "Conflicts and preconditions"),
}
# Highlight of a row that differs: (light theme, dark theme), readable under either text colour.
DIFFERS_BACKGROUND: Final = ("#fff1c2", "#4d4116")
# The rows shown in the table: the name is already each column's heading.
HIDDEN_ROWS: Final = ("name",)


class CompareView(QWidget):
    """A table comparing two or more codes."""

    name = "compare"
    copied = Signal(str)  # the Markdown put on the clipboard

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare")
        self.state = state
        self.ids: list[str] = []  # the entries compared, by id; the texts come from the state
        self.rows: list[Property] = []

        self._base_point_size = QApplication.font().pointSizeF()
        self.title = QLabel(self)
        self.title.setObjectName("compare_title")
        self.presets = QComboBox(self)
        self.presets.setObjectName("compare_presets")
        self.presets.activated.connect(self._on_preset)
        # The longest preset must not widen the window: the list opens wider than the box.
        self.presets.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.presets.setMinimumContentsLength(24)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("compare_copy")
        self.copy_button.clicked.connect(self.copy_markdown)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.presets)
        top.addWidget(self.copy_button)

        self.hint = QLabel(self)
        self.hint.setObjectName("compare_hint")
        self.hint.setWordWrap(True)

        self.table = QTableWidget(self)
        self.table.setObjectName("compare_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(_WIDEST_MINIMUM)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().sectionClicked.connect(self._open_column)
        # Double-click or Enter on a cell opens that code; Tab leaves the table (within it,
        # the arrows move).
        self.table.activated.connect(lambda index: self._open_column(index.column()))
        self.table.setTabKeyNavigation(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

        state.language_changed.connect(self.refresh)
        state.theme_changed.connect(self.refresh)
        state.zoom_changed.connect(self._apply_zoom)
        self._apply_zoom(state.zoom)
        self.retranslate()
        self.refresh()

    # -- the contract ------------------------------------------------------------------------

    def open(self, argument: object) -> None:
        """Compare the codes or ids in ``argument`` (a sequence; unknown ones are left out).
        None keeps the comparison on screen."""
        if argument is None:
            return
        items = [argument] if isinstance(argument, str | int) else argument
        if not isinstance(items, Sequence):
            return
        found: list[str] = []
        for item in items:
            entry_id = self._resolve(str(item).strip())
            if entry_id is not None and entry_id not in found:
                found.append(entry_id)
        self.ids = found
        self.refresh()

    def _resolve(self, text: str) -> str | None:
        catalogue = self.state.catalogue
        if is_number(text):
            code = int(text)
            entry = catalogue.standard(code) or next(iter(catalogue.for_code(code)), None)
            return entry.id if entry else None
        entry = catalogue.get(text)
        return entry.id if entry else None

    # -- actions -----------------------------------------------------------------------------

    @property
    def entries(self) -> list[Entry]:
        """The entries compared, in the interface language."""
        catalogue = self.state.catalogue
        return [e for e in (catalogue.get(i) for i in self.ids) if e is not None]

    def markdown(self) -> str:
        """The comparison as a Markdown table."""
        return to_markdown(self.entries, self.rows, self.state.language)

    def copy_markdown(self) -> None:
        """Put the comparison on the clipboard as Markdown."""
        if len(self.ids) < 2:
            return
        text = self.markdown()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
        self.state.message.emit(self.tr("Copied the comparison as Markdown"))

    def _on_preset(self, index: int) -> None:
        codes = self.presets.itemData(index)
        if codes:
            self.open([str(c) for c in codes])
        self.presets.setCurrentIndex(0)

    def _open_column(self, column: int) -> None:
        if 0 <= column < len(self.ids):
            self.state.show_entry(self.ids[column])

    # -- drawing -----------------------------------------------------------------------------

    def _apply_zoom(self, percent: int) -> None:
        """The table's text at the window's zoom (View ▸ Zoom), the title a step larger."""
        size = self._base_point_size * percent / 100
        font = QFont(QApplication.font())
        font.setPointSizeF(size)
        self.setFont(font)
        title = QFont(font)
        title.setPointSizeF(size * 1.35)
        title.setBold(True)
        self.title.setFont(title)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        # Wrapped cells need new heights once the columns have their new widths.
        self.table.resizeRowsToContents()

    def _fit_columns(self) -> None:
        """Narrow the columns' minimum, within limits, so that the codes of a narrow pane
        share its width instead of running off its edge."""
        columns = self.table.columnCount()
        if columns:
            share = self.table.viewport().width() // columns
            minimum = max(_NARROWEST_MINIMUM, min(_WIDEST_MINIMUM, share))
            self.table.horizontalHeader().setMinimumSectionSize(minimum)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The view's own words, in the interface language."""
        self.title.setText(self.tr("Compare codes"))
        self.setWindowTitle(self.title.text())  # the window's title while the view is up
        self.copy_button.setText(self.tr("Copy as Markdown"))
        self.copy_button.setToolTip(self.tr("Copy the comparison as a Markdown table"))
        self.presets.clear()
        self.presets.addItem(self.tr("Ready-made comparisons…"), None)
        for preset in PRESETS:
            title = QCoreApplication.translate("CompareView", PRESET_TITLES[preset.title])
            codes = " ".join(str(c) for c in preset.codes)
            self.presets.addItem(f"{title}: {codes}", preset.codes)

    def refresh(self) -> None:
        """Fill the table from the catalogue in the state's language."""
        entries = self.entries
        language = self.state.language
        self.rows = compare(entries, self.state.catalogue, language) if entries else []
        enough = len(entries) >= 2
        self.copy_button.setEnabled(enough)
        if enough:
            self.hint.setText(
                self.tr("Highlighted rows differ between the codes. Click a code to open it.")
            )
        else:
            self.hint.setText(
                self.tr(
                    "Choose a ready-made comparison, or select two or more codes in the list "
                    "(Ctrl+click) and choose Compare."
                )
            )
        rows = [r for r in self.rows if r.key not in HIDDEN_ROWS and r.applies] if enough else []
        self.table.clear()
        self.table.setColumnCount(len(entries) if enough else 0)
        self.table.setRowCount(len(rows))
        dark = self.state.dark
        highlight = QBrush(QColor(DIFFERS_BACKGROUND[1 if dark else 0]))
        for column, entry in enumerate(entries if enough else []):
            # Code and name on two lines: five codes fit a narrow pane without cutting names.
            heading = QTableWidgetItem(f"{entry.code}\n{_wrap_words(entry.display_name)}")
            heading.setToolTip(entry.display_title)
            self.table.setHorizontalHeaderItem(column, heading)
        for index, row in enumerate(rows):
            # Labels wrap like the headings: a narrow header column leaves four codes room.
            label = QTableWidgetItem(_wrap_words(("≠ " if row.differs else "") + row.label, 16))
            if row.differs:
                bold = QFont(label.font())
                bold.setBold(True)
                label.setFont(bold)
            self.table.setVerticalHeaderItem(index, label)
            for column, text in enumerate(row.texts):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if row.differs:
                    item.setBackground(highlight)
                    # The highlight is light in the light theme and dark in the dark one, so
                    # the palette's own text colour stays readable on it.
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self._fit_columns()
        self.table.resizeRowsToContents()
        # Where the keyboard goes when the view is given it (opened, F6).
        self.setFocusProxy(self.table if enough else self.presets)


# A column's least width in pixels: the widest minimum where there is room, the narrowest
# where four codes would otherwise not fit (below it, words are cut).
_WIDEST_MINIMUM = 96
_NARROWEST_MINIMUM = 80


def _wrap_words(text: str, width: int = 14) -> str:
    """Break a name between words so that a narrow column heading shows it whole. Chinese has
    no spaces: a long run of wide characters breaks before a bracket, or else between any two
    characters, each counting as two columns (a heading in Chinese was cut off at the edge)."""
    lines: list[str] = []
    for word in text.split():
        pieces = _pieces(word, width)
        if lines and _columns(lines[-1]) + 1 + _columns(pieces[0]) <= width:
            lines[-1] += f" {pieces.pop(0)}"
        lines.extend(pieces)
    return "\n".join(lines)


def _is_wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


def _columns(text: str) -> int:
    return sum(2 if _is_wide(c) else 1 for c in text)


def _pieces(word: str, width: int) -> list[str]:
    """A word as it may be broken: whole, unless it holds wide characters and is too long."""
    if _columns(word) <= width or not any(_is_wide(c) for c in word):
        return [word]
    pieces = [""]
    for character in word:
        full = pieces[-1] and _columns(pieces[-1] + character) > width
        if full or (character == "（" and pieces[-1]):
            pieces.append("")
        pieces[-1] += character
    return pieces
