"""Remembered results without functools (httpcodes.memo)."""

from __future__ import annotations

from httpcodes.memo import cache, remember


def test_cache_computes_once_per_arguments_until_cleared() -> None:
    calls: list[tuple[int, int]] = []

    @cache
    def add(a: int, b: int) -> int:
        """Adds."""
        calls.append((a, b))
        return a + b

    assert add(1, 2) == add(1, 2) == 3
    assert add(2, 1) == 3
    assert calls == [(1, 2), (2, 1)]
    add.cache_clear()
    assert add(1, 2) == 3
    assert calls == [(1, 2), (2, 1), (1, 2)]
    assert add.__name__ == "add"
    assert add.__doc__ == "Adds."


def test_remember_keeps_the_newest_results_and_forgets_the_oldest() -> None:
    calls: list[str] = []

    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    remembered = remember(shout, 2)
    assert [remembered(w) for w in ("a", "b", "a", "c", "a", "b")] == list("ABACAB")
    # "a" and "b" were kept; "c" pushed out "a" (the oldest), then "a" pushed out "b".
    assert calls == ["a", "b", "c", "a", "b"]
    remembered.cache_clear()
    remembered("c")
    assert calls[-1] == "c"
