"""Light and dark colour schemes: follow the system unless the user picks one."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from httpcodes.records import Record


class Colours(Record):
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


# Both schemes are complete palettes of our own on the Fusion style, so that the window looks
# the same on every desktop. The style is chosen when the application is created
# (``STYLE_ARGUMENTS``): asking for the style object from Python instead costs start-up about
# 5 ms, for PySide6 to build the bindings of QStyle's hundreds of enum values.
STYLE_ARGUMENTS: Final = ("-style", "Fusion")

_Role = QPalette.ColorRole

# Fusion's own light colours (Qt 6), with a darker blue for links.
_LIGHT: Final = {
    _Role.Window: "#efefef",
    _Role.WindowText: "#000000",
    _Role.Base: "#ffffff",
    _Role.AlternateBase: "#f7f7f7",
    _Role.ToolTipBase: "#ffffdc",
    _Role.ToolTipText: "#000000",
    _Role.PlaceholderText: "#80000000",
    _Role.Text: "#000000",
    _Role.Button: "#efefef",
    _Role.ButtonText: "#000000",
    _Role.BrightText: "#ffffff",
    _Role.Highlight: "#308cc6",
    _Role.HighlightedText: "#ffffff",
    _Role.Accent: "#308cc6",
    _Role.Link: "#1a5fb4",
    _Role.LinkVisited: "#ff00ff",
    _Role.Light: "#ffffff",
    _Role.Midlight: "#cacaca",
    _Role.Mid: "#b8b8b8",
    _Role.Dark: "#9f9f9f",
    _Role.Shadow: "#767676",
}
_LIGHT_DISABLED: Final = {
    _Role.WindowText: "#bebebe",
    _Role.Text: "#bebebe",
    _Role.ButtonText: "#bebebe",
    _Role.Base: "#efefef",
    _Role.Highlight: "#919191",
    _Role.Accent: "#919191",
    _Role.Dark: "#bebebe",
    _Role.Shadow: "#b1b1b1",
}
# The selection of a list or table the keyboard is not in (the code list while the search box
# has it) is drawn in the inactive colours: softer, so that the strong highlight shows where
# the keys go.
_LIGHT_INACTIVE: Final = {
    _Role.Highlight: "#c8dced",
    _Role.HighlightedText: "#000000",
}
_DARK: Final = {
    _Role.Window: "#202124",
    _Role.WindowText: "#e8eaed",
    _Role.Base: "#17181a",
    _Role.AlternateBase: "#26282b",
    _Role.ToolTipBase: "#2d2f33",
    _Role.ToolTipText: "#e8eaed",
    _Role.PlaceholderText: "#8a8f96",
    _Role.Text: "#e8eaed",
    _Role.Button: "#2b2d31",
    _Role.ButtonText: "#e8eaed",
    _Role.BrightText: "#ff6b6b",
    _Role.Highlight: "#3d6fb6",
    _Role.HighlightedText: "#ffffff",
    _Role.Accent: "#3d6fb6",
    _Role.Link: "#8ab4f8",
    _Role.LinkVisited: "#c58af9",
    _Role.Light: "#3c4043",
    _Role.Midlight: "#34373b",
    _Role.Mid: "#3c4043",
    _Role.Dark: "#121314",
    _Role.Shadow: "#000000",
}
_DARK_DISABLED: Final = {
    _Role.WindowText: "#6f7378",
    _Role.Text: "#6f7378",
    _Role.ButtonText: "#6f7378",
}
_DARK_INACTIVE: Final = {
    _Role.Highlight: "#33445c",
    _Role.HighlightedText: "#e8eaed",
}


def _palette(
    colours: dict[QPalette.ColorRole, str],
    disabled: dict[QPalette.ColorRole, str],
    inactive: dict[QPalette.ColorRole, str] | None = None,
) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    for role, colour in (inactive or {}).items():
        palette.setColor(QPalette.ColorGroup.Inactive, role, QColor(colour))
    return palette


def apply_theme(app: QApplication, mode: str) -> bool:
    """Apply ``system``, ``light`` or ``dark``; returns True when the result is dark."""
    dark = mode == "dark" or (mode == "system" and system_prefers_dark())
    colours, disabled, inactive = (
        (_DARK, _DARK_DISABLED, _DARK_INACTIVE)
        if dark
        else (_LIGHT, _LIGHT_DISABLED, _LIGHT_INACTIVE)
    )
    app.setPalette(_palette(colours, disabled))
    # Lists and tables only: a text's selection (the find bar's current match) stays strong.
    # PySide6 takes the class name as str, though its stubs say bytes.
    app.setPalette(_palette(colours, disabled, inactive), "QAbstractItemView")  # type: ignore[arg-type]
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
