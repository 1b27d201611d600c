"""The search engine: ranked, typo-tolerant lookup of catalogue entries. Free of Qt.

The entries are indexed once (``httpcodes.search.index``: plain data that can be kept on
disk); a query is answered from the index, so its cost follows the number of matches, not the
size of the catalogue.

Ranking, best first: the exact code; the exact phrase, former phrase, library constant or known
message; the phrase's beginning; all words in the phrase; a synonym people type; the vendor,
spec or class; a known phrase inside a longer paste; words of the description; and last,
entries that match part of a long query, by the weight of the evidence. Words the index does
not know (a host name, an id, a word of a log line) lower the evidence but never empty the
list. A vendor, reserved or obsoleted code needs real evidence, not one common word of its
description. Ties fall to the standard entry, then the lower code, then catalogue order (a
shared number's usual meaning first), so the order never varies.
"""

from __future__ import annotations

import bisect
import math

from httpcodes.catalogue.messages import KnownMessages, load_messages
from httpcodes.catalogue.model import Entry, StatusClass
from httpcodes.memo import remember
from httpcodes.records import Record
from httpcodes.search.index import (
    FUZZY_FIELDS,
    INDEX_VERSION,
    Field,
    SearchIndex,
    bare_name,
    build_index,
    plain_data,
)
from httpcodes.search.paste import FILLER, capitalised, named_values
from httpcodes.search.phrase_evidence import PhraseEvidence
from httpcodes.search.text import (
    class_digit,
    fold,
    has_cjk,
    is_code_prefix,
    is_code_word,
    query_words,
    squash,
    stem,
    strip_noise,
)
from httpcodes.search.tiers import Tier, nearest_tier
from httpcodes.search.word_evidence import WordEvidence, WordMatch

# No ``typing`` on the terminal command's path (httpcodes search): see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence
    from typing import Any, Final

_VENDOR_NAME_PENALTY: Final = 3
# A word found, in a telling field, in at most this share of the entries is evidence enough
# on its own; one found nearly everywhere ("server", "request") is not.
_DISTINCTIVE_SHARE: Final = 0.04
_MARGINAL: Final = frozenset(("unofficial", "unused", "obsoleted"))


class SearchHit(Record):
    """One entry in a result list, with why it ranks where it does."""

    entry: Entry
    tier: int  # a Tier
    score: float


