"""Read ``resources/guide/guide.json`` and check it: every answer leads somewhere that
exists, there are no cycles, every question and outcome can be reached, and every text is
written in every language. Problems name the node and the field."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from httpcodes.guide.model import GUIDE_LANGUAGES, Answer, Guide, NearMiss, Node, Outcome, Text

_ID: Final = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")
_SOURCE: Final = re.compile(r"^RFC [0-9]{4} §[0-9]+(\.[0-9]+)*$")
MAX_TEXT: Final = 2_000


class GuideError(ValueError):
    """The guide's data is malformed; the message says where."""


def _object(
    raw: object, where: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise GuideError(f"{where}: expected an object")
    for key in raw:
        if key not in keys and key not in optional:
            raise GuideError(f"{where}: unknown field {key!r}")
    for key in keys:
        if key not in raw:
            raise GuideError(f"{where}: {key} is missing")
    return raw


def _text(raw: object, where: str) -> Text:
    texts = _object(raw, where, GUIDE_LANGUAGES)
    for language in GUIDE_LANGUAGES:
        value = texts[language]
        if not isinstance(value, str) or not value.strip():
            raise GuideError(f"{where}.{language}: expected non-empty text")
        if len(value) > MAX_TEXT:
            raise GuideError(f"{where}.{language}: longer than {MAX_TEXT} characters")
    return Text(texts["en"], texts["zh-CN"])


def _identifier(raw: object, where: str) -> str:
    if not isinstance(raw, str) or not _ID.match(raw):
        raise GuideError(f"{where}: {raw!r} is not an id (lower case, digits, '-' and '_')")
    return raw


def _code(raw: object, where: str) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not 100 <= raw <= 599:
        raise GuideError(f"{where}: expected a status code 100-599, got {raw!r}")
    return raw


def _list(raw: object, where: str) -> list[Any]:
    if not isinstance(raw, list) or not raw:
        raise GuideError(f"{where}: expected a non-empty list")
    return raw


def _answer(raw: object, where: str) -> Answer:
    answer = _object(raw, where, ("label",), ("next", "outcome"))
    if ("next" in answer) == ("outcome" in answer):
        raise GuideError(f"{where}: give exactly one of next and outcome")
    label = _text(answer["label"], f"{where}.label")
    if "next" in answer:
        return Answer(label, _identifier(answer["next"], f"{where}.next"), None)
    return Answer(label, None, _identifier(answer["outcome"], f"{where}.outcome"))


def _node(raw: object, where: str) -> Node:
    node = _object(raw, where, ("id", "question", "answers"))
    node_id = _identifier(node["id"], f"{where}.id")
    where = f"node {node_id}"
    answers = tuple(
        _answer(item, f"{where}.answers[{index}]")
        for index, item in enumerate(_list(node["answers"], f"{where}.answers"))
    )
    if len(answers) < 2:
        raise GuideError(f"{where}: a question needs at least two answers")
    return Node(node_id, _text(node["question"], f"{where}.question"), answers)


def _outcome(raw: object, where: str) -> Outcome:
    outcome = _object(raw, where, ("id", "code", "sources", "why", "send", "near_misses"))
    outcome_id = _identifier(outcome["id"], f"{where}.id")
    where = f"outcome {outcome_id}"
    code = _code(outcome["code"], f"{where}.code")
    if not outcome_id.startswith(str(code)):
        raise GuideError(f"{where}: an outcome's id starts with its code {code}")
    sources = _list(outcome["sources"], f"{where}.sources")
    for index, source in enumerate(sources):
        if not isinstance(source, str) or not _SOURCE.match(source):
            raise GuideError(f"{where}.sources[{index}]: expected 'RFC NNNN §N.N', got {source!r}")
    misses: list[NearMiss] = []
    for index, item in enumerate(_list(outcome["near_misses"], f"{where}.near_misses")):
        at = f"{where}.near_misses[{index}]"
        miss = _object(item, at, ("code", "why"))
        miss_code = _code(miss["code"], f"{at}.code")
        if miss_code == code:
            raise GuideError(f"{at}.code: a near miss is another code than {code}")
        misses.append(NearMiss(miss_code, _text(miss["why"], f"{at}.why")))
    return Outcome(
        outcome_id,
        code,
        tuple(sources),
        _text(outcome["why"], f"{where}.why"),
        _text(outcome["send"], f"{where}.send"),
        tuple(misses),
    )


def _unique(ids: list[str], kind: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise GuideError(f"{kind} {item}: the id is used twice")
        seen.add(item)


def check_structure(guide: Guide) -> None:
    """Every answer leads to something that exists; no cycles; everything reachable."""
    if guide.start not in guide.nodes:
        raise GuideError(f"start: no node {guide.start!r}")
    for node in guide.nodes.values():
        for index, answer in enumerate(node.answers):
            if answer.next is not None and answer.next not in guide.nodes:
                raise GuideError(f"node {node.id}.answers[{index}].next: no node {answer.next!r}")
            if answer.outcome is not None and answer.outcome not in guide.outcomes:
                raise GuideError(
                    f"node {node.id}.answers[{index}].outcome: no outcome {answer.outcome!r}"
                )
    # Depth-first walk with the path on a stack: meeting a node already on it is a cycle.
    reached: set[str] = set()
    used: set[str] = set()

    def visit(node_id: str, trail: tuple[str, ...]) -> None:
        if node_id in trail:
            loop = " -> ".join((*trail[trail.index(node_id) :], node_id))
            raise GuideError(f"node {node_id}: the questions go round in a circle ({loop})")
        reached.add(node_id)
        for answer in guide.nodes[node_id].answers:
            if answer.next is not None:
                visit(answer.next, (*trail, node_id))
            elif answer.outcome is not None:
                used.add(answer.outcome)

    visit(guide.start, ())
    for node_id in guide.nodes:
        if node_id not in reached:
            raise GuideError(f"node {node_id}: no answer leads to it")
    for outcome_id in guide.outcomes:
        if outcome_id not in used:
            raise GuideError(f"outcome {outcome_id}: no answer leads to it")


def parse_guide(raw: object) -> Guide:
    """The guide from its JSON; raises GuideError naming the first problem."""
    top = _object(raw, "guide", ("start", "nodes", "outcomes"))
    start = _identifier(top["start"], "start")
    nodes = [_node(item, f"nodes[{i}]") for i, item in enumerate(_list(top["nodes"], "nodes"))]
    outcomes = [
        _outcome(item, f"outcomes[{i}]")
        for i, item in enumerate(_list(top["outcomes"], "outcomes"))
    ]
    _unique([n.id for n in nodes], "node")
    _unique([o.id for o in outcomes], "outcome")
    guide = Guide(start, tuple(nodes), tuple(outcomes))
    check_structure(guide)
    return guide
