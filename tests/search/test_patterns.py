"""The plain tests in front of the search's regular expressions (httpcodes.search.patterns):
each says "cannot match" only where the expression indeed finds nothing, so results are the
same as when every expression ran; and a plain query runs none of them."""

from __future__ import annotations

import re
import subprocess

from hypothesis import given, settings
from hypothesis import strategies as st

from httpcodes.search import paste, text
from httpcodes.search.patterns import has_decimal, may_hold_capital
from tests.cli_runner import run_unmeasured_python

# Text that exercises the expressions: ASCII with their marks and words, and the characters
# case-insensitive matching treats specially (dotless i, long s, Kelvin sign, Arabic digits).
_PIECES = st.sampled_from(
    (
        "find|found|locate|can't|could not|won\u2019t|be|replied|returned|answered|error|code|"
        ":|=|<code>|</code>|Not Found|f\u0131nd|\u017ftatus|\u212a|\u0660|404|4|xx| |  |.|/|@|"
        "?|\\|Http404|RateLimit|rate limit|é|限流|\n"
    ).split("|")
)
_TEXTS = st.lists(_PIECES | st.text(max_size=6), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_no_test_says_cannot_where_the_expression_matches(sample: str) -> None:
    if re.search(r"[\d/:@?\\]|\.[a-z]", sample, re.IGNORECASE):
        assert has_decimal(sample) or any(mark in sample for mark in "/:@?\\.")
    if re.search(r"\d", sample):
        assert has_decimal(sample)
    if re.search(r"[A-Z]", sample):
        assert may_hold_capital(sample)
    if text._NEGATED_FIND.pattern.search(sample):
        assert text._may_say_not_found(sample)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_the_query_rules_give_what_the_expressions_gave(sample: str) -> None:
    folded = text.fold(sample)
    if folded.isascii():
        expected = re.sub(r"[^0-9a-z]+", " ", folded).strip()
        assert folded == expected
    compact = folded.replace(" ", "")
    assert text.is_code_prefix(compact) == bool(re.match(r"^[1-5][0-9]{0,2}$", compact))
    assert text.is_code_word(compact) == bool(re.match(r"^[1-5][0-9]{2}$", compact))
    named_class = re.match(r"^([1-5])\s*xx$", folded)
    assert text.class_digit(folded) == (int(named_class.group(1)) if named_class else None)
    # Every expression run as it used to, without the tests in front.
    old_words = re.sub(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", " ", folded).split()
    assert text.words(sample) == old_words
    assert paste.capitalised(sample) == frozenset(
        text.stem(m.group(0).casefold())
        for m in re.finditer(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\b", sample[:400])
        if _inside_a_line(sample, m.start())
    )
    assert paste.named_values(sample) == [
        *(
            (m.group(1) or m.group(3), True)
            for m in paste._NAMED_VALUE.pattern.finditer(sample, 0, 400)
        ),
        *((m.group(1), False) for m in paste._REPLIED.pattern.finditer(sample, 0, 400)),
    ]


def _inside_a_line(sample: str, start: int) -> bool:
    before = start - 1
    while before >= 0 and sample[before] in " \t":
        before -= 1
    return before >= 0 and sample[before] not in ".!?\r\n"


@given(_TEXTS)
def test_query_words_are_the_same_with_the_tests_as_without(sample: str) -> None:
    unguarded = sample[: text.MAX_QUERY_CHARS]
    if len(unguarded) > 6:
        if text._MAY_BE_NOISE.pattern.search(unguarded):
            unguarded = text._NOISE.pattern.sub(" ", unguarded)
        unguarded = text._NEGATED_FIND.pattern.sub(" not found ", unguarded)
    unguarded = text._CAMEL.pattern.sub(" ", text._GLUED.pattern.sub(text._unglue, unguarded))
    expected = text.query_words(unguarded)  # its own tests find nothing left to do
    assert text.query_words(sample) == expected


_PLAIN_QUERY = """
import sys
from httpcodes.cli.main import main
status = main(["search", "rate limit"])
print(status, "re" in sys.modules, "enum" in sys.modules, "functools" in sys.modules,
      file=sys.stderr)
"""


def test_a_plain_query_from_the_terminal_imports_no_regular_expressions() -> None:
    def search() -> subprocess.CompletedProcess[str]:
        return run_unmeasured_python(_PLAIN_QUERY)

    # The first run builds the index (and its expressions); the next ones read it.
    first = search()
    assert first.stderr.split() == ["0", "True", "True", "True"], first.stderr[-500:]
    result = search()
    assert "429" in result.stdout
    assert result.stdout == first.stdout
    assert result.stderr.split() == ["0", "False", "False", "False"], result.stderr[-500:]
