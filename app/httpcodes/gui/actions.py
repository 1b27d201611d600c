"""Every action of the window with its shortcuts, in one table (the F1 dialog reads it too)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One user command: its id, label, shortcuts and what the F1 dialog says about it."""

    name: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False
    icon_text: str = ""  # the short label on a toolbar button


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "focus_search", "&Find…", (Key.Find, "Ctrl+K", "Ctrl+L"), "Focus the search box (also /)"
    ),
    ActionSpec("clear_search", "Clear Search", (), "Clear the search box (Esc in the box)"),
    ActionSpec("copy", "&Copy", (Key.Copy,), "Copy the selected text, or “404 Not Found”"),
    ActionSpec("copy_code", "Copy Code", ("Ctrl+Alt+C",), "Copy the number alone"),
    ActionSpec(
        "copy_status_line", "Copy Status &Line", ("Ctrl+Shift+C",), "Copy “HTTP/1.1 404 Not Found”"
    ),
    ActionSpec(
        "copy_markdown", "Copy as &Markdown", ("Ctrl+Shift+M",), "Copy the whole entry as Markdown"
    ),
    ActionSpec(
        "back", "&Back", (Key.Back,), "Go back to the previous code (mouse back button too)"
    ),
    ActionSpec(
        "forward", "&Forward", (Key.Forward,), "Go forward again (mouse forward button too)"
    ),
    ActionSpec(
        "toggle_favourite",
        "Toggle &Favourite",
        ("Ctrl+D",),
        "Add or remove the code from favourites",
        True,
    ),
    ActionSpec(
        "favourites_only",
        "Show Favourites &Only",
        ("Ctrl+Shift+D",),
        "Show only favourite codes",
        True,
        "★",
    ),
    ActionSpec(
        "show_unofficial",
        "Show &Unofficial Codes",
        ("Ctrl+U",),
        "Show vendor and unofficial codes",
        True,
        "Unofficial",
    ),
    ActionSpec(
        "class_1xx", "1xx Informational", ("Ctrl+1",), "Show or hide 1xx codes", True, "1xx"
    ),
    ActionSpec("class_2xx", "2xx Successful", ("Ctrl+2",), "Show or hide 2xx codes", True, "2xx"),
    ActionSpec("class_3xx", "3xx Redirection", ("Ctrl+3",), "Show or hide 3xx codes", True, "3xx"),
    ActionSpec("class_4xx", "4xx Client Error", ("Ctrl+4",), "Show or hide 4xx codes", True, "4xx"),
    ActionSpec("class_5xx", "5xx Server Error", ("Ctrl+5",), "Show or hide 5xx codes", True, "5xx"),
    ActionSpec("all_classes", "Show &All Classes", ("Ctrl+0",), "Show every class again"),
    ActionSpec(
        "focus_tree", "Go to Code &List", ("Ctrl+Shift+L",), "Move the keyboard focus to the list"
    ),
    ActionSpec(
        "focus_detail",
        "Go to &Details",
        ("Ctrl+Shift+K",),
        "Move the keyboard focus to the details",
    ),
    ActionSpec(
        "theme_system", "&System Theme", (), "Follow the desktop's light or dark scheme", True
    ),
    ActionSpec("theme_light", "&Light Theme", (), "Always light", True),
    ActionSpec("theme_dark", "&Dark Theme", (), "Always dark", True),
    ActionSpec("shortcuts", "&Keyboard Shortcuts", (Key.HelpContents,), "List every shortcut"),
    ActionSpec("about", "&About httpcodes", (), "Version and registry snapshot"),
    ActionSpec("quit", "&Quit", (Key.Quit, "Ctrl+Q"), "Close the window"),
)

# Keys handled outside QAction, listed so that the F1 dialog is complete.
EXTRA_KEYS: tuple[tuple[str, str], ...] = (
    ("/", "Focus the search box"),
    ("Any letter or digit", "Start a search from anywhere outside a text field"),
    ("Esc (in the search box)", "Clear the search"),
    ("Up / Down (in the search box)", "Move through the results without leaving the box"),
    ("Enter (in the search box)", "Open the selected or first result"),
    ("Alt+Left / Alt+Right, mouse back / forward", "Back and forward"),
    ("Menu key / Shift+F10 (in the list)", "Copy menu for the selected code"),
)


def key_sequences(spec: ActionSpec) -> list[QKeySequence]:
    """The QKeySequences of an action, standard keys expanded for this platform."""
    sequences: list[QKeySequence] = []
    for shortcut in spec.shortcuts:
        if isinstance(shortcut, str):
            sequences.append(QKeySequence(shortcut))
        else:
            sequences.extend(QKeySequence.keyBindings(shortcut))
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique
