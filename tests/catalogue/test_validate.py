"""Checking catalogue files, as a maintainer or a user writing their own file does it:
``python -m httpcodes.catalogue.validate [FILE...]``. Every mistake is one line that names
the file, the entry and the field."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from httpcodes.catalogue import Catalogue, CatalogueError
from httpcodes.catalogue.load import check_consistency
from httpcodes.catalogue.model import RelatedCode
from httpcodes.catalogue.schema_reader import MAX_TEXT
from httpcodes.catalogue.validate import main
from httpcodes.resources import resource_path

BUILT_IN = Path(resource_path("catalogue"))
Raw = dict[str, Any]


def entry_of(file_name: str, entry_id: str) -> Raw:
    raw = json.loads((BUILT_IN / file_name).read_text(encoding="utf-8"))
    entry: Raw = next(e for e in raw["entries"] if e["id"] == entry_id)
    return copy.deepcopy(entry)


def write(path: Path, content: object) -> Path:
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_built_in_catalogue_checks_out_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "httpcodes.catalogue.validate"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    count = int(result.stdout.split()[1])
    assert result.stdout == f"ok: {count} entries\n" and count > 80


def test_each_built_in_file_checks_out_with_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    names = ["classes.json", "constants.json", "codes-4xx.json", "vendor.json"]
    assert main([str(BUILT_IN / name) for name in names]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"ok: {BUILT_IN / 'classes.json'}: 5 items"
    assert len(lines) == 4 and all(line.startswith("ok: ") for line in lines)


def set_field(field: str, value: object) -> Callable[[Raw], None]:
    """A change to one field of an entry: a dotted path, list items by number."""

    def change(entry: Raw) -> None:
        target: Any = entry
        *path, last = field.split(".")
        for part in path:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


def drop(field: str) -> Callable[[Raw], None]:
    return lambda entry: entry.pop(field)


# (change, field named in the message, words of the problem)
MISTAKES_IN_429: list[tuple[Callable[[Raw], None], str, str]] = [
    (set_field("colour", "red"), "colour", "unknown field"),
    (drop("summary"), "summary", "missing"),
    (set_field("summary", "   "), "summary", "must not be empty"),
    (set_field("summary", 42), "summary", "expected text, got a number"),
    (set_field("summary", "x" * (MAX_TEXT + 1)), "summary", f"longer than {MAX_TEXT}"),
    (set_field("history", None), "", ""),  # allowed: null history
    (set_field("phrase", None), "phrase", "needs its IANA phrase"),
    (set_field("summary", None), "summary", "must not be null"),
    (set_field("code", 600), "code", "600 is out of range 100-599"),
    (set_field("code", True), "code", "expected a whole number, got true/false"),
    (set_field("code", None), "code", "must not be null"),
    (set_field("id", "429-"), "id", "must be the code"),
    (set_field("id", "430"), "id", "must be the code"),
    (set_field("id", "429-mine"), "id", "a registry entry's id is its code"),
    (set_field("status", "maybe"), "status", "'maybe' is not one of"),
    (set_field("origin", "nginx"), "origin", "neither origin nor vendor"),
    (set_field("deprecated", True), "deprecation", "a deprecated entry says why"),
    (set_field("deprecated", "no"), "deprecated", "expected true or false, got text"),
    (set_field("specs.0.url", "javascript:alert(1)"), "specs[0].url", "not an http(s) address"),
    (set_field("specs.0.page", 4), "specs[0].page", "unknown field"),
    (set_field("specs", None), "specs", "must be a list, not null"),
    (set_field("specs", {}), "specs", "expected a list, got an object"),
    (set_field("keywords", ["ok", ""]), "keywords[1]", "expected non-empty text"),
    (set_field("headers.0", "Retry-After"), "headers[0]", "expected an object, got text"),
    (set_field("related.0.code", 99), "related[0].code", "99 is out of range"),
    (set_field("retry.advice", "soon"), "retry.advice", "'soon' is not one of"),
    (set_field("introduced.year", 1066), "introduced.year", "1066 is out of range"),
    (set_field("example.response", "HTTP/1.1 200 OK"), "example.response", "HTTP/1.1 429"),
]


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    MISTAKES_IN_429,
    ids=[f"{m[1] or 'allowed'}-{m[2][:20]}" for m in MISTAKES_IN_429],
)
def test_a_mistake_in_an_entry_is_one_line_naming_file_entry_and_field(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[Raw], None],
    field: str,
    problem: str,
) -> None:
    entry = entry_of("codes-4xx.json", "429")
    change(entry)
    path = write(tmp_path / "codes-4xx.json", {"entries": [entry]})
    status = main([str(path)])
    captured = capsys.readouterr()
    if not field:
        assert status == 0 and captured.err == ""
        return
    assert status == 1
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {path}: entry #1 (")
    assert f"field '{field}'" in lines[0]
    assert problem in lines[0]


def test_a_vendor_entry_needs_its_vendor_and_a_note_on_doubtful_confidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vendor = entry_of("vendor.json", "218-apache")
    for change, field, problem in [
        (set_field("vendor", None), "origin", "needs an origin and a vendor object"),
        (set_field("vendor.confidence_note", None), "vendor.confidence_note", "required when"),
        (set_field("vendor.sent_to_client", "often"), "vendor.sent_to_client", "'often'"),
    ]:
        broken = copy.deepcopy(vendor)
        change(broken)
        path = write(tmp_path / "vendor.json", {"entries": [broken]})
        assert main([str(path)]) == 1
        err = capsys.readouterr().err
        assert f"field '{field}'" in err and problem in err, err


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("codes.json", "{not json", "not valid JSON (line 1, column 2"),
        ("codes.json", b'{"entries": ["\xc3\x28"]}', "not UTF-8 text"),
        ("codes.json", [], "expected an object with a list 'entries'"),
        ("codes.json", {"entries": [], "extra": 1}, "field 'extra': unknown field"),
        ("classes.json", {"classes": []}, "expected 5 classes, got 0"),
        ("classes.json", {"classes": [{"key": "2xx"}]}, "expected '1xx', got '2xx'"),
        ("constants.json", {"libraries": {"cobol": {}}, "entries": {}}, "'libraries.cobol'"),
        (
            "constants.json",
            {"libraries": {}, "entries": {"404": {"go": {"name": ""}}}},
            "entry 404: field 'go.name': must not be empty",
        ),
    ],
)
def test_a_broken_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: object, problem: str
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        write(path, content)
    assert main([str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"error: {path}") and problem in lines[0], lines[0]


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere.json"
    assert main([str(missing)]) == 1
    assert capsys.readouterr().err == f"error: {missing}: cannot read: No such file or directory\n"


def test_rules_across_files_name_the_entry_at_fault(catalogue: Catalogue) -> None:
    entries = list(catalogue.entries)
    by_id = {e.id: e for e in entries}
    problems = {
        "duplicate id": [*entries, by_id["404"]],
        "503 is unknown": [e for e in entries if e.code != 503],
        "points at itself": [
            e._replace(related=(*e.related, RelatedCode(404, "me"))) if e.id == "404" else e
            for e in entries
        ],
    }
    for problem, broken in problems.items():
        with pytest.raises(CatalogueError, match=problem) as raised:
            check_consistency(broken, {}, "constants.json")
        assert raised.value.entry is not None
    with pytest.raises(CatalogueError, match="no entry has this id") as raised:
        check_consistency(entries, {"999-nobody": ()}, "constants.json")
    assert str(raised.value).startswith("constants.json: entry 999-nobody")
