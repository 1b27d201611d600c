"""``httpcodes compare CODE CODE ...``: codes side by side in a table that fits the terminal,
turned on its side (one block per property) when the codes do not fit as columns."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from httpcodes.catalogue.i18n import localise
from httpcodes.catalogue.model import is_number
from httpcodes.cli.commands import load_with_user_entries, resolve_language
from httpcodes.cli.render import Style, _columns, _wrap
from httpcodes.cli.terminal import terminal_columns
from httpcodes.compare import Property, compare, properties_to_json, word
from httpcodes.exits import EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE, UsageError

if TYPE_CHECKING:
    from httpcodes.catalogue.model import Catalogue, Entry
    from httpcodes.cli.main import Options

# Narrower than this, a column of text is hard to read: the table turns on its side.
MIN_COLUMN = 18
_GAP = "  "
_MARK = "*"


def run_compare(options: Options) -> int:
    """Compare the codes named on the command line."""
    arguments: list[str] = [" ".join(a.split()) for a in options.codes]
    arguments = list(dict.fromkeys(a for a in arguments if a))
    if len(arguments) < 2:
        raise UsageError("compare needs two or more codes, like: httpcodes compare 301 308")
    language = resolve_language(options.lang)
    base = load_with_user_entries(options.catalogue)
    if base is None:
        return EXIT_USAGE
    catalogue = localise(base, language)
    entries: list[Entry] = []
    for argument in arguments:
        entry = _resolve(catalogue, argument)
        if entry is None:
            code = int(argument) if is_number(argument) else 0
            nearest = ", ".join(str(c) for c in catalogue.nearest_codes(code))
            print(
                f"httpcodes: no status code {argument} in the catalogue; nearest: {nearest}",
                file=sys.stderr,
            )
            return EXIT_NOT_FOUND
        entries.append(entry)
    rows = compare(entries, catalogue, language)
    if options.json:
        import json

        from httpcodes.cli.jsonout import entry_to_dict

        data = {
            "entries": [entry_to_dict(e) for e in entries],
            "properties": properties_to_json(rows),
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_FOUND
    # A table wants the terminal's whole width, not the 100 columns prose is capped at.
    if getattr(options, "markdown", False):
        from httpcodes.compare import to_markdown

        print(to_markdown(entries, rows, language), end="")
        return EXIT_FOUND
    style = Style.for_stream(sys.stdout, language)._replace(
        width=max(40, terminal_columns(default=100))
    )
    print(render_comparison(entries, rows, style))
    return EXIT_FOUND


def _resolve(catalogue: Catalogue, argument: str) -> Entry | None:
    """A code gives its registry meaning (or its only meaning); an id like 499-nginx gives
    that entry."""
    if not is_number(argument):
        entry = catalogue.get(argument)
        if entry is None and not argument[:3].isdigit():
            raise UsageError(f"'{argument}' is not a status code (like 404, or 499-nginx)")
        return entry
    if len(argument) > 6:
        return None
    code = int(argument)
    return catalogue.standard(code) or next(iter(catalogue.for_code(code)), None)


def render_comparison(entries: list[Entry], rows: list[Property], style: Style) -> str:
    """The comparison as a table, or on its side when the columns would be too narrow."""
    label_width = min(24, max(_columns(row.label) for row in rows) + len(_MARK) + 1)
    room = style.width - label_width - len(_GAP) * len(entries)
    column = room // len(entries)
    footer = style.dim(f"{_MARK} {word('differs between the codes', style.language)}")
    if column < MIN_COLUMN:
        return _sideways(entries, rows, style) + "\n\n" + footer
    return _table(entries, rows, style, label_width, column) + "\n\n" + footer


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _columns(text))


def _label(row: Property, style: Style) -> str:
    if row.differs:
        return style.paint(style.bold(f"{_MARK} {row.label}"), "33")
    return f"  {row.label}"


def _table(
    entries: list[Entry], rows: list[Property], style: Style, label_width: int, column: int
) -> str:
    def line(label: str, label_shown: str, cells: list[list[str]], index: int) -> str:
        first = label_shown if index == 0 else ""
        pad = label_width - (_columns(label) if index == 0 else 0)
        parts = [first + " " * max(0, pad)]
        for cell in cells:
            parts.append(_pad(cell[index] if index < len(cell) else "", column))
        return _GAP.join(parts).rstrip()

    lines: list[str] = []
    heads = [_wrap(e.display_title, column) for e in entries]
    for index in range(max(len(h) for h in heads)):
        lines.append(line("", "", [[style.bold(t) for t in h] for h in heads], index))
    lines.append("-" * min(style.width, label_width + (column + len(_GAP)) * len(entries)))
    for row in rows:
        if row.key == "name" or not row.applies:
            continue  # the heading already names each code; facts of no use here
        cells = [_wrap(text, column) or [""] for text in row.texts]
        plain = f"{_MARK} {row.label}" if row.differs else f"  {row.label}"
        height = max(len(c) for c in cells)
        # A row of several lines gets a blank line on each side, so rows do not run together.
        if height > 1 and lines[-1] and not lines[-1].startswith("-"):
            lines.append("")
        for index in range(height):
            lines.append(line(plain, _label(row, style), cells, index))
        if height > 1:
            lines.append("")
    return "\n".join(lines).rstrip("\n")


def _sideways(entries: list[Entry], rows: list[Property], style: Style) -> str:
    """One block per property, one line per code: fits however many codes there are."""
    ids = [e.id for e in entries]
    id_width = max(len(i) for i in ids) + 2
    lines: list[str] = []
    for row in rows:
        if not row.applies:
            continue
        if lines:
            lines.append("")
        lines.append(_label(row, style))
        for entry_id, text in zip(ids, row.texts, strict=True):
            wrapped = _wrap(text, style.width - id_width - 2) or [""]
            lines.append("  " + _pad(entry_id, id_width) + wrapped[0])
            lines.extend(" " * (id_width + 2) + rest for rest in wrapped[1:])
    return "\n".join(lines)
