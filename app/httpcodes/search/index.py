"""The search index: built once from the entries (and the known messages that point at them),
held as plain data (dicts, lists, tuples, strings and numbers), so that it can be pickled or
marshalled to disk and read back instead of rebuilt. Free of Qt.

Every word is stemmed and remembers, per entry, the most telling field it came from. Names,
synonyms and message texts are also kept whole, as phrases, so that a long paste can be
searched for the phrases it contains.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from httpcodes.catalogue.messages import Message
from httpcodes.catalogue.model import Entry, StatusClass
from httpcodes.search.patterns import LazyPattern
from httpcodes.search.text import (
    fold,
    has_cjk,
    query_words,
    split_identifier,
    squash,
    stem,
    words,
)

# No ``typing`` at run time: ``httpcodes search`` imports this module, and typing alone costs
# it a few milliseconds (see httpcodes.records).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final, TypedDict

INDEX_VERSION: Final = 6
# A name that means something without its qualifier: ERR_TOO_MANY_REDIRECTS, SC_FORBIDDEN,
# RecordNotFound; not Timeout (of Target.Timeout).
_IDENTIFIER: Final = LazyPattern(r"^(?:[A-Z0-9]+_[A-Z0-9_]+|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)$")


class Field:
    """Where a word was found, most telling first (plain numbers: see ``Tier``)."""

    NAME: Final = 0
    FORMER: Final = 1
    CONSTANT: Final = 2
    ORIGIN: Final = 3
    SPEC: Final = 4
    KEYWORD: Final = 5
    # A known message counts whole, by its name or as a phrase inside a paste; its words
    # are not indexed one by one ("not", "found", "server" recur in dozens of them).
    MESSAGE: Final = 6
    CLASS: Final = 7
    SUMMARY: Final = 8
    DESCRIPTION: Final = 9


# Fields searched with typo tolerance: the short, telling ones. Fuzzy matching over every
# description word would mostly find accidents.
FUZZY_FIELDS: Final = Field.KEYWORD
NOT_FOUND: Final = Field.DESCRIPTION + 1


if TYPE_CHECKING:

    class SearchIndex(TypedDict):
        """The index as plain data. Entry positions refer to the engine's entries, in order."""

        version: int
        postings: dict[str, dict[int, int]]  # stem -> {entry position: best Field}
        cjk: dict[int, list[tuple[int, str]]]  # entry position -> (Field, Han run)
        exact_names: dict[str, list[int]]  # squashed name, constant or message -> positions
        squashed_names: list[tuple[str, int]]  # sorted, for "the name starts with"
        keywords: list[tuple[str, int]]  # folded synonym, position
        # first stem -> (stems of a phrase, position, Field, rank among the phrase's entries)
        phrases: dict[str, list[tuple[tuple[str, ...], int, int, int]]]
        vocabulary: list[str]
        fuzzy_vocabulary: list[str]
        by_code: dict[int, list[int]]
        message_words: dict[str, int]  # stem -> how many known messages hold it

else:
    # At run time the index is a plain dict; the type checker sees its keys.
    SearchIndex = dict


