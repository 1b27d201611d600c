"""A compiled copy of the built-in catalogue in the user's cache folder.

Reading and checking the JSON costs the terminal command a quarter of its run; a marshal
file of the already-checked data loads in a tenth of that. The copy is keyed by the data
files' sizes and modification times and by the program's version, so any change to the data
rebuilds it (and re-checks the JSON). A missing, stale or damaged copy is simply rebuilt;
if the cache folder cannot be written, the catalogue is read from JSON every time."""

from __future__ import annotations

import marshal
import os

from httpcodes import __version__
from httpcodes.catalogue.model import (
    Catalogue,
    Constant,
    Entry,
    Example,
    HeaderNote,
    Introduced,
    Redirect,
    RelatedCode,
    Retry,
    SpecLink,
    StatusClass,
    VendorInfo,
)
from httpcodes.paths import cache_dir

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any, Final

FORMAT: Final = 2
FILE_NAME: Final = f"catalogue-{FORMAT}.marshal"
# The records are rebuilt field by field without their constructors' checks, so the copy is
# also keyed by the fields of every record type: changing a type in model.py rebuilds it.
RECORD_TYPES: Final = (
    Entry,
    VendorInfo,
    Introduced,
    SpecLink,
    Retry,
    HeaderNote,
    RelatedCode,
    Example,
    Constant,
    StatusClass,
    Redirect,
)


def source_key(paths: Iterable[str]) -> tuple[Any, ...]:
    """What the cached copy must match: program version, the record types' fields, and each
    data file's size and time."""
    stats = []
    for path in paths:
        info = os.stat(path)
        stats.append((os.path.basename(path), info.st_size, info.st_mtime_ns))
    shapes = tuple(record._fields for record in RECORD_TYPES)
    return (FORMAT, __version__, shapes, tuple(stats))


def _freeze_entry(e: Entry) -> tuple[Any, ...]:
    return (
        e.id,
        e.code,
        e.phrase,
        e.status,
        e.deprecated,
        e.deprecation,
        e.origin,
        tuple(e.vendor) if e.vendor else None,
        e.former_phrases,
        e.history,
        e.summary,
        e.description,
        tuple(e.introduced),
        tuple(tuple(s) for s in e.specs),
        e.heuristically_cacheable,
        tuple(e.retry),
        tuple(tuple(h) for h in e.headers),
        tuple(tuple(r) for r in e.related),
        tuple(e.example) if e.example else None,
        e.keywords,
        tuple(tuple(c) for c in e.constants),
        e.source,
        tuple(e.redirect) if e.redirect else None,
        e.senders,
    )


# tuple.__new__ builds each record straight from its fields: a NamedTuple's own constructor
# goes through Python for each of the thousand or so records (twice as slow in all).
_new: Final = tuple.__new__


def _thaw_entry(t: tuple[Any, ...]) -> Entry:
    return _new(
        Entry,
        (
            *t[:7],
            _new(VendorInfo, t[7]) if t[7] else None,
            *t[8:12],
            _new(Introduced, t[12]),
            tuple([_new(SpecLink, s) for s in t[13]]),
            t[14],
            _new(Retry, t[15]),
            tuple([_new(HeaderNote, h) for h in t[16]]),
            tuple([_new(RelatedCode, r) for r in t[17]]),
            _new(Example, t[18]) if t[18] else None,
            t[19],
            tuple([_new(Constant, c) for c in t[20]]),
            t[21],
            None,  # local_name and text_languages: set by translation, never cached
            (),
            _new(Redirect, t[22]) if t[22] else None,
            t[23],
        ),
    )


def read_cached(key: tuple[Any, ...]) -> Catalogue | None:
    """The cached catalogue if it exists and matches ``key``; None otherwise."""
    path = os.path.join(cache_dir(), FILE_NAME)
    try:
        with open(path, "rb") as stream:
            stored_key, classes, entries = marshal.loads(stream.read())
        if stored_key != key:
            return None
        return Catalogue(
            tuple([_new(StatusClass, c) for c in classes]),
            tuple([_thaw_entry(e) for e in entries]),
        )
    except (OSError, EOFError, ValueError, TypeError, IndexError):
        return None


# While writes are deferred (``defer_writes``), what ``write_cached`` is given waits here.
_deferred: list[tuple[tuple[Any, ...], Catalogue]] | None = None


def defer_writes(deferring: bool) -> list[tuple[tuple[Any, ...], Catalogue]]:
    """Start or stop keeping what ``write_cached`` is given (the window writes the compiled
    copy of a first start after its first frame, not before it); returns what was kept, for
    ``write_cached`` later."""
    global _deferred
    kept, _deferred = _deferred or [], [] if deferring else None
    return kept


def write_cached(key: tuple[Any, ...], catalogue: Catalogue) -> None:
    """Store the catalogue for the next start; quietly does nothing if it cannot."""
    if _deferred is not None:
        _deferred.append((key, catalogue))
        return
    folder = cache_dir()
    payload: Any = (
        key,
        tuple(tuple(c) for c in catalogue.classes),
        tuple(_freeze_entry(e) for e in catalogue.entries),
    )
    temporary = os.path.join(folder, f".{FILE_NAME}.{os.getpid()}")
    try:
        os.makedirs(folder, exist_ok=True)
        with open(temporary, "wb") as stream:
            marshal.dump(payload, stream)
        os.replace(temporary, os.path.join(folder, FILE_NAME))
    except (OSError, ValueError):
        import contextlib  # only on this rare path: the terminal command never needs it

        with contextlib.suppress(OSError):
            os.unlink(temporary)
