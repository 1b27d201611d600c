"""Immutable records: ``typing.NamedTuple`` to the type checker, a plain named tuple at run time.

Importing ``typing`` (and the ``re``, ``enum`` and ``functools`` it brings) cost ``httpcodes
show 404`` as much as everything else it does, so the terminal command's path never imports
it. A class written ``class Entry(Record)`` with annotated fields becomes exactly what
``typing.NamedTuple`` makes of it: a ``collections.namedtuple`` of those fields, in that order,
with the class's defaults, docstring, methods and properties. Modules on that path write
annotations as strings (``from __future__ import annotations``) and import what they name
from ``typing`` only under ``if TYPE_CHECKING:``, with ``TYPE_CHECKING = False`` of their own.
"""

from __future__ import annotations

__all__ = ["Record"]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    from collections import namedtuple

    # What a class body holds besides fields and members: never copied onto the record.
    _CLASS_MACHINERY = frozenset({"__module__", "__qualname__", "__annotations__"})

    class _RecordType(type):
        def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, object]) -> type:
            if not bases:  # Record itself
                return super().__new__(mcs, name, bases, namespace)
            fields = tuple(namespace.get("__annotations__", {}))
            defaults = [namespace[field] for field in fields if field in namespace]
            if any(field not in namespace for field in fields[len(fields) - len(defaults) :]):
                raise TypeError(f"{name}: a field without a default follows one with a default")
            record = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            record.__qualname__ = str(namespace["__qualname__"])
            for key, value in namespace.items():
                if key not in fields and key not in _CLASS_MACHINERY:
                    setattr(record, key, value)
            return record

    class Record(metaclass=_RecordType):
        """Base of the records: its subclasses are named tuples."""
