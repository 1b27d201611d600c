"""The Compare view, driven as a user would (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from httpcodes.catalogue import load_catalogue
from httpcodes.gui.state import SessionState
from httpcodes.gui.theme import apply_theme
from httpcodes.gui.views.compare import DIFFERS_BACKGROUND, CompareView


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp: QApplication) -> Iterator[None]:
    """The theme is the application's: leave it as the other tests expect."""
    yield
    apply_theme(qapp, "system")


def make_view(
    qtbot: QtBot, language: str = "en", dark: bool = False
) -> tuple[CompareView, SessionState]:
    state = SessionState(load_catalogue())
    state.set_language(language)
    state.set_theme("dark" if dark else "light")
    view = CompareView(state)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, state


def row(view: CompareView, label: str) -> int:
    for index in range(view.table.rowCount()):
        item = view.table.verticalHeaderItem(index)
        # Labels wrap between words in the header column.
        if item is not None and " ".join(item.text().split()).endswith(label):
            return index
    raise AssertionError(label)


def cells(view: CompareView, index: int) -> list[str]:
    return [view.table.item(index, c).text() for c in range(view.table.columnCount())]


def test_codes_side_by_side_with_the_differences_highlighted(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    view.open(["301", "302", "307", "308"])
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == [
        "301\nMoved\nPermanently",
        "302\nFound",
        "307\nTemporary\nRedirect",
        "308\nPermanent\nRedirect",
    ]
    permanent = row(view, "Permanent move")
    assert cells(view, permanent) == ["yes", "no", "no", "yes"]
    assert view.table.verticalHeaderItem(permanent).text() == "≠ Permanent move"
    assert view.table.verticalHeaderItem(permanent).font().bold()
    colour = view.table.item(permanent, 0).background().color().name()
    assert colour == DIFFERS_BACKGROUND[0]
    same = row(view, "Class")
    assert view.table.verticalHeaderItem(same).text() == "Class"
    assert view.table.item(same, 0).background().style() == Qt.BrushStyle.NoBrush
    assert "differ" in view.hint.text()


def test_dark_theme_highlight(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot, dark=True)
    view.open([404, 410])
    defined = row(view, "Defined in")
    assert view.table.item(defined, 1).background().color().name() == DIFFERS_BACKGROUND[1]


def test_presets_fill_the_table(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    titles = [view.presets.itemText(i) for i in range(view.presets.count())]
    assert "Redirects: 301 302 303 307 308" in titles
    assert "Who may see it: 401 403 404" in titles
    assert "Server and gateway failures: 500 502 503 504" in titles
    assert len(titles) == 9
    index = titles.index("Rate limit or unavailable: 429 503")
    view.presets.activated.emit(index)
    assert view.ids == ["429", "503"]
    assert view.presets.currentIndex() == 0


def test_copy_as_markdown(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    view.open(["404", "410"])
    with qtbot.waitSignal(view.copied) as blocker:
        qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text == blocker.args[0]
    assert text.startswith("| | 404 Not Found | 410 Gone |\n|---|---|---|\n")
    assert "| **Defined in** ≠ | RFC 9110 §15.5.5 | RFC 9110 §15.5.11 |" in text


def test_clicking_a_code_opens_it(qtbot: QtBot) -> None:
    view, state = make_view(qtbot)
    view.open(["500", "502", "503", "504"])
    view.table.horizontalHeader().sectionClicked.emit(2)
    assert state.entry_id == "503"


def test_fewer_than_two_codes_show_how_to_start(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    assert view.table.columnCount() == 0
    assert "Ctrl+click" in view.hint.text()
    assert not view.copy_button.isEnabled()
    view.open(["301", "999", "nonsense"])
    assert view.ids == ["301"] and view.table.columnCount() == 0


def test_a_vendor_id_and_a_language_switch(qtbot: QtBot) -> None:
    view, state = make_view(qtbot, "zh-CN")
    view.open(["499-nginx", "499-esri", "400"])
    assert view.ids == ["499-nginx", "499-esri", "400"]
    assert "未找到" not in view.table.horizontalHeaderItem(2).text()
    assert view.table.verticalHeaderItem(row(view, "默认可缓存")) is not None
    state.set_language("en")
    assert view.table.verticalHeaderItem(row(view, "Cacheable by default")) is not None


def test_the_window_zoom_scales_the_table(qtbot: QtBot) -> None:
    view, state = make_view(qtbot)
    view.open(["404", "410"])
    before = view.table.font().pointSizeF()
    state.set_zoom(130)
    assert view.table.font().pointSizeF() == pytest.approx(before * 1.3)


def test_chinese_column_headings_show_whole_in_a_narrow_pane(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot, "zh-CN")
    view.resize(560, 600)
    view.open(["301", "302", "307", "308"])
    header = view.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(view.table.columnCount()):
        item = view.table.horizontalHeaderItem(column)
        assert item is not None
        lines = item.text().split("\n")
        assert len(lines) >= 2  # the code, then the name (broken between characters)
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        assert widest <= header.sectionSize(column) - 8, (item.text(), header.sectionSize(column))
    assert view.table.horizontalHeaderItem(3).text() == "308\n永久重定向\n（保留方法）"


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_four_codes_share_a_narrow_pane_without_sideways_scrolling(
    qtbot: QtBot, language: str
) -> None:
    # The pane the view gets beside the list in the first window on a small screen.
    view, _ = make_view(qtbot, language)
    view.resize(470, 600)
    view.open(["301", "302", "307", "308"])
    qtbot.waitUntil(lambda: view.table.horizontalScrollBar().maximum() == 0)
    header = view.table.horizontalHeader()
    last = view.table.columnCount() - 1
    visible = view.table.viewport().width()
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= visible
    # The row labels wrap instead of widening their column.
    labels = [view.table.verticalHeaderItem(i).text() for i in range(view.table.rowCount())]
    assert any("\n" in label for label in labels) or language != "en"
