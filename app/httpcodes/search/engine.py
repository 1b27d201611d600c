"""The search engine: ranked, typo-tolerant lookup of catalogue entries. Free of Qt.

Every entry is indexed once into an inverted index of stemmed words, each word remembering the
most important field it came from. A query is answered from the index, so its cost follows the
number of matches, not the size of the catalogue.

Ranking, best first: the exact code; the exact phrase, former phrase or library constant; the
phrase's beginning; all words in the phrase; a synonym people type; the vendor, spec or class;
words of the description; and last, entries that match all but one word of a long query. Ties
fall to the standard entry, then the lower code, then the id, so the order never varies.
"""

from __future__ import annotations

import bisect
import re
from enum import IntEnum
from functools import lru_cache

from httpcodes.catalogue.model import Entry, StatusClass
from httpcodes.records import Record
from httpcodes.search.text import (
    fold,
    has_cjk,
    query_words,
    split_identifier,
    squash,
    stem,
    typo_allowance,
    within_distance,
    words,
)

# No ``typing`` on the terminal command's path (httpcodes search): see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence
    from typing import Any, Final


class Field(IntEnum):
    """Where a word was found, most telling first."""

    NAME = 0
    FORMER = 1
    CONSTANT = 2
    ORIGIN = 3
    SPEC = 4
    KEYWORD = 5
    CLASS = 6
    SUMMARY = 7
    DESCRIPTION = 8


class Tier(IntEnum):
    """How an entry matched the query as a whole; higher ranks first."""

    PARTIAL = 20
    DESCRIPTION = 40
    CLASS = 50
    KEYWORD_WORDS = 70
    KEYWORD_PHRASE = 72
    ORIGIN_OR_SPEC = 73
    CONSTANT_WORDS = 74
    KEYWORD_EXACT = 75
    NAME_WORDS_FUZZY = 76
    FORMER_WORDS = 78
    NAME_WORDS = 80
    NAME_PREFIX = 85
    EXACT_NAME = 90
    CODE = 100


_FIELD_TIER: Final = {
    Field.NAME: Tier.NAME_WORDS,
    Field.FORMER: Tier.FORMER_WORDS,
    Field.CONSTANT: Tier.CONSTANT_WORDS,
    Field.KEYWORD: Tier.KEYWORD_WORDS,
    Field.ORIGIN: Tier.ORIGIN_OR_SPEC,
    Field.SPEC: Tier.ORIGIN_OR_SPEC,
    Field.CLASS: Tier.CLASS,
    Field.SUMMARY: Tier.DESCRIPTION,
    Field.DESCRIPTION: Tier.DESCRIPTION,
}
_FIELD_WEIGHT: Final = {
    Field.NAME: 10.0,
    Field.FORMER: 8.0,
    Field.CONSTANT: 6.0,
    Field.KEYWORD: 6.0,
    Field.ORIGIN: 5.0,
    Field.SPEC: 5.0,
    Field.CLASS: 3.0,
    Field.SUMMARY: 3.0,
    Field.DESCRIPTION: 1.5,
}
# Fields searched with typo tolerance: the short, telling ones. Fuzzy matching over every
# description word would mostly find accidents.
_FUZZY_FIELDS: Final = Field.KEYWORD

_EXACT, _PREFIX, _FUZZY = 1.0, 0.8, 0.6
_NOT_FOUND: Final = len(Field)
_VENDOR_NAME_PENALTY: Final = 3
_CODE_QUERY: Final = re.compile(r"^[1-5][0-9]{0,2}$")
_CLASS_QUERY: Final = re.compile(r"^([1-5])\s*xx$")
_CODE_WORD: Final = re.compile(r"^[1-5][0-9]{2}$")


class SearchHit(Record):
    """One entry in a result list, with why it ranks where it does."""

    entry: Entry
    tier: Tier
    score: float


class _WordMatch:
    __slots__ = ("score", "tier")

    def __init__(self, tier: int, score: float) -> None:
        self.tier = tier
        self.score = score


