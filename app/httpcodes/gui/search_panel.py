"""The search panel: the search box and the filter toggles above the list of codes. The box's
text goes to the session state as the query; the toggles are the actions of the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from httpcodes.gui.search_box import SearchBox
from httpcodes.gui.settings import CLASS_KEYS
from httpcodes.gui.state import SessionState


class ToggleButton(QToolButton):
    """A filter toggle that reads on or off at a glance in either theme: on, it is filled
    with the accent colour (light text on it); off, it is plain, the colour of a text field,
    with muted text. (A tick mark would have made the row too wide for a small screen at a
    large scale factor.)"""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDefaultAction(action)
        self.setAutoRaise(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Never squeezed into "…": the panel is at least as wide as its toggles.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.toggled.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        """Colour and mark the button for its state, from the application's palette."""
        palette = QPalette(QApplication.palette())
        on = self.isChecked()
        if on:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                highlight = palette.color(group, QPalette.ColorRole.Highlight)
                palette.setColor(group, QPalette.ColorRole.Button, highlight)
                text = palette.color(group, QPalette.ColorRole.HighlightedText)
                palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        else:
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                muted = palette.color(group, QPalette.ColorRole.PlaceholderText)
                palette.setColor(group, QPalette.ColorRole.ButtonText, muted)
                base = palette.color(group, QPalette.ColorRole.Base)
                palette.setColor(group, QPalette.ColorRole.Button, base)
        self.setPalette(palette)
        # Screen readers hear the state too.
        self.setAccessibleDescription(self.tr("on") if on else self.tr("off"))


class SearchPanel(QWidget):
    """Search box and toggles; the list goes below it (``add_list``)."""

    def __init__(
        self, state: SessionState, actions: dict[str, QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.search_box = SearchBox(self)
        self.search_box.setObjectName("search")
        # Only combinations with Ctrl or Alt: plain keys (Backspace is also Back) stay the
        # box's own editing keys.
        portable = QKeySequence.SequenceFormat.PortableText
        self.search_box.window_keys = frozenset(
            text
            for action in actions.values()
            for sequence in action.shortcuts()
            if (text := sequence.toString(portable)).startswith(("Ctrl+", "Alt+"))
        )

        toggles = QHBoxLayout()
        toggles.setSpacing(4)
        self.class_buttons: dict[str, ToggleButton] = {}
        for key in CLASS_KEYS:
            self.class_buttons[key] = self._toggle(actions[f"class_{key}"], toggles)
        toggles.addSpacing(8)
        self.unofficial_button = self._toggle(actions["show_unofficial"], toggles)
        self.favourites_button = self._toggle(actions["favourites_only"], toggles)
        toggles.addStretch(1)

        self.panel_layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addLayout(toggles)

        self.search_box.textChanged.connect(state.set_query)
        self.search_box.lines_pasted.connect(lambda text: state.show_view("explain", text))
        state.query_changed.connect(self._on_query_changed)
        state.theme_changed.connect(self._restyle)

    def _restyle(self) -> None:
        for button in self.toggle_buttons():
            button.restyle()

    def _toggle(self, action: QAction, layout: QHBoxLayout) -> ToggleButton:
        button = ToggleButton(action, self)
        layout.addWidget(button)
        return button

    def add_list(self, widget: QWidget) -> None:
        """Put the list of codes under the toggles, taking the rest of the height."""
        self.panel_layout.addWidget(widget, 1)

    def toggle_buttons(self) -> tuple[ToggleButton, ...]:
        """The toggle buttons, left to right."""
        return (*self.class_buttons.values(), self.unofficial_button, self.favourites_button)

    def _on_query_changed(self, text: str) -> None:
        if self.search_box.text() != text:
            self.search_box.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the panel's texts in the interface language."""
        for key, button in self.class_buttons.items():
            button.setAccessibleName(self.tr("Show {key} codes").format(key=key))
        for button in self.toggle_buttons():
            button.restyle()
        self.unofficial_button.setAccessibleName(self.tr("Show unofficial codes"))
        self.favourites_button.setAccessibleName(self.tr("Show favourites only"))
        self.search_box.retranslate()
