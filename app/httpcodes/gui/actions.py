"""Every action of the window with its shortcuts, in one table (the F1 dialog reads it too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from httpcodes.gui.tr import QT_TRANSLATE_NOOP
from httpcodes.records import Record

Key = QKeySequence.StandardKey


class ActionSpec(Record):
    """One user command: its id, label, shortcuts and what the F1 dialog says about it."""

    name: str
    text: str
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False
    icon_text: str = ""  # the short label on a toolbar button
    view: str = ""  # a view of gui/views this action opens (listed in the View menu)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "focus_search",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        ("Ctrl+K", "Ctrl+L"),
        QT_TRANSLATE_NOOP("Actions", "Focus the search box (also /)"),
    ),
    ActionSpec(
        "find_in_page",
        QT_TRANSLATE_NOOP("Actions", "Find in &Page…"),
        (Key.Find,),
        QT_TRANSLATE_NOOP("Actions", "Find a word in the details"),
    ),
    ActionSpec(
        "find_next",
        QT_TRANSLATE_NOOP("Actions", "Find &Next"),
        # Not the standard FindNext: on Linux it adds Ctrl+G, which is the guide's.
        ("F3",),
        QT_TRANSLATE_NOOP("Actions", "Next match in the details (Enter in the find bar)"),
    ),
    ActionSpec(
        "find_previous",
        QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"),
        ("Shift+F3",),
        QT_TRANSLATE_NOOP("Actions", "Previous match in the details (Shift+Enter in the find bar)"),
    ),
    ActionSpec(
        "clear_search",
        QT_TRANSLATE_NOOP("Actions", "Clear Search"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Clear the search box (Esc in the box)"),
    ),
    ActionSpec(
        "copy",
        QT_TRANSLATE_NOOP("Actions", "&Copy"),
        (Key.Copy,),
        QT_TRANSLATE_NOOP("Actions", "Copy the selected text, or “404 Not Found”"),
    ),
    ActionSpec(
        "copy_code",
        QT_TRANSLATE_NOOP("Actions", "Copy Code"),
        ("Ctrl+Alt+C",),
        QT_TRANSLATE_NOOP("Actions", "Copy the number alone"),
    ),
    ActionSpec(
        "copy_status_line",
        QT_TRANSLATE_NOOP("Actions", "Copy Status &Line"),
        ("Ctrl+Shift+C",),
        QT_TRANSLATE_NOOP("Actions", "Copy “HTTP/1.1 404 Not Found”"),
    ),
    ActionSpec(
        "copy_markdown",
        QT_TRANSLATE_NOOP("Actions", "Copy as &Markdown"),
        ("Ctrl+Shift+M",),
        QT_TRANSLATE_NOOP("Actions", "Copy the whole entry as Markdown"),
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        (Key.Back,),
        QT_TRANSLATE_NOOP("Actions", "Go back to the previous code (mouse back button too)"),
    ),
    ActionSpec(
        "forward",
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        (Key.Forward,),
        QT_TRANSLATE_NOOP("Actions", "Go forward again (mouse forward button too)"),
    ),
    ActionSpec(
        "toggle_favourite",
        QT_TRANSLATE_NOOP("Actions", "Toggle &Favourite"),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Actions", "Add or remove the code from favourites"),
        True,
    ),
    ActionSpec(
        "favourites_only",
        QT_TRANSLATE_NOOP("Actions", "Show Favourites &Only"),
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Actions", "Show only favourite codes"),
        True,
        "★",
    ),
    ActionSpec(
        "show_unofficial",
        QT_TRANSLATE_NOOP("Actions", "Show &Unofficial Codes"),
        ("Ctrl+U",),
        QT_TRANSLATE_NOOP("Actions", "Show vendor and unofficial codes"),
        True,
        QT_TRANSLATE_NOOP("Actions", "Unofficial"),
    ),
    ActionSpec(
        "class_1xx",
        QT_TRANSLATE_NOOP("Actions", "1xx Informational"),
        ("Ctrl+1",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide 1xx codes"),
        True,
        "1xx",
    ),
    ActionSpec(
        "class_2xx",
        QT_TRANSLATE_NOOP("Actions", "2xx Successful"),
        ("Ctrl+2",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide 2xx codes"),
        True,
        "2xx",
    ),
    ActionSpec(
        "class_3xx",
        QT_TRANSLATE_NOOP("Actions", "3xx Redirection"),
        ("Ctrl+3",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide 3xx codes"),
        True,
        "3xx",
    ),
    ActionSpec(
        "class_4xx",
        QT_TRANSLATE_NOOP("Actions", "4xx Client Error"),
        ("Ctrl+4",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide 4xx codes"),
        True,
        "4xx",
    ),
    ActionSpec(
        "class_5xx",
        QT_TRANSLATE_NOOP("Actions", "5xx Server Error"),
        ("Ctrl+5",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide 5xx codes"),
        True,
        "5xx",
    ),
    ActionSpec(
        "all_classes",
        QT_TRANSLATE_NOOP("Actions", "Show &All Classes"),
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Actions", "Show every class again"),
    ),
    ActionSpec(
        "explain",
        QT_TRANSLATE_NOOP("Actions", "&Explain a Paste…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP(
            "Actions", "Explain a pasted response, log line or error message (Ctrl+V pastes one)"
        ),
        view="explain",
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &In"),
        ("Ctrl++", "Ctrl+=", Key.ZoomIn),
        QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &Out"),
        ("Ctrl+-", Key.ZoomOut),
        QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
    ),
    ActionSpec(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "&Reset Zoom"),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Actions", "Text at its normal size"),
    ),
    ActionSpec(
        "focus_tree",
        QT_TRANSLATE_NOOP("Actions", "Go to Code &List"),
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the list"),
    ),
    ActionSpec(
        "focus_detail",
        QT_TRANSLATE_NOOP("Actions", "Go to &Details"),
        ("Ctrl+Shift+K",),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the details"),
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("Actions", "&System Theme"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Follow the desktop's light or dark scheme"),
        True,
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("Actions", "&Light Theme"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Always light"),
        True,
    ),
    ActionSpec(
        "theme_dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark Theme"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Always dark"),
        True,
    ),
    ActionSpec(
        "lang_system",
        QT_TRANSLATE_NOOP("Actions", "System &Language"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Follow the desktop's language"),
        True,
    ),
    # Language names stay in their own language, so that anyone can find theirs.
    ActionSpec("lang_en", "English", (), "English", True),
    ActionSpec("lang_zh-CN", "简体中文", (), "简体中文", True),
    ActionSpec(
        "guide",
        QT_TRANSLATE_NOOP("Actions", "Which Code Should I &Send?"),
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP("Actions", "Answer a few questions to find the code to send"),
        view="guide",
    ),
    ActionSpec(
        "compare",
        QT_TRANSLATE_NOOP("Actions", "C&ompare Selected Codes"),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("Actions", "Codes side by side (Ctrl+click to select several)"),
        view="compare",
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        (Key.HelpContents,),
        QT_TRANSLATE_NOOP("Actions", "List every shortcut"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About httpcodes"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Version and registry snapshot"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        (Key.Quit, "Ctrl+Q"),
        QT_TRANSLATE_NOOP("Actions", "Close the window"),
    ),
)

# Keys handled outside QAction, listed so that the F1 dialog is complete.
EXTRA_KEYS: tuple[tuple[str, str], ...] = (
    ("/", QT_TRANSLATE_NOOP("Actions", "Focus the search box")),
    (
        QT_TRANSLATE_NOOP("Actions", "Any letter or digit"),
        QT_TRANSLATE_NOOP("Actions", "Start a search from anywhere outside a text field"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Esc (in the search box)"),
        QT_TRANSLATE_NOOP("Actions", "Clear the search; the code on screen stays"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Up / Down, Page Up / Page Down (in the search box)"),
        QT_TRANSLATE_NOOP("Actions", "Move through the results without leaving the box"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Enter (in the search box or the list)"),
        QT_TRANSLATE_NOOP("Actions", "Open the selected or first result in the details"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "F6 / Shift+F6"),
        QT_TRANSLATE_NOOP("Actions", "Move between the search box, the list and the details"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Tab, then Enter (in the details)"),
        QT_TRANSLATE_NOOP("Actions", "Follow a link"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Esc (in the find bar)"),
        QT_TRANSLATE_NOOP("Actions", "Close the find bar"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "1 to 9, 0 (in the guide)"),
        QT_TRANSLATE_NOOP(
            "Actions", "Take that answer (0 the tenth); Up / Down and Enter choose one too"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Backspace (in the guide)"),
        QT_TRANSLATE_NOOP("Actions", "Back to the previous question"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Enter (in a comparison's table)"),
        QT_TRANSLATE_NOOP("Actions", "Open the code of that column"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Esc (in the guide or a comparison)"),
        QT_TRANSLATE_NOOP("Actions", "Back to the details"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Mouse back / forward buttons"),
        QT_TRANSLATE_NOOP("Actions", "Back and forward"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Menu key / Shift+F10 (in the list)"),
        QT_TRANSLATE_NOOP("Actions", "Copy menu for the selected code"),
    ),
)


LANGUAGE_ACTIONS = ("lang_system", "lang_en", "lang_zh-CN")


def translated(text: str) -> str:
    """An action text or tip in the interface language."""
    return QCoreApplication.translate("Actions", text)


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
