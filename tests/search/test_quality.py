"""The search engine on a corpus of realistic queries (tests/data/realistic_queries.json): pasted
log lines, error messages, exception names, constants and plain words, as people post them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from httpcodes.catalogue import load_catalogue
from httpcodes.search import SearchEngine

CORPUS = Path(__file__).resolve().parents[1] / "data" / "realistic_queries.json"


def load_corpus() -> list[dict[str, object]]:
    data = json.loads(CORPUS.read_text(encoding="utf-8"))
    queries: list[dict[str, object]] = data["queries"]
    return queries


@pytest.fixture(scope="module")
def ranked() -> list[tuple[dict[str, object], list[str]]]:
    catalogue = load_catalogue()
    engine = SearchEngine(catalogue.entries, catalogue.classes)
    return [
        (item, [hit.entry.id for hit in engine.search(str(item["query"]))])
        for item in load_corpus()
    ]


def test_the_corpus_is_large_and_mostly_pastes() -> None:
    queries = load_corpus()
    assert len(queries) >= 150
    assert sum(1 for q in queries if q["kind"] in ("log", "message")) >= 100
    known = {e.id for e in load_catalogue().entries}
    for item in queries:
        expected = item["expected"]
        assert isinstance(expected, list) and expected
        assert set(expected) <= known, item


def test_error_messages_and_log_lines_find_the_right_code_first(
    ranked: list[tuple[dict[str, object], list[str]]],
) -> None:
    pastes = [(item, hits) for item, hits in ranked if item["kind"] in ("log", "message")]
    wrong = [
        (str(item["query"])[:80], hits[:3])
        for item, hits in pastes
        if not hits or hits[0] not in item["expected"]  # type: ignore[operator]
    ]
    assert len(wrong) <= 0.10 * len(pastes), wrong


def test_nearly_every_query_has_the_right_code_in_the_top_three(
    ranked: list[tuple[dict[str, object], list[str]]],
) -> None:
    wrong = [
        (str(item["query"])[:80], hits[:3])
        for item, hits in ranked
        if not set(hits[:3]) & set(item["expected"])  # type: ignore[arg-type]
    ]
    assert len(wrong) <= 0.03 * len(ranked), wrong


def test_no_realistic_query_comes_back_empty(
    ranked: list[tuple[dict[str, object], list[str]]],
) -> None:
    assert [str(item["query"])[:80] for item, hits in ranked if not hits] == []
