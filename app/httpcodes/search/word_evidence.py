"""Words as evidence: the entries one query word matches (exactly, as the beginning of a
longer word, or with a typo) and how well, by the field it was found in. Free of Qt.

Part of ``SearchEngine`` (httpcodes.search.engine), which sets the parts of the index these
methods read and weighs the words' matches together.
"""

from __future__ import annotations

import bisect

from httpcodes.search.index import FUZZY_FIELDS
from httpcodes.search.text import has_cjk, stem, typo_allowance, within_distance
from httpcodes.search.tiers import TIER_OF, WEIGHT_OF

# No ``typing`` on the terminal command's path (httpcodes search): see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from httpcodes.memo import remember

# How well a word matched: the word itself, the beginning of a longer one, or with a typo.
_EXACT, _PREFIX, _FUZZY = 1.0, 0.8, 0.6


class WordMatch:
    """How one query word matched one entry: its best tier, score and field there."""

    __slots__ = ("field", "score", "tier")

    def __init__(self, tier: int, score: float, field: int) -> None:
        self.tier = tier
        self.score = score
        self.field = field


class WordEvidence:
    """The word matching of ``SearchEngine``; the engine sets every attribute below."""

    _postings: dict[str, dict[int, int]]
    _cjk: dict[int, list[tuple[int, str]]]
    _vocabulary: list[str]
    _fuzzy_vocabulary: list[str]
    # ``_find_fuzzy`` with its last results kept.
    _fuzzy: remember[tuple[str, int], tuple[str, ...]]

    def _word_candidates(self, word: str, is_last: bool) -> dict[int, WordMatch]:
        """Every entry one query word matches, with its best tier and score there."""
        if has_cjk(word):
            return self._cjk_candidates(word)
        token = stem(word)
        found: dict[int, WordMatch] = {}

        def offer(hits: dict[int, int], quality: float) -> None:
            penalty = 0 if quality == _EXACT else (2 if quality == _PREFIX else 4)
            for index, field in hits.items():
                tier = TIER_OF[field] - penalty
                score = WEIGHT_OF[field] * quality
                current = found.get(index)
                if current is None:
                    found[index] = WordMatch(tier, score, field)
                else:
                    current.tier = max(current.tier, tier)
                    current.score = max(current.score, score)
                    current.field = min(current.field, field)

        exact = self._postings.get(token)
        if exact:
            offer(exact, _EXACT)
        if token != word and word in self._postings:
            offer(self._postings[word], _EXACT)
        prefixed = False
        if len(token) >= 2 and (is_last or len(token) >= 4):
            start = bisect.bisect_left(self._vocabulary, token)
            for candidate in self._vocabulary[start:]:
                if not candidate.startswith(token):
                    break
                if candidate != token:
                    prefixed = True
                    offer(self._postings[candidate], _PREFIX)
        allowance = typo_allowance(word)
        # A word still being typed that begins known words is not a typo ("gatew").
        if not exact and not (is_last and prefixed) and allowance and not word.isdigit():
            for candidate in self._fuzzy_candidates(token, allowance):
                hits = {i: f for i, f in self._postings[candidate].items() if f <= FUZZY_FIELDS}
                offer(hits, _FUZZY)
        return found

    def _cjk_candidates(self, term: str) -> dict[int, WordMatch]:
        """Every entry with a run of Han text that holds ``term``: Han text has no spaces to
        split its words at. The whole run ranks as an exact word, a part of it as a prefix."""
        found: dict[int, WordMatch] = {}
        for index, runs in self._cjk.items():
            best: WordMatch | None = None
            for field, run in runs:
                if term not in run:
                    continue
                exact = run == term
                tier = TIER_OF[field] - (0 if exact else 2)
                score = WEIGHT_OF[field] * (_EXACT if exact else _PREFIX)
                if best is None or (tier, score) > (best.tier, best.score):
                    best = WordMatch(tier, score, field)
            if best is not None:
                found[index] = best
        return found

    def _fuzzy_candidates(self, token: str, allowance: int) -> tuple[str, ...]:
        return self._fuzzy((token, allowance))

    def _find_fuzzy(self, token_and_allowance: tuple[str, int]) -> tuple[str, ...]:
        token, allowance = token_and_allowance
        return tuple(
            candidate
            for candidate in self._fuzzy_vocabulary
            if abs(len(candidate) - len(token)) <= allowance
            and within_distance(token, candidate, allowance)
        )
