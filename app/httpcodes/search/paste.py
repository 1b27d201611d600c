"""What a paste says besides its words: the words every pasted error carries, the words
written as reason phrases are, and the fields and verbs that name the status. Free of Qt."""

from __future__ import annotations

from httpcodes.search.patterns import LazyPattern, may_hold_capital
from httpcodes.search.text import stem

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

# What nearly every pasted error says besides its substance.
FILLER: Final = frozenset(
    "error errors err exception fatal warn warning uncaught unhandled raised thrown".split()
)
# "not accepted" and "no content" do not name 202 and 204 Accepted.
NEGATIONS: Final = frozenset(("not", "no", "never", "nor"))
# A word written as reason phrases are ("Locked", "GONE") after the start of a sentence.
_CAPITALISED: Final = LazyPattern(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\b")


def capitalised(query: str) -> frozenset[str]:
    """The stems of the words a paste writes as reason phrases are written, inside a line
    ("the service said Locked"): a capital at the start of a sentence proves nothing."""
    found: set[str] = set()
    if not may_hold_capital(query):
        return frozenset()
    for match in _CAPITALISED.pattern.finditer(query, 0, 400):
        before = match.start() - 1
        while before >= 0 and query[before] in " \t":
            before -= 1
        if before >= 0 and query[before] not in ".!?\r\n":
            found.add(stem(match.group(0).casefold()))
    return frozenset(found)


# The value of a field that names the error in a JSON body, a log line or an XML error.
_NAMED_VALUE: Final = LazyPattern(
    r"\b(?:error|err|error_?code|error_?type|code|reason|status_?text|title|type)[\"']?\s*[:=]\s*"
    r"[\"']?([A-Za-z][\w .-]{1,60}?)[\"'\s]*(?:[,;}\])&\r\n]|$)|<(code|title|h1)>([^<]{2,60})</\2>",
    ignore_case=True,
)


# What a client says the server answered: "server replied: Unauthorized", "returned Not Found".
_REPLIED: Final = LazyPattern(
    r"\b(?:replied|returned|responded|answered)(?:\s+with)?\s*[:=]?\s*[\"'(]?"
    r"([A-Za-z][A-Za-z' -]{1,40})",
    ignore_case=True,
)
_ANSWERING_VERBS: Final = ("replied", "returned", "responded", "answered")


def named_values(text: str) -> list[tuple[str, bool]]:
    """The values of the fields that name the error (True), and the words after a verb of
    answering (False)."""
    found: list[tuple[str, bool]] = []
    # Every field holds ":", "=" or "<"; beyond ASCII, case-insensitive matching has its own
    # equivalents of the verbs' letters, so such text is always read.
    if any(mark in text for mark in ":=<"):
        found.extend(
            (match.group(1) or match.group(3), True)
            for match in _NAMED_VALUE.pattern.finditer(text, 0, 400)
        )
    lowered = text.lower()
    if not text.isascii() or any(verb in lowered for verb in _ANSWERING_VERBS):
        found.extend((match.group(1), False) for match in _REPLIED.pattern.finditer(text, 0, 400))
    return found
