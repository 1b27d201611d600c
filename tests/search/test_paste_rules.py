"""The general rules that read a paste, each on text that no known message holds, so that it
is the rule and not the data that finds the code."""

from __future__ import annotations

import pytest

from httpcodes.catalogue.model import Catalogue
from httpcodes.search import SearchEngine
from httpcodes.search.text import query_words


@pytest.fixture(scope="module")
def engine(catalogue: Catalogue) -> SearchEngine:
    return SearchEngine(catalogue.entries, catalogue.classes)


def first(engine: SearchEngine, query: str) -> str | None:
    hits = engine.search(query)
    return hits[0].entry.id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "Unauthorized at /srv/app/lib/index.js:403:12",
        "at Widget.render (Widget.java:404)",
        "client.go:500] request failed",
        "at <anonymous>:404:1",
        "ConnectionResetError: [Errno 104] Connection reset by peer",
        "connect failed errno: -111",
        "refused (os error 111)",
        "see issue #404 for details",
    ],
)
def test_places_in_code_and_system_error_numbers_are_not_statuses(text: str) -> None:
    assert not [word for word in query_words(text) if word.isdigit()]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # a one-word reason phrase written as one, inside a line
        ("the widget service said Locked while saving", "423"),
        ("frobnicate call ended: Gone", "410"),
        # a field that names the error
        ('{"ok":false,"error":"precondition_failed"}', "412"),
        ("<Result><Code>PayloadTooLarge</Code></Result>", "413"),
        ("frob result type=Method Not Allowed, id=7", "405"),
        # the words after a verb of answering
        ("sync aborted: the mirror replied: Forbidden", "403"),
        ("the upstream returned Gateway Timeout to the frobnicator", "504"),
        # the words every paste carries do not decide
        ("Error: Unauthorized", "401"),
        # "can't be found" is "not found"
        ("Whoops, that widget can't be found.", "404"),
    ],
)
def test_pastes_are_read_by_rule(engine: SearchEngine, query: str, expected: str) -> None:
    assert first(engine, query) == expected


def test_a_1xx_number_in_an_error_is_the_apis_own(engine: SearchEngine) -> None:
    hits = [hit.entry.id for hit in engine.search('{"error":{"code":101,"type":"FrobException"}}')]
    assert hits and "101" not in hits


def test_a_filler_word_does_not_hand_a_name_to_a_vendor_code(engine: SearchEngine) -> None:
    # Exchange's 451 Redirect has "error" among its synonyms; the standard redirects do not.
    assert first(engine, "ERROR Redirect") in {"301", "302", "307", "308"}


def test_a_capital_at_the_start_of_a_sentence_is_no_reason_phrase(engine: SearchEngine) -> None:
    # "Accepted" names 202, but only as a word written inside a line does it count.
    assert first(engine, "the token was not accepted: invalid signature") != "202"
    assert first(engine, "Processing failed: upstream timed out") != "102"


def test_a_query_of_known_words_never_comes_back_empty(engine: SearchEngine) -> None:
    assert engine.search("AuthorizationFrobnicated")
    assert engine.search("FailedFrobnication authorization")


def test_a_word_only_a_known_message_holds_is_not_an_unknown_word(engine: SearchEngine) -> None:
    # 599 Network Connect Timeout holds "connect" but not EHOSTUNREACH: it has not matched
    # every word of the paste, and the message's codes come first.
    assert first(engine, "connect EHOSTUNREACH 10.9.8.7:6543") in {"502", "504"}
