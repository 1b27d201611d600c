"""Readable terminal output: wrapped to the terminal, coloured only where colour belongs."""

from __future__ import annotations

import os
import sys

from httpcodes.catalogue.facts import badges as fact_badges
from httpcodes.catalogue.facts import entry_facts, name_mark, phrase_label, sentence_stop, word
from httpcodes.catalogue.model import LIBRARIES, Catalogue, Constant, Entry, StatusClass
from httpcodes.records import Record

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

_CLASS_COLOURS = {1: "36", 2: "32", 3: "34", 4: "33", 5: "31"}
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

    @classmethod
    def for_stream(cls, stream: TextIO, language: str = "en") -> Style:
        """Colour only on a terminal, and never when NO_COLOR is set (no-color.org)."""
        is_tty = hasattr(stream, "isatty") and stream.isatty()
        colour = is_tty and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        width = _terminal_width()
        return cls(max(40, min(width, 100)), colour, language)

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


def _terminal_width() -> int:
    """COLUMNS, else the terminal's width, else 100 (what shutil does, without importing it)."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 100


def _columns(text: str) -> int:
    """How many terminal columns a text takes: Han characters and full-width forms take two."""
    return len(text) + sum(
        1 for ch in text if "\u2e80" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uff60"
    )


def _wrap_by_columns(paragraph: str, width: int, indent: str) -> list[str]:
    """Wrap a paragraph to ``width`` terminal columns: Latin words break at spaces and stay
    whole (a long URL is better copied whole than broken), Han characters may break anywhere
    and count two columns each. (textwrap would import re, which costs ``show`` a tenth of
    its run, and knows nothing of columns.)"""
    lines: list[str] = []
    line, used = indent, len(indent)
    for token in _tokens(paragraph):
        size = _columns(token)
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = indent, len(indent)
            if token == " ":
                continue
        line += token
        used += size
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    """Han characters one by one, Latin words whole, spaces as their own tokens."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if ch == " " or _columns(ch) == 2:
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
    first = style.bold(shown + padding) + wrapped[0]
    return [first] + [" " * _LABEL_WIDTH + line for line in wrapped[1:]]


def badges(entry: Entry, style: Style | None = None) -> list[str]:
    """Short words that sum up an entry's standing, shown next to its code."""
    return [label for label, _kind in fact_badges(entry, style.language if style else "en")]


def render_entry(entry: Entry, catalogue: Catalogue, style: Style) -> str:
    """The full, readable description of one entry."""
    colour = _CLASS_COLOURS.get(entry.code // 100, "0")
    status_class = catalogue.status_class(entry.class_key)
    class_title = status_class.title if status_class else entry.class_key
    lines = [
        style.paint(style.bold(entry.display_title), colour)
        + "  "
        + style.dim(f"[{class_title} · {', '.join(badges(entry, style))}]")
    ]
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
            wrapped = _wrap(text, style.width - 32)
            if constant.note:  # on lines of its own, so it never reads as part of a name
                wrapped += [style.dim(line) for line in _wrap(constant.note, style.width - 32)]
            label = LIBRARIES[constant.library]
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
    """One line per entry, for lists and search results."""
    colour = _CLASS_COLOURS.get(entry.code // 100, "0")
    head = f"{entry.code}  {entry.display_name}"
    extra: list[str] = [] if entry.status == "permanent" else [style.word(entry.status)]
    if entry.deprecated:
        extra.append(style.word("deprecated"))
    if entry.origin:
        extra.insert(0, entry.origin)
    if extra:
        head += f" [{', '.join(extra)}]"
    room = style.width - len(head) - 3
    summary = entry.summary
    if room < 12:
        return style.paint(head, colour)
    if len(summary) > room:
        summary = summary[: room - 1].rstrip() + "…"
    return style.paint(head, colour) + "  " + style.dim(summary)


def render_class(status_class: StatusClass, style: Style) -> str:
    """A heading line for a class in ``list``."""
    return style.bold(f"{status_class.title}") + style.dim(f"  {status_class.summary}")
