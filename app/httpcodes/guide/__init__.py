"""The guide "Which code should I send?": a question tree kept as data in
``resources/guide/guide.json``, shared by ``httpcodes choose`` and the window's Guide view."""

from __future__ import annotations

from functools import cache

from httpcodes.catalogue.model import Catalogue
from httpcodes.guide.model import (
    GUIDE_LANGUAGES,
    Answer,
    Guide,
    NearMiss,
    Node,
    Outcome,
    Step,
    Text,
)
from httpcodes.guide.schema import GuideError, parse_guide
from httpcodes.resources import resource_path

__all__ = [
    "GUIDE_LANGUAGES",
    "Answer",
    "Guide",
    "GuideError",
    "NearMiss",
    "Node",
    "Outcome",
    "Step",
    "Text",
    "load_guide",
    "missing_codes",
    "parse_guide",
]


@cache
def load_guide() -> Guide:
    """The built-in guide, read and checked once. Raises GuideError if it is malformed."""
    import json

    path = resource_path("guide", "guide.json")
    try:
        with open(path, "rb") as stream:
            raw = json.load(stream)
    except (OSError, ValueError) as error:
        raise GuideError(f"{path}: cannot read the guide ({error})") from None
    return parse_guide(raw)


def missing_codes(guide: Guide, catalogue: Catalogue) -> list[str]:
    """One line for each code the guide names (answer or near miss) that has no registry
    entry in the catalogue; empty when every one is there."""
    problems: list[str] = []
    for outcome in guide.outcomes.values():
        if catalogue.standard(outcome.code) is None:
            problems.append(f"outcome {outcome.id}: {outcome.code} is not in the catalogue")
        for miss in outcome.near_misses:
            if catalogue.standard(miss.code) is None:
                problems.append(
                    f"outcome {outcome.id}: near miss {miss.code} is not in the catalogue"
                )
    return problems
