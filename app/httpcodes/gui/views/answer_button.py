"""The Guide view's answer button: a whole sentence that wraps in a narrow pane, and Up and
Down that move between the answers on screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QWidget

KEYPAD = Qt.KeyboardModifier.KeypadModifier


class AnswerButton(QPushButton):
    """A button whose text wraps: answers are whole sentences, and the pane may be narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAutoDefault(True)  # Enter answers, as Space does

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Up and Down move between the answers (the scroll area around them would take the
        # arrows to scroll otherwise).
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers() & ~KEYPAD:
            box = self.parentWidget()
            siblings = (
                [b for b in box.findChildren(AnswerButton) if b.isVisibleTo(box)] if box else []
            )
            if self in siblings:
                step = 1 if key == Qt.Key.Key_Down else -1
                index = min(max(siblings.index(self) + step, 0), len(siblings) - 1)
                siblings[index].setFocus(Qt.FocusReason.TabFocusReason)
                area = box.parentWidget() if box else None  # holder -> viewport -> area
                while area is not None and not isinstance(area, QScrollArea):
                    area = area.parentWidget()
                if area is not None:
                    area.ensureWidgetVisible(siblings[index])
                return
        super().keyPressEvent(event)

    def set_label(self, text: str) -> None:
        """Show ``text`` on the button (and give it to screen readers)."""
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width - 24) + 16

    def sizeHint(self) -> QSize:
        hint = self.label.sizeHint()
        return QSize(min(hint.width() + 24, 600), hint.height() + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.label.minimumSizeHint().height() + 16)
