"""The keyboard shortcuts dialog (F1) and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from httpcodes import REGISTRY_SNAPSHOT_DATE, __version__
from httpcodes.gui.actions import ACTIONS, EXTRA_KEYS, translated
from httpcodes.gui.html_text import escape


def on_ordinary_keyboards(sequence: QKeySequence) -> bool:
    """False for keys only special keyboards have (F13 to F35, Help, and dedicated Copy, Find,
    Back or Zoom In keys): Qt's standard bindings include them, and listing "F16" or "Copy"
    beside Ctrl+C would only puzzle the reader. The shortcuts still work on such keyboards."""
    key = sequence[0].key()  # type: ignore[index]  # PySide6 supports it; its stubs do not say so
    return not (
        Qt.Key.Key_F13.value <= key.value <= Qt.Key.Key_F35.value
        or key == Qt.Key.Key_Help
        or key.value >= Qt.Key.Key_Back.value
    )


class ShortcutsDialog(QDialog):
    """Every shortcut, read from the live actions so the list cannot go stale."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows: list[tuple[str, str]] = []
        for spec in ACTIONS:
            action = actions[spec.name]
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText)
                for s in action.shortcuts()
                if on_ordinary_keyboards(s)
            )
            if keys:
                rows.append(
                    (keys, translated(spec.tip) if spec.tip else action.text().replace("&", ""))
                )
        rows.extend((translated(keys), translated(what)) for keys, what in EXTRA_KEYS)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def shortcut_texts(self) -> list[tuple[str, str]]:
        """The rows as shown, for tests and screen readers."""
        rows: list[tuple[str, str]] = []
        for row in range(self.table.rowCount()):
            keys, what = self.table.item(row, 0), self.table.item(row, 1)
            if keys is not None and what is not None:
                rows.append((keys.text(), what.text()))
        return rows


def about_text() -> str:
    """The About box's text."""
    paragraphs = (
        translate("About", "An offline reference for HTTP status codes."),
        translate(
            "About",
            "Checked against the IANA HTTP Status Code Registry as of {date}, RFC 9110 and the "
            "RFCs that define the other codes. Vendor codes come from the vendors' documentation "
            "and source where available, and are marked where the source is secondary.",
        ).format(date=REGISTRY_SNAPSHOT_DATE),
        translate(
            "About",
            "The app never connects to the network; specification links open in your browser "
            "only when you click them.",
        ),
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"<h3>httpcodes {__version__}</h3>{body}"


translate = QCoreApplication.translate


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About box (non-blocking) and return it."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About httpcodes"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    # Freed once closed, like every dialog and menu of the window.
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
