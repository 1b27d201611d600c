"""How strongly a result matched: the tiers a search ranks by, and what a word found in each
field of the index is worth. Free of Qt."""

from __future__ import annotations

# No ``typing`` on the terminal command's path (httpcodes search): see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final


class Tier:
    """How an entry matched the query as a whole; higher ranks first. Plain numbers, not an
    ``enum``: importing that costs the terminal command's search 1.5 ms."""

    PARTIAL: Final = 20
    DESCRIPTION: Final = 40
    CLASS: Final = 50
    CONTAINS_PHRASE: Final = 60
    KEYWORD_WORDS: Final = 70
    KEYWORD_PHRASE: Final = 72
    ORIGIN_OR_SPEC: Final = 73
    CONSTANT_WORDS: Final = 74
    KEYWORD_EXACT: Final = 75
    NAME_WORDS_FUZZY: Final = 76
    FORMER_WORDS: Final = 78
    NAME_WORDS: Final = 80
    NAME_PREFIX: Final = 85
    EXACT_NAME: Final = 90
    CODE: Final = 100


# Per Field value (httpcodes.search.index): the tier of a query all of whose words are in
# that field, and the weight of one word found there.
TIER_OF: Final = (
    Tier.NAME_WORDS,  # NAME
    Tier.FORMER_WORDS,  # FORMER
    Tier.CONSTANT_WORDS,  # CONSTANT
    Tier.ORIGIN_OR_SPEC,  # ORIGIN
    Tier.ORIGIN_OR_SPEC,  # SPEC
    Tier.KEYWORD_WORDS,  # KEYWORD
    Tier.DESCRIPTION,  # MESSAGE (phrases only: no word is indexed under it)
    Tier.CLASS,  # CLASS
    Tier.DESCRIPTION,  # SUMMARY
    Tier.DESCRIPTION,  # DESCRIPTION
)
WEIGHT_OF: Final = (10.0, 8.0, 6.0, 5.0, 5.0, 6.0, 2.0, 3.0, 3.0, 1.5)
# A whole known message found inside a paste is as telling as a name.
PHRASE_WEIGHT_OF: Final = (10.0, 8.0, 6.0, 5.0, 5.0, 6.0, 8.0, 3.0, 3.0, 1.5)

TIERS_DOWNWARDS: Final[tuple[int, ...]] = tuple(
    sorted((value for name, value in vars(Tier).items() if name.isupper()), reverse=True)
)


def nearest_tier(value: int) -> int:
    """Map a tier lowered by a penalty back onto the named tier at or below it."""
    for tier in TIERS_DOWNWARDS:
        if value >= tier:
            return tier
    return Tier.PARTIAL
