"""The search panel: the search box and the filter toggles above the list of codes. The box's
text goes to the session state as the query; the toggles are the actions of the table."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from httpcodes.gui.search_box import SearchBox
from httpcodes.gui.settings import CLASS_KEYS
from httpcodes.gui.state import SessionState


class SearchPanel(QWidget):
    """Search box and toggles; the list goes below it (``add_list``)."""

    def __init__(
        self, state: SessionState, actions: dict[str, QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.search_box = SearchBox(self)
        self.search_box.setObjectName("search")
        self.search_box.window_keys = frozenset(
            sequence.toString(QKeySequence.SequenceFormat.PortableText)
            for action in actions.values()
            for sequence in action.shortcuts()
        )

        toggles = QHBoxLayout()
        toggles.setSpacing(4)
        self.class_buttons: dict[str, QToolButton] = {}
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
        self.setMinimumWidth(240)

        self.search_box.textChanged.connect(state.set_query)
        state.query_changed.connect(self._on_query_changed)

    def _toggle(self, action: QAction, layout: QHBoxLayout) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(False)
        layout.addWidget(button)
        return button

    def add_list(self, widget: QWidget) -> None:
        """Put the list of codes under the toggles, taking the rest of the height."""
        self.panel_layout.addWidget(widget, 1)

    def toggle_buttons(self) -> tuple[QToolButton, ...]:
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
        self.unofficial_button.setAccessibleName(self.tr("Show unofficial codes"))
        self.favourites_button.setAccessibleName(self.tr("Show favourites only"))
        self.search_box.retranslate()
