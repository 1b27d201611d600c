"""The compiled copy of the catalogue in the user's cache: used while the data is unchanged,
rebuilt when it is missing, stale or damaged, never required."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import pytest

from httpcodes.catalogue import Catalogue, cache, load, model
from httpcodes.catalogue.load import read_catalogue


def fresh_load() -> Catalogue:
    load.load_catalogue.cache_clear()
    return load.load_catalogue()


def json_reads_of_a_fresh_load(monkeypatch: pytest.MonkeyPatch) -> int:
    """Load the catalogue afresh and say how many times its JSON was read."""
    calls: list[int] = []
    real = load.read_catalogue

    def counting() -> Catalogue:
        calls.append(1)
        return real()

    monkeypatch.setattr(load, "read_catalogue", counting)
    fresh_load()
    return len(calls)


def test_the_cached_copy_equals_the_json(user_dirs: Path) -> None:
    from_json = read_catalogue()
    first = fresh_load()
    assert (user_dirs / "cache" / cache.FILE_NAME).is_file()
    second = fresh_load()
    for catalogue in (first, second):
        assert catalogue.classes == from_json.classes
        assert catalogue.entries == from_json.entries


def test_the_cache_is_used_while_the_data_is_unchanged(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_load()

    def no_json() -> None:
        raise AssertionError("the JSON was read although the cache matched")

    monkeypatch.setattr(load, "read_catalogue", no_json)
    assert len(fresh_load().entries) > 100


def test_a_changed_key_or_a_damaged_file_rebuilds_it(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh_load()
    path = user_dirs / "cache" / cache.FILE_NAME
    path.write_bytes(b"\x00garbage")
    assert len(fresh_load().entries) > 100
    assert path.read_bytes() != b"\x00garbage"
    monkeypatch.setattr(cache, "__version__", "99.0.0")
    assert json_reads_of_a_fresh_load(monkeypatch) == 1


def test_a_changed_record_type_rebuilds_it(
    user_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy is read back without the records' constructors, so a copy written for other
    fields must never be used."""
    fresh_load()

    class WiderRetry(NamedTuple):
        advice: str
        note: str
        added: str = ""

    types = tuple(WiderRetry if t is model.Retry else t for t in cache.RECORD_TYPES)
    monkeypatch.setattr(cache, "RECORD_TYPES", types)
    assert json_reads_of_a_fresh_load(monkeypatch) == 1


def test_an_unwritable_cache_folder_is_no_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("HTTPCODES_CACHE_DIR", str(blocker))
    assert len(fresh_load().entries) > 100
    assert blocker.read_text() == "not a folder"
    assert not any(name.startswith(".") for name in os.listdir(tmp_path))
