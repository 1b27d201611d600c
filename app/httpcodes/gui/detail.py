"""The detail pane: everything the catalogue knows about the selected code or class."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from httpcodes.catalogue.model import LIBRARIES, Entry, StatusClass
from httpcodes.gui.detail_html import SAFE_SCHEMES, class_html, empty_html, entry_html
from httpcodes.gui.roles import Role
from httpcodes.gui.theme import Colours

AnyIndex = QModelIndex | QPersistentModelIndex


class DetailBrowser(QTextBrowser):
    """A read-only rich text view whose links never navigate by themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def loadResource(self, type: int, name: QUrl | str) -> object:
        # Never fetch anything: the pane shows only the text we give it.
        return None


class DetailPane(QWidget):
    """Buttons to copy and bookmark, above the text of the current entry or class."""

    code_link_activated = Signal(str)  # an entry id or a code number, as text
    search_link_activated = Signal(str)
    copy_requested = Signal(str)  # "title", "code", "status_line", "markdown", "constant:LIB"
    favourite_toggled = Signal(bool)

    def __init__(
        self, open_url: Callable[[QUrl], bool] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url or QDesktopServices.openUrl
        self.entry: Entry | None = None
        self.status_class: StatusClass | None = None

        self.browser = DetailBrowser(self)
        self.browser.anchorClicked.connect(self._on_anchor)

        self.copy_button = QToolButton(self)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit("title"))
        self.copy_menu = QMenu(self.copy_button)
        self.copy_items = {
            what: self._add_copy_item(what) for what in ("code", "title", "status_line", "markdown")
        }
        self.constant_menu = self.copy_menu.addMenu("")
        for library, title in LIBRARIES.items():
            action = self.constant_menu.addAction(title)
            action.setObjectName(f"copy_constant_{library}")
            action.triggered.connect(
                lambda _=False, lib=library: self.copy_requested.emit(f"constant:{lib}")
            )
        self.copy_button.setMenu(self.copy_menu)

        self.status_line_button = QToolButton(self)
        self.status_line_button.clicked.connect(lambda: self.copy_requested.emit("status_line"))

        self.markdown_button = QToolButton(self)
        self.markdown_button.clicked.connect(lambda: self.copy_requested.emit("markdown"))

        self.favourite_button = QToolButton(self)
        self.favourite_button.setCheckable(True)
        self.favourite_button.toggled.connect(self._on_favourite_toggled)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_button, self.status_line_button, self.markdown_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.favourite_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self._set_buttons_enabled(False)
        self.retranslate()

    def buttons(self) -> tuple[QToolButton, ...]:
        """The pane's buttons, left to right."""
        return (
            self.copy_button,
            self.status_line_button,
            self.markdown_button,
            self.favourite_button,
        )

    def retranslate(self) -> None:
        """Set the pane's texts in the interface language (the page itself is re-rendered
        by the window)."""
        self.browser.setAccessibleName(self.tr("Details"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy “404 Not Found” (Ctrl+C); more choices in the menu")
        )
        self.copy_button.setAccessibleName(self.tr("Copy"))
        self.copy_items["code"].setText(self.tr("Code"))
        self.copy_items["title"].setText(self.tr("Code and Phrase"))
        self.copy_items["status_line"].setText(self.tr("Status Line"))
        self.copy_items["markdown"].setText(self.tr("Markdown"))
        self.constant_menu.setTitle(self.tr("Constant"))
        self.status_line_button.setText(self.tr("Copy Status Line"))
        self.status_line_button.setAccessibleName(self.tr("Copy status line"))
        self.markdown_button.setText(self.tr("Copy Markdown"))
        self.markdown_button.setAccessibleName(self.tr("Copy as Markdown"))
        self.favourite_button.setAccessibleName(self.tr("Favourite"))
        self.favourite_button.setToolTip(self.tr("Add to or remove from favourites (Ctrl+D)"))
        self._update_favourite_text(self.favourite_button.isChecked())

    def _add_copy_item(self, what: str) -> QAction:
        action = self.copy_menu.addAction("")
        action.setObjectName(f"copy_{what}")
        action.triggered.connect(lambda: self.copy_requested.emit(what))
        return action

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for button in (
            self.copy_button,
            self.status_line_button,
            self.markdown_button,
            self.favourite_button,
        ):
            button.setEnabled(enabled)

    def _update_favourite_text(self, checked: bool) -> None:
        text = self.tr("★ Favourite") if checked else self.tr("☆ Favourite")
        self.favourite_button.setText(text)

    def _on_favourite_toggled(self, checked: bool) -> None:
        self._update_favourite_text(checked)
        self.favourite_toggled.emit(checked)

    def set_favourite(self, checked: bool) -> None:
        """Reflect the favourite state without emitting ``favourite_toggled``."""
        blocked = self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(checked)
        self._update_favourite_text(checked)
        self.favourite_button.blockSignals(blocked)

    # -- showing -----------------------------------------------------------------------------

    def show_index(
        self,
        index: AnyIndex,
        colours: Colours,
        class_title: Callable[[str], str],
        related_names: dict[int, str],
        class_entries: Callable[[str], Sequence[Entry]],
        language: str = "en",
    ) -> None:
        """Show what a tree index stands for, reading it through the model's roles."""
        # A new page starts at its top: setHtml() and clear() scroll there themselves.
        self.select(index)
        if self.entry is not None:
            self.browser.setHtml(
                entry_html(
                    self.entry,
                    class_title(self.entry.class_key),
                    colours,
                    related_names,
                    language,
                )
            )
        elif self.status_class is not None:
            self.browser.setHtml(
                class_html(self.status_class, class_entries(self.status_class.key), colours)
            )
        else:
            self.browser.clear()

    def select(self, index: AnyIndex) -> None:
        """Take the entry or class of a tree index as the one shown (its page is drawn by
        ``show_index``, possibly a moment later)."""
        # Ask only for roles that have a value: see shared/PLATFORM.md on None from data().
        kind = index.data(Role.KIND) if index.isValid() else ""
        entry = index.data(Role.ENTRY) if kind == "entry" else None
        status_class = index.data(Role.STATUS_CLASS) if kind == "class" else None
        self.entry = entry if isinstance(entry, Entry) else None
        self.status_class = status_class if isinstance(status_class, StatusClass) else None
        self._set_buttons_enabled(self.entry is not None)

    def show_nothing_found(
        self, query: str, colours: Colours, suggestions: Sequence[tuple[str, str]]
    ) -> None:
        """The empty state for a search that matched nothing."""
        self.entry = None
        self.status_class = None
        self.browser.setHtml(empty_html(colours, query, suggestions))
        self._set_buttons_enabled(False)

    # -- links -------------------------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "code":
            self.code_link_activated.emit(url.path())
        elif scheme == "search":
            self.search_link_activated.emit(url.path())
        elif scheme in SAFE_SCHEMES:
            self._open_url(url)
        # Anything else (file:, javascript:, data:...) is ignored on purpose.
