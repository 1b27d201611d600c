"""Readable terminal output: wrapped to the terminal, coloured only where colour belongs."""

from __future__ import annotations

import os

from httpcodes.catalogue.facts import badges as fact_badges
from httpcodes.catalogue.facts import entry_facts, name_mark, phrase_label, sentence_stop, word
from httpcodes.catalogue.model import LIBRARIES, Catalogue, Constant, Entry, StatusClass
from httpcodes.cli.terminal import terminal_columns
from httpcodes.records import Record

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

# Colours that read on light and dark backgrounds alike: mid-tone 256-colour choices (teal,
# green, blue, orange, red), and where the terminal may have only the 8 basic colours, no
# yellow (unreadable on white) and no white or black.
_CLASS_COLOURS_256 = {1: "38;5;30", 2: "38;5;28", 3: "38;5;33", 4: "38;5;166", 5: "38;5;160"}
_CLASS_COLOURS_8 = {1: "36", 2: "32", 3: "34", 4: "35", 5: "31"}
_LABEL_WIDTH = 17


# The few words of the terminal's own layout, in Chinese; the words of facts and badges come
# from httpcodes.catalogue.facts. (The window's strings go through Qt's translations; the
# terminal command never loads Qt.)
_CHINESE_LABELS = {
    "Header": "头部",
    "also": "另有",
    "temporary": "临时注册",
    "unused": "未使用",
    "Related": "相关",
    "Spec": "规范",
    "Constants": "代码中的常量",
    "Example": "示例",
}


class Style(Record):
    """Terminal capabilities: width and whether to colour, and the reader's language."""

    width: int
    colour: bool
    language: str = "en"
    colours_256: bool = True

    @classmethod
    def for_stream(cls, stream: TextIO, language: str = "en") -> Style:
        """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
        is_tty = hasattr(stream, "isatty") and stream.isatty()
        colour = is_tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        width = terminal_columns(default=100)
        term = os.environ.get("TERM", "")
        many = "256" in term or "direct" in term or bool(os.environ.get("COLORTERM"))
        return cls(max(30, min(width, 100)), colour, language, many)

    def class_colour(self, code: int) -> str:
        """The SGR colour of a status class."""
        table = _CLASS_COLOURS_256 if self.colours_256 else _CLASS_COLOURS_8
        return table.get(code // 100, "0")

    def word(self, text: str) -> str:
        """One of the layout's own words in the reader's language."""
        if self.language == "zh-CN" and text in _CHINESE_LABELS:
            return _CHINESE_LABELS[text]
        return word(text, self.language)

    def paint(self, text: str, code: str) -> str:
        """Wrap ``text`` in an SGR sequence when colour is on."""
        return f"\x1b[{code}m{text}\x1b[0m" if self.colour else text

    def bold(self, text: str) -> str:
        return self.paint(text, "1")

    def dim(self, text: str) -> str:
        return self.paint(text, "2")


def _columns(text: str) -> int:
    """How many terminal columns a text takes: Han characters and full-width forms take two."""
    return len(text) + sum(
        1 for ch in text if "\u2e80" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uff60"
    )


def _is_url(token: str) -> bool:
    return token.startswith(("https://", "http://"))


def _wrap_by_columns(paragraph: str, width: int, indent: str) -> list[str]:
    """Wrap a paragraph to ``width`` terminal columns: Latin words break at spaces and stay
    whole, Han characters may break anywhere and count two columns each, and a URL goes whole
    on a line of its own, so that a click opens it. (textwrap would import re, which costs
    ``show`` a tenth of its run, and knows nothing of columns.)"""
    lines: list[str] = []
    line, used = indent, len(indent)
    after_url = False
    for token in _tokens(paragraph):
        if token == " " and not line.strip():
            continue  # no line starts with a space
        size = _columns(token)
        url = _is_url(token)
        if line.strip() and (used + size > width or url or (after_url and token != " ")):
            lines.append(line.rstrip())
            line, used = indent, len(indent)
            if token == " ":
                continue
        line += token
        used += size
        after_url = url or (after_url and token == " ")
    if line.strip():
        lines.append(line.rstrip())
    return lines


# Chinese punctuation that may not begin a line (the rule every Chinese typesetter follows):
# it stays with the character before it.
# (! and the right single quote written as escapes, which ruff would take for ASCII look-alikes)
_NO_LINE_START = frozenset("，。、；：？\uff01）》」』】〉”\u2019…")


def _tokens(text: str) -> list[str]:
    """Han characters one by one, Latin words whole, spaces as their own tokens; closing
    punctuation is kept with what it follows, so that a line never starts with it."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if ch in _NO_LINE_START and (word or (tokens and tokens[-1] != " ")):
            if word:
                word += ch
            else:
                tokens[-1] += ch
        elif ch == " " or _columns(ch) == 2:
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if lines:
            lines.append("")
        lines.extend(_wrap_by_columns(" ".join(paragraph.split()), width, indent) or [indent])
    return lines


def _field(style: Style, label: str, text: str) -> list[str]:
    body_width = style.width - _LABEL_WIDTH
    wrapped = _wrap(text, body_width) or [""]
    shown = style.word(label)
    padding = " " * max(1, _LABEL_WIDTH - _columns(shown))
    # A word too long for the indented column (a URL, a constant) starts at the margin
    # rather than run past the edge.
    indented = [
        line if _LABEL_WIDTH + _columns(line) > style.width else " " * _LABEL_WIDTH + line
        for line in wrapped
    ]
    if indented[0].startswith(" " * _LABEL_WIDTH):
        return [style.bold(shown + padding) + wrapped[0], *indented[1:]]
    return [style.bold(shown), *indented]


