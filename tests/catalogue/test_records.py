"""Records behave as typing.NamedTuple classes do, without importing typing at run time."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from httpcodes.records import Record


class Point(Record):
    """A point on a line, with a label."""

    x: int
    label: str = "origin"
    tags: tuple[str, ...] = ()

    @property
    def shouted(self) -> str:
        return self.label.upper()

    def moved(self, by: int) -> Point:
        return self._replace(x=self.x + by)


class TypedPoint(NamedTuple):
    x: int
    label: str = "origin"
    tags: tuple[str, ...] = ()


def test_a_record_is_the_named_tuple_typing_would_make() -> None:
    point = Point(3)
    assert point == (3, "origin", ())
    assert isinstance(point, tuple)
    assert Point._fields == TypedPoint._fields
    assert Point._field_defaults == TypedPoint._field_defaults
    assert repr(point) == "Point(x=3, label='origin', tags=())"
    assert point.shouted == "ORIGIN"
    assert point.moved(2) == Point(5)
    assert Point(1, "a") != Point(1, "b")
    assert hash(Point(1)) == hash(Point(1))
    assert Point.__doc__ == "A point on a line, with a label."
    assert Point.__module__ == __name__
    assert Point.__qualname__ == "Point"
    with pytest.raises(AttributeError):
        point.x = 4  # type: ignore[misc]


def test_a_field_without_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="follows one with a default"):

        class Broken(Record):
            a: int = 0
            b: int
