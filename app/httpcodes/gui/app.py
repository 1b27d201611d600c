"""Start the window: crash handling first, then Qt, the catalogue, and the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from httpcodes.gui.launch import LaunchOptions
    from httpcodes.gui.settings import Settings
    from httpcodes.gui.window import MainWindow
    from httpcodes.instance.server import Request

import gc
import linecache
import os
import sys
from pathlib import Path

from httpcodes.catalogue import CatalogueError
from httpcodes.catalogue.model import is_number
from httpcodes.catalogue.users import load_user_catalogue

QUIT_AFTER_PAINT_VARIABLE = "HTTPCODES_QUIT_AFTER_PAINT"
# For benchmarks: a file where the moment of the first paint is written (CLOCK_MONOTONIC, ns),
# so that start-up can be measured up to the first frame rather than up to the exit.
PAINT_STAMP_VARIABLE = "HTTPCODES_PAINT_STAMP"


def _once_the_window_is_up(window: MainWindow, settings: Settings) -> None:
    """What can wait until the first frame is on screen."""
    # The collector was paused for start-up (httpcodes.cli.gui_command.run_gui).
    gc.freeze()
    gc.enable()
    window.search_box.finish_setting_up()
    from PySide6.QtGui import QGuiApplication, QIcon

    from httpcodes.gui.fonts import ensure_chinese_font

    # Chinese can turn up in the English interface too (typed into the search box, the
    # language menu): where the system has no Chinese font, the shipped one is registered now.
    ensure_chinese_font()

    from httpcodes.resources import resource_path

    # An SVG icon loads Qt's SVG plugin and library (2 ms). The window manager picks the icon
    # up whenever it is set; on Wayland and with the desktop entry the entry's icon is used.
    icon_path = resource_path("icons", "httpcodes.svg")
    if os.path.isfile(icon_path):
        QGuiApplication.setWindowIcon(QIcon(icon_path))
    # The tray icon (where the desktop has a tray) is no part of the first frame.
    from httpcodes.gui.tray import install_tray

    install_tray(window, settings)  # kept alive by its parent, the window


def run(options: LaunchOptions) -> int:
    """Open the window as the options say; return the exit status."""
    screenshot: str | None = options.screenshot
    # A screenshot never needs a display (an offscreen platform with options is kept: it may
    # describe the screen to render for).
    if screenshot and not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from httpcodes.gui.warm_up import start_loading_qt, wait_for_fontconfig

    start_loading_qt()
    from httpcodes.exits import EXIT_ENVIRONMENT, EXIT_NOT_FOUND, EXIT_USAGE
    from httpcodes.gui.startup_checks import display_problem, explain_import_error

    problem = display_problem()
    if problem:
        from httpcodes.gui.startup_report import report_startup_problem

        report_startup_problem(problem)
        return EXIT_ENVIRONMENT
    _import_qt_free_modules_first()
    from httpcodes.gui.crash import install_crash_handlers, route_qt_messages
    from httpcodes.gui.import_scan import make_pysides_import_check_cheap

    install_crash_handlers(qt_messages=False)
    # The catalogue is read before PySide6 is imported, so that the modules that read a
    # user's catalogues or compile the built-in one on a first start are imported before it
    # too (and are not imported at all when there is nothing of the kind to do).
    from httpcodes.catalogue.cache import defer_writes, write_cached

    # A first start's compiled catalogue is written after the first frame (not for a picture).
    defer_writes(not screenshot)
    try:
        catalogue, problems = load_user_catalogue(options.catalogues)
    except CatalogueError as error:
        print(f"httpcodes: broken catalogue data: {error}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        compiled = defer_writes(False)
    for line in problems:
        print(f"httpcodes: {line}", file=sys.stderr)
    try:
        from PySide6.QtCore import QEvent, QObject, QTimer

        make_pysides_import_check_cheap()
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        from httpcodes.gui.startup_report import report_startup_problem

        report_startup_problem(explain_import_error(error))
        return EXIT_ENVIRONMENT
    route_qt_messages()

    from httpcodes.gui.settings import Settings
    from httpcodes.gui.theme import STYLE_ARGUMENTS
    from httpcodes.gui.window import MainWindow

    wait_for_fontconfig()  # the warm-up thread's, before Qt's own use of it
    app = QApplication.instance() or QApplication(["httpcodes", *STYLE_ARGUMENTS])
    assert isinstance(app, QApplication)
    app.setApplicationName("httpcodes")
    app.setApplicationDisplayName("httpcodes")
    app.setOrganizationName("httpcodes")
    app.setDesktopFileName("httpcodes")

    # Screenshots show the defaults, not this user's session, and write nothing.
    settings = Settings(_throwaway_settings_path()) if screenshot else Settings()
    window = MainWindow(catalogue, settings, persist=not screenshot)
    # Source lines PySide6 read while modules were imported are no longer needed.
    linecache.clearcache()
    if problems:
        window.show_notice(problems)
    state = window.state
    if options.theme:
        state.set_theme(options.theme)
    if options.lang:
        from httpcodes.catalogue.i18n import normalise_language

        language = normalise_language(options.lang)
        if language is None:
            print(f"httpcodes: --lang takes en or zh-CN, not {options.lang!r}", file=sys.stderr)
            return EXIT_USAGE
        state.set_language(language)
    if options.size:
        window.resize(*options.size)
    target = " ".join(options.target) if options.target else None
    if options.query:
        state.set_query(options.query)
    elif target and not is_number(target) and not state.catalogue.get(target):
        state.set_query(target)
    select = options.select or (
        target if target and (is_number(target) or state.catalogue.get(target)) else None
    )
    if select and not state.show_entry(select):
        print(f"httpcodes: no status code {select} in the catalogue", file=sys.stderr)
        if screenshot:
            return EXIT_NOT_FOUND
    if options.view:
        state.show_view(options.view, options.view_argument)

    if screenshot:
        from httpcodes.gui.fonts import ensure_chinese_font

        ensure_chinese_font()  # what the first paint defers (above), a picture needs now
        window.show()
        # A few turns: a language switch's retranslation, then the layouts it asks for.
        for _ in range(3):
            app.processEvents()
        if options.size and (window.width(), window.height()) != options.size:
            # A screenshot is the size asked for, even larger than this (imaginary) screen.
            window.resize(*options.size)
            app.processEvents()
        window.detail.browser.start_readable_width()
        window.detail.flush()
        image = window.grab()
        if not image.save(screenshot, "PNG"):
            print(f"httpcodes: cannot write the screenshot to {screenshot}", file=sys.stderr)
            return 1
        window.close()
        return 0

    quit_after_paint = bool(options.quit_after_paint or os.environ.get(QUIT_AFTER_PAINT_VARIABLE))

    class _AfterFirstPaint(QObject):
        """Runs what can wait until the first frame is drawn, right after it is."""

        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                if quit_after_paint:
                    _write_paint_stamp()
                # Zero timers run once this paint is done, in this order.
                QTimer.singleShot(0, self._window_is_up)
                if quit_after_paint:
                    QTimer.singleShot(0, app.quit)
            return False

        def _window_is_up(self) -> None:
            window.removeEventFilter(self)
            # The hand-over socket and its Qt classes are no part of the first frame: a
            # later ``httpcodes`` is served from the moment the window is on screen.
            _serve_hand_overs(window)
            for written in compiled:
                write_cached(*written)
            _once_the_window_is_up(window, settings)

    window.installEventFilter(_AfterFirstPaint(window))
    window.show()
    if options.summon:
        window.focus_search()
    return app.exec()


def _serve_hand_overs(window: MainWindow) -> None:
    """Take the requests of later ``httpcodes`` calls on this display (httpcodes.instance),
    or, where another window already does, take them over when it goes; follow the
    favourites other windows save."""
    from PySide6.QtCore import QCoreApplication

    from httpcodes.gui.single_instance import (
        HAND_OVER_STAMP_VARIABLE,
        FollowOtherWindows,
        FrameStamp,
        InstanceServer,
        start_server,
    )
    from httpcodes.instance.client import done_starting

    window.installEventFilter(FollowOtherWindows(window))
    stamp_path = os.environ.get(HAND_OVER_STAMP_VARIABLE)

    def describe() -> str:
        entry = window.current_entry
        return f"{entry.id if entry else '-'} {window.state.view} {window.search_box.text()}"

    def on_request(request: Request) -> None:
        from httpcodes.gui.raising import apply_request  # not needed before a request

        apply_request(window, request)
        if stamp_path:
            FrameStamp(stamp_path, describe, window)

    def serve(server: InstanceServer) -> None:
        server.requested.connect(on_request)
        app = QCoreApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(server.close)

    # A window opened beside another (--new-window) serves once that one is gone.
    server = start_server(window, take_over_later=serve)
    # Another httpcodes started meanwhile waits for this moment to hand over to this window.
    done_starting()
    if server is not None:
        serve(server)


def _write_paint_stamp() -> None:
    path = os.environ.get(PAINT_STAMP_VARIABLE)
    if not path:
        return
    import time

    try:
        with open(path, "w", encoding="ascii") as stamp:
            stamp.write(str(time.monotonic_ns()))
    except OSError as error:
        print(f"httpcodes: cannot write the paint stamp to {path}: {error}", file=sys.stderr)


def _import_qt_free_modules_first() -> None:
    """Import what the window needs that does not use Qt before PySide6 is imported: once it
    is, PySide6 reads the source of every module imported after it (to see whether it uses
    Qt), which costs start-up several milliseconds and keeps the text in memory."""
    import faulthandler  # noqa: F401
    import logging  # noqa: F401
    import traceback  # noqa: F401

    import httpcodes.catalogue.cache
    import httpcodes.catalogue.facts
    import httpcodes.catalogue.i18n
    import httpcodes.gui.crash
    import httpcodes.gui.html_text
    import httpcodes.merge
    import httpcodes.navigation  # noqa: F401


def _throwaway_settings_path() -> Path:
    import atexit
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="httpcodes-shot-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(folder) / "settings.ini"
