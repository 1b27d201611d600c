"""The Guide view, driven with the mouse and keys as a user would (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from httpcodes.catalogue import load_catalogue
from httpcodes.gui.state import SessionState
from httpcodes.gui.views.guide import GuideView
from httpcodes.guide import load_guide


def make_view(qtbot: QtBot, language: str = "en") -> tuple[GuideView, SessionState]:
    state = SessionState(load_catalogue())
    state.set_language(language)
    view = GuideView(state)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, state


def visible_answers(view: GuideView) -> list[str]:
    return [b.label.text() for b in view.buttons if b.isVisible()]


def click(qtbot: QtBot, view: GuideView, number: int) -> None:
    button = view.buttons[number - 1]
    assert button.isVisible()
    with qtbot.waitSignal(view.position_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_questions_are_buttons_and_the_answer_opens_the_code(qtbot: QtBot) -> None:
    view, state = make_view(qtbot)
    guide = load_guide()
    assert view.question.text() == guide.first.question.en
    assert len(visible_answers(view)) == len(guide.first.answers)
    assert not view.back_button.isEnabled()
    click(qtbot, view, 2)  # another URL
    assert view.question.text().startswith("Is there one new place")
    click(qtbot, view, 1)  # one new place
    click(qtbot, view, 1)  # permanent
    click(qtbot, view, 1)  # method must be kept
    assert view.outcome is not None and view.outcome.code == 308
    assert view.result.isVisible() and not view.answers_area.isVisible()
    page = view.result.toPlainText()
    assert page.startswith("Send 308 Permanent Redirect")
    for heading in ("Why", "What to send with it", "Near misses", "Sources"):
        assert heading in page
    assert "301 Moved Permanently" in page and "307 Temporary Redirect" in page
    crumbs = view.breadcrumbs.text()
    assert "What the client wants is at another URL" in crumbs and "Start" in crumbs
    assert view.open_button.text() == "Open 308 Permanent Redirect"
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert state.entry_id == "308"


def test_back_breadcrumbs_and_start_over(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    click(qtbot, view, 4)  # access
    click(qtbot, view, 3)  # known but not allowed
    assert view.question.text() == "May the client learn that the resource exists?"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.question.text() == "What do you know about who is asking?"
    click(qtbot, view, 3)
    click(qtbot, view, 2)  # hide it
    assert view.outcome is not None and view.outcome.id == "404-hide"
    # A breadcrumb takes the user back to that question.
    view.breadcrumbs.linkActivated.emit("step:1")
    assert view.outcome is None
    assert view.question.text() == "What do you know about who is asking?"
    qtbot.mouseClick(view.restart_button, Qt.MouseButton.LeftButton)
    assert view.trail == [] and not view.restart_button.isEnabled()


def test_number_keys_answer_and_backspace_goes_back(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.buttons[0].setFocus()
    qtbot.keyClick(view, Qt.Key.Key_9)
    assert view.outcome is not None and view.outcome.code == 451
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert view.outcome is None and view.trail == []


def test_a_near_miss_link_opens_that_code(qtbot: QtBot) -> None:
    view, state = make_view(qtbot)
    view.open(["8", "1"])
    assert view.outcome is not None and view.outcome.code == 429
    view.result.anchorClicked.emit(view.result.document().baseUrl().resolved("code:503"))
    assert state.entry_id == "503"


def test_open_follows_answer_numbers_and_stops_at_a_bad_one(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    view.open(["5", "4", "3"])
    assert view.outcome is not None and view.outcome.code == 431
    view.open(["5", "99", "1"])
    assert view.outcome is None and len(view.trail) == 1
    view.open(None)  # from the menu: the place is kept
    assert len(view.trail) == 1
    view.open(())  # --guide alone: from the start
    assert view.trail == []


def test_every_path_can_be_walked_in_the_view(qtbot: QtBot) -> None:
    view, _ = make_view(qtbot)
    for steps, outcome in load_guide().paths():
        view.restart()
        for step in steps:
            assert view.question.text() == step.node.question.en
            assert view.choose(step.node.answers.index(step.answer))
        assert view.outcome == outcome
        assert view.result.toPlainText().startswith(f"Send {outcome.code} ")


def test_chinese_and_a_language_switch_keep_the_place(qtbot: QtBot) -> None:
    view, state = make_view(qtbot, "zh-CN")
    assert view.question.text() == "请求的结果如何？需要告诉客户端什么？"
    view.open(["6", "1"])
    assert view.result.toPlainText().startswith("Send 410 已删除") or "410" in (
        view.result.toPlainText()
    )
    assert "原" in view.result.toPlainText() or "永久" in view.result.toPlainText()
    state.set_language("en")
    assert view.outcome is not None and view.outcome.code == 410
    assert "You know the resource is gone" in view.result.toPlainText()


def test_the_window_zoom_scales_the_text(qtbot: QtBot) -> None:
    view, state = make_view(qtbot)
    question = view.question.font().pointSizeF()
    answer = view.buttons[0].label.font().pointSizeF()
    state.set_zoom(150)
    assert view.question.font().pointSizeF() == pytest.approx(question * 1.5)
    assert view.buttons[0].label.font().pointSizeF() == pytest.approx(answer * 1.5)
    assert view.question.font().bold()
