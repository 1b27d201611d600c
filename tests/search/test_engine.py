"""The search engine, on the real catalogue, as a user types."""

from __future__ import annotations

import pytest

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.model import Catalogue
from httpcodes.search import SearchEngine, Tier


@pytest.fixture(scope="module")
def engine(catalogue: Catalogue) -> SearchEngine:
    return SearchEngine(catalogue.entries, catalogue.classes)


FULL_WIDTH_NOT_FOUND = "\uff2e\uff2f\uff34\u3000\uff26\uff2f\uff35\uff2e\uff24"


def ids(engine: SearchEngine, query: str) -> list[str]:
    return [hit.entry.id for hit in engine.search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("404", "404"),
        ("not found", "404"),
        ("Not Found", "404"),
        ("NOT-FOUND!", "404"),
        ("gateway timeout", "504"),
        ("bad gateway", "502"),
        ("too many requests", "429"),
        ("too many req", "429"),
        ("payload too large", "413"),
        ("request entity too large", "413"),
        ("unprocessable entity", "422"),
        ("unprocessable", "422"),
        ("im a teapot", "418"),
        ("I'm a teapot", "418"),
        ("StatusTooManyRequests", "429"),
        ("HTTP_NOT_FOUND", "404"),
        ("HTTPStatus.IM_A_TEAPOT", "418"),
        ("http.StatusNotFound", "404"),
        ("StatusCode::PAYLOAD_TOO_LARGE", "413"),
        ("Response::HTTP_UNPROCESSABLE_ENTITY", "422"),
        ("SC_FORBIDDEN", "403"),
        ("HttpServletResponse.SC_NOT_FOUND", "404"),
        ("Status404NotFound", "404"),
        ("StatusCodes.Status429TooManyRequests", "429"),
        (":not_found", "404"),
        (":unprocessable_content", "422"),
        ("content_too_large", "413"),
        ("HttpStatusCode.NotFound", "404"),
        ("HttpStatusCode.RequestHeaderFieldTooLarge", "431"),
        ("HttpStatus.SC_REQUEST_TOO_LONG", "413"),
        ("SC_MOVED_TEMPORARILY", "302"),
        ("MISDIRECTED_REQUEST", "421"),
        ("Status499ClientClosedRequest", "499-nginx"),
        ("internal server error", "500"),
        ("unathorized", "401"),
        ("forbiden", "403"),
        ("servce unavailable", "503"),
        ("what does http 404 mean", "404"),
        ("status code 503", "503"),
        ("moved permanently", "301"),
        ("early hints", "103"),
    ],
)
def test_exact_names_codes_and_constants_come_first(
    engine: SearchEngine, query: str, expected: str
) -> None:
    assert ids(engine, query)[0] == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rate limit", "429"),
        ("rate limited", "429"),
        ("throttled", "429"),
        ("login required", "401"),
        ("not logged in", "401"),
        ("permission denied", "403"),
        ("access denied", "403"),
        ("maintenance", "503"),
        ("redirect after post", "303"),
        ("post redirect get", "303"),
        ("file too big", "413"),
        ("upload too large", "413"),
        ("validation error", "422"),
        ("deleted permanently", "410"),
        ("cache", "304"),
        ("not modified", "304"),
        ("precondition", "412"),
        ("wrong method", "405"),
        ("method not supported", "405"),
        ("timeout", "408"),
        ("upstream timed out", "504"),
        ("proxy error", "502"),
        ("client closed request", "499-nginx"),
        ("nginx 499", "499-nginx"),
        ("csrf token mismatch", "419-laravel"),
        ("cloudflare origin down", "521-cloudflare"),
        ("rfc 6585", "428"),
        ("rfc 7725", "451"),
        ("censorship", "451"),
        ("captive portal", "511"),
        ("websocket", "101"),
        ("partial content range", "206"),
        ("temporary redirect keep method", "307"),
        ("permanent redirect", "308"),
        ("resumable upload", "104"),
        ("tls early data", "425"),
        ("header too large", "431"),
        ("cookie too large", "431"),
        ("enhance your calm", "420-twitter"),
        ("session expired", "440-iis"),
    ],
)
def test_realistic_queries_find_the_code_in_the_top_three(
    engine: SearchEngine, query: str, expected: str
) -> None:
    assert expected in ids(engine, query)[:3], ids(engine, query)[:5]


def test_code_prefix_and_class_queries(engine: SearchEngine) -> None:
    forties = ids(engine, "40")
    assert forties[:3] == ["400", "401", "402"]
    assert all(i.startswith("40") for i in forties)
    five = ids(engine, "5")
    assert five and all(i.startswith("5") for i in five)
    assert ids(engine, "4xx") == ids(engine, "4XX") == ids(engine, "4")
    assert {hit.tier for hit in engine.search("4xx")} == {Tier.CODE}


def test_codes_with_several_meanings_list_the_standard_one_first(engine: SearchEngine) -> None:
    found = ids(engine, "451")
    assert found[0] == "451"
    assert any(i.startswith("451-") for i in found)
    assert ids(engine, "499 esri")[0].startswith("499-esri")


def test_vendor_words_find_vendor_entries(engine: SearchEngine) -> None:
    for vendor in ("nginx", "cloudflare"):
        hits = engine.search(vendor)
        assert hits
        assert all(not h.entry.is_standard for h in hits[:5]), vendor


