"""The floor of this stack: a bare PySide6 window with the same kinds of widgets as httpcodes.

A QTreeView behind a recursive QSortFilterProxyModel over a small two-level QStandardItemModel,
a QLineEdit that filters it, a QTextBrowser, the two sides in a QSplitter, a menu bar and a
status bar. No data files, no settings, no theme: what any window of this shape costs.

    python benchmarks/bare_window.py [--quit-after-paint] [--searches N]

``--quit-after-paint`` (or ``HTTPCODES_QUIT_AFTER_PAINT=1``) quits right after the first Paint
event of the main window, exactly as ``httpcodes gui --quit-after-paint`` does. ``--searches N``
then first types N queries into the search box (filtering and expanding the tree, letting it
paint after each), for the memory comparison. Self-contained on purpose: PyInstaller freezes
this file alone (benchmarks/freeze_bare.py).
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

CLASSES = ("Informational", "Success", "Redirection", "Client Error", "Server Error")
# The same realistic queries the benchmarks type into the real window, letter by letter.
QUERIES = ("too many requests", "gateway timeout", "nginx", "not found", "redirect after post")


def hundred_queries(count: int = 100) -> list[str]:
    """``count`` queries as a user types them: each prefix of each query in turn, cleared
    between queries (an empty string), cycling through the queries as often as needed."""
    sequence: list[str] = []
    while len(sequence) < count:
        for query in QUERIES:
            sequence.extend(query[:end] for end in range(1, len(query) + 1))
            sequence.append("")
    return sequence[:count]


def build_model() -> QStandardItemModel:
    """Five class rows with twenty code rows each: about the size of the real catalogue."""
    model = QStandardItemModel()
    for digit, name in enumerate(CLASSES, start=1):
        parent = QStandardItem(f"{digit}xx {name}")
        parent.setEditable(False)
        for offset in range(20):
            code = digit * 100 + offset
            child = QStandardItem(f"{code} Status {name} {offset}")
            child.setEditable(False)
            child.setToolTip(f"What {code} means, in one sentence.")
            parent.appendRow(child)
        model.appendRow(parent)
    return model


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("bare")
        self.model = build_model()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText("Search")
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        self.browser = QTextBrowser(self)
        self.browser.setHtml(
            "<h1>404 Not Found</h1><p>The server has nothing at this URL.</p>"
            "<h3>Specification</h3><p><a href='https://www.rfc-editor.org/rfc/rfc9110'>"
            "RFC 9110</a></p>"
        )

        left = QWidget(self)
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        for title in ("&File", "&Edit", "&View", "&Go", "&Help"):
            menu = self.menuBar().addMenu(title)
            for item in range(3):
                action = QAction(f"{title.strip('&')} item {item}", self)
                menu.addAction(action)
        self.count = QLabel(self)
        self.statusBar().addPermanentWidget(self.count)
        self.search.textChanged.connect(self.filter)
        self.resize(1100, 720)
        self.search.setFocus()

    def filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()
        self.count.setText(f"{self.proxy.rowCount()} classes")


def write_paint_stamp() -> None:
    """Write the moment of the first paint (CLOCK_MONOTONIC, ns) where HTTPCODES_PAINT_STAMP
    says, as ``httpcodes gui --quit-after-paint`` does."""
    path = os.environ.get("HTTPCODES_PAINT_STAMP")
    if path:
        with open(path, "w", encoding="ascii") as stamp:
            stamp.write(str(time.monotonic_ns()))


class _OnFirstPaint(QObject):
    def __init__(self, window: QWidget, callback: object) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            write_paint_stamp()
            QTimer.singleShot(0, self._callback)  # type: ignore[arg-type]
        return False


def main(argv: list[str]) -> int:
    quit_after_paint = "--quit-after-paint" in argv or bool(
        os.environ.get("HTTPCODES_QUIT_AFTER_PAINT")
    )
    searches: int | None = None
    if "--searches" in argv:
        searches = int(argv[argv.index("--searches") + 1])
    app = QApplication(["bare"])
    window = BareWindow()

    def after_first_paint() -> None:
        for query in hundred_queries(searches) if searches else ():
            window.search.setText(query)
            app.processEvents()
        app.quit()

    if quit_after_paint or searches is not None:
        window.installEventFilter(_OnFirstPaint(window, after_first_paint))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
