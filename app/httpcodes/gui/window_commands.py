"""What the window's commands do: each action of the table (``gui/actions.py``) connected to
what it runs, and the commands themselves, which the parts' requests (Enter in the search
box, the list's context menu) and the launcher use too: going to a code and back, moving the
keyboard, copying, favourites, comparing, the context menu and the dialogs.

Part of ``MainWindow`` (httpcodes.gui.window), which builds every part these methods use.
Their strings are translated in ``MainWindow``'s context: PySide6's ``tr`` takes its context
from the object's own class, but lupdate from the class the call is written in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from httpcodes.gui.actions import ACTIONS
from httpcodes.gui.settings import CLASS_KEYS
from httpcodes.gui.state import DETAIL_VIEW

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMessageBox

    from httpcodes.gui.code_tree import CodeList
    from httpcodes.gui.copying import Copier
    from httpcodes.gui.dialogs import ShortcutsDialog
    from httpcodes.gui.menus import MenuBar
    from httpcodes.gui.search_panel import SearchPanel
    from httpcodes.gui.state import SessionState
    from httpcodes.gui.views import ViewHost
    from httpcodes.gui.views.detail import DetailView

translate = QCoreApplication.translate


class WindowCommands(QMainWindow):
    """The commands of ``MainWindow``; the window sets every attribute below."""

    state: SessionState
    actions_by_name: dict[str, QAction]
    copier: Copier
    search_panel: SearchPanel
    code_list: CodeList
    views: ViewHost
    detail: DetailView
    menus: MenuBar

    def _connect_actions(self) -> None:
        """Each action of the table runs its command when triggered."""
        state = self.state
        triggers: dict[str, Callable[[], object]] = {
            "focus_search": self.focus_search,
            "clear_search": lambda: state.set_query(""),
            "find_in_page": self.find_in_page,
            "find_next": lambda: self.detail.find_bar.step(1),
            "find_previous": lambda: self.detail.find_bar.step(-1),
            "copy": lambda: self.copier.copy("selection-or-title"),
            "copy_code": lambda: self.copier.copy("code"),
            "copy_status_line": lambda: self.copier.copy("status_line"),
            "copy_markdown": self.copy_markdown,
            "back": self.go_back,
            "forward": state.forward,
            "toggle_favourite": self.toggle_favourite,
            "all_classes": lambda: state.set_filters(classes=CLASS_KEYS),
            "zoom_in": lambda: state.zoom_by(1),
            "zoom_out": lambda: state.zoom_by(-1),
            "zoom_reset": lambda: state.set_zoom(100),
            "focus_tree": lambda: self.code_list.tree.setFocus(Qt.FocusReason.ShortcutFocusReason),
            "focus_detail": self.focus_detail,
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
            "quit": self.close,
        }
        for mode in ("system", "light", "dark"):
            triggers[f"theme_{mode}"] = _call(state.set_theme, mode)
        for choice in ("system", "en", "zh-CN"):
            triggers[f"lang_{choice}"] = _call(state.set_language, choice)
        for spec in ACTIONS:
            if spec.view:
                triggers[spec.name] = _call(state.show_view, spec.view)
        triggers["compare"] = self.compare_selected
        for name, slot in triggers.items():
            self.actions_by_name[name].triggered.connect(slot)

    def go_to(self, target: str) -> bool:
        """Show an entry id, a bare code number or a class key, revealing it if filters hide
        it; False when the catalogue has no such thing."""
        return self.state.show_entry(target)

    def compare_selected(self) -> None:
        """Compare the codes selected in the list (two or more); otherwise open the Compare
        view as it was, with its ready-made comparisons."""
        selected = self.code_list.selected_ids()
        self.state.show_view("compare", selected if len(selected) >= 2 else None)

    def copy_markdown(self) -> None:
        """Copy what is on screen as Markdown: a view's own (a comparison), else the code."""
        view = self.views.currentWidget()
        copy_view = getattr(view, "copy_markdown", None) if view is not self.detail else None
        if callable(copy_view):
            copy_view()
        else:
            self.copier.copy("markdown")

    def go_back(self) -> None:
        """Back: out of another view to the details, else to the previous code."""
        if self.state.view != DETAIL_VIEW:
            self.state.show_view(DETAIL_VIEW)
        else:
            self.state.back()

    def focus_search(self) -> None:
        """Put the keyboard in the search box, its text selected."""
        box = self.search_panel.search_box
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def find_in_page(self) -> None:
        """Open the find bar over the details (Ctrl+F)."""
        self.state.show_view(DETAIL_VIEW)
        self.detail.flush()
        self.detail.find_bar.open_bar()

    def focus_detail(self) -> None:
        """Put the keyboard in the details, so that PageUp and PageDown scroll them."""
        self.detail.flush()
        self.detail.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _open_from_search(self) -> None:
        if self.code_list.open_current_or_first():
            self.focus_detail()

    def toggle_favourite(self) -> None:
        """Add the code on screen to the favourites, or remove it."""
        entry = self.state.entry
        if entry is None:
            return
        favourite = not self.state.is_favourite(entry.id)
        self.state.set_favourite(entry.id, favourite)
        message = (
            translate("MainWindow", "Added to favourites: {title}")
            if favourite
            else translate("MainWindow", "Removed from favourites: {title}")
        )
        self.statusBar().showMessage(message.format(title=entry.display_title), 4000)

    def build_context_menu(self) -> QMenu:
        """The copy and favourite menu of the code on screen (deleted once closed)."""
        return self.menus.context_menu(self)

    def _show_context_menu(self, position: object) -> None:
        self.build_context_menu().popup(position)  # type: ignore[arg-type]

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the shortcuts dialog (F1)."""
        # Dialogs are imported when first opened: their Qt classes cost start-up otherwise.
        from httpcodes.gui.dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.actions_by_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        """Open the About box (deleted once closed)."""
        from httpcodes.gui.dialogs import show_about

        return show_about(self)


def _call(function: Callable[[str], object], argument: str) -> Callable[[], object]:
    """A slot without arguments (so that an action's ``checked`` is not passed on)."""
    return lambda: function(argument)
