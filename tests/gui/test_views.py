"""The views on the right-hand side: a new view joins by one line in VIEWS, opens with its
argument, and Esc or Back return to the details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

import httpcodes.gui.views as views
from httpcodes.gui.state import SessionState
from tests.gui_helpers import open_window


class EchoView(QWidget):
    """A stand-in view that shows the argument it was opened with."""

    name = "echo"

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.label = QLabel(self)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QVBoxLayout(self).addWidget(self.label)

    def open(self, argument: object) -> None:
        self.label.setText(repr(argument))


@pytest.fixture
def with_echo_view(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "VIEWS", (*views.VIEWS, EchoView))


@pytest.mark.usefixtures("with_echo_view")
def test_a_view_opens_with_its_argument_and_esc_or_back_return(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.go_to("404")
    changes: list[str] = []
    window.state.view_changed.connect(changes.append)
    window.state.show_view("echo", ("301", "302"))
    echo = window.views.currentWidget()
    assert isinstance(echo, EchoView)
    assert echo.label.text() == "('301', '302')"
    assert window.state.view == "echo" and changes == ["echo"]
    echo.label.setFocus()
    qtbot.waitUntil(echo.label.hasFocus)
    qtbot.keyClick(echo.label, Qt.Key.Key_Escape)
    assert window.state.view == "detail"
    assert window.views.currentWidget() is window.detail
    assert window.state.entry_id == "404"
    # Back leaves a view before it goes back in the history.
    window.go_to("410")
    window.state.show_view("echo", None)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.state.view == "detail" and window.state.entry_id == "410"
    # Asking for an entry from a view shows it in the details.
    window.state.show_view("echo", None)
    window.state.show_entry("500")
    assert window.views.currentWidget() is window.detail


def test_an_unknown_view_leaves_the_details_on_screen(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.state.show_view("nonsense")
    assert window.state.view == "detail"
    assert window.views.currentWidget() is window.detail
    assert "nonsense" in window.statusBar().currentMessage()


def test_views_other_than_the_details_cost_the_start_nothing() -> None:
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['httpcodes'])\n"
        "from httpcodes.catalogue import load_catalogue\n"
        "from httpcodes.gui.settings import Settings\n"
        "from httpcodes.gui.window import MainWindow\n"
        # The settings in the test's folders (the environment says where).
        "w = MainWindow(load_catalogue(), Settings())\n"
        "print(sorted(m for m in sys.modules if m.startswith('httpcodes.gui.views.')))\n"
        "w.state.show_view('guide')\n"
        "print('httpcodes.gui.views.guide' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=120
    )
    before, after = result.stdout.splitlines()
    assert before == "['httpcodes.gui.views.detail']"
    assert after == "True"
