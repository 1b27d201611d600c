"""The main window: search box and class toggles above a code tree and a detail pane."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from httpcodes.catalogue.i18n import localise, search_texts
from httpcodes.catalogue.model import LIBRARIES, Catalogue, Entry, is_number
from httpcodes.export import entry_markdown
from httpcodes.gui.actions import ACTIONS, LANGUAGE_ACTIONS, key_sequences, translated
from httpcodes.gui.detail import DetailPane
from httpcodes.gui.language import resolve as resolve_language
from httpcodes.gui.language import shared_translations
from httpcodes.gui.model import CatalogueModel
from httpcodes.gui.notice import NoticeBar
from httpcodes.gui.proxy import CLASS_KEYS, SearchFilterProxy
from httpcodes.gui.search_box import SearchBox, is_text_input
from httpcodes.gui.settings import Settings
from httpcodes.gui.theme import apply_theme, current_colours
from httpcodes.navigation import History, remember_recent

if TYPE_CHECKING:
    from httpcodes.gui.dialogs import ShortcutsDialog
    from httpcodes.search.engine import SearchEngine

log = logging.getLogger(__name__)
_CODE_QUERY_LENGTH = 3


class MainWindow(QMainWindow):
    """The reference window. ``persist=False`` neither reads nor writes the user's settings
    beyond what is passed in (screenshots use it)."""

    entry_shown = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        *,
        persist: bool = True,
        open_url: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__()
        # The catalogue as loaded (English), and as shown (in the interface language).
        self.base_catalogue = catalogue
        self.translations = shared_translations()
        self.language_choice = settings.language
        self.language = resolve_language(self.language_choice)
        self.translations.apply(self.language)
        self.catalogue = catalogue = localise(catalogue, self.language)
        # Colours first: widgets built under the final palette need no repolish afterwards.
        app = QApplication.instance()
        self.dark = isinstance(app, QApplication) and apply_theme(app, settings.theme)
        self.settings = settings
        self.persist = persist
        self._open_url_with = open_url
        self.history = History()
        self.favourites: list[str] = [f for f in settings.favourites if catalogue.get(f)]
        self.recent: list[str] = [r for r in settings.recent if catalogue.get(r)]
        self.theme_mode = settings.theme
        self._recording = True
        self._toggles_paused = False
        self.viewports_watched = False
        self._typing = False
        self._restoring = False
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(0)
        self._detail_timer.timeout.connect(lambda: self._render_detail(self.tree.currentIndex()))
        self._dialogs: list[QWidget] = []

        self.setWindowTitle("httpcodes")
        self.setObjectName("MainWindow")
        self.model = CatalogueModel(self)
        self.model.set_catalogue(catalogue)
        self.proxy = SearchFilterProxy(self.model, self._build_search_engine, self)

        self.actions_by_name: dict[str, QAction] = {}
        self._create_actions()
        self._build_widgets()
        self._build_menus()
        self._connect()
        self.retranslate_ui()
        self._restore(settings)
        self._watch_keys_and_mouse()

    # -- construction ------------------------------------------------------------------------

    def _build_search_engine(self) -> SearchEngine:
        # English and every translation go into one index, whatever the interface language.
        from httpcodes.search.engine import SearchEngine

        base = self.base_catalogue
        return SearchEngine(base.entries, base.classes, search_texts())

    def _create_actions(self) -> None:
        for spec in ACTIONS:
            action = QAction(self)
            action.setObjectName(spec.name)
            action.setShortcuts(key_sequences(spec))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(spec.checkable)
            self.addAction(action)
            self.actions_by_name[spec.name] = action
        themes = QActionGroup(self)
        for name in ("theme_system", "theme_light", "theme_dark"):
            themes.addAction(self.actions_by_name[name])
        languages = QActionGroup(self)
        for name in LANGUAGE_ACTIONS:
            languages.addAction(self.actions_by_name[name])

    def action(self, name: str) -> QAction:
        """The action with this name (see ``actions.ACTIONS``)."""
        return self.actions_by_name[name]

    def _build_widgets(self) -> None:
        self.search_box = SearchBox(self)
        self.search_box.setObjectName("search")

        toggles = QHBoxLayout()
        toggles.setSpacing(4)
        self.class_buttons: dict[str, QToolButton] = {}
        for key in CLASS_KEYS:
            button = QToolButton(self)
            button.setDefaultAction(self.action(f"class_{key}"))
            button.setAutoRaise(False)
            self.class_buttons[key] = button
            toggles.addWidget(button)
        toggles.addSpacing(8)
        self.unofficial_button = QToolButton(self)
        self.unofficial_button.setDefaultAction(self.action("show_unofficial"))
        toggles.addWidget(self.unofficial_button)
        self.favourites_button = QToolButton(self)
        self.favourites_button.setDefaultAction(self.action("favourites_only"))
        toggles.addWidget(self.favourites_button)
        toggles.addStretch(1)

        self.tree = QTreeView(self)
        self.tree.setObjectName("tree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAllColumnsShowFocus(True)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(16)
        self.tree_stack = QStackedWidget(self)
        self.tree_stack.addWidget(self.tree)
        self.tree_stack.addWidget(self.empty_label)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.search_box)
        left_layout.addLayout(toggles)
        left_layout.addWidget(self.tree_stack, 1)

        self.detail = DetailPane(self._open_url, self)
        self.detail.setObjectName("detail")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(240)
        self._splitter_restored = False
        self.splitter.setChildrenCollapsible(False)

        self.notice = NoticeBar(self)
        self.notice.hide()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.notice, 0)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.statusBar().addPermanentWidget(self.count_label)
        self.setTabOrder(self.search_box, self.class_buttons["1xx"])
        previous: QWidget = self.class_buttons["1xx"]
        for widget in (
            *[self.class_buttons[k] for k in CLASS_KEYS[1:]],
            self.unofficial_button,
            self.favourites_button,
            self.tree,
            self.detail.copy_button,
            self.detail.status_line_button,
            self.detail.markdown_button,
            self.detail.favourite_button,
            self.detail.browser,
        ):
            self.setTabOrder(previous, widget)
            previous = widget
        self.resize(1100, 720)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        file_menu.addAction(self.action("quit"))

        self.edit_menu = edit = bar.addMenu("")
        for name in ("copy", "copy_code", "copy_status_line", "copy_markdown"):
            edit.addAction(self.action(name))
        self.constant_menu = edit.addMenu("")
        for library, title in LIBRARIES.items():
            item = self.constant_menu.addAction(title)
            item.setObjectName(f"menu_constant_{library}")
            item.triggered.connect(lambda _=False, lib=library: self.copy(f"constant:{lib}"))
        edit.addSeparator()
        edit.addAction(self.action("focus_search"))
        edit.addAction(self.action("clear_search"))

        self.view_menu = view = bar.addMenu("")
        for key in CLASS_KEYS:
            view.addAction(self.action(f"class_{key}"))
        view.addAction(self.action("all_classes"))
        view.addSeparator()
        view.addAction(self.action("show_unofficial"))
        view.addAction(self.action("favourites_only"))
        view.addSeparator()
        self.theme_menu = theme = view.addMenu("")
        for name in ("theme_system", "theme_light", "theme_dark"):
            theme.addAction(self.action(name))
        self.language_menu = languages = view.addMenu("")
        for name in LANGUAGE_ACTIONS:
            languages.addAction(self.action(name))
        view.addSeparator()
        view.addAction(self.action("focus_tree"))
        view.addAction(self.action("focus_detail"))

        self.go_menu = go = bar.addMenu("")
        go.addAction(self.action("back"))
        go.addAction(self.action("forward"))
        go.addSeparator()
        go.addAction(self.action("toggle_favourite"))
        self.favourites_menu = go.addMenu("")
        self.recent_menu = go.addMenu("")
        self.favourites_menu.aboutToShow.connect(self._fill_favourites_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        self.help_menu = help_menu = bar.addMenu("")
        help_menu.addAction(self.action("shortcuts"))
        help_menu.addAction(self.action("about"))

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._on_query_changed)
        self.search_box.move_requested.connect(self._move_selection)
        self.search_box.open_requested.connect(self._open_current_or_first)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.customContextMenuRequested.connect(self._show_tree_menu)
        self.tree.activated.connect(lambda index: self.detail.browser.setFocus())
        self.detail.code_link_activated.connect(self.follow_code_link)
        self.detail.search_link_activated.connect(self.search_box.setText)
        self.detail.copy_requested.connect(self.copy)
        self.detail.favourite_toggled.connect(self._set_current_favourite)
        self.proxy.refiltered.connect(self._after_filter)

        triggers: dict[str, Callable[[], object]] = {
            "focus_search": self.focus_search,
            "clear_search": self.search_box.clear,
            "copy": lambda: self.copy("selection-or-title"),
            "copy_code": lambda: self.copy("code"),
            "copy_status_line": lambda: self.copy("status_line"),
            "copy_markdown": lambda: self.copy("markdown"),
            "back": self.go_back,
            "forward": self.go_forward,
            "toggle_favourite": self.toggle_favourite,
            "all_classes": self.show_all_classes,
            "focus_tree": self.tree.setFocus,
            "focus_detail": self.detail.browser.setFocus,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
            "quit": self.close,
            "theme_system": lambda: self.set_theme("system"),
            "theme_light": lambda: self.set_theme("light"),
            "theme_dark": lambda: self.set_theme("dark"),
            "lang_system": lambda: self.set_language("system"),
            "lang_en": lambda: self.set_language("en"),
            "lang_zh-CN": lambda: self.set_language("zh-CN"),
        }
        for name, slot in triggers.items():
            self.action(name).triggered.connect(slot)
        for key in CLASS_KEYS:
            self.action(f"class_{key}").toggled.connect(self._on_toggles_changed)
        self.action("show_unofficial").toggled.connect(self._on_toggles_changed)
        self.action("favourites_only").toggled.connect(self._on_toggles_changed)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)

    def _restore(self, settings: Settings) -> None:
        enabled = settings.enabled_classes
        checks = {f"class_{key}": key in enabled for key in CLASS_KEYS}
        checks["show_unofficial"] = settings.show_unofficial
        checks["favourites_only"] = settings.favourites_only
        # The code to show is chosen below: the first filtering must not pick (and draw) one.
        self._restoring = True
        with self._one_refilter():
            for name, checked in checks.items():
                self.action(name).setChecked(checked)
        if not self._on_toggles_changed():
            self._after_filter()
        self._restoring = False
        self.action(f"theme_{self.theme_mode}").setChecked(True)
        self.action(f"lang_{self.language_choice}").setChecked(True)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        if settings.splitter is not None:
            self._splitter_restored = self.splitter.restoreState(settings.splitter)
        last = settings.last_entry
        self._recording = False
        if last and self.catalogue.get(last):
            self.go_to(last)
        else:
            # A first start shows the first class's overview (1xx unless the filters hide it).
            first = self.proxy.index(0, 0)
            if first.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        self._recording = True
        if last and self.catalogue.get(last):
            self.history.visit(last)
        self._update_navigation()
        # A search tool starts where the user types.
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate_ui(self) -> None:
        """Set every text of the window in the interface language."""
        for spec in ACTIONS:
            action = self.action(spec.name)
            action.setText(translated(spec.text))
            if spec.tip:
                action.setStatusTip(translated(spec.tip))
                action.setToolTip(translated(spec.tip))
            if spec.icon_text:
                action.setIconText(translated(spec.icon_text))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.constant_menu.setTitle(self.tr("Copy Co&nstant"))
        self.view_menu.setTitle(self.tr("&View"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.favourites_menu.setTitle(self.tr("F&avourites"))
        self.recent_menu.setTitle(self.tr("&Recently Viewed"))
        self.help_menu.setTitle(self.tr("&Help"))
        for key, button in self.class_buttons.items():
            button.setAccessibleName(self.tr("Show {key} codes").format(key=key))
        self.unofficial_button.setAccessibleName(self.tr("Show unofficial codes"))
        self.favourites_button.setAccessibleName(self.tr("Show favourites only"))
        self.tree.setAccessibleName(self.tr("Status codes"))
        self.empty_label.setAccessibleName(self.tr("No results"))
        self.search_box.retranslate()
        self.detail.retranslate()
        self.notice.retranslate()
        if self.tree.model() is not None and hasattr(self, "count_label"):
            self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._render_detail(self.tree.currentIndex())
        super().changeEvent(event)

    def set_language(self, choice: str) -> None:
        """Switch the interface and the catalogue's texts to ``system``, ``en`` or ``zh-CN``
        at once, keeping the current code in view."""
        self.language_choice = choice
        self.action(f"lang_{choice}").setChecked(True)
        language = resolve_language(choice)
        if language == self.language:
            return
        self.language = language
        self.translations.apply(language)
        current = self.current_entry.id if self.current_entry else None
        if current is None and self.detail.status_class is not None:
            current = self.detail.status_class.key
        self.catalogue = localise(self.base_catalogue, language)
        self._recording = False
        try:
            self.model.set_catalogue(self.catalogue)
            self.model.set_favourites(frozenset(self.favourites))
            self._after_filter()
            self.go_to(current or "1xx")
        finally:
            self._recording = True
        self.retranslate_ui()
        self._render_detail(self.tree.currentIndex())

    def show_notice(self, lines: Sequence[str]) -> None:
        """Show problems (for example in the user's catalogue files) until dismissed."""
        for line in lines:
            log.warning("%s", line)
        self.notice.show_lines(lines)

    # -- selection and navigation ------------------------------------------------------------

    @property
    def current_entry(self) -> Entry | None:
        """The entry shown in the detail pane, if a code (not a class) is selected."""
        return self.detail.entry

    def go_to(self, target: str) -> bool:
        """Select an entry id, a bare code number or a class key; reveal it if filters hide
        it. Returns False when the catalogue has no such thing."""
        entry_id = target
        if is_number(target):
            standard = self.catalogue.standard(int(target))
            meanings = self.catalogue.for_code(int(target))
            chosen = standard or (meanings[0] if meanings else None)
            if chosen is None:
                return False
            entry_id = chosen.id
        if self.catalogue.get(entry_id) is None and self.catalogue.status_class(entry_id) is None:
            return False
        source = self.model.index_of(entry_id)  # invalid while a search leaves it out
        proxy_index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if not proxy_index.isValid():
            self._reveal(entry_id)
            source = self.model.index_of(entry_id)
            proxy_index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if not proxy_index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(proxy_index)
        return True

    def follow_code_link(self, target: str) -> None:
        """Open a related code; a number with several unofficial meanings and no standard
        one is searched for, so that every meaning is listed."""
        if is_number(target):
            meanings = self.catalogue.for_code(int(target))
            if len(meanings) > 1 and not meanings[0].is_standard:
                self.search_box.setText(target)
                self._open_current_or_first()
                return
        self.go_to(target)

    def _reveal(self, entry_id: str) -> None:
        """Undo whatever filter hides an entry: its class toggle, the vendor toggle,
        favourites only, or a query it does not match."""
        entry = self.catalogue.get(entry_id)
        key = entry.class_key if entry else entry_id
        if key in CLASS_KEYS:
            self.action(f"class_{key}").setChecked(True)
        if entry is not None:
            if not entry.is_standard:
                self.action("show_unofficial").setChecked(True)
            if entry.id not in self.favourites:
                self.action("favourites_only").setChecked(False)
        if (
            self.proxy.query
            and not self.proxy.mapFromSource(self.model.index_of(entry_id)).isValid()
        ):
            self.search_box.clear()

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._typing:
            # While the user types, the tree comes first; the page follows a moment later.
            self.detail.select(current)
            self._detail_timer.start()
        else:
            self._detail_timer.stop()
            self._render_detail(current)
        entry = self.current_entry
        if entry is not None:
            self.setWindowTitle(f"{entry.display_title} — httpcodes")
            if self._recording:
                self.history.visit(entry.id)
                self.recent = remember_recent(self.recent, entry.id)
            self.detail.set_favourite(entry.id in self.favourites)
            self.action("toggle_favourite").setChecked(entry.id in self.favourites)
            self.entry_shown.emit(entry.id)
        else:
            self.setWindowTitle("httpcodes")
        self._update_navigation()

    def _render_detail(self, index: QModelIndex) -> None:
        colours = current_colours(QApplication.palette(), self.dark)
        names: dict[int, str] = {}
        for code in {e.code for e in self.catalogue.entries}:
            meanings = self.catalogue.for_code(code)
            if meanings[0].is_standard or len(meanings) == 1:
                names[code] = meanings[0].display_name
            else:
                names[code] = self.tr("({count} unofficial meanings)").format(count=len(meanings))

        def class_title(key: str) -> str:
            found = self.catalogue.status_class(key)
            return found.title if found else key

        def class_entries(key: str) -> list[Entry]:
            # The overview lists what the tree shows under the class right now.
            parent = self.proxy.mapFromSource(self.model.index_of(key))
            return [
                entry
                for row in range(self.proxy.rowCount(parent))
                if (
                    entry := self.model.entry_at(
                        self.proxy.mapToSource(self.proxy.index(row, 0, parent))
                    )
                )
            ]

        self.detail.show_index(index, colours, class_title, names, class_entries, self.language)

    def go_back(self) -> None:
        """Show the previously viewed code."""
        self._step(self.history.back())

    def go_forward(self) -> None:
        """Show the code viewed after the current one."""
        self._step(self.history.forward())

    def _step(self, entry_id: str | None) -> None:
        if entry_id is None:
            return
        self._recording = False
        try:
            self.go_to(entry_id)
            self.recent = remember_recent(self.recent, entry_id)
        finally:
            self._recording = True
        self._update_navigation()

    def _update_navigation(self) -> None:
        self.action("back").setEnabled(self.history.can_go_back())
        self.action("forward").setEnabled(self.history.can_go_forward())
        has_entry = self.current_entry is not None
        for name in ("copy_code", "copy_status_line", "copy_markdown", "toggle_favourite"):
            self.action(name).setEnabled(has_entry)
        self.constant_menu.setEnabled(has_entry)

    # -- search ------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the keyboard in the search box, its text selected."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _on_query_changed(self, text: str) -> None:
        self._typing = True
        try:
            self.proxy.set_query(text)
        finally:
            self._typing = False

    def _after_filter(self) -> None:
        # Only class rows have children: expanding them is all expandAll() would do, without
        # asking the model about every code row.
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))
        visible = self._update_count()
        query = self.proxy.query
        if visible == 0:
            self._show_empty_state(query)
            return
        self.tree_stack.setCurrentWidget(self.tree)
        current = self.tree.currentIndex()
        if query:
            compact = query.replace(" ", "")
            if len(compact) == _CODE_QUERY_LENGTH and is_number(compact):
                was_recording = self._recording
                self._recording = True
                found = self.go_to(compact) if self.catalogue.for_code(int(compact)) else False
                self._recording = was_recording
                if found:
                    return
            best = self.proxy.first_entry_index()
            if best.isValid() and best != current:
                self._recording = False
                self.tree.selectionModel().setCurrentIndex(
                    best, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.tree.scrollTo(best)
                self._recording = True
        elif self._restoring:
            return
        elif not current.isValid():
            # The shown code was filtered away: show the last viewed code if it is still
            # visible, else the first visible one. Never undo the filter the user just set.
            last = self.history.current
            index = self.proxy.mapFromSource(self.model.index_of(last)) if last else QModelIndex()
            if not index.isValid():
                index = self.proxy.first_entry_index()
            self._recording = False
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._recording = True
        else:
            self.tree.scrollTo(current)
            if self.detail.entry is None and self.detail.status_class is None:
                self._render_detail(current)

    def _update_count(self) -> int:
        """Say in the status bar how many codes are shown; return that number."""
        visible = self.proxy.visible_entry_count()
        query = self.proxy.query
        if query:
            capped = self.proxy.capped
            hidden = len(self.proxy.hits) - capped - visible
            text = self.tr("{count} matches for “{query}”").format(count=visible, query=query[:40])
            if hidden > 0:
                text += self.tr(" · {hidden} hidden by filters").format(hidden=hidden)
            if capped:
                text += self.tr(" · {more} more: refine the search").format(more=capped)
        else:
            text = self.tr("{count} of {total} codes shown").format(
                count=visible, total=len(self.catalogue.entries)
            )
        self.count_label.setText(text)
        return visible

    def _show_empty_state(self, query: str) -> None:
        colours = current_colours(QApplication.palette(), self.dark)
        hidden = len(self.proxy.hits)
        if query and hidden:
            message = self.tr(
                "{count} codes match “{query}”, but the filters hide them. Ctrl+0 shows every "
                "class, Ctrl+U unofficial codes, Ctrl+Shift+D leaves favourites only."
            ).format(count=hidden, query=query[:40])
        elif query:
            message = self.tr("Nothing matches “{query}”. Suggestions are on the right.").format(
                query=query[:40]
            )
        elif self.proxy.favourites_only:
            message = self.tr("No favourites yet. Select a code and press Ctrl+D to add it.")
        else:
            message = self.tr("Every class is hidden. Press Ctrl+0 to show them all.")
        self.empty_label.setText(message)
        self.tree_stack.setCurrentWidget(self.empty_label)
        if query:
            self.detail.show_nothing_found(query, colours, self._suggestions(query))

    def _suggestions(self, query: str) -> list[tuple[str, str]]:
        """Queries that would find something, for the empty state."""
        suggestions: list[tuple[str, str]] = []
        digits = "".join(ch for ch in query if "0" <= ch <= "9")
        if digits:
            for code in self.catalogue.nearest_codes(int(digits[:6]), 3):
                entries = self.catalogue.for_code(code)
                suggestions.append((str(code), entries[0].display_name if entries else ""))
        engine = self.proxy.engine
        for word in query.split()[:6]:
            hits = engine.search(word)
            if hits and word != query:
                best = self.catalogue.get(hits[0].entry.id) or hits[0].entry
                suggestions.append(
                    (
                        word,
                        self.tr("{count} matches, best: {title}").format(
                            count=len(hits), title=best.display_title
                        ),
                    )
                )
        if not suggestions:
            suggestions = [
                ("not found", self.tr("a name")),
                ("rate limit", self.tr("plain words")),
                ("5xx", self.tr("a class")),
            ]
        return suggestions[:6]

    def _move_selection(self, step: int) -> None:
        rows = self._visible_entry_indexes()
        if not rows:
            return
        current = self.tree.currentIndex()
        position = next((i for i, index in enumerate(rows) if index == current), None)
        if position is None:
            target = 0 if step > 0 else len(rows) - 1
        else:
            target = max(0, min(len(rows) - 1, position + step))
        self.tree.selectionModel().setCurrentIndex(
            rows[target], QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(rows[target])

    def _visible_entry_indexes(self) -> list[QModelIndex]:
        rows: list[QModelIndex] = []
        for class_row in range(self.proxy.rowCount()):
            parent = self.proxy.index(class_row, 0)
            rows.extend(
                self.proxy.index(row, 0, parent) for row in range(self.proxy.rowCount(parent))
            )
        return rows

    def _open_current_or_first(self) -> None:
        current = self.tree.currentIndex()
        if not current.isValid() or not current.parent().isValid():
            current = self.proxy.first_entry_index()
        if current.isValid():
            self.tree.selectionModel().setCurrentIndex(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            entry = self.current_entry
            if entry is not None:
                self.history.visit(entry.id)
                self._update_navigation()
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- toggles -----------------------------------------------------------------------------

    @contextmanager
    def _one_refilter(self) -> Iterator[None]:
        """Change several toggles, then filter once (the caller does) instead of per toggle;
        the toggles' own signals still reach their buttons."""
        self._toggles_paused = True
        try:
            yield
        finally:
            self._toggles_paused = False

    def _on_toggles_changed(self, _checked: bool = False) -> bool:
        if self._toggles_paused:
            return False
        return self.proxy.set_filters(
            [k for k in CLASS_KEYS if self.action(f"class_{k}").isChecked()],
            self.action("show_unofficial").isChecked(),
            frozenset(self.favourites),
            self.action("favourites_only").isChecked(),
        )

    def show_all_classes(self) -> None:
        """Turn every class toggle on."""
        with self._one_refilter():
            for key in CLASS_KEYS:
                self.action(f"class_{key}").setChecked(True)
        self._on_toggles_changed()

    # -- favourites --------------------------------------------------------------------------

    def toggle_favourite(self) -> None:
        """Add the current code to favourites, or remove it."""
        entry = self.current_entry
        if entry is not None:
            self._set_current_favourite(entry.id not in self.favourites)

    def _set_current_favourite(self, favourite: bool) -> None:
        entry = self.current_entry
        if entry is None:
            return
        if favourite and entry.id not in self.favourites:
            self.favourites.append(entry.id)
        elif not favourite and entry.id in self.favourites:
            self.favourites.remove(entry.id)
        self.detail.set_favourite(favourite)
        self.action("toggle_favourite").setChecked(favourite)
        self.model.set_favourites(frozenset(self.favourites))
        self.proxy.set_favourites(
            frozenset(self.favourites), self.action("favourites_only").isChecked()
        )
        message = (
            self.tr("Added to favourites: {title}")
            if favourite
            else self.tr("Removed from favourites: {title}")
        )
        self.statusBar().showMessage(message.format(title=entry.display_title), 4000)
        if self.persist:
            # Saved at once: a favourite must survive a crash or a killed session.
            self.settings.save({"session/favourites": list(self.favourites)})

    def _fill_favourites_menu(self) -> None:
        self._fill_entry_menu(
            self.favourites_menu, self.favourites, self.tr("No favourites yet (Ctrl+D adds one)")
        )

    def _fill_recent_menu(self) -> None:
        self._fill_entry_menu(self.recent_menu, self.recent, self.tr("Nothing viewed yet"))

    def _fill_entry_menu(self, menu: QMenu, ids: list[str], empty: str) -> None:
        menu.clear()
        for entry_id in ids:
            entry = self.catalogue.get(entry_id)
            if entry is None:
                continue
            origin = f"  ({entry.origin})" if entry.origin else ""
            item = menu.addAction(entry.display_title + origin)
            item.triggered.connect(lambda _=False, target=entry_id: self.go_to(target))
        if menu.isEmpty():
            placeholder = menu.addAction(empty)
            placeholder.setEnabled(False)

    # -- copying -----------------------------------------------------------------------------

    def copy(self, what: str) -> str | None:
        """Copy something about the current entry (or the selected text) to the clipboard;
        returns the copied text."""
        text: str | None = None
        if what == "selection-or-title":
            text = self._selected_text()
            if text is None:
                what = "title"
        entry = self.current_entry
        if text is None and entry is not None:
            if what == "title":
                text = entry.title
            elif what == "code":
                text = str(entry.code)
            elif what == "status_line":
                text = entry.status_line
            elif what == "markdown":
                text = entry_markdown(entry)
            elif what.startswith("constant:"):
                constant = entry.constant(what.split(":", 1)[1])
                if constant is None:
                    library = LIBRARIES.get(what.split(":", 1)[1], "?")
                    self.statusBar().showMessage(
                        self.tr("{library} has no constant for {code}").format(
                            library=library, code=entry.code
                        ),
                        4000,
                    )
                    return None
                text = constant.name
        if (
            text is None
            and entry is None
            and self.detail.status_class is not None
            and what == "title"
        ):
            text = self.detail.status_class.title
        if text is None:
            return None
        QGuiApplication.clipboard().setText(text)
        first_line = text.splitlines()[0] if text else ""
        self.statusBar().showMessage(self.tr("Copied: {text}").format(text=first_line[:80]), 3000)
        return text

    def _selected_text(self) -> str | None:
        focus = QApplication.focusWidget()
        if focus is self.search_box and self.search_box.hasSelectedText():
            return self.search_box.selectedText()
        cursor = self.detail.browser.textCursor()
        if focus is self.detail.browser and cursor.hasSelection():
            return cursor.selection().toPlainText()
        return None

    def _show_tree_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        menu = self.build_context_menu()
        menu.popup(self.tree.viewport().mapToGlobal(position))
        self._dialogs.append(menu)

    def build_context_menu(self) -> QMenu:
        """The copy and favourite menu of the current code."""
        menu = QMenu(self)
        menu.setObjectName("context_menu")
        for name in ("copy", "copy_code", "copy_status_line", "copy_markdown"):
            menu.addAction(self.action(name))
        constants = menu.addMenu(self.tr("Copy Constant"))
        entry = self.current_entry
        for library, title in LIBRARIES.items():
            item = constants.addAction(title)
            item.setObjectName(f"context_constant_{library}")
            item.setEnabled(entry is not None and entry.constant(library) is not None)
            item.triggered.connect(lambda _=False, lib=library: self.copy(f"constant:{lib}"))
        menu.addSeparator()
        menu.addAction(self.action("toggle_favourite"))
        return menu

    # -- look --------------------------------------------------------------------------------

    def set_theme(self, mode: str) -> None:
        """Switch to ``system``, ``light`` or ``dark`` at once."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        self.theme_mode = mode
        self.action(f"theme_{mode}").setChecked(True)
        self.dark = apply_theme(app, mode)
        self._render_detail(self.tree.currentIndex())
        if not self.proxy.visible_entry_count() and self.proxy.query:
            self._show_empty_state(self.proxy.query)

    def _on_system_scheme_changed(self) -> None:
        if self.theme_mode == "system":
            self.set_theme("system")

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the shortcuts dialog (F1)."""
        # Dialogs are imported when first opened: their Qt classes cost start-up otherwise.
        from httpcodes.gui.dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions_by_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        """Open the About box."""
        from httpcodes.gui.dialogs import show_about

        self._dialogs.append(show_about(self))

    def _open_url(self, url: QUrl) -> bool:
        from PySide6.QtGui import QDesktopServices

        self.statusBar().showMessage(
            self.tr("Opening {url} in your browser").format(url=url.toString()), 4000
        )
        opener = self._open_url_with or QDesktopServices.openUrl
        return opener(url)

    # -- events ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        event_type = event.type()
        if event_type == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._start_search_from_anywhere(watched, event)
        if event_type == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if not self._belongs_here(watched):
                return False
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return False

    def _watch_keys_and_mouse(self) -> None:
        """Watch the widgets where typing starts a search and the mouse's back and forward
        buttons navigate. Only these: a filter on the whole application would route every
        event of every object through Python, which costs a first paint three times over."""
        watched: list[QWidget] = [
            self,
            self.tree,
            self.detail.browser,
            self.empty_label,
            *self.class_buttons.values(),
            self.unofficial_button,
            self.favourites_button,
            *self.detail.buttons(),
            self.notice.dismiss_button,
        ]
        for widget in watched:
            widget.installEventFilter(self)
        # The mouse's back and forward buttons land on the viewports. Reaching them from
        # Python costs a first use of their class's bindings, which can wait until the
        # window is up.
        QTimer.singleShot(200, self, self._watch_viewports)
        # The search index is built once the window is up and idle, so that the first
        # keystroke does not pay for it (it is built on demand if the user is quicker).
        QTimer.singleShot(300, self, self._prepare_search)

    def _prepare_search(self) -> None:
        self.proxy.prepare()

    def _watch_viewports(self) -> None:
        for area in (self.tree, self.detail.browser):
            area.viewport().installEventFilter(self)
        self.viewports_watched = True

    def _belongs_here(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self

    def _start_search_from_anywhere(self, watched: QObject, event: QKeyEvent) -> bool:
        if not self._belongs_here(watched) or QApplication.activePopupWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self or is_text_input(focus):
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
        if text == "/":
            self.focus_search()
            return True
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.setText(text)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        if not self._splitter_restored:
            # A first start: a third for the list, the rest for the details.
            width = max(self.splitter.width(), self.width() - 16)
            self.splitter.setSizes([width * 36 // 100, width - width * 36 // 100])
            self._splitter_restored = True
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        """Write window, session and preferences to the settings file."""
        if not self.persist:
            return
        entry = self.current_entry
        self.settings.save(
            {
                "window/geometry": self.saveGeometry(),
                "window/splitter": self.splitter.saveState(),
                "session/last_entry": entry.id if entry else "",
                "session/favourites": list(self.favourites),
                "session/recent": list(self.recent),
                "view/theme": self.theme_mode,
                "view/language": self.language_choice,
                "view/show_unofficial": self.action("show_unofficial").isChecked(),
                "view/favourites_only": self.action("favourites_only").isChecked(),
                "view/classes": [k for k in CLASS_KEYS if self.action(f"class_{k}").isChecked()],
            }
        )
