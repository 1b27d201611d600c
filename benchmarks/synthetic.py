"""Synthetic catalogues for the scaling benchmarks: the real catalogue plus plausible vendor
entries, up to any size.

Each added entry copies the prose, keywords, specs and constants of a real entry (so the text
looks like ours and weighs the same), takes a code from 100-599 in turn and an id like
``404-x123``, and gets a made-up vendor (one in a pool that grows with the catalogue) and a
product word of its own, so that the search vocabulary grows with the catalogue as it would
with real vendor data. Deterministic: the same size gives the same catalogue. No Qt.
"""

from __future__ import annotations

import dataclasses
import random
from typing import Any, TypeVar

from httpcodes.catalogue import Catalogue, Entry, load_catalogue
from httpcodes.catalogue.model import VendorInfo

_SYLLABLES = (
    "ka ze ro mi tan vel dor qui sa po lex nu bra fen gal hor is jun kel mor "
    "nax ol pri qua res sil tor ul vor wen xi yar zel"
).split()


T = TypeVar("T")


def replace(item: T, **changes: Any) -> T:
    """A copy with some fields changed, whether the catalogue's types are NamedTuples or
    dataclasses."""
    if hasattr(item, "_replace"):
        return item._replace(**changes)  # type: ignore[no-any-return, attr-defined]
    return dataclasses.replace(item, **changes)  # type: ignore[type-var]


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables))


def synthetic_catalogue(size: int, seed: int = 1) -> Catalogue:
    """The real catalogue grown to ``size`` entries (or cut to it, if smaller)."""
    real = load_catalogue()
    if size <= len(real.entries):
        return Catalogue(real.classes, real.entries[:size])
    rng = random.Random(seed)
    added = size - len(real.entries)
    vendors = [_word(rng, 2).capitalize() for _ in range(max(5, added // 10))]
    templates = real.entries
    entries: list[Entry] = list(real.entries)
    for number in range(added):
        template = templates[number % len(templates)]
        code = 100 + number % 500
        vendor = rng.choice(vendors)
        product = _word(rng, 3)
        phrase = template.name if rng.random() < 0.5 else f"{vendor} {template.name}"
        entries.append(
            replace(
                template,
                id=f"{code}-x{number}",
                code=code,
                phrase=phrase,
                status="unofficial",
                deprecated=False,
                deprecation=None,
                origin=vendor,
                vendor=VendorInfo(
                    detail=f"{vendor} {product} returns {code} when {template.summary[:60]}",
                    sent_to_client="yes",
                    confidence="medium",
                    confidence_note=None,
                    sources=(f"{vendor} documentation: {product} error reference",),
                ),
                former_phrases=(),
                summary=template.summary,
                description=(
                    f"{template.description}\n\n{vendor}'s {product} service sends {code} "
                    f"in the same situation."
                ),
                keywords=(*template.keywords[:4], f"{vendor.lower()} {code}", product),
                related=(),
                source="synthetic",
            )
        )
    entries.sort(key=lambda e: (e.code, not e.is_standard, e.id))
    return Catalogue(real.classes, tuple(entries))


if __name__ == "__main__":
    import sys

    catalogue = synthetic_catalogue(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
    print(len(catalogue.entries), "entries;", catalogue.entries[-1].title, catalogue.entries[-1].id)
