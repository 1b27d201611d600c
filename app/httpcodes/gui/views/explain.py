"""The Explain view: paste a response, a curl transcript, log lines or an error message, and
read what each status, header and message means, with the problems found. The explaining is
the Qt-free ``httpcodes.explain``; nothing pasted is stored or sent anywhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from httpcodes.explain.report import MAX_BYTES, explain
from httpcodes.explain.wording import say
from httpcodes.gui.explain_html import explanation_html
from httpcodes.gui.state import SessionState
from httpcodes.gui.theme import current_colours

# Explain while the user types or pastes, once the text has rested this long.
_SETTLE_MS = 250


class _Page(QTextBrowser):
    """A read-only page whose links never navigate by themselves and never fetch."""

    def loadResource(self, type: int, name: QUrl | str) -> object:
        return None


class ExplainView(QWidget):
    """A box to paste into above the explanation of what was pasted."""

    name = "explain"

    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explain")
        self.state = state
        self.renders = 0  # explanations drawn so far (tests count them)

        self.title = QLabel(self)
        self.title.setObjectName("explain_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.input = QPlainTextEdit(self)
        self.input.setObjectName("explain_input")
        self.input.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.input.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.input.setTabChangesFocus(True)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("explain_clear")
        self.clear_button.clicked.connect(self.clear)
        self.page = _Page(self)
        self.page.setObjectName("explain_page")
        self.page.setOpenLinks(False)
        self.page.setOpenExternalLinks(False)
        self.page.anchorClicked.connect(self._on_anchor)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.clear_button)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.input)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._timer.timeout.connect(self.render_page)
        self.input.textChanged.connect(self._timer.start)
        state.language_changed.connect(lambda _language: self.render_page())
        state.theme_changed.connect(lambda _theme: self.render_page())
        state.zoom_changed.connect(self._apply_zoom)
        self._base_point_size = QApplication.font().pointSizeF()
        self._apply_zoom(state.zoom)
        self.retranslate()

    # -- the view contract --------------------------------------------------------------------

    def open(self, argument: object) -> None:
        """Explain ``argument`` when it is a text; otherwise wait for one to be pasted."""
        if isinstance(argument, tuple | list):  # the launch options' view_argument
            argument = "\n".join(str(part) for part in argument)
        if isinstance(argument, str) and argument.strip():
            self.input.setPlainText(argument[:MAX_BYTES])
            self._timer.stop()
            self.render_page()
            self.page.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)
            self.render_page()

    def clear(self) -> None:
        """Empty the box and the page."""
        self.input.clear()
        self._timer.stop()
        self.render_page()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drawing ------------------------------------------------------------------------------

    def labels(self) -> dict[str, str]:
        """The page's own words, in the interface language."""
        return {
            "response": self.tr("Responses, in the order they arrived"),
            "log": self.tr("Log lines, with the status each one records"),
            "findings": self.tr("Findings"),
            "headers": self.tr("Headers that matter here"),
            "clean": self.tr("No findings: the response follows the rules."),
            "status_only": self.tr("Only the status was pasted: no header could be checked."),
            "problem": self.tr("problem"),
            "warning": self.tr("warning"),
            "info": self.tr("info"),
            "unknown": self.tr("Not a known status code."),
            "codes_behind": self.tr("Codes behind it:"),
            "matches": self.tr("Best matches"),
            "nothing": self.tr("Nothing here was recognised."),
            "truncated": self.tr("Only the first MiB of the text was read."),
        }

    def hint(self) -> str:
        """What the page says before anything is pasted."""
        return self.tr(
            "Paste a response, a curl transcript, log lines or an error message above. Each "
            "status is explained with the headers that matter and what is wrong with it; an "
            "error message finds the codes behind it. Nothing you paste is stored or sent "
            "anywhere."
        )

    def render_page(self) -> None:
        """Explain the box's text now."""
        text = self.input.toPlainText()
        colours = current_colours(QApplication.palette(), self.state.dark)
        if not text.strip():
            self.page.setHtml(
                f"<html><body style='color:{colours.muted}'><p>{self.hint()}</p></body></html>"
            )
            return
        base = self.state.base_catalogue
        shown = {entry.id: entry for entry in self.state.catalogue.entries}
        result = explain(
            text[:MAX_BYTES],
            base,
            self.state.engine,
            truncated=len(text) > MAX_BYTES,
            language=self.state.language,
            local=shown,
        )
        language = self.state.language
        labels = {
            **self.labels(),
            "english": say(language, "label.english"),
            "colon": say(language, "label.colon"),
            "list": say(language, "list"),
        }
        self.page.setHtml(explanation_html(result, shown, colours, labels))
        self.renders += 1

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "entry":
            entry_id = url.path() or url.toString().removeprefix("entry:")
            self.state.show_entry(entry_id)  # shows the detail view

    def _apply_zoom(self, percent: int) -> None:
        font = QFont(self.page.font())
        font.setPointSizeF(max(6.0, self._base_point_size * percent / 100))
        self.page.setFont(font)

    # -- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set the view's texts in the interface language."""
        self.title.setText(self.tr("Explain a response, a log line or an error message"))
        self.setWindowTitle(self.title.text())  # the window's title while the view is up
        self.clear_button.setText(self.tr("Clear"))
        self.input.setPlaceholderText(
            self.tr(
                "Paste here: curl -i or curl -v output, a response head, the browser's "
                "developer tools, access-log lines, or an error message."
            )
        )
        self.input.setAccessibleName(self.tr("Text to explain"))
        self.page.setAccessibleName(self.tr("Explanation"))
        if not self.input.toPlainText().strip():
            self.render_page()
