"""Start the real window the way ``httpcodes gui`` does, then type a hundred searches into it.

    python benchmarks/app_searches.py [--searches N]

Goes through ``httpcodes.cli.main.main(["gui"])`` (crash handlers, catalogue, icon, settings,
MainWindow, the event loop), waits for the main window's first paint, types the same queries as
``bare_window.py --searches N`` into the search box letting the window paint after each, and
quits. The parent reads the peak resident memory of this process from ``wait4``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bare_window import hundred_queries
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _Driver(QObject):
    def __init__(self, searches: int) -> None:
        super().__init__()
        self.searches = searches
        self.window: QMainWindow | None = None

    def attach(self) -> None:
        """Runs once the event loop has started: find the main window, wait for its paint."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"]
        if not windows:
            QTimer.singleShot(1, self.attach)
            return
        self.window = windows[0]  # type: ignore[assignment]
        self.window.installEventFilter(self)
        self.window.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.window is not None:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.type_queries)
        return False

    def type_queries(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication) and self.window is not None
        box = self.window.search_box  # type: ignore[attr-defined]
        for query in hundred_queries(self.searches):
            box.setText(query)
            app.processEvents()
        app.quit()


def main(argv: list[str]) -> int:
    searches = int(argv[argv.index("--searches") + 1]) if "--searches" in argv else 100
    from httpcodes.gui.theme import STYLE_ARGUMENTS

    # httpcodes.gui.app.run() reuses this instance, made as it would make it.
    app = QApplication(["httpcodes", *STYLE_ARGUMENTS])
    driver = _Driver(searches)
    QTimer.singleShot(0, driver.attach)
    from httpcodes.cli.main import main as httpcodes_main

    status = httpcodes_main(["gui"])
    del app
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