def badges(entry: Entry, style: Style | None = None) -> list[str]:
    """Short words that sum up an entry's standing, shown next to its code."""
    return [label for label, _kind in fact_badges(entry, style.language if style else "en")]


def _heading(entry: Entry, catalogue: Catalogue, style: Style) -> list[str]:
    """The title, then the class and status tags: on the title's line where they fit, else
    wrapped on lines of their own; nothing runs past the terminal's width."""
    colour = style.class_colour(entry.code)
    status_class = catalogue.status_class(entry.class_key)
    class_title = status_class.title if status_class else entry.class_key
    comma = "，" if style.language == "zh-CN" else ", "
    tags = f"[{class_title} · {comma.join(badges(entry, style))}]"
    title = _wrap(entry.display_title, style.width)
    lines = [style.paint(style.bold(line), colour) for line in title]
    if _columns(title[-1]) + 2 + _columns(tags) <= style.width:
        lines[-1] += "  " + style.dim(tags)
    else:
        lines.extend(style.dim(line) for line in _wrap(tags, style.width))
    return lines


def render_brief(entry: Entry, catalogue: Catalogue, style: Style) -> str:
    """The heading and the summary only (``show --brief``)."""
    return "\n".join([*_heading(entry, catalogue, style), *_wrap(entry.summary, style.width)])


def render_entry(entry: Entry, catalogue: Catalogue, style: Style) -> str:
    """The full, readable description of one entry."""
    lines = _heading(entry, catalogue, style)
    if entry.phrase and entry.phrase != entry.display_name:
        lines.append(style.dim(f"{phrase_label(entry, style.language)}: {entry.phrase}"))
    lines.extend(_wrap(entry.summary, style.width))
    lines.append("")
    lines.extend(_wrap(entry.description, style.width))
    lines.append("")
    if entry.deprecation:
        lines += _field(style, "Deprecated", entry.deprecation)
    stop = sentence_stop(style.language)
    for fact in entry_facts(entry, style.language):
        text = f"{fact.lead}{stop}{fact.value}" if fact.lead else fact.value
        lines += _field(style, fact.label, text)
    for header in entry.headers:
        lines += _field(style, "Header", f"{header.name}: {header.note}")
    for related in entry.related:
        meaning = catalogue.get(related.id) if related.id else None
        target = (
            f"{related.code} ({meaning.origin})" if meaning and meaning.origin else related.code
        )
        lines += _field(style, "Related", f"{target}: {related.note}")
    for spec in entry.specs:
        lines += _field(style, "Spec", f"{spec.label}  {spec.url}")
    if entry.constants:
        lines.append("")
        lines.append(style.bold(style.word("Constants")))
        for constant in entry.constants:
            text = constant.name + _mark(constant, constant.name, style)
            if constant.phrase:
                text += f'  (phrase "{constant.phrase}")'
            also = [name + _mark(constant, name, style) for name in constant.aliases]
            if also:
                text += f"; {style.word('also')} " + ", ".join(also)
            label = LIBRARIES[constant.library]
            # Too narrow for two columns: the library above its name, indented.
            column, indent = (style.width - 4, 4) if style.width < 72 else (style.width - 32, 32)
            wrapped = _wrap(text, column)
            if constant.note:  # on lines of its own, so it never reads as part of a name
                wrapped += [style.dim(line) for line in _wrap(constant.note, column)]
            if indent == 4:
                lines.append("  " + label)
                # A name longer than the indented column (a .NET constant, say) starts at
                # the margin rather than run past the edge. (Notes are wrapped to fit.)
                lines.extend(
                    line
                    if line == line.lstrip() and 4 + _columns(line) > style.width
                    else "    " + line
                    for line in wrapped
                )
                continue
            lines.append("  " + label.ljust(30) + wrapped[0])
            lines.extend(" " * 32 + line for line in wrapped[1:])
    if entry.example:
        lines.append("")
        lines.append(style.bold(style.word("Example")))
        for block in (entry.example.request, entry.example.response):
            lines.extend("  " + style.dim(line) if line else "" for line in block.splitlines())
            lines.append("")
        lines.pop()
    return "\n".join(line.rstrip() for line in lines)


def _mark(constant: Constant, name: str, style: Style) -> str:
    """`` (removed in 7.0)`` or `` (deprecated since 7.0)`` after a name, else nothing."""
    mark = name_mark(*constant.mark(name), style.language)
    return f" ({mark})" if mark else ""


def render_line(entry: Entry, style: Style) -> str:
    """One line per entry, for lists and search results; a name or tags too long for the
    terminal are cut short with an ellipsis, never run past its edge."""
    colour = style.class_colour(entry.code)
    head = f"{entry.code}  {entry.display_name}"
    extra: list[str] = [] if entry.status == "permanent" else [style.word(entry.status)]
    if entry.deprecated:
        extra.append(style.word("deprecated"))
    if entry.origin:
        extra.insert(0, entry.origin)
    if extra:
        head += f" [{', '.join(extra)}]"
    head = _cut(head, style.width)
    room = style.width - _columns(head) - 2
    if room < 12:
        return style.paint(head, colour)
    return style.paint(head, colour) + "  " + style.dim(_cut(entry.summary, room))


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns, ending in an ellipsis when cut."""
    if _columns(text) <= width:
        return text
    kept, used = "", 1
    for character in text:
        used += _columns(character)
        if used > width:
            break
        kept += character
    return kept.rstrip() + "…"


def render_class(status_class: StatusClass, style: Style) -> str:
    """A heading line for a class in ``list``."""
    title = _cut(status_class.title, style.width)
    room = style.width - _columns(title) - 2
    if room < 12:
        return style.bold(title)
    return style.bold(title) + style.dim("  " + _cut(status_class.summary, room))