class SearchEngine(WordEvidence, PhraseEvidence):
    """Answers queries over a fixed list of entries: what each word matches (WordEvidence)
    and the phrases the query is or holds (PhraseEvidence), ranked together here."""

    def __init__(
        self,
        entries: Sequence[Entry],
        classes: Iterable[StatusClass] = (),
        extra_texts: Mapping[str, Sequence[tuple[str, str]]] | None = None,
        *,
        messages: KnownMessages | None = None,
        index: SearchIndex | None = None,
    ) -> None:
        """``extra_texts`` adds texts by entry id, as (kind, text) with kind ``name``,
        ``keyword``, ``summary`` or ``description``: translations, so that a query in any
        language finds its code. ``messages`` are the known messages indexed under their
        codes (the built-in ones when None). ``index``, when given, is a ready index of
        these very entries (see ``index``) and nothing is built."""
        self._entries: tuple[Entry, ...] = tuple(entries)
        if index is None or index.get("version") != INDEX_VERSION:
            known = load_messages() if messages is None else messages
            index = build_index(self._entries, classes, extra_texts, known.messages)
        self._postings = index["postings"]
        self._cjk = index["cjk"]
        self._exact_names = index["exact_names"]
        self._squashed_names = index["squashed_names"]
        self._keywords = index["keywords"]
        self._phrases = index["phrases"]
        self._vocabulary = index["vocabulary"]
        self._fuzzy_vocabulary = index["fuzzy_vocabulary"]
        self._by_code = index["by_code"]
        self._message_words = index["message_words"]
        self._keyword_suffixes = None  # built when first needed (PhraseEvidence)
        self._distinctive = max(3, int(len(self._entries) * _DISTINCTIVE_SHARE))
        self._marginal = frozenset(i for i, e in enumerate(self._entries) if e.status in _MARGINAL)
        self.search = remember(self._search, 256)
        self._fuzzy = remember(self._find_fuzzy, 1024)

    # -- a built index as plain data, for the cache (httpcodes.search.index_cache) --------

    def state(self) -> dict[str, Any]:
        """The built index as plain data (dicts, lists, tuples, sets, str, int, float, None)
        that ``marshal`` can store; entries are referred to by their position in ``entries``.
        Every attribute but the entries and the query cache is kept, so an attribute added to
        the index is carried along without a change here. Raises TypeError when an attribute
        holds something else (then there is simply no cached copy)."""
        return {
            name: plain_data(value) for name, value in vars(self).items() if name not in _NOT_STATE
        }

    @classmethod
    def from_state(cls, entries: Sequence[Entry], state: dict[str, Any]) -> SearchEngine:
        """An engine over ``entries`` from what ``state()`` returned for the same entries,
        without indexing them again. Fields and tiers come back as plain ints, which compare
        and hash like the members they stood for."""
        engine = cls.__new__(cls)
        vars(engine).update(state)
        engine._entries = tuple(entries)
        engine.search = remember(engine._search, 256)
        engine._fuzzy = remember(engine._find_fuzzy, 1024)
        return engine

    @property
    def entries(self) -> tuple[Entry, ...]:
        """The entries this engine searches, in catalogue order."""
        return self._entries

    @property
    def index(self) -> SearchIndex:
        """The index as plain data: pickle or marshal it, and hand it to a new engine over
        the same entries to skip building it. (Made from the engine's parts, which ``state``
        stores one by one: keeping it as well would store everything twice.)"""
        return SearchIndex(
            version=INDEX_VERSION,
            postings=self._postings,
            cjk=self._cjk,
            exact_names=self._exact_names,
            squashed_names=self._squashed_names,
            keywords=self._keywords,
            phrases=self._phrases,
            vocabulary=self._vocabulary,
            fuzzy_vocabulary=self._fuzzy_vocabulary,
            by_code=self._by_code,
            message_words=self._message_words,
        )

    # -- querying -------------------------------------------------------------------------

    def _search(self, query: str) -> tuple[SearchHit, ...]:
        """Rank the entries that match ``query``, best first. Never raises; an empty or
        meaningless query matches nothing."""
        folded = fold(query[:400])
        if not folded:
            return ()
        compact = folded.replace(" ", "")
        if is_code_prefix(compact):
            return self._code_prefix(compact)
        digit = class_digit(folded)
        if digit is not None:
            return self._ordered(i for i, e in enumerate(self._entries) if e.code // 100 == digit)
        return self._text_search(query)

    def _ordered(self, positions: Iterable[int]) -> tuple[SearchHit, ...]:
        """Entries by code, a shared number's meanings in catalogue order (the registry's,
        then the usual one: meanings.json)."""
        entries = self._entries
        found = sorted(positions, key=lambda i: (entries[i].code, not entries[i].is_standard, i))
        return tuple(SearchHit(entries[i], Tier.CODE, 0.0) for i in found)

    def _code_prefix(self, prefix: str) -> tuple[SearchHit, ...]:
        return self._ordered(
            i for i, e in enumerate(self._entries) if str(e.code).startswith(prefix)
        )

    def _named_value_tiers(self, head: str) -> Iterator[tuple[int, int]]:
        """Entries named by a field that names the error: its value as a name, or the first
        words after "replied:" or "returned" as one; else the value read as a query of its
        own ("error":"ratelimited"), when that finds a clear answer."""
        for value, is_field in named_values(head):
            words_of = value.split()
            named = False
            for length in range(min(4, len(words_of)), 0, -1):
                indices = self._exact_names.get(squash(" ".join(words_of[:length])), ())
                for index in indices:
                    named = True
                    yield index, Tier.KEYWORD_EXACT
                if named or not is_field:
                    break
            if named or not is_field or len(value) > 60 or not squash(value).isalpha():
                continue
            if any(word in FILLER for word in query_words(value)):
                continue  # an exception's class ("type":"OAuthException") names no status
            hits = self._text_search(value)
            if not hits or not hits[0].entry.is_standard:
                continue
            if hits[0].tier >= Tier.KEYWORD_WORDS:
                yield self._position_of(hits[0].entry), Tier.KEYWORD_PHRASE
            elif len(hits) == 1 or hits[0].tier > hits[1].tier:
                # A weaker reading, but the only one: it still says more than the rest.
                yield self._position_of(hits[0].entry), Tier.KEYWORD_WORDS

    def _position_of(self, entry: Entry) -> int:
        positions: dict[str, int] | None = getattr(self, "_positions", None)
        if positions is None:
            positions = {e.id: i for i, e in enumerate(self._entries)}
            self._positions = positions
        return positions[entry.id]

    def _text_search(self, query: str) -> tuple[SearchHit, ...]:
        sequence = query_words(query)
        terms = list(dict.fromkeys(sequence))
        code_terms = [t for t in terms if is_code_word(t) and int(t) in self._by_code]
        if code_terms and all(t[0] == "1" for t in code_terms) and not FILLER.isdisjoint(terms):
            # An error is never answered with an interim 1xx: "code":100 in an error body
            # is the API's own number, and no evidence at all.
            terms = [t for t in terms if t not in code_terms]
            code_terms = []
        text_terms: list[str] = []
        for term in terms:
            if term in code_terms or (term.isdigit() and term not in self._postings):
                continue  # a number that names no code and no spec is noise
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
            return self._rank(allowed, per_word, {}, floor_tier=Tier.CODE)

        tiers: dict[int, int] = {}
        folded = " ".join(fold(query[:400]).split())
        compact = folded.replace(" ", "")
        # The whole query as a name: as typed, without its qualifier (``net::``), and without
        # the noise a paste carries ("ECONNREFUSED 127.0.0.1:5432").
        head = query.strip()[:400]
        qualified = head if len(head.split()) == 1 else ""  # one name, not a sentence
        whole = (compact, squash(bare_name(qualified)), squash(strip_noise(head)))
        for name in dict.fromkeys(whole):
            for index in self._exact_names.get(name, ()):
                tiers[index] = Tier.EXACT_NAME
        # A field that names the error ("error":"not_found", <Code>AccessDenied</Code>,
        # type=Not Found) decides as if it were the whole query.
        if len(head) > 8:
            for index, tier in self._named_value_tiers(head):
                if tiers.get(index, 0) < tier:
                    tiers[index] = tier
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
        bonus: dict[int, float] = {}
        if sequence:
            covered: dict[str, set[int]] = {}
            bonus = self._contained_phrases(
                [stem(t) for t in sequence if not has_cjk(t)], capitalised(query), covered
            )
            # A word only a known message holds ("EHOSTUNREACH") is evidence for that
            # message's codes, not an unknown word: an entry that lacks it has not matched
            # every word ("connect EHOSTUNREACH" is not 599 Network Connect Timeout).
            for position, term in enumerate(text_terms):
                if not per_word[position] and stem(term) in covered:
                    per_word[position] = {
                        index: WordMatch(Tier.CONTAINS_PHRASE, 0.0, Field.MESSAGE)
                        for index in covered[stem(term)]
                    }
            for index, weight in bonus.items():
                # A known message or name of several words, found verbatim, outweighs the
                # same words scattered over an entry's synonyms ("Please reduce your
                # request rate" is S3's 503, though 429 has "slow down" and "rate").
                tier = Tier.KEYWORD_PHRASE if weight >= _DECISIVE_PHRASE else Tier.CONTAINS_PHRASE
                if tiers.get(index, 0) < tier:
                    tiers[index] = tier
        filler = [term in FILLER for term in text_terms]
        found = self._rank(None, per_word, tiers, bonus=bonus, filler=filler)
        if not found:
            # Nothing holds most of the words: take what holds the rarer ones, by weight.
            found = self._rank(None, per_word, tiers, bonus=bonus, lenient=True, filler=filler)
        if not found:
            # Still nothing: any standard entry that holds a word, by weight, rather than an
            # empty list ("AuthorizationFailed" holds two common words and nothing else).
            found = self._rank(
                None, per_word, tiers, bonus=bonus, lenient=True, filler=filler, last_resort=True
            )
        return found

    def _rank(
        self,
        candidates: Iterable[int] | None,
        per_word: list[dict[int, WordMatch]],
        whole_tiers: dict[int, int],
        floor_tier: int | None = None,
        bonus: dict[int, float] | None = None,
        lenient: bool = False,
        filler: Sequence[bool] = (),
        last_resort: bool = False,
    ) -> tuple[SearchHit, ...]:
        # Runs for every candidate of every keystroke: plain loops, no temporary lists.
        # Unknown words never exclude. Where the words every paste carries ("Error:",
        # "exception") matched does not set the tier: "Error: Unauthorized" is 401's name,
        # not a vendor code that also has "error" among its synonyms.
        known = [matches for matches in per_word if matches]
        telling_word = [
            not (position < len(filler) and filler[position])
            for position, matches in enumerate(per_word)
            if matches
        ]
        if not any(telling_word):
            telling_word = [True] * len(known)
        count = len(known)
        count_telling = sum(telling_word)
        with_filler = count_telling < count
        entries = self._entries
        # A rare word weighs more than one found everywhere.
        rarity = [math.log(1.0 + len(entries) / len(matches)) for matches in known]
        telling = [len(matches) <= self._distinctive for matches in known]
        # A word (nearly) no other entry has is evidence wherever it is ("flurble").
        rare = [len(matches) <= 2 for matches in known]
        required = count if count < 3 else count - 1 if count < 6 else 3
        if lenient:
            required = 1
        extra = bonus or {}
        if candidates is None:
            pool: set[int] = set(whole_tiers)
            for matches in known:
                pool.update(matches)
            candidates = pool
        ranked: list[tuple[tuple[int, bool, float, int, float, int, int], SearchHit]] = []
        marginal = self._marginal
        for index in candidates:
            matched = matched_telling = 0
            score = extra.get(index, 0.0)
            lowest = 1_000
            strong = False
            # A vendor, reserved or obsoleted code keeps every word in its tier: it needs
            # real evidence, and "Error:" matching only its synonyms is none.
            plain = index in marginal
            for position, matches in enumerate(known):
                match = matches.get(index)
                if match is not None:
                    matched += 1
                    score += match.score * rarity[position]
                    if match.tier < lowest and (plain or telling_word[position]):
                        lowest = match.tier
                    if rare[position] or (telling[position] and match.field <= FUZZY_FIELDS):
                        strong = True
                    if with_filler:
                        matched_telling += telling_word[position]
            if not with_filler:
                matched_telling = matched
            tier: int
            if floor_tier is not None:
                tier = floor_tier
            else:
                if matched and (
                    matched == count or (not plain and matched_telling == count_telling)
                ):
                    words_tier = lowest
                elif matched and (
                    (matched >= required and (strong or matched >= 2))
                    # One telling word among common ones ("site under maintenance") still
                    # counts; the weight of the evidence then ranks it.
                    or (strong and count >= 3)
                    or (last_resort and not plain)
                ):
                    words_tier = Tier.PARTIAL
                else:
                    words_tier = 0
                tier = max(whole_tiers.get(index, 0), words_tier)
                if tier == 0:
                    continue
                if index in marginal and tier < Tier.CONTAINS_PHRASE and not strong:
                    # A vendor, reserved or obsoleted code on the strength of common words
                    # of its description ("rate limit" is no reason for 418) is noise.
                    continue
            entry = entries[index]
            if not entry.is_standard and Tier.NAME_WORDS_FUZZY <= tier <= Tier.EXACT_NAME:
                # A vendor's phrase yields to standard phrases that hold the words ("time":
                # 408 Request Timeout before 440 Login Time-out; "redirect": 302 before
                # Exchange's 451 Redirect), though it still beats synonyms and descriptions.
                tier = min(tier - _VENDOR_NAME_PENALTY, Tier.NAME_WORDS_FUZZY + 1)
            # Within the weakest tiers the known phrases the query holds decide, then the
            # weight of the words matched, before the kind; above them, the phrases held, then
            # how many words matched.
            weak = tier <= Tier.CONTAINS_PHRASE
            key = (
                -tier,
                False if weak else not entry.is_standard,
                -extra.get(index, 0.0),
                0 if weak else -matched,
                -score,
                entry.code,
                # Last, catalogue order: a shared number's usual meaning first (nginx's 499
                # before Esri's, from meanings.json).
                index,
            )
            ranked.append((key, SearchHit(entry, nearest_tier(tier), score)))
        ranked.sort(key=lambda pair: pair[0])
        return tuple(hit for _, hit in ranked)


# The weight of a phrase found in a paste that decides over scattered synonyms.
_DECISIVE_PHRASE: Final = 24.0
# What state() leaves out: the entries themselves and the per-instance query cache.
_NOT_STATE: Final = frozenset({"_entries", "search", "_positions", "_fuzzy"})
