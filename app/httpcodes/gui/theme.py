"""Light and dark colour schemes: follow the system unless the user picks one."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class Colours(NamedTuple):
    """The few colours the detail pane's HTML needs, taken from the active palette."""

    text: str
    muted: str
    base: str
    code_background: str
    border: str
    link: str
    dark: bool


_BADGE_COLOURS = {
    # (light background, dark background)
    "permanent": ("#dcefe0", "#24452c"),
    "temporary": ("#fff1c2", "#4d4116"),
    "unused": ("#e4e4e4", "#3d3d3d"),
    "obsoleted": ("#f6d4d4", "#552a2a"),
    "deprecated": ("#f6d4d4", "#552a2a"),
    "unofficial": ("#dde6f7", "#263a5a"),
    "origin": ("#ece1f5", "#402c52"),
    "warning": ("#fde2c8", "#5a3a1c"),
}


def badge_colour(kind: str, dark: bool) -> str:
    """Background colour of a status badge."""
    light_colour, dark_colour = _BADGE_COLOURS.get(kind, _BADGE_COLOURS["unused"])
    return dark_colour if dark else light_colour


def system_prefers_dark() -> bool:
    """True when the desktop asks for a dark scheme."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#2d2f33"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8a8f96"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2b2d31"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor("#3d6fb6"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
        QPalette.ColorRole.Mid: QColor("#3c4043"),
        QPalette.ColorRole.Dark: QColor("#121314"),
        QPalette.ColorRole.Light: QColor("#3c4043"),
        QPalette.ColorRole.Midlight: QColor("#34373b"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return palette


def _light_palette(app: QApplication) -> QPalette:
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a5fb4"))
    return palette


def apply_theme(app: QApplication, mode: str) -> bool:
    """Apply ``system``, ``light`` or ``dark``; returns True when the result is dark."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    dark = mode == "dark" or (mode == "system" and system_prefers_dark())
    app.setPalette(_dark_palette() if dark else _light_palette(app))
    return dark


def current_colours(palette: QPalette, dark: bool) -> Colours:
    """The detail pane's colours for a palette."""
    return Colours(
        text=palette.color(QPalette.ColorRole.Text).name(),
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        base=palette.color(QPalette.ColorRole.Base).name(),
        code_background="#26282b" if dark else "#f4f5f7",
        border="#3c4043" if dark else "#d8dadf",
        link=palette.color(QPalette.ColorRole.Link).name(),
        dark=dark,
    )
