"""The window's session in one observable object.

Everything the window shows is decided here and nowhere else: the entry on screen, the
query and its results, the filters (classes, unofficial codes, favourites only), the history,
the favourites and recent codes, the theme, the language, the zoom and the view on the
right-hand side. Widgets read it and change it through it, and follow its signals; none keeps
a copy. Saving to the settings file happens here too, so that nothing else writes session
keys."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from httpcodes.catalogue.i18n import localise
from httpcodes.catalogue.model import Catalogue, Entry, is_number
from httpcodes.gui.language import resolve as resolve_language
from httpcodes.gui.language import shared_translations
from httpcodes.gui.theme import apply_theme
from httpcodes.navigation import History, remember_recent

if TYPE_CHECKING:
    from httpcodes.gui.settings import Settings
    from httpcodes.search.engine import SearchEngine, SearchHit

CLASS_KEYS: Final = ("1xx", "2xx", "3xx", "4xx", "5xx")
DETAIL_VIEW: Final = "detail"
# The text size, in percent of the default, moves in even steps between these bounds.
ZOOM_DEFAULT: Final = 100
ZOOM_STEP: Final = 10
ZOOM_MIN: Final = 70
ZOOM_MAX: Final = 200


class SessionState(QObject):
    """The one state of a window's session, with a change signal for each part."""

    entry_changed = Signal(str)  # id of the entry (or class key) on screen; "" = start page
    query_changed = Signal(str)
    filters_changed = Signal()
    # The query or the filters changed (once per change, after both are in place): the list
    # refilters on this one, so that a change of both refilters once.
    listing_changed = Signal()
    language_changed = Signal(str)  # "en" | "zh-CN"; emitted after `catalogue` is replaced
    theme_changed = Signal(str)
    zoom_changed = Signal(int)
    view_changed = Signal(str)  # name of the view on screen
    view_requested = Signal(str, object)  # (name, argument): the view host opens it
    favourites_changed = Signal()
    history_changed = Signal()  # back/forward availability or the recent list changed
    message = Signal(str)  # a short note for the status bar

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings | None = None,
        parent: QObject | None = None,
        *,
        persist: bool = True,
    ) -> None:
        super().__init__(parent)
        # Nothing is written without persist (screenshots) or settings (some tests).
        self.settings = settings
        self.persist = persist and settings is not None
        self.base_catalogue = catalogue  # as loaded, in English
        self.translations = shared_translations()
        self.language_choice = settings.language if settings else "system"
        self.language = resolve_language(self.language_choice)
        self.translations.apply(self.language)
        self.catalogue: Catalogue = localise(catalogue, self.language)
        self.theme = settings.theme if settings else "system"
        app = QApplication.instance()
        self.dark = isinstance(app, QApplication) and apply_theme(app, self.theme)
        self.zoom = settings.zoom if settings else ZOOM_DEFAULT
        self.entry_id = ""
        self.view = DETAIL_VIEW
        self.known_views: frozenset[str] = frozenset({DETAIL_VIEW})  # set by the view host
        self.query = ""
        self.hits: tuple[SearchHit, ...] = ()
        self._hit_ids: frozenset[str] = frozenset()
        self._engine: SearchEngine | None = None
        self.classes: frozenset[str] = frozenset(
            settings.enabled_classes if settings else CLASS_KEYS
        )
        self.show_unofficial = settings.show_unofficial if settings else True
        self.favourites_only = settings.favourites_only if settings else False
        self.favourites: list[str] = [
            f for f in (settings.favourites if settings else []) if self.catalogue.get(f)
        ]
        self.recent: list[str] = [
            r for r in (settings.recent if settings else []) if self.catalogue.get(r)
        ]
        self.history = History()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme)

    # -- the search --------------------------------------------------------------------------

    @property
    def engine(self) -> SearchEngine:
        """The search engine over English and every translation, made on first use: read
        from the cache when the catalogue has not changed (httpcodes.search.index_cache)."""
        if self._engine is None:
            from httpcodes.search.index_cache import cached_engine

            base = self.base_catalogue
            self._engine = cached_engine(base.entries, base.classes)
        return self._engine

    def set_query(self, text: str) -> None:
        """Search for ``text`` (the search box's text); a blank query lists everything."""
        if text == self.query:
            return
        before = self.query.strip()
        self.query = text
        query = text.strip()
        if query != before:
            self.hits = self.engine.search(query) if query else ()
            self._hit_ids = frozenset(hit.entry.id for hit in self.hits)
        self.query_changed.emit(text)
        if query != before:
            self.listing_changed.emit()

    @property
    def searching(self) -> bool:
        """True while a non-blank query narrows the list."""
        return bool(self.query.strip())

    def matches_query(self, entry_id: str) -> bool:
        """True when the query lets this entry through (any entry when there is no query)."""
        return not self.searching or entry_id in self._hit_ids

    def visible_hits(self) -> list[Entry]:
        """The matches of the query that the filters let through, best first."""
        return [
            entry
            for hit in self.hits
            if (entry := self.catalogue.get(hit.entry.id)) and self.passes_filters(entry)
        ]

    # -- filters -----------------------------------------------------------------------------

    def passes_filters(self, entry: Entry) -> bool:
        """True when the toggles (classes, unofficial, favourites only) let ``entry`` show."""
        if entry.class_key not in self.classes:
            return False
        if not self.show_unofficial and not entry.is_standard:
            return False
        return not self.favourites_only or entry.id in self.favourites

    def set_filters(
        self,
        classes: Iterable[str] | None = None,
        show_unofficial: bool | None = None,
        favourites_only: bool | None = None,
    ) -> bool:
        """Change any of the toggles at once (None keeps one); False if nothing changed."""
        new_classes = (
            self.classes if classes is None else frozenset(k for k in classes if k in CLASS_KEYS)
        )
        new_unofficial = self.show_unofficial if show_unofficial is None else show_unofficial
        new_only = self.favourites_only if favourites_only is None else favourites_only
        if (new_classes, new_unofficial, new_only) == (
            self.classes,
            self.show_unofficial,
            self.favourites_only,
        ):
            return False
        self.classes, self.show_unofficial, self.favourites_only = (
            new_classes,
            new_unofficial,
            new_only,
        )
        self.filters_changed.emit()
        self.listing_changed.emit()
        return True

    def set_class_shown(self, key: str, shown: bool) -> None:
        """Show or hide one class."""
        self.set_filters(self.classes | {key} if shown else self.classes - {key})

    # -- the entry on screen -----------------------------------------------------------------

    def resolve(self, target: str) -> str | None:
        """An entry id, a bare code number or a class key, as the id to show; None if the
        catalogue has no such thing."""
        if is_number(target):
            number = int(target)
            chosen = self.catalogue.standard(number) or next(
                iter(self.catalogue.for_code(number)), None
            )
            return chosen.id if chosen else None
        if self.catalogue.get(target) or self.catalogue.status_class(target):
            return target
        return None

    @property
    def entry(self) -> Entry | None:
        """The entry on screen, if it is a code (not a class page or the start page)."""
        return self.catalogue.get(self.entry_id) if self.entry_id else None

    def show_entry(self, entry_id: str, record: bool = True) -> bool:
        """Show an entry id, a code number or a class key in the detail view, undoing any
        filter or query that hides it (all at once: the list refilters once). ``record``
        adds it to the history and the recent codes. False if there is no such thing."""
        if entry_id == "":
            return self._set_entry("", record=False)
        found = self.resolve(entry_id)
        if found is None:
            return False
        previous, self.entry_id = self.entry_id, found
        # The list refilters knowing the entry already: it highlights it, nothing between.
        self._reveal(found)
        return self._set_entry(found, record, previous)

    def _reveal(self, entry_id: str) -> None:
        entry = self.catalogue.get(entry_id)
        key = entry.class_key if entry else entry_id
        classes = self.classes | {key} if key in CLASS_KEYS else self.classes
        unofficial = self.show_unofficial or (entry is not None and not entry.is_standard)
        only = self.favourites_only and (entry is None or entry.id in self.favourites)
        clear_query = entry is not None and not self.matches_query(entry_id)
        filters = (classes, unofficial, only) != (
            self.classes,
            self.show_unofficial,
            self.favourites_only,
        )
        if not (filters or clear_query):
            return
        self.classes, self.show_unofficial, self.favourites_only = classes, unofficial, only
        if clear_query:
            self.query, self.hits, self._hit_ids = "", (), frozenset()
            self.query_changed.emit("")
        if filters:
            self.filters_changed.emit()
        self.listing_changed.emit()

    def _set_entry(self, entry_id: str, record: bool, previous: str | None = None) -> bool:
        changed = entry_id != (self.entry_id if previous is None else previous)
        self.entry_id = entry_id
        if record and self.catalogue.get(entry_id):
            self.history.visit(entry_id)
            self.recent = remember_recent(self.recent, entry_id)
            self.history_changed.emit()
        if self.view != DETAIL_VIEW:
            self.show_view(DETAIL_VIEW)
        if changed:
            self.entry_changed.emit(entry_id)
        return True

    def record_visit(self) -> None:
        """Put the entry on screen into the history and the recent codes (the user chose it)."""
        self._set_entry(self.entry_id, record=True)

    def back(self) -> None:
        """Show the previously viewed code."""
        self._step(self.history.back())

    def forward(self) -> None:
        """Show the code viewed after the current one."""
        self._step(self.history.forward())

    def _step(self, entry_id: str | None) -> None:
        if entry_id is None:
            return
        self.show_entry(entry_id, record=False)
        self.recent = remember_recent(self.recent, entry_id)
        self.history_changed.emit()

    # -- views -------------------------------------------------------------------------------

    def show_view(self, name: str, argument: object = None) -> None:
        """Switch the right-hand area to a view (``detail`` is the default one)."""
        if name not in self.known_views:
            self.message.emit(self.tr("There is no view called {name}").format(name=name))
            return
        self.view_requested.emit(name, argument)
        if name != self.view:
            self.view = name
            self.view_changed.emit(name)

    # -- favourites --------------------------------------------------------------------------

    def is_favourite(self, entry_id: str) -> bool:
        return entry_id in self.favourites

    def set_favourite(self, entry_id: str, favourite: bool) -> None:
        """Add an entry to the favourites or remove it; saved at once, so that a favourite
        survives a crash or a killed session."""
        if favourite == (entry_id in self.favourites) or not self.catalogue.get(entry_id):
            return
        if favourite:
            self.favourites.append(entry_id)
        else:
            self.favourites.remove(entry_id)
        self._save({"session/favourites": list(self.favourites)})
        self.favourites_changed.emit()
        if self.favourites_only:
            self.listing_changed.emit()

    def follow_saved_favourites(self) -> None:
        """Take the favourites as the settings file holds them now: another window of this
        user (``--new-window``) may have added or removed some since."""
        if not self.persist or self.settings is None:
            return
        self.settings.reload()
        favourites = [f for f in self.settings.favourites if self.catalogue.get(f)]
        if favourites == self.favourites:
            return
        self.favourites = favourites
        self.favourites_changed.emit()
        if self.favourites_only:
            self.listing_changed.emit()

    # -- look and language -------------------------------------------------------------------

    def set_theme(self, mode: str) -> None:
        """Switch to ``system``, ``light`` or ``dark`` at once."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.theme = mode
        self.dark = apply_theme(app, mode)
        self.theme_changed.emit(mode)

    def _on_system_scheme(self) -> None:
        if self.theme == "system":
            self.set_theme("system")

    def set_zoom(self, percent: int) -> None:
        """Set the text size, in percent, kept within bounds and on the steps."""
        step = round((percent - ZOOM_DEFAULT) / ZOOM_STEP)
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, ZOOM_DEFAULT + step * ZOOM_STEP))
        if zoom != self.zoom:
            self.zoom = zoom
            self.zoom_changed.emit(zoom)

    def zoom_by(self, steps: int) -> None:
        """Make the text ``steps`` steps larger (or smaller when negative)."""
        self.set_zoom(self.zoom + steps * ZOOM_STEP)

    def set_language(self, choice: str) -> None:
        """Switch the interface and the catalogue's texts to ``system``, ``en`` or ``zh-CN``,
        keeping the entry on screen."""
        self.language_choice = choice
        language = resolve_language(choice)
        if language == self.language:
            return
        self.language = language
        # One LanguageChange reaches the widgets (their Qt strings); the catalogue's texts
        # follow with language_changed.
        self.translations.apply(language)
        self.catalogue = localise(self.base_catalogue, language)
        self.language_changed.emit(language)

    # -- saving ------------------------------------------------------------------------------

    def _save(self, values: dict[str, object]) -> None:
        if self.persist and self.settings is not None:
            self.settings.save(values)

    def save(self, extra: dict[str, object] | None = None) -> None:
        """Write the session and the preferences (and ``extra`` window keys) to settings."""
        entry = self.entry
        self._save(
            {
                **(extra or {}),
                "session/last_entry": entry.id if entry else "",
                "session/favourites": list(self.favourites),
                "session/recent": list(self.recent),
                "view/theme": self.theme,
                "view/language": self.language_choice,
                "view/zoom": self.zoom,
                "view/show_unofficial": self.show_unofficial,
                "view/favourites_only": self.favourites_only,
                "view/classes": [k for k in CLASS_KEYS if k in self.classes],
            }
        )
