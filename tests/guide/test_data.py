"""The guide's data: it passes its schema, every path ends in the code we mean, every code
it names is in the catalogue, and both languages are complete."""

from __future__ import annotations

import copy
import itertools
import json
import re
from typing import Any

import pytest

from httpcodes.catalogue import load_catalogue
from httpcodes.guide import Guide, GuideError, Outcome, Step, load_guide, missing_codes, parse_guide
from httpcodes.resources import resource_path

# The codes issue 13 asks the guide to cover, no more and no fewer.
COVERED = {
    *(200, 201, 202, 204, 206),
    *(301, 302, 303, 307, 308, 300),
    *(304, 412, 428),
    *(401, 403, 404, 407),
    *(400, 422, 409, 413, 414, 415, 416, 431, 406),
    *(404, 410),
    *(405, 501),
    *(429, 503),
    451,
    *(500, 502, 503, 504, 507, 508),
}

# Every path from the first question, as the questions it passes and the outcome it ends in.
# The tree is the product: a change to it must change this list on purpose.
PATHS = [
    "start>success=201",
    "start>success=202",
    "start>success=204",
    "start>success=206",
    "start>success=200",
    "start>redirect>redirect_permanence>redirect_permanent_method=308",
    "start>redirect>redirect_permanence>redirect_permanent_method=301",
    "start>redirect>redirect_permanence>redirect_temporary_method=303",
    "start>redirect>redirect_permanence>redirect_temporary_method=307",
    "start>redirect>redirect_permanence>redirect_temporary_method=302",
    "start>redirect=300",
    "start>conditional=304",
    "start>conditional=412",
    "start>conditional=428",
    "start>access=401",
    "start>access=407",
    "start>access>access_forbidden=403",
    "start>access>access_forbidden=404-hide",
    "start>bad_request=400",
    "start>bad_request=422",
    "start>bad_request=409",
    "start>bad_request>too_large=413",
    "start>bad_request>too_large=414",
    "start>bad_request>too_large=431",
    "start>bad_request>mismatch=415",
    "start>bad_request>mismatch=406",
    "start>bad_request>mismatch=416",
    "start>missing=410",
    "start>missing=404",
    "start>missing>redirect_permanence>redirect_permanent_method=308",
    "start>missing>redirect_permanence>redirect_permanent_method=301",
    "start>missing>redirect_permanence>redirect_temporary_method=303",
    "start>missing>redirect_permanence>redirect_temporary_method=307",
    "start>missing>redirect_permanence>redirect_temporary_method=302",
    "start>methods=405",
    "start>methods=501",
    "start>availability=429",
    "start>availability=503",
    "start=451",
    "start>server_failure=500",
    "start>server_failure=502",
    "start>server_failure=504",
    "start>server_failure=503",
    "start>server_failure=507",
    "start>server_failure=508",
]


def signature(steps: tuple[Step, ...], outcome: Outcome) -> str:
    return ">".join(step.node.id for step in steps) + f"={outcome.id}"


def all_paths() -> list[tuple[tuple[Step, ...], Outcome]]:
    return load_guide().paths()


def raw_guide() -> dict[str, Any]:
    with open(resource_path("guide", "guide.json"), encoding="utf-8") as stream:
        data: dict[str, Any] = json.load(stream)
    return data


def test_the_paths_are_the_ones_we_mean() -> None:
    assert [signature(*path) for path in all_paths()] == PATHS


def test_every_code_of_the_issue_is_the_answer_of_some_path_and_no_other() -> None:
    assert {outcome.code for _, outcome in all_paths()} == COVERED


def test_every_code_named_is_in_the_catalogue() -> None:
    assert missing_codes(load_guide(), load_catalogue()) == []


@pytest.mark.parametrize("path", all_paths(), ids=[signature(*p) for p in all_paths()])
def test_each_path(path: tuple[tuple[Step, ...], Outcome]) -> None:
    steps, outcome = path
    catalogue = load_catalogue()
    entry = catalogue.standard(outcome.code)
    assert entry is not None
    # Each step's answer leads to the next step's question, and the last to the outcome.
    for step, following in itertools.pairwise(steps):
        assert step.answer.next == following.node.id
    assert steps[-1].answer.outcome == outcome.id
    assert len(steps) <= 5, "a path should not need more than five questions"
    # The outcome says why, what to send, and what it is not, in both languages.
    for language in ("en", "zh-CN"):
        for text in (outcome.why, outcome.send, *(m.why for m in outcome.near_misses)):
            assert text.get(language).strip()
        for step in steps:
            assert step.node.question.get(language).strip()
            assert step.answer.label.get(language).strip()
    assert re.search(r"[\u4e00-\u9fff]", outcome.why.get("zh-CN"))
    assert not re.search(r"[\u4e00-\u9fff]", outcome.why.get("en"))
    assert outcome.near_misses
    assert all(catalogue.standard(miss.code) for miss in outcome.near_misses)
    # Sources point at sections the catalogue's own spec links also use (same documents).
    titles = {spec.title for spec in entry.specs}
    assert any(source.split(" §")[0] in titles for source in outcome.sources), outcome.sources


