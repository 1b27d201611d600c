"""Reading the fields of one JSON object of the catalogue's data, where every problem becomes
a CatalogueError naming the file, the entry and the field.

The schema's checks (``schema``, ``schema_built_in``) are written with this reader, so that a
broken data file (ours or a user's) is found in one reading of the message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar, cast

from httpcodes.catalogue.errors import CatalogueError

T = TypeVar("T")

MAX_TEXT: Final = 20_000


class FieldReader:
    """Reads fields of one JSON object, raising CatalogueError with full context."""

    def __init__(self, file: str, entry: str | None, raw: object, prefix: str = "") -> None:
        self.file = file
        self.entry = entry
        self.prefix = prefix
        # JSON gives dicts: the exact check first spares the ABC's slower one (a first start
        # checks some 1,900 objects before the window can show).
        if type(raw) is not dict and not isinstance(raw, Mapping):
            raise self.error(None, f"expected an object, got {json_type_name(raw)}")
        self.raw = cast(Mapping[str, Any], raw)

    def error(self, key: str | None, problem: str) -> CatalogueError:
        field = f"{self.prefix}{key}" if key is not None else (self.prefix.rstrip(".") or None)
        return CatalogueError(self.file, self.entry, field, problem)

    def child(self, key: str, raw: object) -> FieldReader:
        return FieldReader(self.file, self.entry, raw, f"{self.prefix}{key}.")

    def has(self, key: str) -> bool:
        return key in self.raw

    def value(self, key: str, required: bool) -> Any:
        if key not in self.raw:
            if required:
                raise self.error(key, "missing")
            return None
        return self.raw[key]

    def text(self, key: str, required: bool = True, nullable: bool = False) -> str | None:
        value = self.value(key, required)
        if value is None:
            if key in self.raw and not nullable:
                raise self.error(key, "must not be null")
            return None
        if not isinstance(value, str):
            raise self.error(key, f"expected text, got {json_type_name(value)}")
        if not value or value.isspace():  # as ``not value.strip()``, without a copy
            raise self.error(key, "must not be empty")
        if len(value) > MAX_TEXT:
            raise self.error(key, f"longer than {MAX_TEXT} characters")
        return value

    def required_text(self, key: str) -> str:
        value = self.text(key)
        assert value is not None
        return value

    def integer(self, key: str, low: int, high: int, required: bool = True) -> int | None:
        value = self.value(key, required)
        if value is None:
            if key in self.raw and required:
                raise self.error(key, "must not be null")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"expected a whole number, got {json_type_name(value)}")
        if not low <= value <= high:
            raise self.error(key, f"{value} is out of range {low}-{high}")
        return value

    def boolean(self, key: str, required: bool = True) -> bool:
        value = self.value(key, required)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {json_type_name(value)}")
        return value

    def choice(self, key: str, choices: tuple[T, ...], required: bool = True) -> T | None:
        value = self.value(key, required)
        if value is None and not required:
            return None
        if value not in choices:
            allowed = ", ".join(str(c) for c in choices)
            raise self.error(key, f"{value!r} is not one of: {allowed}")
        return cast(T, value)

    def items(self, key: str, required: bool = True) -> list[Any]:
        value = self.value(key, required)
        if value is None:
            if key in self.raw:
                raise self.error(key, "must be a list, not null")
            return []
        if not isinstance(value, list):
            raise self.error(key, f"expected a list, got {json_type_name(value)}")
        return value

    def texts(self, key: str, required: bool = True) -> tuple[str, ...]:
        result: list[str] = []
        for index, item in enumerate(self.items(key, required)):
            if not isinstance(item, str) or not item.strip():
                raise self.error(f"{key}[{index}]", "expected non-empty text")
            result.append(item)
        return tuple(result)

    def objects(
        self, key: str, parse: Callable[[FieldReader], T], required: bool = True
    ) -> tuple[T, ...]:
        return tuple(
            parse(self.child(f"{key}[{index}]", item))
            for index, item in enumerate(self.items(key, required))
        )

    def unknown_keys(self, known: tuple[str, ...]) -> None:
        for key in self.raw:
            if key not in known:
                raise self.error(key, "unknown field")


def json_type_name(value: object) -> str:
    """What a JSON value is, in the words of an error message ("a list", "true/false")."""
    if value is None:
        return "null"
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)
