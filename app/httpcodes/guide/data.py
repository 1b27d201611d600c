"""The guide as plain data in one language: what ``httpcodes choose --json`` prints."""

from __future__ import annotations

from typing import Any

from httpcodes.guide.model import Guide, Outcome


def outcome_to_dict(outcome: Outcome, language: str) -> dict[str, Any]:
    """An outcome's texts in ``language``, keyed as in the JSON of a code answer."""
    return {
        "code": outcome.code,
        "outcome": outcome.id,
        "why": outcome.why.get(language),
        "send": outcome.send.get(language),
        "near_misses": [
            {"code": miss.code, "why": miss.why.get(language)} for miss in outcome.near_misses
        ],
        "sources": list(outcome.sources),
    }


def guide_to_dict(guide: Guide, language: str) -> dict[str, Any]:
    """``{"start": ID, "nodes": [{"id", "question", "answers": [...]}]}``; an answer is
    ``{"label", "next"}`` or ``{"label", "code", "why", ...}`` with the outcome's texts."""
    nodes: list[dict[str, Any]] = []
    for node in guide.nodes.values():
        answers: list[dict[str, Any]] = []
        for answer in node.answers:
            item: dict[str, Any] = {"label": answer.label.get(language)}
            if answer.outcome is not None:
                item.update(outcome_to_dict(guide.outcome(answer.outcome), language))
            else:
                item["next"] = answer.next
            answers.append(item)
        nodes.append({"id": node.id, "question": node.question.get(language), "answers": answers})
    return {"start": guide.start, "nodes": nodes}