def test_ranking_is_deterministic_and_ordered_by_tier(engine: SearchEngine) -> None:
    for query in ("timeout", "too", "redirect", "auth", "large"):
        first = [(h.entry.id, h.tier) for h in engine.search(query)]
        rebuilt = SearchEngine(engine.entries, load_catalogue().classes)
        again = [(h.entry.id, h.tier) for h in rebuilt.search(query)]
        assert [i for i, _ in first] == [i for i, _ in again]
        tiers = [t for _, t in first]
        assert tiers == sorted(tiers, reverse=True)


def test_phrase_beats_description_text(engine: SearchEngine) -> None:
    hits = engine.search("conflict")
    assert hits[0].entry.id == "409"
    assert hits[0].tier == Tier.EXACT_NAME
    assert all(h.tier < Tier.EXACT_NAME for h in hits[1:])


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "\t\n",
        ".*",
        "(((",
        "[a-z]+",
        "\\",
        "🙂",
        "💥 404 💥",
        "%s%n",
        "\x00\x07",
        "600",
        "9999",
        "0",
        "a",
        "x" * 1_000_000,
        "not found " * 50_000,
        "\u202eevil",
        FULL_WIDTH_NOT_FOUND,
    ],
)
def test_any_input_gives_a_valid_answer(engine: SearchEngine, query: str) -> None:
    hits = engine.search(query)
    known = set(engine.entries)
    assert all(hit.entry in known for hit in hits)


def test_full_width_and_emoji_around_a_code_still_work(engine: SearchEngine) -> None:
    assert ids(engine, FULL_WIDTH_NOT_FOUND)[0] == "404"
    assert ids(engine, "💥 404 💥")[0] == "404"
    assert ids(engine, "600") == []


NGINX_LINE = (
    "2024/03/12 14:02:11 [error] 2211#2211: *81 upstream timed out (110: Connection timed out) "
    "while reading response header from upstream, client: 203.0.113.7, server: api.example.com, "
    'request: "GET /v1/orders HTTP/1.1", upstream: "http://10.0.3.12:8080/v1/orders"'
)


def test_a_whole_pasted_log_line_still_finds_its_code(engine: SearchEngine) -> None:
    assert ids(engine, NGINX_LINE)[0] == "504"


def test_unknown_words_lower_the_evidence_but_never_empty_the_list(engine: SearchEngine) -> None:
    assert ids(engine, "not found zzqx")[0] == "404"
    assert ids(engine, "gateway timeout blorptastic frobnicator")[0] == "504"
    assert ids(engine, "zzqx blorptastic") == []


@pytest.mark.parametrize(
    ("query", "absent"),
    [
        ("rate limit", "418"),
        ("not found", "218-apache"),
        ("internal server error", "495-nginx"),
        ("internal server error", "496-nginx"),
    ],
)
def test_reserved_and_vendor_codes_need_more_than_a_common_word(
    engine: SearchEngine, query: str, absent: str
) -> None:
    assert absent not in ids(engine, query)


def test_the_usual_meaning_of_a_number_comes_first(engine: SearchEngine) -> None:
    assert ids(engine, "499") == ["499-nginx", "499-esri"]
    assert ids(engine, "530")[0] == "530-cloudflare"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ERR_TOO_MANY_REDIRECTS", {"301", "302", "307", "308"}),
        ("net::ERR_TOO_MANY_REDIRECTS", {"301", "302", "307", "308"}),
        ("HttpMediaTypeNotSupportedException", {"415"}),
        ("Unordered Collection", {"425"}),
        ("ActionController::ParameterMissing", {"400"}),
        ("Illuminate\\Session\\TokenMismatchException", {"419-laravel"}),
        ("SignatureDoesNotMatch", {"403"}),
        ("Error 1020 Access denied", {"403"}),
    ],
)
def test_known_messages_find_the_codes_behind_them(
    engine: SearchEngine, query: str, expected: set[str]
) -> None:
    assert ids(engine, query)[0] in expected


def test_qualified_constant_names_split_on_dots(engine: SearchEngine) -> None:
    from httpcodes.catalogue.model import Constant

    forbidden = next(e for e in engine.entries if e.id == "403")
    servlet = Constant("servlet", "HttpServletResponse.SC_FORBIDDEN")
    entries = [e if e.id != "403" else e._replace(constants=(servlet,)) for e in engine.entries]
    with_servlet = SearchEngine(entries)
    for query in ("HttpServletResponse.SC_FORBIDDEN", "SC_FORBIDDEN", "sc forbidden"):
        assert with_servlet.search(query)[0].entry.code == forbidden.code, query
    assert ids(engine, "HttpServletResponse.SC_FORBIDDEN")[0] == "403"


def test_the_index_is_plain_data_that_survives_pickle_and_marshal(engine: SearchEngine) -> None:
    import marshal
    import pickle

    for dump, load in ((pickle.dumps, pickle.loads), (marshal.dumps, marshal.loads)):
        stored = load(dump(engine.index))
        again = SearchEngine(engine.entries, index=stored)
        for query in ("rate limit", NGINX_LINE, "ERR_TOO_MANY_REDIRECTS", "gatew", "重定向"):
            assert ids(again, query) == ids(engine, query), query
