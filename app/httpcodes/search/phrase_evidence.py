"""Phrases as evidence: the synonyms a query is or begins, and the names, synonyms and known
messages a longer query holds word for word ("upstream timed out" inside a whole nginx log
line). Free of Qt.

Part of ``SearchEngine`` (httpcodes.search.engine), which sets the parts of the index these
methods read. The synonyms' suffixes are built here on first use and are stored with the
rest of the index (httpcodes.search.index_cache), so a change to this module rebuilds it.
"""

from __future__ import annotations

import bisect

from httpcodes.search.index import FUZZY_FIELDS, Field
from httpcodes.search.paste import NEGATIONS
from httpcodes.search.tiers import PHRASE_WEIGHT_OF, Tier

# No ``typing`` on the terminal command's path (httpcodes search): see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence


class PhraseEvidence:
    """The phrase matching of ``SearchEngine``; the engine sets every attribute below."""

    _postings: dict[str, dict[int, int]]
    _keywords: list[tuple[str, int]]
    _phrases: dict[str, list[tuple[tuple[str, ...], int, int, int]]]
    _message_words: dict[str, int]
    # Entries that need real evidence (vendor, reserved, obsoleted), and how many entries a
    # word may be found in and still be telling on its own.
    _marginal: frozenset[int]
    _distinctive: int
    # Built when first needed: first character -> sorted (suffix, entry, whole keyword).
    _keyword_suffixes: dict[str, list[tuple[str, int, bool]]] | None

    def _keyword_phrase_tiers(self, folded: str) -> Iterator[tuple[int, int]]:
        """Entries with a synonym that is the query (exact), or that holds it from the start
        of one of its words (a phrase match): "rate limit" in "rate limiting", "api rate
        limit". Found by bisection in the sorted word-boundary suffixes of every synonym."""
        if self._keyword_suffixes is None:
            # By first character: a query reads one bucket (and decodes only that one from
            # the stored index).
            buckets: dict[str, list[tuple[str, int, bool]]] = {}
            for keyword, index in self._keywords:
                words_of = keyword.split(" ")
                for start in range(len(words_of)):
                    suffix = " ".join(words_of[start:])
                    buckets.setdefault(suffix[:1], []).append((suffix, index, start == 0))
            for bucket in buckets.values():
                bucket.sort()
            self._keyword_suffixes = buckets
        suffixes = self._keyword_suffixes.get(folded[:1], ())
        long_enough = len(folded) >= 4
        position = bisect.bisect_left(suffixes, (folded, -1, False))
        for suffix, index, whole in suffixes[position:]:
            if not suffix.startswith(folded):
                break
            if whole and suffix == folded:
                yield index, Tier.KEYWORD_EXACT
            elif long_enough or (whole and suffix.startswith(folded + " ")):
                yield index, Tier.KEYWORD_PHRASE

    def _contained_phrases(
        self,
        tokens: Sequence[str],
        capitalised: frozenset[str] = frozenset(),
        covered: dict[str, set[int]] | None = None,
    ) -> dict[int, float]:
        """Entries with a name, synonym or known message that the query holds as a run of
        words ("upstream timed out" inside a whole nginx log line), with the weight of that
        evidence. A phrase inside a longer phrase that also matched does not count ("found"
        inside "not found"), nor does one common word, unless it is written as a reason
        phrase is (``capitalised``, inside a line) and names only one or two entries.
        ``covered``, when given, receives the entries each matched word speaks for."""
        matches: list[tuple[int, int, int, int, int]] = []  # start, length, entry, field, rank
        for start, token in enumerate(tokens):
            for phrase, index, field, rank in self._phrases.get(token, ()):
                length = len(phrase)
                if tuple(tokens[start : start + length]) != phrase:
                    continue
                if (
                    length == 1
                    and not self._is_distinctive(token, field)
                    and not (
                        field == Field.NAME
                        and token in capitalised
                        and (start == 0 or tokens[start - 1] not in NEGATIONS)
                        and self._names_alone(token)
                    )
                ):
                    continue
                matches.append((start, length, index, field, rank))
        found: dict[int, float] = {}
        for start, length, index, field, rank in matches:
            if any(
                s <= start and start + length <= s + n and n > length for s, n, _, _, _ in matches
            ):
                continue
            # Longer phrases are much stronger evidence: one word of a name alone is weak.
            weight = PHRASE_WEIGHT_OF[field] * (length * 2 - 1) - rank * 0.5
            if index in self._marginal:
                weight /= 2  # a vendor's name inside a paste is weaker evidence
            found[index] = max(found.get(index, 0.0), weight)
            if covered is not None:
                for token in tokens[start : start + length]:
                    covered.setdefault(token, set()).add(index)
        return found

    def _is_distinctive(self, token: str, field: int) -> bool:
        """Whether one word alone, as a whole name or message, is evidence: a name's word
        when few entries have it in a telling field ("teapot"), a message's word when few
        entries have it anywhere ("econnrefused", not "exception")."""
        if field == Field.KEYWORD or field > Field.MESSAGE:
            return False
        hits = self._postings.get(token)
        if field == Field.MESSAGE:
            return self._message_words.get(token, 0) <= 2 and len(hits or ()) <= self._distinctive
        if not hits:
            return False
        telling = 0
        for found in hits.values():
            if found <= FUZZY_FIELDS:
                telling += 1
                if telling > self._distinctive:
                    return False
        return telling > 0

    def _names_alone(self, token: str) -> bool:
        """Whether one or two entries are named by this word ("lock": 423 Locked), however
        many synonyms and descriptions also use it."""
        named = 0
        for field in self._postings.get(token, {}).values():
            named += field == Field.NAME
        return 0 < named <= 2
