"""The built search index kept in the user's cache: a stored index answers exactly as a
fresh one, and a change to the catalogue, the engine's code or the user's own files rebuilds
it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.i18n import search_texts
from httpcodes.catalogue.model import Catalogue
from httpcodes.search import SearchEngine, index_cache
from tests.cli_runner import run_cli

QUERIES = (
    "404",
    "40",
    "4xx",
    "rate limit",
    "rate lim",
    "unathorized",
    "StatusTooManyRequests",
    "HTTP_NOT_FOUND",
    "nginx",
    "rfc 6585",
    "login required",
    "redirect after post",
    "what does 502 mean",
    "重定向",
    "网关超时",
    "限流",
    "gateway 504",
    "\uff4e\uff4f\uff54\u3000\uff46\uff4f\uff55\uff4e\uff44",  # full-width "not found"
    "Ünïcödé 超时",
    "don't",
    "",
)


def index_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the engines built from scratch (not restored from the cache)."""
    built: list[int] = []
    real = SearchEngine.__init__

    def counting(self: SearchEngine, *args: object, **kwargs: object) -> None:
        built.append(1)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchEngine, "__init__", counting)
    return built


def ids(engine: SearchEngine, query: str) -> list[tuple[str, int, float]]:
    return [(hit.entry.id, int(hit.tier), hit.score) for hit in engine.search(query)]


def test_a_stored_index_answers_as_a_fresh_one(monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = load_catalogue()
    fresh = SearchEngine(catalogue.entries, catalogue.classes, search_texts())
    built = index_builds(monkeypatch)
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    stored = index_cache.cached_engine(catalogue.entries, catalogue.classes)
    assert built == [1]  # the second came from the file
    assert type(stored) is not SearchEngine
    for query in QUERIES:
        assert ids(stored, query) == ids(fresh, query), query
    assert ids(stored, "rate limit")[0][0] == "429"


def test_a_damaged_index_file_is_rebuilt(user_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = load_catalogue()
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    path = Path(index_cache.index_path())
    assert path.is_file()
    built = index_builds(monkeypatch)
    for damage in (b"", b"\x00garbage", path.read_bytes()[:1000]):
        path.write_bytes(damage)
        engine = index_cache.cached_engine(catalogue.entries, catalogue.classes)
        assert ids(engine, "rate limit")[0][0] == "429"
    assert built == [1, 1, 1]


def test_a_change_to_the_engine_code_rebuilds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "engine.py"
    source.write_text("# version 1\n")
    monkeypatch.setattr(index_cache, "_CODE_MODULES", (SimpleNamespace(__file__=str(source)),))
    catalogue = load_catalogue()
    built = index_builds(monkeypatch)
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    assert built == [1]
    # Same size, same time: only the content differs.
    stat = source.stat()
    source.write_text("# version 2\n")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    assert built == [1, 1]


def test_a_change_to_the_catalogue_data_rebuilds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "codes-4xx.json"
    data.write_text("{}")
    monkeypatch.setattr(index_cache, "_data_files", lambda: [str(data)])
    catalogue = load_catalogue()
    built = index_builds(monkeypatch)
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    assert built == [1]
    data.write_text('{"entries": []}')
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    assert built == [1, 1]


def test_the_built_in_data_and_translations_are_in_the_key() -> None:
    names = {os.path.basename(path) for path in index_cache._data_files()}
    assert {"codes-4xx.json", "vendor.json", "constants.json"} <= names
    assert any(name.startswith("zh-CN") for name in names)


def test_other_entries_never_use_an_index_built_for_different_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalogue = load_catalogue()
    built = index_builds(monkeypatch)
    index_cache.cached_engine(catalogue.entries, catalogue.classes)
    fewer = catalogue.entries[1:]
    engine = index_cache.cached_engine(fewer, catalogue.classes)
    assert built == [1, 1]
    assert ids(engine, "100") == []


def write_user_catalogue(path: Path, summary: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {
        "id": "597-acme",
        "code": 597,
        "phrase": "Acme Gateway Hiccup",
        "status": "unofficial",
        "summary": summary,
        "description": "Our gateway says so.",
    }
    path.write_text(json.dumps({"entries": [entry]}))


def test_the_terminal_search_sees_a_change_to_the_users_own_files(user_dirs: Path) -> None:
    own = user_dirs / "config" / "catalogues" / "acme.json"
    write_user_catalogue(own, "A flurble of the frobnicator.")
    first = run_cli("search", "flurble")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("597")
    assert (user_dirs / "cache" / index_cache.FILE_NAME).is_file()
    write_user_catalogue(own, "A wibble of the frobnicator, not the other word.")
    os.utime(own, ns=(0, 10**18))  # a different time, whatever the clock's resolution
    assert run_cli("search", "flurble").returncode == 1
    second = run_cli("search", "wibble")
    assert second.returncode == 0, second.stderr
    assert second.stdout.startswith("597")
    own.unlink()
    assert run_cli("search", "wibble").returncode == 1


def test_a_catalogue_named_on_the_command_line_is_in_the_key(user_dirs: Path) -> None:
    other = user_dirs / "elsewhere" / "acme.json"
    write_user_catalogue(other, "A flurble of the frobnicator.")
    assert run_cli("search", "flurble").returncode == 1
    found = run_cli("--catalogue", str(other), "search", "flurble")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("597")
    assert run_cli("search", "flurble").returncode == 1


def test_an_unwritable_cache_folder_only_costs_time(user_dirs: Path) -> None:
    (user_dirs / "cache").write_text("a file where the folder should be")
    result = run_cli("search", "rate", "limit")
    assert result.returncode == 0
    assert result.stdout.startswith("429")
    assert result.stderr == ""


@pytest.fixture(scope="module")
def fresh_and_stored(
    tmp_path_factory: pytest.TempPathFactory, catalogue: Catalogue
) -> tuple[SearchEngine, SearchEngine]:
    fresh = SearchEngine(catalogue.entries, catalogue.classes, search_texts())
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HTTPCODES_CACHE_DIR", str(tmp_path_factory.mktemp("index-cache")))
        index_cache.cached_engine(catalogue.entries, catalogue.classes)
        stored = index_cache.cached_engine(catalogue.entries, catalogue.classes)
    return fresh, stored


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("abcdefghilmnoprstuwxy 0123456789-_'重定向超时网关限流未找到ÉüＡ"),
        max_size=24,
    )
)
def test_any_query_gets_the_same_answer_from_a_stored_index(
    fresh_and_stored: tuple[SearchEngine, SearchEngine], query: str
) -> None:
    fresh, stored = fresh_and_stored
    assert ids(stored, query) == ids(fresh, query)