class _Builder:
    def __init__(self) -> None:
        self.stems: dict[str, str] = {}  # the same words recur across entries
        self.postings: dict[str, dict[int, int]] = {}
        self.cjk: dict[int, list[tuple[int, str]]] = {}
        self.exact: dict[str, set[int]] = {}
        self.squashed: list[tuple[str, int]] = []
        self.keywords: list[tuple[str, int]] = []
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, int, int]]] = {}
        self.message_words: dict[str, int] = {}
        self.words_of: dict[str, tuple[str, ...]] = {}

    def stem_of(self, word: str) -> str:
        token = self.stems.get(word)
        if token is None:
            token = self.stems[word] = stem(word)
        return token

    def add(self, index: int, field: int, text: str) -> None:
        found = self.words_of.get(text)
        if found is None:  # the same texts recur (header names, vendor names, spec titles)
            found = self.words_of[text] = tuple(dict.fromkeys(words(text)))  # each word once
        self.add_words(index, field, found)

    def add_words(self, index: int, field: int, found: Iterable[str]) -> None:
        for word in found:
            if has_cjk(word):
                self.cjk.setdefault(index, []).append((int(field), word))
                continue
            hits = self.postings.setdefault(self.stem_of(word), {})
            if field < hits.get(index, NOT_FOUND):
                hits[index] = int(field)

    def tokens(self, text: str) -> tuple[str, ...]:
        # Read as a query is read, so that a paste holding the phrase holds the same stems.
        return tuple(self.stem_of(w) for w in query_words(text) if not has_cjk(w))

    def phrase(self, index: int, field: int, text: str, rank: int = 0) -> None:
        self.add_phrase(index, field, self.tokens(text), rank)

    def add_phrase(self, index: int, field: int, tokens: tuple[str, ...], rank: int) -> None:
        if tokens:
            self.phrases.setdefault(tokens[0], []).append((tokens, index, int(field), rank))

    def name(self, index: int, text: str) -> None:
        self.exact.setdefault(squash(text), set()).add(index)

    def entry(self, index: int, entry: Entry, class_text: str) -> None:
        self.add(index, Field.NAME, f"{entry.code} {entry.name}")
        self.phrase(index, Field.NAME, entry.name)
        names = [entry.name, entry.title]
        if entry.phrase:
            names.append(entry.phrase)
        for former in entry.former_phrases:
            self.add(index, Field.FORMER, former)
            self.phrase(index, Field.FORMER, former)
            names.append(former)
        for constant in entry.constants:
            for name in (constant.name, *constant.aliases):
                self.add(index, Field.CONSTANT, split_identifier(name))
                names.extend((name, bare_name(name)))
        for name in names:
            self.name(index, name)
        self.squashed.append((squash(entry.name), index))
        for keyword in entry.keywords:
            self.add(index, Field.KEYWORD, keyword)
            self.phrase(index, Field.KEYWORD, keyword)
            self.keywords.append((fold(keyword), index))
        if entry.origin:
            self.add(index, Field.ORIGIN, entry.origin)
        if entry.vendor:
            # What the vendor does is a description, not a name: "not found in httpd
            # source" is no reason to offer Apache's 218 for "not found".
            self.add(index, Field.SUMMARY, entry.vendor.detail)
        for spec in entry.specs:
            self.add(index, Field.SPEC, spec.title)
        if entry.introduced.spec:
            self.add(index, Field.SPEC, entry.introduced.spec)
        self.add(index, Field.CLASS, class_text)
        self.add(index, Field.SUMMARY, entry.summary)
        self.add(index, Field.DESCRIPTION, entry.description)
        if entry.history:
            self.add(index, Field.DESCRIPTION, entry.history)
        for header in entry.headers:
            self.add(index, Field.DESCRIPTION, header.name)

    def extra(self, index: int, kind: str, text: str) -> None:
        if kind == "name":
            self.add(index, Field.NAME, text)
            self.name(index, text)
            self.squashed.append((squash(text), index))
        elif kind == "keyword":
            self.add(index, Field.KEYWORD, text)
            self.keywords.append((fold(text), index))
        elif kind == "summary":
            self.add(index, Field.SUMMARY, text)
        else:
            self.add(index, Field.DESCRIPTION, text)

    def message(self, message: Message, positions: Sequence[int]) -> None:
        # Read each text once, then file it under every entry the message points at.
        texts: list[tuple[str, tuple[str, ...]]] = []
        for text in message.texts:
            texts.append((text, self.tokens(text)))
            bare = bare_name(text)
            if bare != text and _IDENTIFIER.pattern.match(bare):
                texts.append((bare, self.tokens(bare)))
        # Its words are not indexed one by one: "bad" of one message and "gateway" of another
        # are no evidence for "bad gateway". Counted instead, to tell a rare word
        # ("econnrefused") from one that many messages share ("exception").
        for token in {t for _, tokens in texts for t in tokens}:
            self.message_words[token] = self.message_words.get(token, 0) + 1
        for rank, index in enumerate(positions):
            for text, tokens in texts:
                self.name(index, text)
                self.add_phrase(index, Field.MESSAGE, tokens, rank)


def bare_name(name: str) -> str:
    """A qualified name without its qualifier: ``SC_FORBIDDEN`` for
    ``HttpServletResponse.SC_FORBIDDEN``, ``ERR_TOO_MANY_REDIRECTS`` for
    ``net::ERR_TOO_MANY_REDIRECTS``."""
    return name.rsplit("::", 1)[-1].rsplit(".", 1)[-1].rsplit("\\", 1)[-1]


def build_index(
    entries: Sequence[Entry],
    classes: Iterable[StatusClass] = (),
    extra_texts: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    messages: Iterable[Message] = (),
) -> SearchIndex:
    """Index the entries; messages are indexed under the entries they point at (a message
    pointing at an id that is not there is skipped for that id)."""
    builder = _Builder()
    class_words = {c.key: f"{c.key} {c.name}" for c in classes}
    position = {entry.id: i for i, entry in enumerate(entries)}
    for index, entry in enumerate(entries):
        builder.entry(index, entry, class_words.get(entry.class_key, entry.class_key))
        for kind, text in (extra_texts or {}).get(entry.id, ()):
            builder.extra(index, kind, text)
    for message in messages:
        builder.message(message, [position[c] for c in message.codes if c in position])
    by_code: dict[int, list[int]] = {}
    for index, entry in enumerate(entries):
        by_code.setdefault(entry.code, []).append(index)
    postings = builder.postings
    return SearchIndex(
        version=INDEX_VERSION,
        postings=postings,
        cjk=builder.cjk,
        exact_names={name: sorted(found) for name, found in builder.exact.items()},
        squashed_names=sorted(builder.squashed),
        keywords=builder.keywords,
        phrases=builder.phrases,
        vocabulary=sorted(postings),
        fuzzy_vocabulary=sorted(
            token
            for token, hits in postings.items()
            if min(hits.values()) <= FUZZY_FIELDS and not token.isdigit()
        ),
        by_code=by_code,
        message_words=builder.message_words,
    )


_PLAIN_SCALARS: Final = (str, int, float, bool, bytes, type(None))


def plain_data(value: Any) -> Any:
    """``value`` with named tuples turned into tuples, for marshal. Raises TypeError for
    anything but dicts, lists, tuples, sets, str, bytes, int, float, bool and None."""
    if isinstance(value, _PLAIN_SCALARS):
        return value
    if isinstance(value, dict):
        return {plain_data(k): plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_data(v) for v in value]
    if isinstance(value, tuple):
        return tuple([plain_data(v) for v in value])
    if isinstance(value, frozenset):
        return frozenset([plain_data(v) for v in value])
    if isinstance(value, set):
        return {plain_data(v) for v in value}
    raise TypeError(f"cannot store a {type(value).__name__} in the index cache")
