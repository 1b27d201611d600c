"""What the Guide and Compare views need of the window's session state: the part of
``SessionState`` they use, so that they can be built and tested before (and apart from) the
window that hosts them."""

from __future__ import annotations

from typing import Any, Protocol

from httpcodes.catalogue.model import Catalogue


class ViewState(Protocol):
    """The catalogue in the interface language, the language, and a way to open a code."""

    catalogue: Catalogue
    language: str
    language_changed: Any  # Signal(str), emitted after ``catalogue`` is replaced

    def show_entry(self, entry_id: str) -> Any:
        """Show an entry in the detail view."""
        ...
