"""Regular expressions compiled, and ``re`` imported, the first time they are used.

``httpcodes search`` runs once per query: importing ``re`` (with the ``enum`` and
``functools`` it brings) and compiling a dozen expressions cost it about 5 ms, a sixth of its
run, though a plain query ("rate limit") needs none of them. Each use of an expression on the
query path is guarded by a plain test that any match needs (a digit, a colon, a capital
letter), so such a query never compiles one.
"""

from __future__ import annotations

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import re

ASCII_DIGITS = "0123456789"


class LazyPattern:
    """A regular expression that is compiled when ``pattern`` is first read."""

    __slots__ = ("_compiled", "ignore_case", "source")

    def __init__(self, source: str, ignore_case: bool = False) -> None:
        self.source = source
        self.ignore_case = ignore_case
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled expression."""
        if self._compiled is None:
            import re

            self._compiled = re.compile(self.source, re.IGNORECASE if self.ignore_case else 0)
        return self._compiled

    def is_compiled(self) -> bool:
        """Whether it has been used (for the tests that keep plain queries free of it)."""
        return self._compiled is not None


def has_ascii_digit(text: str) -> bool:
    """Whether ``[0-9]`` can match anywhere in the text."""
    return any(digit in text for digit in ASCII_DIGITS)


def has_decimal(text: str) -> bool:
    """Whether ``\\d`` (any decimal digit, as ``re`` reads it in text) can match in the text."""
    if text.isascii():
        return has_ascii_digit(text)
    return any(character.isdecimal() for character in text)


def may_hold_capital(text: str) -> bool:
    """False when ``[A-Z]`` cannot match: in a text that lower-casing leaves as it is."""
    return text.lower() != text
