"""What the running window does with a request handed over by a second ``httpcodes``:
come to the front and show the code, the search or the view; or, for ``--summon``, come to
the front with the search box ready, or go away if it already is the active window."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from httpcodes.catalogue.model import is_number

TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"

if TYPE_CHECKING:
    from collections.abc import Sequence

    from httpcodes.gui.window import MainWindow
    from httpcodes.instance.server import Request


def raise_window(window: MainWindow, activation_token: str = "") -> None:
    """Show the window, un-minimised, in front, and ask for the keyboard focus.

    On Wayland a window may take the focus only with a token from the compositor: the one
    the second process was started with is put where Qt's ``requestActivate`` looks for it
    (``XDG_ACTIVATION_TOKEN``, which Qt reads and then removes). On X11 the window manager
    decides; Qt asks it with ``_NET_ACTIVE_WINDOW``."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    if QGuiApplication.platformName() != "offscreen":  # nothing to stack there (and it warns)
        window.raise_()
    wayland_token = activation_token and QGuiApplication.platformName().startswith("wayland")
    if wayland_token:
        os.environ[TOKEN_VARIABLE] = activation_token
    window.activateWindow()
    if wayland_token:
        # Qt has read it by now (requestActivate runs within activateWindow); a token left
        # behind would reach the processes the window starts, such as the browser.
        os.environ.pop(TOKEN_VARIABLE, None)


def summon(window: MainWindow, activation_token: str = "") -> None:
    """Bring the window up with the search box ready, or hide it if it is the active one."""
    if window.isVisible() and window.isActiveWindow() and not window.isMinimized():
        window.hide()
        return
    raise_window(window, activation_token)
    window.focus_search()


def show_target(window: MainWindow, words: Sequence[str]) -> None:
    """Show a code (or an entry id) if that is what ``words`` are, else search for them, as
    ``httpcodes gui WORDS`` does when it starts the window."""
    target = " ".join(" ".join(words).split())
    if not target:
        return
    state = window.state
    is_entry = is_number(target) or state.catalogue.get(target) is not None
    if not (is_entry and state.show_entry(target)):
        state.set_query(target)


def show_view(window: MainWindow, args: Sequence[str]) -> None:
    """Open a view by name with its arguments (``httpcodes gui --compare 301 302``)."""
    from httpcodes.gui.views import VIEWS

    if args and args[0] in {getattr(view, "name", None) for view in VIEWS}:
        window.state.show_view(args[0], tuple(args[1:]))


def apply_request(window: MainWindow, request: Request) -> None:
    """Do what the request asks (see ``httpcodes.instance`` for the actions)."""
    if request.action == "summon":
        summon(window, request.activation_token)
        return
    raise_window(window, request.activation_token)
    if request.action == "search":
        window.state.set_query(" ".join(request.args))
    elif request.action == "show":
        show_target(window, request.args)
    elif request.action == "view":
        show_view(window, request.args)
