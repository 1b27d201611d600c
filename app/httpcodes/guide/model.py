"""The guide's data types: a tree of questions whose answers lead to another question or to
an outcome, a status code with the reasons to send it. Plain and free of Qt."""

from __future__ import annotations

from typing import Final

from httpcodes.records import Record

GUIDE_LANGUAGES: Final = ("en", "zh-CN")


class Text(Record):
    """One text in every language the guide is written in."""

    en: str
    zh: str

    def get(self, language: str) -> str:
        """The text in ``language``; English for any language the guide lacks."""
        return self.zh if language == "zh-CN" else self.en


class NearMiss(Record):
    """A code people reach for here, and why it is wrong in this case."""

    code: int
    why: Text


class Outcome(Record):
    """Where a path ends: the code to send, why, what goes with it, and what it is not."""

    id: str
    code: int
    sources: tuple[str, ...]
    why: Text
    send: Text
    near_misses: tuple[NearMiss, ...]


class Answer(Record):
    """One answer to a question: it leads to the next question or to an outcome."""

    label: Text
    next: str | None
    outcome: str | None


class Node(Record):
    """One question and its answers."""

    id: str
    question: Text
    answers: tuple[Answer, ...]


class Step(Record):
    """One step of a path: the question asked and the answer taken."""

    node: Node
    answer: Answer


class Guide:
    """The whole question tree, checked (see ``schema.parse_guide``)."""

    __slots__ = ("nodes", "outcomes", "start")

    def __init__(self, start: str, nodes: tuple[Node, ...], outcomes: tuple[Outcome, ...]) -> None:
        self.start = start
        self.nodes = {node.id: node for node in nodes}
        self.outcomes = {outcome.id: outcome for outcome in outcomes}

    def __repr__(self) -> str:
        return f"Guide({len(self.nodes)} questions, {len(self.outcomes)} outcomes)"

    @property
    def first(self) -> Node:
        """The first question."""
        return self.nodes[self.start]

    def node(self, node_id: str) -> Node:
        """The question with this id (KeyError if there is none)."""
        return self.nodes[node_id]

    def outcome(self, outcome_id: str) -> Outcome:
        """The outcome with this id (KeyError if there is none)."""
        return self.outcomes[outcome_id]

    def paths(self) -> list[tuple[tuple[Step, ...], Outcome]]:
        """Every path from the first question to an outcome, in the order the answers are
        listed. The tree has no cycles (the schema checks), so this ends."""
        found: list[tuple[tuple[Step, ...], Outcome]] = []

        def walk(node: Node, steps: tuple[Step, ...]) -> None:
            for answer in node.answers:
                here = (*steps, Step(node, answer))
                if answer.outcome is not None:
                    found.append((here, self.outcomes[answer.outcome]))
                elif answer.next is not None:
                    walk(self.nodes[answer.next], here)

        walk(self.first, ())
        return found

    def codes(self) -> set[int]:
        """Every code some path ends in."""
        return {outcome.code for outcome in self.outcomes.values()}
