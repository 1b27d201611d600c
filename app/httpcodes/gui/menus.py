"""The window's actions (made from the one table in ``gui/actions.py``), its menu bar and the
list's context menu. Actions are checked and enabled as the session state says."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from httpcodes.catalogue.model import LIBRARIES
from httpcodes.gui.actions import ACTIONS, LANGUAGE_ACTIONS, key_sequences, translated
from httpcodes.gui.settings import CLASS_KEYS
from httpcodes.gui.state import SessionState

THEME_ACTIONS = ("theme_system", "theme_light", "theme_dark")
COPY_ACTIONS = ("copy", "copy_code", "copy_status_line", "copy_markdown")


def create_actions(window: QWidget) -> dict[str, QAction]:
    """One QAction per row of the table, added to the window so their shortcuts work."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(window)
        action.setObjectName(spec.name)
        action.setShortcuts(key_sequences(spec))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        window.addAction(action)
        actions[spec.name] = action
    for group in (THEME_ACTIONS, LANGUAGE_ACTIONS):
        exclusive = QActionGroup(window)
        for name in group:
            exclusive.addAction(actions[name])
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Set every action's texts in the interface language."""
    for spec in ACTIONS:
        action = actions[spec.name]
        action.setText(translated(spec.text))
        if spec.tip:
            action.setStatusTip(translated(spec.tip))
            action.setToolTip(translated(spec.tip))
        if spec.icon_text:
            action.setIconText(translated(spec.icon_text))


class ActionSync(QObject):
    """Keeps the checkable and enabled actions in step with the state, and hands their
    toggles to it."""

    def __init__(self, actions: dict[str, QAction], state: SessionState) -> None:
        super().__init__(state)
        self.actions = actions
        self.state = state
        for key in CLASS_KEYS:
            actions[f"class_{key}"].toggled.connect(
                lambda checked, k=key: state.set_class_shown(k, checked)
            )
        actions["show_unofficial"].toggled.connect(
            lambda checked: state.set_filters(show_unofficial=checked)
        )
        actions["favourites_only"].toggled.connect(
            lambda checked: state.set_filters(favourites_only=checked)
        )
        for signal in (state.filters_changed, state.entry_changed, state.favourites_changed):
            signal.connect(self.update)
        state.history_changed.connect(self.update)
        state.theme_changed.connect(self.update)
        state.language_changed.connect(self.update)
        self.update()

    def update(self) -> None:
        """Check and enable the actions as the state is now."""
        state, actions = self.state, self.actions
        for key in CLASS_KEYS:
            actions[f"class_{key}"].setChecked(key in state.classes)
        actions["show_unofficial"].setChecked(state.show_unofficial)
        actions["favourites_only"].setChecked(state.favourites_only)
        actions[f"theme_{state.theme}"].setChecked(True)
        actions[f"lang_{state.language_choice}"].setChecked(True)
        actions["back"].setEnabled(state.history.can_go_back())
        actions["forward"].setEnabled(state.history.can_go_forward())
        entry = state.entry
        for name in ("copy_code", "copy_status_line", "copy_markdown", "toggle_favourite"):
            actions[name].setEnabled(entry is not None)
        actions["toggle_favourite"].setChecked(entry is not None and state.is_favourite(entry.id))


class MenuBar(QObject):
    """The menu bar's menus, filled from the actions."""

    def __init__(
        self,
        window: QMainWindow,
        actions: dict[str, QAction],
        state: SessionState,
        copy: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self.state = state
        self.actions = actions
        self.copy = copy
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(actions["quit"])

        self.edit_menu = edit = bar.addMenu("")
        for name in COPY_ACTIONS:
            edit.addAction(actions[name])
        self.constant_menu = edit.addMenu("")
        for library, title in LIBRARIES.items():
            item = self.constant_menu.addAction(title)
            item.setObjectName(f"menu_constant_{library}")
            item.triggered.connect(lambda _=False, lib=library: copy(f"constant:{lib}"))
        edit.addSeparator()
        edit.addAction(actions["focus_search"])
        edit.addAction(actions["clear_search"])
        edit.addSeparator()
        for name in ("find_in_page", "find_next", "find_previous"):
            edit.addAction(actions[name])

        self.view_menu = view = bar.addMenu("")
        for key in CLASS_KEYS:
            view.addAction(actions[f"class_{key}"])
        view.addAction(actions["all_classes"])
        view.addSeparator()
        view.addAction(actions["show_unofficial"])
        view.addAction(actions["favourites_only"])
        view.addSeparator()
        for spec in ACTIONS:
            if spec.view:
                view.addAction(actions[spec.name])
        view.addSeparator()
        for name in ("zoom_in", "zoom_out", "zoom_reset"):
            view.addAction(actions[name])
        view.addSeparator()
        self.theme_menu = view.addMenu("")
        for name in THEME_ACTIONS:
            self.theme_menu.addAction(actions[name])
        self.language_menu = view.addMenu("")
        for name in LANGUAGE_ACTIONS:
            self.language_menu.addAction(actions[name])
        view.addSeparator()
        view.addAction(actions["focus_tree"])
        view.addAction(actions["focus_detail"])

        self.go_menu = go = bar.addMenu("")
        go.addAction(actions["back"])
        go.addAction(actions["forward"])
        go.addSeparator()
        go.addAction(actions["toggle_favourite"])
        self.favourites_menu = go.addMenu("")
        self.recent_menu = go.addMenu("")
        self.favourites_menu.aboutToShow.connect(self._fill_favourites_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(actions["shortcuts"])
        self.help_menu.addAction(actions["about"])
        state.entry_changed.connect(self._update)
        self._update()

    def context_menu(self, parent: QWidget) -> QMenu:
        """The copy and favourite menu of the code on screen; it is deleted once closed."""
        menu = QMenu(parent)
        menu.setObjectName("context_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name in COPY_ACTIONS:
            menu.addAction(self.actions[name])
        # A child of the menu: it goes when the menu goes.
        constants = menu.addMenu(self.tr("Copy Constant"))
        entry = self.state.entry
        for library, title in LIBRARIES.items():
            item = constants.addAction(title)
            item.setObjectName(f"context_constant_{library}")
            item.setEnabled(entry is not None and entry.constant(library) is not None)
            item.triggered.connect(lambda _=False, lib=library: self.copy(f"constant:{lib}"))
        menu.addSeparator()
        menu.addAction(self.actions["toggle_favourite"])
        menu.addAction(self.actions["compare"])
        return menu

    def _update(self) -> None:
        self.constant_menu.setEnabled(self.state.entry is not None)

    def retranslate(self) -> None:
        """Set the menus' titles in the interface language."""
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

    def _fill_favourites_menu(self) -> None:
        self._fill_entry_menu(
            self.favourites_menu,
            self.state.favourites,
            self.tr("No favourites yet (Ctrl+D adds one)"),
        )

    def _fill_recent_menu(self) -> None:
        self._fill_entry_menu(self.recent_menu, self.state.recent, self.tr("Nothing viewed yet"))

    def _fill_entry_menu(self, menu: QMenu, ids: list[str], empty: str) -> None:
        menu.clear()
        for entry_id in ids:
            entry = self.state.catalogue.get(entry_id)
            if entry is None:
                continue
            origin = f"  ({entry.origin})" if entry.origin else ""
            item = menu.addAction(entry.display_title + origin)
            item.triggered.connect(lambda _=False, target=entry_id: self.state.show_entry(target))
        if menu.isEmpty():
            placeholder = menu.addAction(empty)
            placeholder.setEnabled(False)
