"""Search and explain quality on the realistic corpora kept with the tests, reported next to the
search timings (bench_search.py calls ``quality_rows``; run alone it prints them).

- tests/data/realistic_queries.json: pasted log lines, error messages, exception and constant
  names, and words, as people post them, each with the code(s) that answer it (the corpus the
  engine was tuned on);
- tests/data/heldout_queries.json and heldout_queries_2.json: batches written before the
  changes they were measured against, reported apart, as the better guess of how queries
  nobody has seen will fare;
- tests/data/responses.json: correct responses (which must get no finding) and broken ones.

Rows are shortfalls, so that "lower is better" like every other row: the share of error
messages and log lines whose first result is wrong, the share of all queries without the right
code in the top three, queries with no result at all, and findings on correct responses.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
DATA = BENCH_DIR.parent / "tests" / "data"
sys.path.insert(0, str(BENCH_DIR))


def measure() -> dict[str, Any]:
    """The figures, from the real catalogue and the built-in known messages."""
    from httpcodes.catalogue import load_catalogue
    from httpcodes.catalogue.i18n import search_texts
    from httpcodes.explain.report import explain
    from httpcodes.search import SearchEngine

    catalogue = load_catalogue()
    engine = SearchEngine(catalogue.entries, catalogue.classes, search_texts())  # as the app's

    def ranked(*names: str) -> dict[str, int]:
        counts = dict.fromkeys(("queries", "pastes", "pastes_first", "top3", "empty"), 0)
        for name in names:
            queries = json.loads((DATA / name).read_text(encoding="utf-8"))["queries"]
            for item in queries:
                hits = [hit.entry.id for hit in engine.search(item["query"])]
                expected = set(item["expected"])
                counts["queries"] += 1
                counts["empty"] += not hits
                counts["top3"] += bool(expected & set(hits[:3]))
                if item["kind"] in ("log", "message"):
                    counts["pastes"] += 1
                    counts["pastes_first"] += bool(hits) and hits[0] in expected
        return counts

    tuned = ranked("realistic_queries.json")
    heldout = ranked("heldout_queries.json", "heldout_queries_2.json")
    responses = json.loads((DATA / "responses.json").read_text(encoding="utf-8"))
    false_findings = sum(
        len(report.findings)
        for text in responses["correct"]
        for report in explain(text, catalogue, engine).responses
    )
    caught = sum(
        any(
            f.severity == case["severity"] and f.header == case["header"]
            for report in explain(case["text"], catalogue, engine).responses
            for f in report.findings
        )
        for case in responses["broken"]
    )
    return {
        **tuned,
        "heldout": heldout,
        "correct_responses": len(responses["correct"]),
        "findings_on_correct": false_findings,
        "broken_responses": len(responses["broken"]),
        "broken_caught": caught,
    }


def quality_rows(figures: dict[str, Any]) -> list[dict[str, Any]]:
    """The table rows of the figures (lower is better, targets from issue 12)."""
    from _bench import comparison

    pastes, queries = figures["pastes"], figures["queries"]
    return [
        comparison(
            "Search quality: error messages and log lines, right code not first",
            100.0 * (pastes - figures["pastes_first"]) / pastes,
            None,
            10.0,
            "%",
            "",
            f"{figures['pastes_first']} of {pastes} right first "
            "(tests/data/realistic_queries.json)",
            kind="absolute",
        ),
        comparison(
            "Search quality: all queries, right code not in the top three",
            100.0 * (queries - figures["top3"]) / queries,
            None,
            3.0,
            "%",
            "",
            f"{figures['top3']} of {queries} in the top three",
            kind="absolute",
        ),
        comparison(
            "Search quality: realistic queries without a result",
            figures["empty"],
            None,
            0,
            "queries",
            "",
            f"of {queries}",
            kind="absolute",
        ),
        *(
            comparison(
                name,
                value,
                None,
                target,
                "%",
                "",
                note,
                kind="absolute",
            )
            for name, value, target, note in _heldout_rows(figures["heldout"])
        ),
        comparison(
            "Explain: findings on correct responses",
            figures["findings_on_correct"],
            None,
            0,
            "findings",
            "",
            f"{figures['correct_responses']} correct responses; broken ones caught: "
            f"{figures['broken_caught']} of {figures['broken_responses']} "
            "(tests/data/responses.json)",
            kind="absolute",
        ),
    ]


def _heldout_rows(held: dict[str, int]) -> list[tuple[str, float, float, str]]:
    pastes, queries = held["pastes"], held["queries"]
    return [
        (
            "Search quality, held-out batches: messages and log lines, right code not first",
            100.0 * (pastes - held["pastes_first"]) / pastes,
            10.0,
            f"{held['pastes_first']} of {pastes} right first (tests/data/heldout_queries*.json)",
        ),
        (
            "Search quality, held-out batches: right code not in the top three",
            100.0 * (queries - held["top3"]) / queries,
            3.0,
            f"{held['top3']} of {queries} in the top three; {held['empty']} without a result",
        ),
    ]


if __name__ == "__main__":
    found = measure()
    print(json.dumps(found, indent=2))
    for row in quality_rows(found):
        print(f"{row['name']}: {row['value']} {row['unit']} (target <= {row['target']})")
