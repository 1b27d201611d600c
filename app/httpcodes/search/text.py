"""Text normalisation shared by the index and the queries: one function decides what a word is."""

from __future__ import annotations

import unicodedata

from httpcodes.search.patterns import LazyPattern, has_ascii_digit, has_decimal, may_hold_capital

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import re
    from typing import Final

# Words that carry no meaning in a status-code query ("what does http status 404 mean").
STOP_WORDS: Final = frozenset(
    "a an the of to is are was what does do mean means meaning http https status code codes "
    "response responses for in on with and or my i me it this that when why how "
    "be been was were has have had you your we our can could please sorry at by".split()
)
# A pasted log line or exception is read in full; the rest of a huge paste is not.
MAX_QUERY_CHARS: Final = 2000
MAX_QUERY_WORDS: Final = 40

_SPLIT_LETTERS_DIGITS: Final = LazyPattern(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_CAMEL: Final = LazyPattern(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_IDENTIFIER_PARTS: Final = LazyPattern(r"[^0-9A-Za-z]+")
# ASCII text (nearly every query) needs no expression to fold: every character but a letter
# or a digit becomes a space, and runs of them one.
_WORD_CHARACTERS: Final = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")
_ASCII_NON_WORD_TO_SPACE: Final = {
    code: " " for code in range(128) if chr(code) not in _WORD_CHARACTERS
}
# The Han range costs milliseconds to compile (the regular expression compiler expands it
# into a table of 65,536 places, in Python): only text that is not ASCII needs these.
_APOSTROPHES: Final = LazyPattern(r"['\u2019`]")
_NON_WORD: Final = LazyPattern(r"[^0-9a-z\u3400-\u9fff]+")
_CJK: Final = LazyPattern(r"[\u3400-\u9fff]")


def has_cjk(text: str) -> bool:
    """True when the text holds Han characters."""
    return not text.isascii() and _CJK.pattern.search(text) is not None


def fold(text: str) -> str:
    """Lower case, compatibility-normalised, apostrophes dropped, punctuation to single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        text = text.replace("'", "").replace("`", "")
        return " ".join(text.translate(_ASCII_NON_WORD_TO_SPACE).split())
    text = _APOSTROPHES.pattern.sub("", text)
    return _NON_WORD.pattern.sub(" ", text).strip()


def squash(text: str) -> str:
    """Fold and drop every space: ``HTTP_NOT_FOUND`` and ``http not-found`` both become
    ``httpnotfound``. Used to compare whole names and constants."""
    return fold(text).replace(" ", "")


def split_identifier(name: str) -> str:
    """Turn ``StatusTooManyRequests`` or ``TOO_MANY_REQUESTS`` into ``Status Too Many Requests``
    style words, so that the words of a constant are searchable."""
    parts = _IDENTIFIER_PARTS.pattern.split(name)
    return " ".join(_CAMEL.pattern.sub(" ", part) for part in parts if part)


def stem(word: str) -> str:
    """A deliberately light stemmer: enough that "redirects", "redirected" and "redirecting"
    meet "redirect", and "required" meets "require"."""
    if len(word) <= 3 or not word.isascii() or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """The folded words of a text, letters and digits split apart (``rfc9110`` gives two)."""
    folded = fold(text)
    if has_ascii_digit(folded):
        folded = _SPLIT_LETTERS_DIGITS.pattern.sub(" ", folded)
    return folded.split()


# What a pasted log line or message carries that says nothing about the status: addresses,
# times, paths, ids and sizes. Each is replaced by a space before the words are read.
_NOISE_SOURCE: Final = "|".join(
    (
        # a place in source code ("index.js:103:22", "(Foo.java:88)", "<anonymous>:3:15"):
        # a line number in the code range is no status
        r"\b[\w$-]+\.(?:[cm]?js|jsx?|tsx?|py|java|kt|go|rb|php|cs|rs|scala|swift|cc?|cpp|h|exs?)"
        r"(?::\d+){1,2}\b|>:\d+:\d+\b",
        r"\b[a-z][a-z0-9+.-]*://\S*",  # URLs
        r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
        r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b",  # IPv4, with a port
        r"\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b",  # IPv6 (and clock times)
        r"(?-i:\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b)(?![.(])",  # host and module names
        r"\b\d{4}[-/]\d{2}[-/]\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?"
        r"(?:z|[+-]\d{2}:?\d{2})?",  # ISO and nginx dates
        r"\b\d{1,2}/[a-z]{3}/\d{4}(?::\d{2}){3}(?:\s*[+-]\d{4})?",  # access-log dates
        r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:\d{1,2}\s+)?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,4}"
        r"(?:\s+\d{1,4})?(?:\s+[\d:.]+)?(?:\s+(?:gmt|utc|\d{4}))?",  # HTTP and log dates
        r"\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b",  # clock times
        # errno ("(104)Connection reset", "(110: Connection timed out)"), not "(404) Not Found"
        r"\(\d+\)(?=[A-Za-z])|\((?![1-5]\d\d\))\d+\)|\(\d+:\s",
        r"\b(?![1-5]\d\d\.\d{1,2}\b)\d+\.\d+\b",  # decimals (not IIS's 500.19)
        r"(?<![\w/])(?:/[\w.~%@+$!=,;-]*){2,}(?:\?\S*|(?::\d+){1,2}\b)?",  # paths (at a line)
        r"\b[a-z]:\\\S*",  # Windows paths
        r"(?<![\w/])/[\w.~%@+$-]+\.\w+(?:\?\S*)?",  # a file at the root
        r"\?[\w.%-]+=\S*",  # query strings
        r"\b(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])[0-9a-f-]{8,}\b",  # hex ids, UUIDs
        # request ids and tokens (not Status404NotFound: an id has more digits)
        r"\b(?=(?:[a-z]*\d){4})(?=[a-z0-9]*[a-z])[a-z0-9]{16,}\b",
        r"\b\d+#\d+:?|\*\d+\b|\bpid\s*=?\s*\d+",  # nginx process and connection ids
        r"(?<![\w&])#\d+\b",  # an issue, a record or an API's own error number ("(#100)")
        # a system error number ("[Errno 104]", "errno: -111", "os error 104"), not a status
        r"\[errno\s*-?\d+\]|\berrno\s*[:=]\s*-?\d+|\bos error \d+",
        r"\b\d+(?:\.\d+)?\s?(?:bytes?|[kmgt]i?b|ms|µs|us|ns|sec|seconds?)\b",  # sizes
    )
)
# Compiling it costs about 6 ms, most of what ``httpcodes search`` spends on its own: it is
# compiled the first time a text may hold noise, which a plain query never does.
_NOISE: Final = LazyPattern(_NOISE_SOURCE, ignore_case=True)


# Numbers that stay words after the noise has gone: a code, or what a spec or error number
# is called by ("rfc 9110", "error 1020").
_NUMBER_LEADS: Final = frozenset(("rfc", "error", "errno", "code", "status", "ah"))
# ... and words after which a number in the code range is a count, a position or a size:
# "line 404" of a traceback, "port 443", "Requested 500" tokens, "retry after 300".
_NOT_CODE_LEADS: Final = frozenset(
    "line lines port pid tid requested used limit remaining size length max min id version "
    "attempt attempts after count total page row column col offset items took wait tokens "
    "bytes".split()
)


# Every kind of noise holds one of these; most names and phrases hold none, and the big
# expression above is worth skipping for them.
_MAY_BE_NOISE: Final = LazyPattern(r"[\d/:@?\\]|\.[a-z]", ignore_case=True)
_NOISE_MARKS: Final = "/:@?\\."


# A number glued to letters is a code only after a word that names one ("E404", "Http404",
# "rfc9110", "AH00128"); in "x509", "sha256" or "utf8" it is part of a name.
_GLUED: Final = LazyPattern(r"\b([A-Za-z]+)(\d+)\b")
_GLUED_LEADS: Final = frozenset(("e", "err", "error", "http", "status", "code", "sc", "rfc", "ah"))


def _unglue(match: re.Match[str]) -> str:
    letters = match.group(1)
    return match.group(0) if letters.lower() in _GLUED_LEADS else letters


def strip_noise(text: str) -> str:
    """The text without the addresses, times, paths, ids and sizes a paste carries."""
    if not has_decimal(text) and not any(mark in text for mark in _NOISE_MARKS):
        return text
    if _MAY_BE_NOISE.pattern.search(text) is None:
        return text
    return _NOISE.pattern.sub(" ", text)


# "can't be found", "could not find", "cannot be located": the way people say "not found"
# ("unable to find" is left alone: "unable to find valid certification path" is TLS's).
_NEGATED_FIND: Final = LazyPattern(
    r"\b(?:can\s*not|can[\'\u2019]?t|could\s*not|couldn[\'\u2019]?t|won[\'\u2019]?t)\s+"
    r"(?:be\s+)?(?:find|found|locate|located)\b",
    ignore_case=True,
)


def _may_say_not_found(text: str) -> bool:
    """False when ``_NEGATED_FIND`` cannot match. Beyond ASCII, case-insensitive matching
    has its own equivalents (the dotless i for "i"): such text is always tried."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return "find" in lowered or "found" in lowered or "locate" in lowered


def query_words(text: str) -> list[str]:
    """The meaningful words of a query, trimmed to a sane number: noise removed, identifiers
    split (``HttpMediaTypeNotSupportedException``), and numbers kept only where they can be
    a code or are named by the word before (``rfc 9110``, ``error 1020``)."""
    text = text[:MAX_QUERY_CHARS]
    if len(text) > 6:  # a short query is being typed; noise comes with pastes
        text = strip_noise(text)
        if _may_say_not_found(text):
            text = _NEGATED_FIND.pattern.sub(" not found ", text)
    if has_decimal(text):
        text = _GLUED.pattern.sub(_unglue, text)
    if may_hold_capital(text):
        text = _CAMEL.pattern.sub(" ", text)
    found: list[str] = []
    previous = ""
    for word in words(text):
        keep = word not in STOP_WORDS
        if keep and word.isdigit():
            keep = (len(word) == 3 and word[0] in "12345" and previous not in _NOT_CODE_LEADS) or (
                previous in _NUMBER_LEADS and len(word) <= 5
            )
        if keep:
            found.append(word)
            if len(found) == MAX_QUERY_WORDS:
                break
        previous = word
    return found


def within_distance(a: str, b: str, limit: int) -> bool:
    """True when ``a`` becomes ``b`` in at most ``limit`` insertions, deletions,
    substitutions or swaps of neighbours (optimal string alignment)."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        row_min = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            row_min = min(row_min, value)
        if row_min > limit:
            return False
        previous2, previous = previous, current
    return previous[len(b)] <= limit


def typo_allowance(word: str) -> int:
    """How many typos a word may carry and still match: none for short words, where a typo
    is more likely another word, one from five letters, two from eight."""
    if len(word) >= 8:
        return 2
    if len(word) >= 5:
        return 1
    return 0


# The shape of a whole query, told before its words are read: a code being typed, or a class.


def is_code_prefix(compact: str) -> bool:
    """One to three digits that begin a status code: "4", "40", "404"."""
    return (
        0 < len(compact) <= 3 and compact[0] in "12345" and compact.isascii() and compact.isdigit()
    )


def class_digit(folded: str) -> int | None:
    """The class a folded query names ("4xx", "4 xx"), or None."""
    # Between the digit and "xx" only spaces: a folded text has no other white space.
    if len(folded) < 3 or folded[0] not in "12345" or not folded.endswith("xx"):
        return None
    return None if folded[1:-2].strip(" ") else int(folded[0])


def is_code_word(term: str) -> bool:
    """Three digits in the range of status codes."""
    return len(term) == 3 and is_code_prefix(term)
