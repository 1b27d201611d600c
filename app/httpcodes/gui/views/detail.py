"""The detail view: everything the catalogue knows about the code or class on screen, the
start page when there is none, and the empty state of a search that found nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMenu,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from httpcodes.catalogue.model import LIBRARIES, Entry, is_number
from httpcodes.gui.detail_html import SAFE_SCHEMES, class_html, empty_html, entry_html
from httpcodes.gui.start_page import start_html
from httpcodes.gui.state import ZOOM_DEFAULT, SessionState
from httpcodes.gui.theme import current_colours

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from httpcodes.gui.views.find_bar import FindBar

# About the longest line that still reads easily (typographers say 60-90 characters).
READABLE_CHARACTERS = 95


class DetailBrowser(QTextBrowser):
    """A read-only rich text view whose links never navigate by themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_text")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Lines wrap at the widget's width until the window is up; then at a readable width
        # when the pane is wider than that (fit_line_length).
        self.readable_width_on = False
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def loadResource(self, type: int, name: QUrl | str) -> object:
        # Never fetch anything: the pane shows only the text we give it.
        return None

    def start_readable_width(self) -> None:
        """Keep lines to a readable length from now on (called once the window is up:
        measuring the viewport and the font, or a Python resizeEvent, would cost the first
        paint several milliseconds)."""
        if self.readable_width_on:
            return
        self.readable_width_on = True
        self.viewport().installEventFilter(self)
        self.fit_line_length()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport's own resize: its new width is known then.
        if event.type() == QEvent.Type.Resize and watched is self.viewport():
            self.fit_line_length()
        return False

    def fit_line_length(self) -> None:
        """Wrap at the pane's width, but never wider than a readable line: the text never
        scrolls sideways, and prose keeps about ``READABLE_CHARACTERS`` to a line."""
        metrics = QFontMetricsF(self.document().defaultFont())
        readable = int(metrics.averageCharWidth() * READABLE_CHARACTERS)
        # Decided on the room without scroll bars (room for one kept aside), so that a scroll
        # bar coming or going never flips the choice back and forth.
        if self.maximumViewportSize().width() - 24 <= readable:
            self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        else:
            self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
            if self.lineWrapColumnOrWidth() != readable:
                self.setLineWrapColumnOrWidth(readable)


