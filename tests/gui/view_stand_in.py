"""A stand-in for the window's SessionState, with just what the Guide and Compare views use:
lets the views be driven on their own."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.i18n import localise


class StandInState(QObject):
    """The catalogue in a language, its change signal, and a record of what was opened."""

    language_changed = Signal(str)
    theme_changed = Signal(str)

    def __init__(self, language: str = "en", dark: bool = False) -> None:
        super().__init__()
        self.language = language
        self.dark = dark
        self.catalogue = localise(load_catalogue(), language)
        self.shown: list[str] = []

    def show_entry(self, entry_id: str) -> bool:
        self.shown.append(entry_id)
        return True

    def set_language(self, language: str) -> None:
        self.language = language
        self.catalogue = localise(load_catalogue(), language)
        self.language_changed.emit(language)
