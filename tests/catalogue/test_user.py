"""Catalogue files of the user's own: good entries load, every bad one is one clear line,
and the files are never changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.user import MAX_FILE_BYTES, user_catalogue_dir, with_user_catalogues
from httpcodes.gui.settings import Settings
from httpcodes.gui.window import MainWindow
from tests.cli_runner import run_cli

GOOD = {
    "code": 432,
    "phrase": "Tenant Suspended",
    "summary": "Our gateway refuses requests for suspended tenants.",
    "description": (
        "Sent by the edge gateway. <script>alert('x')</script> <a href=\"javascript:x()\">y</a>"
    ),
    "keywords": ["suspended tenant"],
}


def write(path: Path, content: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_text(json.dumps(content), encoding="utf-8")
    return path


# (file content, words the one-line message must contain)
BAD_FILES: list[tuple[object, tuple[str, ...]]] = [
    ("{not json", ("not valid JSON", "line 1")),
    (b"\x89PNG\r\n\x1a\n\x00\x00binary", ("not UTF-8",)),
    ("", ("not valid JSON",)),
    ({"entries": "nope"}, ("entries",)),
    (
        {"entries": [{"code": "432", "phrase": "X", "summary": "s"}]},
        ("field 'code'", "whole number"),
    ),
    ({"entries": [{"code": 700, "phrase": "X", "summary": "s"}]}, ("field 'code'", "out of range")),
    ({"entries": [{"code": 99, "phrase": "X", "summary": "s"}]}, ("field 'code'", "out of range")),
    (
        {"entries": [{"code": 404, "phrase": "Mine", "summary": "s"}]},
        ("field 'code'", "standard code"),
    ),
    ({"entries": [{"code": 433, "phrase": "X"}]}, ("field 'summary'", "missing")),
    (
        {"entries": [{"code": 433, "phrase": "X", "summary": "s", "colour": 1}]},
        ("field 'colour'", "unknown"),
    ),
    (
        {"entries": [{"code": 433, "phrase": "X", "summary": "s", "status": "permanent"}]},
        ("field 'status'",),
    ),
    (
        {
            "entries": [
                {
                    "code": 433,
                    "phrase": "X",
                    "summary": "s",
                    "specs": [{"title": "t", "url": "javascript:x"}],
                }
            ]
        },
        ("specs[0].url", "http"),
    ),
    (
        {"entries": [{"code": 433, "phrase": "X", "summary": "s", "keywords": [1]}]},
        ("keywords[0]",),
    ),
    (
        {"entries": [{"code": 433, "id": "499-nginx", "phrase": "X", "summary": "s"}]},
        ("field 'id'",),
    ),
    ({"entries": [{"code": 433, "id": "bad id", "phrase": "X", "summary": "s"}]}, ("field 'id'",)),
    ({"entries": [42]}, ("entry #1", "expected an object")),
    (
        [
            {"code": 434, "phrase": "X", "summary": "s"},
            {"code": 434, "phrase": "Y", "summary": "t"},
        ],
        ("already taken",),
    ),
]


@pytest.mark.parametrize(("content", "words"), BAD_FILES)
def test_each_bad_file_is_one_clear_line_and_the_rest_works(
    tmp_path: Path, content: object, words: tuple[str, ...]
) -> None:
    bad = write(tmp_path / "bad.json", content)
    good = write(tmp_path / "good.json", {"entries": [GOOD]})
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (bad, good)}
    result = run_cli("--catalogue", str(bad), "--catalogue", str(good), "show", "432", "404")
    assert result.returncode == 0, result.stderr
    assert "432 Tenant Suspended" in result.stdout
    assert "404 Not Found" in result.stdout
    lines = result.stderr.strip().splitlines()
    assert lines, "a bad file must be reported"
    assert all(line.startswith(f"httpcodes: {bad}") for line in lines), lines
    for word in words:
        assert any(word in line for line in lines), (word, lines)
    assert "Traceback" not in result.stderr
    assert before == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (bad, good)}


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("w") as stream:
        stream.write('{"entries": [')
        stream.write(" " * (MAX_FILE_BYTES + 10))
        stream.write("]}")
    result = run_cli("--catalogue", str(huge), "list", "--unofficial", "--json")
    assert result.returncode == 0
    assert "MiB limit" in result.stderr


def test_missing_file_and_a_folder_named_json(tmp_path: Path) -> None:
    (tmp_path / "folder.json").mkdir()
    result = run_cli(
        "--catalogue",
        str(tmp_path / "missing.json"),
        "--catalogue",
        str(tmp_path / "folder.json"),
        "404",
    )
    assert result.returncode == 0
    assert "No such file" in result.stderr
    assert "not a file" in result.stderr


def test_the_user_folder_is_loaded_and_entries_are_searchable(user_dirs: Path) -> None:
    write(user_catalogue_dir() / "gateway.json", {"entries": [GOOD]})
    result = run_cli("search", "suspended", "tenant", "--json")
    assert result.returncode == 0, result.stderr
    (entry, *_) = json.loads(result.stdout)
    assert entry["id"] == "432-gateway"
    assert entry["origin"] == "gateway"
    assert entry["status"] == "unofficial"
    assert entry["source"].endswith("gateway.json")


def test_the_window_shows_a_dismissible_notice_and_escapes_user_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bad = write(
        tmp_path / "bad.json", {"entries": [GOOD, {"code": 404, "phrase": "x", "summary": "y"}]}
    )
    report = with_user_catalogues(load_catalogue(), [bad])
    window = MainWindow(report.catalogue, Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_notice(report.problems)
    assert window.notice.isVisible()
    assert "standard code" in window.notice.label.text()
    window.notice.dismiss_button.click()
    assert not window.notice.isVisible()
    assert window.go_to("432-bad")
    text = window.detail.page_text()
    assert "<script>alert('x')</script>" in text
    html = window.detail.browser.toHtml()
    assert 'href="javascript' not in html
    assert "<script" not in html
    assert "your catalogue" in text
