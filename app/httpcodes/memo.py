"""Remembered results without ``functools``: importing it (with the ``collections`` parts it
brings) costs the terminal commands half a millisecond of their 20 to 40.

``cache`` is ``functools.cache`` to the type checker and a dictionary of results at run time,
with the same ``cache_clear`` (arguments by position only: no call here passes a keyword);
``remember`` keeps a bounded number of a one-argument function's results, forgetting the
oldest first.
"""

from __future__ import annotations

__all__ = ["cache", "remember"]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Hashable
    from functools import cache as cache
    from typing import Generic, TypeVar

    Key = TypeVar("Key", bound=Hashable)
    Result = TypeVar("Result")
else:
    # ``remember`` is generic to the type checker only: at run time its base is plain.
    class Generic:
        def __class_getitem__(cls, _parameters):
            return cls

    Key = Result = None

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


class remember(Generic[Key, Result]):  # noqa: N801 - used as a function is
    """``function`` with its last ``size`` results kept; ``cache_clear`` forgets them."""

    def __init__(self, function: Callable[[Key], Result], size: int) -> None:
        self._function = function
        self._size = size
        self._results: dict[Key, Result] = {}

    def __call__(self, argument: Key) -> Result:
        results = self._results
        try:
            return results[argument]
        except KeyError:
            pass
        if len(results) >= self._size:
            del results[next(iter(results))]
        value = results[argument] = self._function(argument)
        return value

    def cache_clear(self) -> None:
        """Forget every kept result."""
        self._results.clear()