def test_headers_an_rfc_requires_are_in_what_to_send() -> None:
    guide = load_guide()
    required = {
        "401": "WWW-Authenticate",
        "405": "Allow",
        "407": "Proxy-Authenticate",
        "201": "Location",
        "301": "Location",
        "308": "Location",
        "416": "Content-Range",
        "206": "Content-Range",
        "429": "Retry-After",
        "503": "Retry-After",
    }
    for outcome_id, header in required.items():
        assert header in guide.outcome(outcome_id).send.en, outcome_id


# --- The schema refuses broken guides, naming where -------------------------------------


def broken(change: Any) -> dict[str, Any]:
    raw = copy.deepcopy(raw_guide())
    change(raw)
    return raw


def node(raw: dict[str, Any], node_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(n for n in raw["nodes"] if n["id"] == node_id)
    return found


def outcome(raw: dict[str, Any], outcome_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(o for o in raw["outcomes"] if o["id"] == outcome_id)
    return found


def make_cycle(raw: dict[str, Any]) -> None:
    node(raw, "redirect_temporary_method")["answers"][0] = {
        "label": {"en": "Again", "zh-CN": "再来"},
        "next": "redirect",
    }
    # Keep 303 reachable, so that the cycle is the first problem met.
    node(raw, "success")["answers"].append({"label": {"en": "x", "zh-CN": "x"}, "outcome": "303"})


def orphan_node(raw: dict[str, Any]) -> None:
    raw["nodes"].append(
        {
            "id": "orphan",
            "question": {"en": "?", "zh-CN": "问"},
            "answers": [
                {"label": {"en": "a", "zh-CN": "a"}, "outcome": "200"},
                {"label": {"en": "b", "zh-CN": "b"}, "outcome": "201"},
            ],
        }
    )


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (make_cycle, r"node redirect: the questions go round in a circle"),
        (orphan_node, r"node orphan: no answer leads to it"),
        (
            lambda raw: node(raw, "start")["answers"].pop(8),
            r"outcome 451: no answer leads to it",
        ),
        (
            lambda raw: node(raw, "success")["answers"][0].update(next="nowhere"),
            r"exactly one of next and outcome",
        ),
        (
            lambda raw: node(raw, "methods")["answers"][0].update(outcome="999"),
            r"node methods.answers\[0\].outcome: no outcome '999'",
        ),
        (
            lambda raw: outcome(raw, "404")["why"].pop("zh-CN"),
            r"outcome 404.why: zh-CN is missing",
        ),
        (
            lambda raw: node(raw, "access")["question"].update({"zh-CN": " "}),
            r"node access.question.zh-CN: expected non-empty text",
        ),
        (
            lambda raw: outcome(raw, "410")["near_misses"][0].update(code=410),
            r"near_misses\[0\].code: a near miss is another code",
        ),
        (
            lambda raw: outcome(raw, "428")["sources"].append("the internet"),
            r"outcome 428.sources\[1\]",
        ),
        (lambda raw: raw.update(start="nope"), r"start: no node 'nope'"),
        (lambda raw: raw["nodes"].append(raw["nodes"][1]), r"node success: the id is used twice"),
    ],
)
def test_the_schema_names_each_problem(change: Any, problem: str) -> None:
    with pytest.raises(GuideError, match=problem):
        parse_guide(broken(change))


def test_a_code_missing_from_the_catalogue_is_reported() -> None:
    raw = broken(lambda raw: outcome(raw, "508")["near_misses"][0].update(code=599))
    problems = missing_codes(parse_guide(raw), load_catalogue())
    assert problems == ["outcome 508: near miss 599 is not in the catalogue"]


def test_the_guide_loads_once() -> None:
    assert load_guide() is load_guide()
    assert isinstance(load_guide(), Guide)


def all_texts(guide: Guide, language: str) -> list[str]:
    texts = [node.question.get(language) for node in guide.nodes.values()]
    texts += [a.label.get(language) for node in guide.nodes.values() for a in node.answers]
    for found in guide.outcomes.values():
        texts += [found.why.get(language), found.send.get(language)]
        texts += [miss.why.get(language) for miss in found.near_misses]
    return texts


def test_what_the_guide_says_of_caching_agrees_with_the_catalogue() -> None:
    # RFC 9110 §15.1 (and RFC 7725 §3 for 451): the guide must not call a code cacheable by
    # default unless the catalogue does, nor say "not cached" of one that is.
    catalogue = load_catalogue()
    for found in load_guide().outcomes.values():
        entry = catalogue.standard(found.code)
        assert entry is not None
        text = f"{found.why.en} {found.send.en}"
        if "cacheable by default" in text:
            assert entry.heuristically_cacheable, found.id
        if "not cached" in text:
            assert not entry.heuristically_cacheable, found.id


def test_chinese_uses_the_catalogues_term_for_header_fields() -> None:
    # resources/catalogue/FORMAT.md: 头部 (请求头/响应头) for header fields, never 首部.
    texts = all_texts(load_guide(), "zh-CN")
    assert not [text for text in texts if "首部" in text]
    assert any("响应头" in text for text in texts) and any("请求头" in text for text in texts)


def test_the_403_answer_does_not_forbid_a_bearer_challenge() -> None:
    # RFC 6750 §3.1: a 403 for insufficient_scope may carry WWW-Authenticate; the catalogue's
    # 403 says so, and the guide must not tell the reader the opposite.
    send = load_guide().outcome("403").send.en
    assert "insufficient_scope" in send
    assert "no WWW-Authenticate" not in send
