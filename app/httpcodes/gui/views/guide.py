"""The Guide view, "Which code should I send?": the guide's questions as buttons, the path so
far as breadcrumbs, Back, and at the end the code with why, what to send and the near misses.

The questions come from ``httpcodes.guide`` (the same data as ``httpcodes choose``), in the
state's language; the view keeps only where the user is in the tree. Its answer buttons are
``views/answer_button.py``'s, its rich text (the breadcrumbs, the answer's page) is drawn by
``gui/guide_html.py``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from httpcodes.gui.guide_html import breadcrumbs_html, code_title, outcome_html
from httpcodes.gui.theme import current_colours
from httpcodes.gui.views.answer_button import KEYPAD, AnswerButton
from httpcodes.guide import Answer, Guide, Node, Outcome, load_guide

if TYPE_CHECKING:
    from httpcodes.gui.state import SessionState


class GuideView(QWidget):
    """Walks the guide one question at a time."""

    name = "guide"
    position_changed = Signal()  # a question or the answer came on screen (tests wait on it)

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.state = state
        self.guide: Guide = load_guide()
        # Where the user is: the answers taken so far, as (question, answer index).
        self.trail: list[tuple[Node, int]] = []
        self.outcome: Outcome | None = None

        self._base_point_size = QApplication.font().pointSizeF()
        self.title = QLabel(self)
        self.title.setObjectName("guide_title")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("guide_back")
        self.back_button.clicked.connect(self.back)
        self.restart_button = QPushButton(self)
        self.restart_button.setObjectName("guide_restart")
        self.restart_button.clicked.connect(self.restart)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        top.addWidget(self.restart_button)

        self.breadcrumbs = QLabel(self)
        self.breadcrumbs.setObjectName("guide_breadcrumbs")
        self.breadcrumbs.setWordWrap(True)
        self.breadcrumbs.setTextFormat(Qt.TextFormat.RichText)
        self.breadcrumbs.linkActivated.connect(self._on_breadcrumb)
        # Tab reaches the breadcrumbs' links and Enter follows one, as a click does.
        self.breadcrumbs.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

        self.question = QLabel(self)
        self.question.setObjectName("guide_question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)

        self.answers_box = QWidget(self)
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setContentsMargins(0, 0, 0, 0)
        self.answers_layout.setSpacing(6)
        self.buttons: list[AnswerButton] = []
        scroll = QScrollArea(self)
        scroll.setObjectName("guide_answers")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # No Tab stop of its own: it would hold the keys with nothing on screen showing it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.question)
        holder_layout.addSpacing(6)
        holder_layout.addWidget(self.answers_box)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        self.answers_area = scroll

        self.result = QTextBrowser(self)
        self.result.setObjectName("guide_result")
        self.result.setOpenLinks(False)
        self.result.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.result.anchorClicked.connect(self._on_link)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("guide_open")
        self.open_button.clicked.connect(self.open_code)
        self.compare_button = QPushButton(self)
        self.compare_button.setObjectName("guide_compare")
        self.compare_button.clicked.connect(self.compare_near_misses)
        for button in (
            self.back_button,
            self.restart_button,
            self.open_button,
            self.compare_button,
        ):
            button.setAutoDefault(True)  # Enter presses the focused button, as Space does
        answer_buttons = QHBoxLayout()
        answer_buttons.addWidget(self.open_button)
        answer_buttons.addWidget(self.compare_button)
        answer_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.breadcrumbs)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result, 1)
        layout.addLayout(answer_buttons)

        state.language_changed.connect(self.refresh)
        state.theme_changed.connect(self.refresh)
        state.zoom_changed.connect(self._apply_zoom)
        self._apply_zoom(state.zoom)
        self.retranslate()
        self.refresh()

    # -- the contract ------------------------------------------------------------------------

    def open(self, argument: object) -> None:
        """With None (the menu), carry on where the user left off; with a sequence of answer
        numbers (``["2", "1", "1"]``, as ``httpcodes gui --guide 2 1 1`` gives; empty for
        ``--guide`` alone), start over and follow them from the first question."""
        if isinstance(argument, Sequence) and not isinstance(argument, str):
            self.restart()
            for item in argument:
                text = str(item).strip()
                if not (text.isascii() and text.isdigit()) or not self.choose(int(text) - 1):
                    break

    # -- moving through the tree -------------------------------------------------------------

    @property
    def node(self) -> Node:
        """The question on screen (the last one asked, when the answer is on screen)."""
        if self.outcome is not None and self.trail:
            return self.trail[-1][0]
        answer = self._answer(*self.trail[-1]) if self.trail else None
        return self.guide.node(answer.next) if answer and answer.next else self.guide.first

    @staticmethod
    def _answer(node: Node, index: int) -> Answer:
        return node.answers[index]

    def choose(self, index: int) -> bool:
        """Take answer ``index`` (from 0) of the question on screen; False if there is none."""
        if self.outcome is not None or not 0 <= index < len(self.node.answers):
            return False
        node = self.node
        answer = node.answers[index]
        self.trail.append((node, index))
        if answer.outcome is not None:
            self.outcome = self.guide.outcome(answer.outcome)
        self._move()
        return True

    def back(self) -> None:
        """Go back one question."""
        if not self.trail:
            return
        self.trail.pop()
        self.outcome = None
        self._move()

    def restart(self) -> None:
        """Back to the first question."""
        self.trail.clear()
        self.outcome = None
        self._move()

    def go_to_step(self, step: int) -> None:
        """Back to the question asked at ``step`` (0 is the first)."""
        del self.trail[step:]
        self.outcome = None
        self._move()

    def _move(self) -> None:
        """Draw the new question or answer; a keyboard that was in the guide goes to its
        first answer (or to Open at the end), not to wherever Qt puts it when the focused
        button hides."""
        focus = QApplication.focusWidget()
        focus_was_here = focus is not None and self.isAncestorOf(focus)
        self.refresh()
        if focus_was_here:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_code(self) -> None:
        """Show the answer's code in the detail view."""
        if self.outcome is not None:
            entry = self.state.catalogue.standard(self.outcome.code)
            if entry is not None:
                self.state.show_entry(entry.id)

    def compare_near_misses(self) -> None:
        """Open the answer's code and its near misses side by side."""
        if self.outcome is not None:
            codes = [str(self.outcome.code), *(str(m.code) for m in self.outcome.near_misses)]
            self.state.show_view("compare", codes)

    # -- drawing -----------------------------------------------------------------------------

    def _apply_zoom(self, percent: int) -> None:
        """The view's text at the window's zoom (View ▸ Zoom), headings a step larger."""
        size = self._base_point_size * percent / 100
        for widget, scale, bold in (
            (self, 1.0, False),
            (self.title, 1.35, True),
            (self.question, 1.15, True),
        ):
            font = QFont(QApplication.font())
            font.setPointSizeF(size * scale)
            font.setBold(bold)
            widget.setFont(font)
        self.result.document().setDefaultFont(self.font())
        for button in self.buttons:
            button.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys, not shortcuts: a digit typed in the window's search box must stay there.
        # 1-9 answer (0 the tenth); Backspace goes back a question (Esc, handled by the
        # host, leaves); Enter presses the focused button.
        text = event.text()
        digit = len(text) == 1 and "0" <= text <= "9" and not event.modifiers() & ~KEYPAD
        if digit and self.choose((int(text) or 10) - 1):
            return
        if event.key() == Qt.Key.Key_Backspace and self.trail:
            self.back()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The view's own words, in the interface language."""
        self.title.setText(self.tr("Which code should I send?"))
        self.setWindowTitle(self.title.text())  # the window's title while the guide is up
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back to the previous question (Backspace)"))
        self.restart_button.setText(self.tr("Start over"))
        self.compare_button.setText(self.tr("Compare with the near misses"))

    def refresh(self) -> None:
        """Draw the question on screen, or the answer, in the state's language."""
        language = self.state.language
        self.back_button.setEnabled(bool(self.trail))
        self.restart_button.setEnabled(bool(self.trail))
        self._draw_breadcrumbs(language)
        at_answer = self.outcome is not None
        self.answers_area.setVisible(not at_answer)
        self.result.setVisible(at_answer)
        self.open_button.setVisible(at_answer)
        self.compare_button.setVisible(at_answer)
        if self.outcome is not None:
            self._draw_outcome(self.outcome, language)
        else:
            self._draw_question(self.node, language)
        # Where the keyboard goes when the view is given it (opened, F6).
        self.setFocusProxy(self.open_button if at_answer else self.buttons[0])
        self.position_changed.emit()

    def _draw_breadcrumbs(self, language: str) -> None:
        if not self.trail:
            self.breadcrumbs.setText(
                self.tr("Answer a few questions to find the status code to send.")
            )
            return
        colours = current_colours(QApplication.palette(), self.state.dark)
        at_answer = self.outcome is not None
        self.breadcrumbs.setText(
            breadcrumbs_html(self.trail, at_answer, language, self.tr("Start"), colours.link)
        )

    def _draw_question(self, node: Node, language: str) -> None:
        self.question.setText(node.question.get(language))
        while len(self.buttons) < len(node.answers):
            button = AnswerButton(self.answers_box)
            number = len(self.buttons)
            button.setObjectName(f"guide_answer_{number + 1}")
            button.clicked.connect(lambda _=False, i=number: self.choose(i))
            self.answers_layout.addWidget(button)
            self.buttons.append(button)
        for index, button in enumerate(self.buttons):
            shown = index < len(node.answers)
            button.setVisible(shown)
            if shown:
                button.set_label(f"{index + 1}.  {node.answers[index].label.get(language)}")

    def _draw_outcome(self, outcome: Outcome, language: str) -> None:
        catalogue = self.state.catalogue
        title = code_title(catalogue, outcome.code)
        labels = {
            "heading": self.tr("Send {title}").format(title=title),
            "why": self.tr("Why"),
            "send": self.tr("What to send with it"),
            "near": self.tr("Near misses"),
            "sources": self.tr("Sources"),
        }
        colours = current_colours(QApplication.palette(), self.state.dark)
        self.result.setHtml(outcome_html(outcome, catalogue, language, colours, labels))
        self.open_button.setText(self.tr("Open {title}").format(title=title))

    def _on_breadcrumb(self, link: str) -> None:
        if link.startswith("step:"):
            self.go_to_step(int(link[5:]))

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("code:"):
            entry = self.state.catalogue.standard(int(text[5:]))
            if entry is not None:
                self.state.show_entry(entry.id)
