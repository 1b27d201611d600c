"""The main window: the search panel and list on the left, the views on the right, composed
around one session state. The parts do the work; this module only puts them together, and
what the window's commands do is ``window_commands.py``'s."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from httpcodes.catalogue.model import Catalogue, Entry
from httpcodes.gui.code_tree import CodeList, CodeTreeView
from httpcodes.gui.copying import Copier
from httpcodes.gui.keyboard import KeyRouter
from httpcodes.gui.menus import ActionSync, MenuBar, create_actions, retranslate_actions
from httpcodes.gui.search_box import SearchBox
from httpcodes.gui.search_panel import SearchPanel
from httpcodes.gui.settings import Settings
from httpcodes.gui.state import SessionState
from httpcodes.gui.views import ViewHost
from httpcodes.gui.window_commands import WindowCommands

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from httpcodes.gui.notice import NoticeBar

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1100, 720)
# The first window takes at most this share of the screen's free area.
_SCREEN_SHARE = 0.9


class MainWindow(WindowCommands):
    """The reference window. ``persist=False`` neither reads nor writes the user's session
    beyond what is passed in (screenshots use it)."""

    def __init__(
        self,
        catalogue: Catalogue,
        settings: Settings,
        *,
        persist: bool = True,
        open_url: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings
        # Colours and language first: widgets built under them need no second pass.
        self.state = state = SessionState(catalogue, settings, self, persist=persist)
        # Links open with the desktop's browser unless told otherwise (tests); QUrl and
        # QDesktopServices are first needed when a link is followed, not for the first frame.
        self._open_url_with = open_url
        self.actions_by_name = create_actions(self)
        self.copier = Copier(state, self)

        self.search_panel = SearchPanel(state, self.actions_by_name, self)
        self.code_list = CodeList(state, self)
        self.search_panel.add_list(self.code_list)
        self.views = ViewHost(state, self)
        self.detail = self.views.detail
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.views)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_restored = False
        self._shown_once = False
        # The notice bar is built when there is something to say (see ``notice``).
        self._notice: NoticeBar | None = None
        central = QWidget(self)
        self._central_layout = layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.statusBar().addPermanentWidget(self.count_label)

        self.menus = MenuBar(self, self.actions_by_name, state, self.copier.copy)
        ActionSync(self.actions_by_name, state)
        self._connect()
        self._set_tab_order()
        self.keys = KeyRouter(self, state, self.search_box, self.focus_ring)
        self.keys.watch(
            [
                self,
                self.tree,
                self.detail.browser,
                self.empty_label,
                *self.search_panel.toggle_buttons(),
                *self.detail.buttons(),
            ],
            [self.tree, self.detail.browser],
        )
        self.retranslate_ui()
        self._restore(settings)
        # The search index is built once the window is up and idle, so that the first
        # keystroke does not pay for it (it is built on demand if the user is quicker). A
        # window already closed by then builds nothing: it would only write the cache.
        QTimer.singleShot(300, self, lambda: self.isVisible() and state.engine)
        # Readable line lengths measure the viewport and the font: after the first paint too.
        QTimer.singleShot(200, self, self.detail.browser.start_readable_width)

    # -- parts, as tests and the launcher reach them ---------------------------------------

    @property
    def notice(self) -> NoticeBar:
        """The bar above the content for problems the user should know about (hidden until
        it has one). It is built on first use: most windows never show it, and its widgets
        and Qt classes would cost the first paint."""
        if self._notice is None:
            from httpcodes.gui.notice import NoticeBar

            self._notice = NoticeBar(self.centralWidget())
            self._notice.hide()
            self._central_layout.insertWidget(0, self._notice, 0)
            self.keys.watch([self._notice.dismiss_button], [])
        return self._notice

    @property
    def search_box(self) -> SearchBox:
        return self.search_panel.search_box

    @property
    def tree(self) -> CodeTreeView:
        return self.code_list.tree

    @property
    def empty_label(self) -> QLabel:
        return self.code_list.empty_label

    @property
    def current_entry(self) -> Entry | None:
        """The entry shown in the detail view, if a code is on screen."""
        return self.detail.entry

    def action(self, name: str) -> QAction:
        """The action with this name (see ``actions.ACTIONS``)."""
        return self.actions_by_name[name]

    def focus_ring(self) -> list[QWidget]:
        """What F6 cycles through: search, list, details."""
        listing: QWidget = (
            self.tree if self.code_list.currentWidget() is self.tree else self.empty_label
        )
        view = self.views.currentWidget()
        right: QWidget = view if view and view is not self.detail else self.detail.browser
        return [self.search_box, listing, right]

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        state = self.state
        box = self.search_panel.search_box
        box.move_requested.connect(self.code_list.move_selection)
        box.open_requested.connect(self._open_from_search)
        box.cycle_requested.connect(lambda step: self.keys.cycle_focus(step))
        self.code_list.tree.open_requested.connect(self._open_from_search)
        self.code_list.tree.menu_requested.connect(self._show_context_menu)
        self.code_list.counted.connect(self.count_label.setText)
        self.detail.copy_requested.connect(self.copier.copy)
        self.detail.external_link.connect(self.open_url)
        state.message.connect(lambda text: self.statusBar().showMessage(text, 4000))
        for signal in (state.entry_changed, state.language_changed, state.listing_changed):
            signal.connect(self._update_title)
        self.views.title_changed.connect(self._update_title)
        self._connect_actions()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.search_box,
            *self.search_panel.toggle_buttons(),
            self.tree,
            *self.detail.buttons(),
            self.detail.browser,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    # -- links and notices -------------------------------------------------------------------

    def open_url(self, url: QUrl) -> bool:
        """Open a link in the browser; say so in the window when that fails."""
        open_with = self._open_url_with
        if open_with is None:
            from PySide6.QtGui import QDesktopServices

            open_with = QDesktopServices.openUrl
        if open_with(url):
            self.statusBar().showMessage(
                self.tr("Opening {url} in your browser").format(url=url.toString()), 4000
            )
            return True
        self.notice.show_link_failure(url.toString())
        return False

    def show_notice(self, lines: Sequence[str]) -> None:
        """Show problems (for example in the user's catalogue files) until dismissed."""
        for line in lines:
            log.warning("%s", line)
        self.notice.show_lines(lines)

    # -- texts -------------------------------------------------------------------------------

    def _update_title(self) -> None:
        state = self.state
        entry = state.entry
        status_class = state.catalogue.status_class(state.entry_id) if state.entry_id else None
        view = self.views.currentWidget()
        view_title = view.windowTitle() if view and view is not self.detail else ""
        if view_title:
            # Another view (the guide, a comparison) names itself.
            self.setWindowTitle(f"{view_title} — httpcodes")
        elif state.searching and not state.visible_hits():
            self.setWindowTitle(self.tr("No match — httpcodes"))
        elif entry is not None:
            self.setWindowTitle(f"{entry.display_title} — httpcodes")
        elif status_class is not None:
            self.setWindowTitle(f"{status_class.title} — httpcodes")
        else:
            self.setWindowTitle("httpcodes")

    def retranslate_ui(self) -> None:
        """Set every text of the window in the interface language."""
        retranslate_actions(self.actions_by_name)
        self.menus.retranslate()
        self.search_panel.retranslate()
        self.code_list.retranslate()
        if self._notice is not None:
            self._notice.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # Child widgets get their own LanguageChange; the actions and menus are ours.
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_actions(self.actions_by_name)
            self.menus.retranslate()
            self.code_list.retranslate()
            if self._notice is not None:
                self._notice.retranslate()
        super().changeEvent(event)

    # -- session -----------------------------------------------------------------------------

    def _restore(self, settings: Settings) -> None:
        restored = settings.geometry is not None and self.restoreGeometry(settings.geometry)
        if not restored:
            self.resize(*DEFAULT_SIZE)
        # A first window takes a share of the screen; a restored one is only brought back on.
        self.fit_on_screen(1.0 if restored else _SCREEN_SHARE)
        if settings.splitter is not None:
            self._splitter_restored = self.splitter.restoreState(settings.splitter)
        last = settings.last_entry
        if last and self.state.resolve(last):
            self.state.show_entry(last)
        self._update_title()
        self.detail.render_page()
        # A search tool starts where the user types.
        self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_on_screen(self, share: float = _SCREEN_SHARE) -> None:
        """Keep the window within the free area of its screen (a first start at a large
        scale factor, or a geometry saved on a larger screen)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        # The frame's size is known once the window is shown (fit_on_screen runs again then).
        extra_width = self.frameGeometry().width() - self.width()
        extra_height = self.frameGeometry().height() - self.height()
        # A share of the screen, unless the window cannot be that small: then the whole.
        least = self.minimumSizeHint()
        share_width = max(int(area.width() * share), least.width())
        share_height = max(int(area.height() * share), least.height())
        width = min(self.width(), share_width, area.width() - extra_width)
        height = min(self.height(), share_height, area.height() - extra_height)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = QRect(self.pos(), QSize(width + extra_width, height + extra_height))
        if not area.contains(frame):
            left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
            top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
            self.move(max(left, area.left()), max(top, area.top()))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self, lambda: self.fit_on_screen(1.0))
        if not self._splitter_restored:
            # A first start: the list as wide as its longest row (vendor rows whole), within
            # a third to a half of the window; the details take the rest.
            width = max(self.splitter.width(), self.width() - 16)
            left = min(max(width * 36 // 100, self.code_list.natural_width()), width // 2)
            self.splitter.setSizes([left, width - left])
            self._splitter_restored = True
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        """Write window, session and preferences to the settings file."""
        self.state.save(
            {"window/geometry": self.saveGeometry(), "window/splitter": self.splitter.saveState()}
        )
