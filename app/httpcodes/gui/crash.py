"""The window's crash path: log unexpected exceptions and Qt messages, show a dialog, carry on."""

from __future__ import annotations

import atexit
import faulthandler
import logging
import sys
import traceback
from types import TracebackType
from typing import IO

from httpcodes.paths import log_file, state_dir

log = logging.getLogger("httpcodes")
_fault_stream: IO[str] | None = None


def install_crash_handlers(qt_messages: bool = True) -> None:
    """Log to the state folder, route Python and Qt errors there, trace hard crashes.
    ``qt_messages=False`` leaves Qt's (and the import of PySide6) to ``route_qt_messages``."""
    global _fault_stream
    try:
        state_dir().mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8", delay=True)
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(getattr(h, "_httpcodes", False) for h in root.handlers):
        handler._httpcodes = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    if _fault_stream is None:
        try:
            _fault_stream = (state_dir() / "faults.log").open("a", encoding="utf-8")
            faulthandler.enable(_fault_stream)
        except OSError:
            faulthandler.enable()
    sys.excepthook = _excepthook
    if qt_messages:
        _route_qt_messages()


def route_qt_messages() -> None:
    """Send Qt's own warnings and errors to the log (imports PySide6)."""
    _route_qt_messages()


def _route_qt_messages() -> None:
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
    # Qt still talks while it unloads plugins at exit, after Python has begun to shut down;
    # hand its messages back to Qt's own handler before then.
    atexit.register(qInstallMessageHandler, None)


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    details = "".join(traceback.format_exception(kind, error, trace))
    log.error("unexpected error\n%s", details)
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    show_error_dialog(f"{kind.__name__}: {error}", details)


def show_error_dialog(summary: str, details: str) -> None:
    """Tell the user, with the details to copy; the app keeps running."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        return
    if QApplication.instance() is None:
        print(f"httpcodes: unexpected error: {summary} (details in {log_file()})", file=sys.stderr)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("httpcodes: unexpected error")
    box.setText("Something went wrong. httpcodes will try to carry on.")
    box.setInformativeText(f"{summary}\n\nThe details below are also in {log_file()}.")
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    _open_dialogs.append(box)


_open_dialogs: list[object] = []
