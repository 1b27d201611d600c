"""The constants of the libraries read from their own source (the lists in tests/data/constants,
each with the repository, path and release it was read at) against the catalogue."""

from __future__ import annotations

import pytest

from httpcodes.catalogue import Catalogue, load_catalogue
from httpcodes.catalogue.model import LIBRARIES
from tests.registry import (
    NOT_RECORDED,
    constant_entry_id,
    constant_header,
    constant_rows,
)

# Libraries whose lists were read from source for this catalogue.
CHECKED = ("java", "aspnetcore", "servlet", "rails", "ktor", "apache_httpclient")


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_twelve_libraries_in_display_order() -> None:
    assert list(LIBRARIES) == [
        "python",
        "go",
        "rust",
        "dotnet",
        "java",
        "php",
        "javascript",
        "aspnetcore",
        "servlet",
        "rails",
        "ktor",
        "apache_httpclient",
    ]


@pytest.mark.parametrize("library", CHECKED)
def test_every_list_says_where_and_when_it_was_read(library: str) -> None:
    header = constant_header(library)
    assert {"library", "repository", "path", "tag", "read"} <= set(header), library
    assert "/" in header["repository"]


@pytest.mark.parametrize("library", CHECKED)
def test_every_constant_of_the_source_is_recorded_under_its_number(
    catalogue: Catalogue, library: str
) -> None:
    rows = constant_rows(library)
    assert len(rows) >= 40
    for row in rows:
        if row.name in NOT_RECORDED:
            continue
        entry = catalogue.get(constant_entry_id(row.code))
        assert entry is not None, (library, row)
        constant = entry.constant(library)
        assert constant is not None, (library, row.name)
        assert row.name in (constant.name, *constant.aliases), (library, row.name)
        deprecated, removed = constant.mark(row.name)
        assert deprecated == row.deprecated_since, (library, row.name)
        assert not removed, (library, row.name)
        if row.name == constant.name:
            differs = row.phrase and row.phrase != entry.phrase
            assert constant.phrase == (row.phrase if differs else None), (library, row.name)


@pytest.mark.parametrize("library", CHECKED)
def test_no_recorded_name_is_missing_from_the_source_unless_marked_removed(
    catalogue: Catalogue, library: str
) -> None:
    in_source = {(constant_entry_id(r.code), r.name) for r in constant_rows(library)}
    for entry in catalogue.entries:
        constant = entry.constant(library)
        if constant is None:
            continue
        for name in (constant.name, *constant.aliases):
            if constant.mark(name)[1]:
                assert (entry.id, name) not in in_source, (library, name)
            else:
                assert (entry.id, name) in in_source, (library, entry.id, name)


def test_spring_7_names_and_its_6x_aliases(catalogue: Catalogue) -> None:
    def java(entry_id: str) -> tuple[str, tuple[str, ...]]:
        entry = catalogue.get(entry_id)
        assert entry is not None
        constant = entry.constant("java")
        assert constant is not None
        return constant.name, constant.aliases

    assert java("413") == (
        "HttpStatus.CONTENT_TOO_LARGE",
        ("HttpStatus.PAYLOAD_TOO_LARGE", "HttpStatus.REQUEST_ENTITY_TOO_LARGE"),
    )
    assert java("422") == ("HttpStatus.UNPROCESSABLE_CONTENT", ("HttpStatus.UNPROCESSABLE_ENTITY",))
    assert java("421") == ("HttpStatus.MISDIRECTED_REQUEST", ())
    for entry_id in ("419-spring", "420-spring", "421-spring", "305"):
        entry = catalogue.get(entry_id)
        assert entry is not None
        constant = entry.constant("java")
        assert constant is not None and constant.removed, entry_id
        assert constant.mark(constant.name)[1] == "7.0", entry_id
    entry = catalogue.get("413")
    assert entry is not None
    constant = entry.constant("java")
    assert constant is not None
    assert constant.mark("HttpStatus.PAYLOAD_TOO_LARGE") == ("7.0", "")
    assert constant.mark("HttpStatus.REQUEST_ENTITY_TOO_LARGE") == ("4.1", "7.0")


def test_rack_3_1_renamed_413_and_422(catalogue: Catalogue) -> None:
    for entry_id, name, old in (
        ("413", ":content_too_large", ":payload_too_large"),
        ("422", ":unprocessable_content", ":unprocessable_entity"),
    ):
        entry = catalogue.get(entry_id)
        assert entry is not None
        constant = entry.constant("rails")
        assert constant is not None
        assert constant.name == name
        assert constant.mark(old) == ("3.1", "")


def test_asp_net_core_names_nginx_499(catalogue: Catalogue) -> None:
    entry = catalogue.get("499-nginx")
    assert entry is not None
    constant = entry.constant("aspnetcore")
    assert constant is not None
    assert constant.name == "StatusCodes.Status499ClientClosedRequest"
    assert catalogue.get("499-esri") is not None
    esri = catalogue.get("499-esri")
    assert esri is not None and esri.constant("aspnetcore") is None


@pytest.mark.parametrize(
    ("entry_id", "lookup"),
    [
        ("419-spring", "valueOf(419) throws"),
        ("420-spring", "valueOf(420) throws"),
        ("421-spring", "MISDIRECTED_REQUEST, which is what HttpStatus.valueOf(421) returns"),
    ],
)
def test_spring_webdav_draft_texts_say_what_7_0_does(
    catalogue: Catalogue, entry_id: str, lookup: str
) -> None:
    from httpcodes.catalogue.i18n import CHINESE, localise

    entry = catalogue.get(entry_id)
    assert entry is not None
    assert lookup in entry.description
    assert "7.0" in (entry.deprecation or "")
    chinese = localise(catalogue, CHINESE).get(entry_id)
    assert chinese is not None
    assert "Spring 7.0" in chinese.description and f"valueOf({entry.code})" in chinese.description
