"""Remembered results without ``functools``: importing it (with the ``collections`` parts it
brings) costs the terminal commands half a millisecond of their 20 to 40.

``cache`` is ``functools.cache`` to the type checker and a dictionary of results at run time,
with the same ``cache_clear``; ``remember`` keeps a bounded number of a one-argument
function's results, forgetting the oldest first.
"""

from __future__ import annotations

__all__ = ["cache", "remember"]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Hashable
    from functools import cache as cache
    from typing import TypeVar

    Key = TypeVar("Key", bound=Hashable)
    Result = TypeVar("Result")
else:

    def cache(function):
        results = {}

        def cached(*arguments):
            try:
                return results[arguments]
            except KeyError:
                value = results[arguments] = function(*arguments)
                return value

        cached.cache_clear = results.clear
        cached.__wrapped__ = function
        cached.__name__ = function.__name__
        cached.__qualname__ = function.__qualname__
        cached.__doc__ = function.__doc__
        return cached


def remember(function: Callable[[Key], Result], size: int) -> Callable[[Key], Result]:
    """``function`` with its last ``size`` results kept."""
    results: dict[Key, Result] = {}

    def remembered(argument: Key) -> Result:
        try:
            return results[argument]
        except KeyError:
            pass
        if len(results) >= size:
            del results[next(iter(results))]
        value = results[argument] = function(argument)
        return value

    return remembered
