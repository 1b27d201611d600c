"""The shell's conventions: global options anywhere, the terminal's real width, a pager, short
output, URLs and colours that work in any terminal. Run for real, on a pseudo-terminal where the
behaviour depends on one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.cli_runner import on_a_terminal, run_cli

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.mark.parametrize(
    "args",
    [
        ["show", "404", "--lang", "zh-CN"],
        ["--lang", "zh-CN", "show", "404"],
        ["404", "--lang", "zh-CN"],
        ["show", "--lang", "zh-CN", "404"],
    ],
)
def test_lang_goes_before_or_after_the_command(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("404 未找到")


@pytest.mark.parametrize(
    "args", [["list", "--class", "1xx", "--json"], ["--json", "list", "--class", "1xx"]]
)
def test_json_goes_before_or_after_the_command(args: list[str]) -> None:
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert {entry["code"] for entry in json.loads(result.stdout)} >= {100, 101}


def test_catalogues_given_before_and_after_the_command_all_load(tmp_path: Path) -> None:
    files = []
    for code, phrase in ((432, "Tenant Suspended"), (433, "Quota Frozen")):
        path = tmp_path / f"{code}.json"
        path.write_text(
            json.dumps({"entries": [{"code": code, "phrase": phrase, "summary": "Ours."}]}),
            encoding="utf-8",
        )
        files.append(str(path))
    result = run_cli("--catalogue", files[0], "show", "432", "433", "--catalogue", files[1])
    assert result.returncode == 0, result.stderr
    assert "432 Tenant Suspended" in result.stdout
    assert "433 Quota Frozen" in result.stdout


def test_help_follows_the_real_width_of_the_terminal() -> None:
    for command in ([], ["show"], ["search"]):
        narrow = on_a_terminal(*command, "--help", columns=60)
        assert "usage: httpcodes" in narrow
        assert max(len(line) for line in narrow.splitlines()) <= 60, narrow
    wide = on_a_terminal("--help", columns=100)
    assert max(len(line) for line in wide.splitlines()) > 60


def test_in_a_narrow_terminal_nothing_overflows_and_urls_stay_whole() -> None:
    width = 40
    for args in (["show", "499", "503", "308"], ["search", "nginx"], ["list"]):
        result = run_cli(*args, env={"COLUMNS": str(width)})
        assert result.returncode == 0, result.stderr
        # Example exchanges are wire format, printed as they are: left out here.
        prose = re.sub(r"\nExample\n.*?(?=\n\d{3} |\Z)", "\n", result.stdout, flags=re.S)
        assert prose.count("Constants") == result.stdout.count("Constants")
        for line in prose.splitlines():
            url = re.search(r"https?://\S+", line)
            if url:
                # Whole, and alone on its line, so a click opens it.
                assert line.strip() == url.group(0), line
            elif len(line) > width:
                # Only a single name longer than the whole width (a Java constant of 42
                # characters, here) may: alone, from the margin, whole for copying.
                assert line == line.strip() and " " not in line, line
    shown = run_cli("show", "308", env={"COLUMNS": str(width)}).stdout
    assert "\nhttps://www.rfc-editor.org/rfc/rfc9110#section-15.4.9\n" in shown


def test_show_brief_is_the_heading_and_the_summary() -> None:
    result = run_cli("show", "404", "429", "--brief")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("404 Not Found  [4xx Client Error")
    assert any(line.startswith("429 Too Many Requests") for line in lines)
    assert "Cacheable" not in result.stdout and "Constants" not in result.stdout
    assert len(lines) < 8


def fake_pager(tmp_path: Path) -> tuple[Path, Path]:
    """A PAGER that records what it was given."""
    record = tmp_path / "paged.txt"
    pager = tmp_path / "pager"
    pager.write_text(f'#!/bin/sh\ncat > "{record}"\n', encoding="utf-8")
    pager.chmod(0o755)
    return pager, record


def test_show_goes_through_the_pager_when_longer_than_the_terminal(tmp_path: Path) -> None:
    pager, record = fake_pager(tmp_path)
    screen = on_a_terminal("show", "503", lines=20, env={"PAGER": str(pager)})
    assert "503 Service Unavailable" in record.read_text(encoding="utf-8")
    assert "503 Service Unavailable" not in screen


def test_no_pager_when_the_text_fits_or_is_not_on_a_terminal(tmp_path: Path) -> None:
    pager, record = fake_pager(tmp_path)
    screen = on_a_terminal("show", "404", "--brief", lines=20, env={"PAGER": str(pager)})
    assert "404 Not Found" in screen
    piped = run_cli("show", "503", env={"PAGER": str(pager)})
    assert piped.stdout.startswith("503 Service Unavailable")
    assert not record.exists()


def test_a_missing_pager_loses_nothing() -> None:
    screen = on_a_terminal("show", "503", lines=10, env={"PAGER": "no-such-pager-here"})
    assert "503 Service Unavailable" in screen


@pytest.mark.parametrize("term", ["xterm-256color", "xterm"])
def test_colours_read_on_light_and_dark_backgrounds(term: str) -> None:
    screen = on_a_terminal("list", columns=100, lines=500, env={"TERM": term, "PAGER": "cat"})
    codes = set(ANSI.findall(screen))
    assert codes, "colour on a terminal"
    # Yellow (33, 93, 256-colour 11 and 226) is unreadable on white; white (37, 97) on white
    # and black (30, 90) on black are invisible.
    unreadable = {"33", "93", "37", "97", "30", "90", "38;5;11", "38;5;226"}
    for sequence in codes:
        assert sequence[2:-1] not in unreadable, sequence
    if term == "xterm-256color":
        assert any("38;5;" in sequence for sequence in codes)