class DetailView(QWidget):
    """Buttons to copy and bookmark, above the page of the entry on screen."""

    name = "detail"
    copy_requested = Signal(str)  # "title", "code", "status_line", "markdown", "constant:LIB"
    # An http(s) link the user followed, a QUrl (declared as object: QUrl's bindings are
    # first needed when a link is followed, not for the first frame).
    external_link = Signal(object)

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.state = state
        self.renders = 0  # pages drawn so far (tests count them)
        self._base_point_size = QApplication.font().pointSizeF()
        # The page is drawn once per turn of the event loop, however many changes came in
        # (a keystroke, a language switch): see schedule().
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self.render_page)

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
        self.favourite_button.clicked.connect(self._on_favourite_clicked)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_button, self.status_line_button, self.markdown_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.favourite_button)

        self.page_layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)
        self._find_bar: FindBar | None = None  # made on the first Ctrl+F
        self.retranslate()
        # At 100 % the document already uses the widget's font: asking for the document
        # from Python builds QTextDocument's types, which the first paint can do without.
        if state.zoom != ZOOM_DEFAULT or self.browser.font().pointSizeF() != self._base_point_size:
            self._apply_zoom(state.zoom)

        for signal in (
            state.entry_changed,
            state.listing_changed,
            state.language_changed,
            state.theme_changed,
        ):
            signal.connect(self.schedule)
        state.favourites_changed.connect(self._on_favourites_changed)
        state.zoom_changed.connect(self._apply_zoom)

    # -- the view's contract -----------------------------------------------------------------

    def open(self, argument: object) -> None:
        """Show an entry id or code given as argument (None keeps the entry on screen)."""
        if isinstance(argument, str) and argument:
            self.state.show_entry(argument)

    @property
    def find_bar(self) -> FindBar:
        """The find bar under the text, made the first time it is asked for (it costs the
        window's start nothing)."""
        if self._find_bar is None:
            from httpcodes.gui.views.find_bar import FindBar

            self._find_bar = FindBar(self.browser, self)
            self.page_layout.addWidget(self._find_bar)
        return self._find_bar

    # -- buttons -----------------------------------------------------------------------------

    def buttons(self) -> tuple[QToolButton, ...]:
        """The pane's buttons, left to right."""
        return (
            self.copy_button,
            self.status_line_button,
            self.markdown_button,
            self.favourite_button,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the buttons' texts in the interface language (the page follows the state's
        language_changed)."""
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
        self._update_favourite_button()

    def _add_copy_item(self, what: str) -> QAction:
        action = self.copy_menu.addAction("")
        action.setObjectName(f"copy_{what}")
        action.triggered.connect(lambda: self.copy_requested.emit(what))
        return action

    def _update_favourite_button(self) -> None:
        entry = self.state.entry
        favourite = entry is not None and self.state.is_favourite(entry.id)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.setText(
            self.tr("★ Favourite") if favourite else self.tr("☆ Favourite")
        )
        for button in self.buttons():
            button.setEnabled(entry is not None)

    def _on_favourite_clicked(self, checked: bool) -> None:
        entry = self.state.entry
        if entry is not None:
            self.state.set_favourite(entry.id, checked)
        self._update_favourite_button()

    def _on_favourites_changed(self) -> None:
        self._update_favourite_button()
        if not self.state.entry_id:
            self.schedule()  # the start page lists the favourites

    # -- the page ----------------------------------------------------------------------------

    @property
    def entry(self) -> Entry | None:
        """The entry whose page is shown (None on a class page, the start page or an empty
        search)."""
        return None if self._nothing_found() else self.state.entry

    def schedule(self) -> None:
        """Draw the page once the current changes are all in."""
        self._update_favourite_button()
        self._render_timer.start()

    def flush(self) -> None:
        """Draw the page now if a change is waiting."""
        if self._render_timer.isActive():
            self._render_timer.stop()
            self.render_page()

    def page_text(self) -> str:
        """The page as plain text, up to date."""
        self.flush()
        return self.browser.toPlainText()

    def _nothing_found(self) -> bool:
        return self.state.searching and not self.state.visible_hits()

    def render_page(self) -> None:
        """Draw the page of what the state has on screen."""
        self._render_timer.stop()
        self.renders += 1
        state = self.state
        catalogue = state.catalogue
        colours = current_colours(QApplication.palette(), state.dark)
        self._update_favourite_button()
        if self._nothing_found():
            query = state.query.strip()
            html = empty_html(colours, query, suggestions(state, query))
        elif (entry := state.entry) is not None:
            status_class = catalogue.status_class(entry.class_key)
            class_title = status_class.title if status_class else entry.class_key
            html = entry_html(entry, class_title, colours, self._code_names(), state.language)
        elif (status_class := catalogue.status_class(state.entry_id)) is not None:
            # The overview lists what the list shows under the class right now.
            entries = [
                e
                for e in catalogue.in_class(status_class.key)
                if state.passes_filters(e) and state.matches_query(e.id)
            ]
            html = class_html(status_class, entries, colours)
        else:
            html = start_html(state, colours)
        # A new page starts at its top: setHtml() scrolls there itself.
        self.browser.setHtml(html)
        if self._find_bar is not None and self._find_bar.isVisible():
            self._find_bar.search(keep_position=False)

    def _code_names(self) -> dict[int | str, str]:
        catalogue = self.state.catalogue
        names: dict[int | str, str] = {}
        for code in {e.code for e in catalogue.entries}:
            meanings = catalogue.for_code(code)
            if meanings[0].is_standard or len(meanings) == 1:
                names[code] = meanings[0].display_name
            else:
                names[code] = self.tr("({count} unofficial meanings)").format(count=len(meanings))
            for meaning in meanings:  # a related link may name one meaning (499-nginx)
                names[meaning.id] = f"{meaning.display_name} ({meaning.origin or 'IANA'})"
        return names

    def _apply_zoom(self, percent: int) -> None:
        font = QFont(self.browser.font())
        font.setPointSizeF(self._base_point_size * percent / 100)
        self.browser.document().setDefaultFont(font)
        if self.browser.readable_width_on:
            self.browser.fit_line_length()

    # -- links -------------------------------------------------------------------------------

    def _follow_code(self, target: str) -> None:
        """Open a related code; a number with several unofficial meanings and no standard
        one is searched for, so that every meaning is listed."""
        if is_number(target):
            meanings = self.state.catalogue.for_code(int(target))
            if len(meanings) > 1 and not meanings[0].is_standard:
                self.state.set_query(target)
                self.state.record_visit()
                return
        self.state.show_entry(target)

    def _on_anchor(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == "code":
            self._follow_code(url.path())
        elif scheme == "search":
            self.state.set_query(url.path())
        elif scheme in SAFE_SCHEMES:
            self.external_link.emit(url)
        # Anything else (file:, javascript:, data:...) is ignored on purpose.


def suggestions(state: SessionState, query: str) -> list[tuple[str, str]]:
    """Queries that would find something, for a search that found nothing."""
    translate = QApplication.translate
    catalogue = state.catalogue
    found: list[tuple[str, str]] = []
    digits = "".join(ch for ch in query if "0" <= ch <= "9")
    if digits:
        for code in catalogue.nearest_codes(int(digits[:6]), 3):
            entries = catalogue.for_code(code)
            found.append((str(code), entries[0].display_name if entries else ""))
    for word in query.split()[:6]:
        hits = state.engine.search(word)
        if hits and word != query:
            best = catalogue.get(hits[0].entry.id) or hits[0].entry
            found.append(
                (
                    word,
                    translate("DetailView", "{count} matches, best: {title}").format(
                        count=len(hits), title=best.display_title
                    ),
                )
            )
    if not found:
        found = [
            ("not found", translate("DetailView", "a name")),
            ("rate limit", translate("DetailView", "plain words")),
            ("5xx", translate("DetailView", "a class")),
        ]
    return found[:6]
