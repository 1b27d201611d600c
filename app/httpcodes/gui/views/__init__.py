"""The views of the window's right-hand side, and the stack that hosts them.

A view is a ``QWidget`` subclass in its own module here, with a class attribute ``name``, a
constructor ``(state, parent=None)`` and ``open(argument)``. It joins the window by one line
in ``VIEWS`` below (and its menu action by one row in ``gui/actions.py`` with ``view=name``).
``state.show_view(name, argument)`` brings it up; Esc or Back returns to the detail view.
Views other than the detail view are named by where they live (``LazyView``) and imported and
built the first time they are asked for, so that they cost the window's start nothing."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import NamedTuple, Protocol, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from httpcodes.gui.state import DETAIL_VIEW, SessionState
from httpcodes.gui.views.detail import DetailView


class View(Protocol):
    """What the host needs of a view (besides being a QWidget)."""

    name: str

    def open(self, argument: object) -> None: ...


class LazyView(NamedTuple):
    """A view known by its name and where its class lives, imported on first use."""

    name: str
    module: str
    cls: str


# One line per view; the first is the default (the only one imported before the first paint).
VIEWS: tuple[type[QWidget] | LazyView, ...] = (
    DetailView,
    LazyView("guide", "httpcodes.gui.views.guide", "GuideView"),
    LazyView("compare", "httpcodes.gui.views.compare", "CompareView"),
    LazyView("explain", "httpcodes.gui.views.explain", "ExplainView"),
)


class ViewHost(QStackedWidget):
    """Shows one view at a time, as the state says."""

    # The view on screen or its title (``windowTitle()``, the window's title while it is up)
    # changed.
    title_changed = Signal()

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("views")
        self.state = state
        self._classes: dict[str, type[QWidget] | LazyView] = {
            (view.name if isinstance(view, LazyView) else cast("View", view).name): view
            for view in VIEWS
        }
        state.known_views = frozenset(self._classes)
        self._views: dict[str, QWidget] = {}
        self.detail = cast(DetailView, self.view(DETAIL_VIEW))
        state.view_requested.connect(self._open)

    def view(self, name: str) -> QWidget:
        """The view of that name, built on first use; KeyError if there is none."""
        found = self._views.get(name)
        if found is None:
            entry = self._classes[name]
            if isinstance(entry, LazyView):
                entry = cast("type[QWidget]", getattr(import_module(entry.module), entry.cls))
            factory = cast("Callable[[SessionState, QWidget], QWidget]", entry)
            found = factory(self.state, self)
            self._views[name] = found
            self.addWidget(found)
            found.windowTitleChanged.connect(self.title_changed)
        return found

    def current_view(self) -> str:
        """The name of the view on screen."""
        return cast("View", self.currentWidget()).name

    def _open(self, name: str, argument: object) -> None:
        widget = self.view(name)
        focus = QApplication.focusWidget()
        focus_was_here = focus is not None and self.isAncestorOf(focus)
        cast("View", widget).open(argument)
        self.setCurrentWidget(widget)
        self.title_changed.emit()
        # A view the user asks for takes the keyboard (the guide's number keys must reach
        # it, not start a search); back in the details, the keys stay where they were
        # unless they were in the view that left.
        if name != DETAIL_VIEW:
            # Where the view says (its focus proxy, or the child it gave the focus in open),
            # as a shortcut gives it: the style then draws the focus frame.
            chosen = widget.focusWidget() if widget.focusProxy() is None else None
            (chosen or widget).setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif focus_was_here:
            self.detail.browser.setFocus(Qt.FocusReason.OtherFocusReason)