class SearchEngine:
    """Answers queries over a fixed list of entries."""

    def __init__(
        self,
        entries: Sequence[Entry],
        classes: Iterable[StatusClass] = (),
        extra_texts: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        """``extra_texts`` adds texts by entry id, as (kind, text) with kind ``name``,
        ``keyword``, ``summary`` or ``description``: translations, so that a query in any
        language finds its code."""
        self._entries: tuple[Entry, ...] = tuple(entries)
        # Han text has no spaces between words, so it is matched by substring, per field.
        self._cjk: dict[int, list[tuple[Field, str]]] = {}
        self._stems: dict[str, str] = {}  # the same words recur across entries
        class_words = {c.key: f"{c.key} {c.name}" for c in classes}
        # stem -> {entry index: best field}
        self._postings: dict[str, dict[int, Field]] = {}
        self._exact_names: dict[str, set[int]] = {}
        self._squashed_names: list[tuple[str, int]] = []
        self._keywords: list[tuple[str, int]] = []
        self._keyword_suffixes: list[tuple[str, int, bool]] | None = None  # built when needed
        for index, entry in enumerate(self._entries):
            self._index_entry(index, entry, class_words.get(entry.class_key, entry.class_key))
            for kind, text in (extra_texts or {}).get(entry.id, ()):
                self._index_extra(index, kind, text)
        self._stems.clear()
        self._squashed_names.sort()
        self._vocabulary: list[str] = sorted(self._postings)
        self._fuzzy_vocabulary: list[str] = sorted(
            token
            for token, hits in self._postings.items()
            if min(hits.values()) <= _FUZZY_FIELDS and not token.isdigit()
        )
        self._by_code: dict[int, list[int]] = {}
        for index, entry in enumerate(self._entries):
            self._by_code.setdefault(entry.code, []).append(index)
        self.search = lru_cache(maxsize=256)(self._search)

    # -- a built index as plain data, for the cache (httpcodes.search.index_cache) --------

    def state(self) -> dict[str, Any]:
        """The built index as plain data (dicts, lists, tuples, sets, str, int, float, None)
        that ``marshal`` can store; entries are referred to by their position in ``entries``.
        Every attribute but the entries and the query cache is kept, so an attribute added to
        the index is carried along without a change here. Raises TypeError when an attribute
        holds something else (then there is simply no cached copy)."""
        return {name: _plain(value) for name, value in vars(self).items() if name not in _NOT_STATE}

    @classmethod
    def from_state(cls, entries: Sequence[Entry], state: dict[str, Any]) -> SearchEngine:
        """An engine over ``entries`` from what ``state()`` returned for the same entries,
        without indexing them again. Fields and tiers come back as plain ints, which compare
        and hash like the members they stood for."""
        engine = cls.__new__(cls)
        vars(engine).update(state)
        engine._entries = tuple(entries)
        engine.search = lru_cache(maxsize=256)(engine._search)
        return engine

    @property
    def entries(self) -> tuple[Entry, ...]:
        """The entries this engine searches, in catalogue order."""
        return self._entries

    # -- indexing -------------------------------------------------------------------------

    def _add(self, index: int, field: Field, text: str) -> None:
        stems = self._stems
        for word in dict.fromkeys(words(text)):  # each word of a text once, in order
            if has_cjk(word):
                self._cjk.setdefault(index, []).append((field, word))
                continue
            token = stems.get(word)
            if token is None:
                token = stems[word] = stem(word)
            hits = self._postings.setdefault(token, {})
            if field < hits.get(index, _NOT_FOUND):
                hits[index] = field

    def _index_entry(self, index: int, entry: Entry, class_text: str) -> None:
        self._add(index, Field.NAME, f"{entry.code} {entry.name}")
        names = [entry.name, entry.title]
        if entry.phrase:
            names.append(entry.phrase)
        for former in entry.former_phrases:
            self._add(index, Field.FORMER, former)
            names.append(former)
        for constant in entry.constants:
            for name in (constant.name, *constant.aliases):
                self._add(index, Field.CONSTANT, split_identifier(name))
                names.extend((name, name.rsplit("::", 1)[-1].rsplit(".", 1)[-1]))
        for name in names:
            self._exact_names.setdefault(squash(name), set()).add(index)
        self._squashed_names.append((squash(entry.name), index))
        for keyword in entry.keywords:
            self._add(index, Field.KEYWORD, keyword)
            self._keywords.append((fold(keyword), index))
        if entry.origin:
            self._add(index, Field.ORIGIN, entry.origin)
        if entry.vendor:
            self._add(index, Field.ORIGIN, entry.vendor.detail)
        for spec in entry.specs:
            self._add(index, Field.SPEC, spec.title)
        if entry.introduced.spec:
            self._add(index, Field.SPEC, entry.introduced.spec)
        self._add(index, Field.CLASS, class_text)
        self._add(index, Field.SUMMARY, entry.summary)
        self._add(index, Field.DESCRIPTION, entry.description)
        if entry.history:
            self._add(index, Field.DESCRIPTION, entry.history)
        for header in entry.headers:
            self._add(index, Field.DESCRIPTION, header.name)

    def _index_extra(self, index: int, kind: str, text: str) -> None:
        if kind == "name":
            self._add(index, Field.NAME, text)
            self._exact_names.setdefault(squash(text), set()).add(index)
            self._squashed_names.append((squash(text), index))
        elif kind == "keyword":
            self._add(index, Field.KEYWORD, text)
            self._keywords.append((fold(text), index))
        elif kind == "summary":
            self._add(index, Field.SUMMARY, text)
        else:
            self._add(index, Field.DESCRIPTION, text)

    # -- querying -------------------------------------------------------------------------

    def _search(self, query: str) -> tuple[SearchHit, ...]:
        """Rank the entries that match ``query``, best first. Never raises; an empty or
        meaningless query matches nothing."""
        folded = fold(query[:400])
        if not folded:
            return ()
        compact = folded.replace(" ", "")
        if _CODE_QUERY.match(compact):
            return self._code_prefix(compact)
        class_match = _CLASS_QUERY.match(folded)
        if class_match:
            digit = int(class_match.group(1))
            return tuple(
                SearchHit(e, Tier.CODE, 0.0) for e in self._entries if e.code // 100 == digit
            )
        return self._text_search(query)

    def _code_prefix(self, prefix: str) -> tuple[SearchHit, ...]:
        return tuple(
            SearchHit(e, Tier.CODE, 0.0) for e in self._entries if str(e.code).startswith(prefix)
        )

    def _word_candidates(self, word: str, is_last: bool) -> dict[int, _WordMatch]:
        """Every entry one query word matches, with its best tier and score there."""
        token = stem(word)
        found: dict[int, _WordMatch] = {}
        if has_cjk(word):
            return self._cjk_candidates(word)

        def offer(hits: dict[int, Field], quality: float) -> None:
            penalty = 0 if quality == _EXACT else (2 if quality == _PREFIX else 4)
            for index, field in hits.items():
                tier = _FIELD_TIER[field] - penalty
                score = _FIELD_WEIGHT[field] * quality
                current = found.get(index)
                if current is None:
                    found[index] = _WordMatch(tier, score)
                else:
                    current.tier = max(current.tier, tier)
                    current.score = max(current.score, score)

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
                hits = {i: f for i, f in self._postings[candidate].items() if f <= _FUZZY_FIELDS}
                offer(hits, _FUZZY)
        return found

    def _keyword_phrase_tiers(self, folded: str) -> Iterator[tuple[int, Tier]]:
        """Entries with a synonym that is the query (exact), or that holds it from the start
        of one of its words (a phrase match): "rate limit" in "rate limiting", "api rate
        limit". Found by bisection in the sorted word-boundary suffixes of every synonym."""
        if self._keyword_suffixes is None:
            suffixes: list[tuple[str, int, bool]] = []
            for keyword, index in self._keywords:
                words_of = keyword.split(" ")
                for start in range(len(words_of)):
                    suffixes.append((" ".join(words_of[start:]), index, start == 0))
            suffixes.sort()
            self._keyword_suffixes = suffixes
        suffixes = self._keyword_suffixes
        long_enough = len(folded) >= 4
        position = bisect.bisect_left(suffixes, (folded, -1, False))
        for suffix, index, whole in suffixes[position:]:
            if not suffix.startswith(folded):
                break
            if whole and suffix == folded:
                yield index, Tier.KEYWORD_EXACT
            elif long_enough or (whole and suffix.startswith(folded + " ")):
                yield index, Tier.KEYWORD_PHRASE

    def _cjk_candidates(self, term: str) -> dict[int, _WordMatch]:
        found: dict[int, _WordMatch] = {}
        for index, runs in self._cjk.items():
            best: _WordMatch | None = None
            for field, run in runs:
                if term not in run:
                    continue
                exact = run == term
                tier = _FIELD_TIER[field] - (0 if exact else 2)
                score = _FIELD_WEIGHT[field] * (_EXACT if exact else _PREFIX)
                if best is None or (tier, score) > (best.tier, best.score):
                    best = _WordMatch(tier, score)
            if best is not None:
                found[index] = best
        return found

    @lru_cache(maxsize=1024)  # noqa: B019 - the engine lives as long as the catalogue
    def _fuzzy_candidates(self, token: str, allowance: int) -> tuple[str, ...]:
        return tuple(
            candidate
            for candidate in self._fuzzy_vocabulary
            if abs(len(candidate) - len(token)) <= allowance
            and within_distance(token, candidate, allowance)
        )

    def _text_search(self, query: str) -> tuple[SearchHit, ...]:
        terms = query_words(query)
        if not terms:
            return ()
        code_terms = [t for t in terms if _CODE_WORD.match(t) and int(t) in self._by_code]
        text_terms: list[str] = []
        for term in (t for t in terms if t not in code_terms):
            if has_cjk(term) and len(term) > 2 and not self._cjk_candidates(term):
                # No text holds the whole phrase: look for its two-character words instead.
                text_terms.extend(term[i : i + 2] for i in range(len(term) - 1))
            else:
                text_terms.append(term)
        per_word = [
            self._word_candidates(term, i == len(text_terms) - 1)
            for i, term in enumerate(text_terms)
        ]
        if code_terms:
            allowed = {i for t in code_terms for i in self._by_code[int(t)]}
            return self._rank(allowed, per_word, Tier.CODE, required=0)

        folded = " ".join(fold(query[:400]).split())
        compact = folded.replace(" ", "")
        tiers: dict[int, int] = {}
        for index in self._exact_names.get(compact, ()):
            tiers[index] = Tier.EXACT_NAME
        if len(compact) >= 2:
            names = self._squashed_names  # sorted: the names that start with it are together
            start = bisect.bisect_left(names, (compact, -1))
            for name, index in names[start:]:
                if not name.startswith(compact):
                    break
                tiers.setdefault(index, Tier.NAME_PREFIX)
        if len(folded) >= 3 or has_cjk(folded):
            for index, tier in self._keyword_phrase_tiers(folded):
                if tiers.get(index, 0) < tier:
                    tiers[index] = tier
        candidates: set[int] = set(tiers)
        for matches in per_word:
            candidates.update(matches)
        required = len(per_word) if len(per_word) < 3 else len(per_word) - 1
        return self._rank(candidates, per_word, None, required, tiers)

    def _rank(
        self,
        candidates: Iterable[int],
        per_word: list[dict[int, _WordMatch]],
        floor_tier: Tier | None,
        required: int,
        whole_query_tiers: dict[int, int] | None = None,
    ) -> tuple[SearchHit, ...]:
        # Runs for every candidate of every keystroke: plain loops, no temporary lists.
        ranked: list[tuple[tuple[int, bool, int, float, int, int], SearchHit]] = []
        whole_tiers = whole_query_tiers or {}
        words = len(per_word)
        entries = self._entries
        for index in candidates:
            matched = 0
            score = 0.0
            lowest = 1_000
            for matches in per_word:
                match = matches.get(index)
                if match is not None:
                    matched += 1
                    score += match.score
                    if match.tier < lowest:
                        lowest = match.tier
            tier: int
            if floor_tier is not None:
                tier = floor_tier
            else:
                if matched and matched == words:
                    words_tier = lowest
                elif matched and matched >= required:
                    words_tier = Tier.PARTIAL
                else:
                    words_tier = 0
                tier = max(whole_tiers.get(index, 0), words_tier)
                if tier == 0:
                    continue
            entry = entries[index]
            if not entry.is_standard and Tier.NAME_WORDS_FUZZY <= tier <= Tier.EXACT_NAME:
                # A vendor's phrase yields to standard phrases that hold the words ("time":
                # 408 Request Timeout before 440 Login Time-out; "redirect": 302 before
                # Exchange's 451 Redirect), though it still beats synonyms and descriptions.
                tier = min(tier - _VENDOR_NAME_PENALTY, Tier.NAME_WORDS_FUZZY + 1)
            # The last tie-break is catalogue order, which puts a shared number's usual
            # meaning first (nginx's 499 before Esri's).
            key = (-tier, not entry.is_standard, -matched, -score, entry.code, index)
            ranked.append((key, SearchHit(entry, _nearest_tier(tier), score)))
        ranked.sort(key=lambda pair: pair[0])
        return tuple(hit for _, hit in ranked)


# What state() leaves out: the entries themselves and the per-instance query cache.
_NOT_STATE: Final = frozenset({"_entries", "search"})
_PLAIN_SCALARS: Final = (str, int, float, bool, bytes, type(None))


def _plain(value: Any) -> Any:
    """``value`` with enum members turned into ints and named tuples into tuples, for marshal."""
    if isinstance(value, IntEnum):
        return int(value)
    if isinstance(value, _PLAIN_SCALARS):
        return value
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple([_plain(v) for v in value])
    if isinstance(value, frozenset):
        return frozenset([_plain(v) for v in value])
    if isinstance(value, set):
        return {_plain(v) for v in value}
    raise TypeError(f"cannot store a {type(value).__name__} in the index cache")


_TIERS_DOWNWARDS: Final = tuple(sorted(Tier, reverse=True))


def _nearest_tier(value: int) -> Tier:
    """Map a tier lowered by a penalty back onto the named tier at or below it."""
    for tier in _TIERS_DOWNWARDS:
        if value >= tier:
            return tier
    return Tier.PARTIAL
