"""The terminal renderer: what ``httpcodes show`` and ``list`` print, at a given width."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from httpcodes.catalogue import Catalogue
from httpcodes.catalogue.i18n import CHINESE, localise
from httpcodes.cli.render import Style, render_class, render_entry, render_line

ANSI = re.compile(r"\x1b\[[0-9;]*m")
PLAIN = Style(80, False)


def columns(line: str) -> int:
    """Terminal columns: Han characters and full-width forms take two."""
    return len(line) + sum(1 for ch in line if "\u2e80" <= ch <= "\ufaff" or ch >= "\uff00")


def prose_lines(lines: list[str], tables: tuple[str, ...]) -> list[str]:
    """The lines that wrap: not the heading line, nor the constants' table and the example
    exchange (code is not broken across lines) at the end."""
    ends = [lines.index(heading) for heading in tables if heading in lines]
    return lines[1 : min(ends, default=len(lines))]


@pytest.mark.parametrize("code", ["404", "429", "499-nginx", "306", "100"])
@pytest.mark.parametrize("width", [40, 80])
def test_entries_fit_the_terminal_and_carry_no_colour_when_off(
    catalogue: Catalogue, code: str, width: int
) -> None:
    entry = catalogue.get(code)
    assert entry is not None
    text = render_entry(entry, catalogue, Style(width, False))
    assert not ANSI.search(text)
    lines = text.splitlines()
    assert lines[0].startswith(entry.display_title)
    # The prose and the facts wrap; only a word longer than the line (a URL) may overflow.
    for line in prose_lines(lines, ("Constants", "Example")):
        assert columns(line) <= width or " " not in line.strip(), line


def test_a_vendor_code_says_where_it_comes_from_and_how_sure_we_are(
    catalogue: Catalogue,
) -> None:
    entry = catalogue.get("499-nginx")
    assert entry is not None and entry.vendor is not None
    text = render_entry(entry, catalogue, PLAIN)
    assert "Origin" in text and "nginx" in text
    assert "Sent" in text and "Confidence" in text
    noted = entry._replace(
        vendor=entry.vendor._replace(confidence_note="seen in two releases", sources=("a", "b"))
    )
    text = render_entry(noted, catalogue, Style(200, False))
    assert "seen in two releases" in text
    assert "Sources" in text and "a; b" in text


def test_deprecation_history_former_names_and_a_users_file_are_shown(
    catalogue: Catalogue,
) -> None:
    entry = catalogue.get("404")
    assert entry is not None
    changed = entry._replace(
        deprecation="Use 410 instead.",
        history="Renamed once.",
        former_phrases=("Not There",),
        source="/home/me/codes.json",
    )
    text = render_entry(changed, catalogue, Style(200, False))
    for label, value in [
        ("Deprecated", "Use 410 instead."),
        ("History", "Renamed once."),
        ("Former names", "Not There"),
        ("From", "/home/me/codes.json"),
    ]:
        assert any(line.startswith(label) and value in line for line in text.splitlines()), label


def test_colour_marks_the_title_by_class_when_on(catalogue: Catalogue) -> None:
    entry = catalogue.get("404")
    assert entry is not None
    text = render_entry(entry, catalogue, Style(80, True))
    assert text.startswith("\x1b[")  # the title in its class's colour
    assert ANSI.sub("", text) == render_entry(entry, catalogue, PLAIN)
    other = catalogue.get("500")
    assert other is not None
    first = render_entry(other, catalogue, Style(80, True)).split("500")[0]
    assert first != text.split("404")[0]  # another class, another colour


def test_list_and_class_lines_are_cut_to_the_width_never_past_it(
    catalogue: Catalogue,
) -> None:
    entry = catalogue.get("499-nginx")
    assert entry is not None
    for width in (40, 60, 80, 100):
        line = render_line(entry, Style(width, False))
        assert line.startswith("499  Client Closed")
        assert columns(line) <= width, (width, line)
    wide = render_line(entry, Style(200, False))
    assert wide.endswith(entry.summary)  # room enough: the whole summary
    assert render_line(entry, Style(80, False)).endswith("…")
    heading = render_class(catalogue.classes[3], Style(60, False))
    assert heading.startswith("4xx Client Error  The server")
    assert columns(heading) <= 60 and heading.endswith("…")
    whole = render_class(catalogue.classes[3], Style(400, False))
    assert whole.endswith(catalogue.classes[3].summary)


def test_chinese_output_uses_chinese_labels_and_fits_by_columns(catalogue: Catalogue) -> None:
    chinese = localise(catalogue, CHINESE)
    entry = chinese.get("429")
    assert entry is not None
    text = render_entry(entry, chinese, Style(60, False, CHINESE))
    lines = text.splitlines()
    assert not any(line.startswith(("Retry ", "Cacheable ", "Header ")) for line in lines)
    assert any(line.startswith("重试 ") for line in lines)
    for line in prose_lines(lines, ("代码中的常量", "示例")):
        assert columns(line) <= 60 or " " not in line.strip(), line


def test_the_width_comes_from_columns_or_falls_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with (tmp_path / "out").open("w") as stream:
        monkeypatch.setenv("COLUMNS", "72")
        assert Style.for_stream(stream).width == 72
        monkeypatch.setenv("COLUMNS", "wide")
        assert 40 <= Style.for_stream(stream).width <= 100
        assert not Style.for_stream(stream).colour
