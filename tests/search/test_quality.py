"""The search engine on corpora of realistic queries: pasted log lines, error messages,
exception names, constants and plain words, as people post them.

- tests/data/realistic_queries.json: the corpus the engine and the known messages were tuned on;
- tests/data/heldout_queries.json and heldout_queries_2.json: batches written before the
  changes they were then measured against, kept to hold the engine to queries it was not
  shaped by. The targets are the issue's: the right code first for nine error messages or log
  lines in ten, in the top three for 97 queries in 100, and never an empty list.

The engine is the one the app and the terminal command use: with every translation's texts,
so that Chinese queries find their codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.i18n import search_texts
from httpcodes.catalogue.model import Catalogue
from httpcodes.search import SearchEngine

DATA = Path(__file__).resolve().parents[1] / "data"
# Each corpus and the fewest queries it must hold.
CORPORA = {
    "realistic_queries.json": 150,
    "heldout_queries.json": 120,
    "heldout_queries_2.json": 60,
}

Ranked = list[tuple[dict[str, object], list[str]]]


def load_corpus(name: str) -> list[dict[str, object]]:
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    queries: list[dict[str, object]] = data["queries"]
    return queries


@pytest.fixture(scope="module")
def engine(catalogue: Catalogue) -> SearchEngine:
    return SearchEngine(catalogue.entries, catalogue.classes, search_texts())


@pytest.fixture(scope="module", params=sorted(CORPORA))
def ranked(request: pytest.FixtureRequest, engine: SearchEngine) -> Ranked:
    return [
        (item, [hit.entry.id for hit in engine.search(str(item["query"]))])
        for item in load_corpus(request.param)
    ]


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_each_corpus_is_large_mostly_pastes_and_names_real_codes(name: str) -> None:
    queries = load_corpus(name)
    assert len(queries) >= CORPORA[name]
    assert sum(1 for q in queries if q["kind"] in ("log", "message")) >= len(queries) / 2
    assert {q["kind"] for q in queries} <= {"log", "message", "words"}
    known = {e.id for e in load_catalogue().entries}
    for item in queries:
        expected = item["expected"]
        assert isinstance(expected, list) and expected
        assert set(expected) <= known, item


def test_the_held_out_batches_share_no_query_with_the_tuning_corpus() -> None:
    tuned = {str(q["query"]) for q in load_corpus("realistic_queries.json")}
    for name in ("heldout_queries.json", "heldout_queries_2.json"):
        assert not tuned & {str(q["query"]) for q in load_corpus(name)}


def test_error_messages_and_log_lines_find_the_right_code_first(ranked: Ranked) -> None:
    pastes = [(item, hits) for item, hits in ranked if item["kind"] in ("log", "message")]
    wrong = [
        (str(item["query"])[:80], hits[:3])
        for item, hits in pastes
        if not hits or hits[0] not in item["expected"]  # type: ignore[operator]
    ]
    assert len(wrong) <= 0.10 * len(pastes), wrong


def test_nearly_every_query_has_the_right_code_in_the_top_three(ranked: Ranked) -> None:
    wrong = [
        (str(item["query"])[:80], hits[:3])
        for item, hits in ranked
        if not set(hits[:3]) & set(item["expected"])  # type: ignore[call-overload]
    ]
    assert len(wrong) <= 0.03 * len(ranked), wrong


def test_no_realistic_query_comes_back_empty(ranked: Ranked) -> None:
    assert [str(item["query"])[:80] for item, hits in ranked if not hits] == []
