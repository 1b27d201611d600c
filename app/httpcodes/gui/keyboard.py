"""Keyboard and mouse routing that no single widget owns: typing anywhere starts a search,
``/`` goes to the search box, F6 and Shift+F6 cycle search → list → details, Esc leaves
another view for the details, and the mouse's back and forward buttons navigate."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from httpcodes.gui.search_box import SearchBox, is_text_input
from httpcodes.gui.state import DETAIL_VIEW, SessionState


class KeyRouter(QObject):
    """An event filter on the window's own widgets (not the whole application: a filter
    there would route every event of every object through Python, which costs a first
    paint three times over)."""

    def __init__(
        self,
        window: QWidget,
        state: SessionState,
        search_box: SearchBox,
        focus_ring: Callable[[], Sequence[QWidget]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.search_box = search_box
        self._focus_ring = focus_ring
        self.viewports_watched = False

    def watch(
        self, widgets: Sequence[QWidget], scroll_areas: Sequence[QAbstractScrollArea]
    ) -> None:
        """Watch these widgets now, and the viewports of these scroll areas once the window
        is up (reaching them from Python costs a first use of their class's bindings)."""
        for widget in widgets:
            widget.installEventFilter(self)

        def watch_viewports() -> None:
            for area in scroll_areas:
                area.viewport().installEventFilter(self)
            self.viewports_watched = True

        QTimer.singleShot(200, self, watch_viewports)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        event_type = event.type()
        if event_type == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if event_type == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if not self._belongs_here(watched):
                return False
            if event.button() == Qt.MouseButton.BackButton:
                self.state.back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.state.forward()
                return True
        return False

    def _belongs_here(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        if not self._belongs_here(watched) or QApplication.activePopupWidget() is not None:
            return False
        key = event.key()
        if key == Qt.Key.Key_F6:
            backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.cycle_focus(-1 if backwards else 1)
            return True
        if (
            key == Qt.Key.Key_Escape
            and self.state.view != DETAIL_VIEW
            and not is_text_input(QApplication.focusWidget())
        ):
            self.state.show_view(DETAIL_VIEW)
            return True
        if event.matches(QKeySequence.StandardKey.Paste) and self._paste(event):
            return True
        return self._start_search(event)

    def _paste(self, event: QKeyEvent) -> bool:
        """Ctrl+V outside a text field: several lines go to the Explain view, one line to
        the search box."""
        if is_text_input(QApplication.focusWidget()):
            return False
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            return False
        if "\n" in text.strip():
            self.state.show_view("explain", text)
        else:
            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_box.setText(text.strip())
        return True

    def cycle_focus(self, step: int) -> None:
        """Move the keyboard focus to the next (or previous) of search, list and details."""
        ring = [w for w in self._focus_ring() if w.isVisible()]
        if not ring:
            return
        focus = QApplication.focusWidget()
        position = next(
            (i for i, w in enumerate(ring) if focus is w or (focus and w.isAncestorOf(focus))),
            -1 if step > 0 else 0,
        )
        target = ring[(position + step) % len(ring)]
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _start_search(self, event: QKeyEvent) -> bool:
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self.window or is_text_input(focus):
            return False
        modifiers = (
            event.modifiers()
            & ~Qt.KeyboardModifier.ShiftModifier
            & ~Qt.KeyboardModifier.KeypadModifier
        )
        text = event.text()
        if modifiers != Qt.KeyboardModifier.NoModifier or len(text) != 1 or not text.isprintable():
            return False
        if text.isspace():
            return False
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if text == "/":
            self.search_box.selectAll()
        else:
            self.search_box.setText(text)
        return True
