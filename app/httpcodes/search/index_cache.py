"""The built search index, kept in the user's cache folder beside the compiled catalogue.

Indexing every entry in both languages costs ``httpcodes search`` most of its run; the
engine's index as plain data (``SearchEngine.state()``) loads with ``marshal`` in a fraction
of that. The stored copy is keyed by everything the index is made from, so a change to any of
them rebuilds it:

- the program's version and this file's format;
- the source of the engine, its index and its text rules (a CRC of ``engine.py``,
  ``phrase_evidence.py``, ``index.py``, ``text.py`` and ``patterns.py``; in the frozen
  program, which has no sources, the executable's size and time);
- the size and time of every built-in data file, translations included;
- the size and time of the user's own catalogue files, and the ids of the entries indexed, in
  order (the index refers to entries by position).

A missing, stale or damaged copy is rebuilt; if the cache folder cannot be written, the index
is built every time. Nothing here imports Qt."""

from __future__ import annotations

import marshal
import os
import sys

from httpcodes import __version__
from httpcodes.paths import cache_dir
from httpcodes.resources import resource_path
from httpcodes.search import engine as engine_module
from httpcodes.search import index as index_module
from httpcodes.search import patterns as patterns_module
from httpcodes.search import phrase_evidence as phrase_evidence_module
from httpcodes.search import text as text_module
from httpcodes.search.engine import SearchEngine

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any, Final

    from httpcodes.catalogue.model import Entry, StatusClass

FORMAT: Final = 2
FILE_NAME: Final = f"search-index-{FORMAT}.marshal"
# Every module whose code shapes what is stored: phrase_evidence builds _keyword_suffixes.
_CODE_MODULES: Final = (
    engine_module,
    phrase_evidence_module,
    index_module,
    text_module,
    patterns_module,
)
BUILT_IN_SOURCE: Final = "built-in"
# Several words, one of them long enough for every kind of match the engine has.
_WARM_UP_QUERY: Final = "warm up the index"


def index_path() -> str:
    """Where the built index is kept."""
    return os.path.join(cache_dir(), FILE_NAME)


def code_fingerprint() -> tuple[Any, ...]:
    """A CRC of the engine's sources; the executable's size and time where there are none."""
    import zlib

    sums: list[Any] = []
    for module in _CODE_MODULES:
        try:
            with open(str(module.__file__), "rb") as stream:
                sums.append(zlib.crc32(stream.read()))
        except OSError:
            info = os.stat(sys.executable)
            sums.append((sys.executable, info.st_size, info.st_mtime_ns))
    return tuple(sums)


def _stats(paths: Iterable[str]) -> tuple[tuple[str, int, int], ...]:
    found: list[tuple[str, int, int]] = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            found.append((path, -1, -1))
        else:
            found.append((path, info.st_size, info.st_mtime_ns))
    return tuple(found)


def _data_files() -> list[str]:
    """Every built-in catalogue and translation file."""
    files: list[str] = []
    for folder in (resource_path("catalogue"), resource_path("catalogue", "i18n")):
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        files.extend(os.path.join(folder, n) for n in names if n.endswith(".json"))
    return files


def user_files(entries: Sequence[Entry]) -> set[str]:
    """The user's own catalogue files the entries come from (each entry names its file)."""
    return {entry.source for entry in entries if entry.source != BUILT_IN_SOURCE}


def index_key(entries: Sequence[Entry], extra_files: Iterable[str] = ()) -> tuple[Any, ...]:
    """What a stored index must match to serve ``entries`` (see the module's docstring)."""
    return (
        FORMAT,
        __version__,
        code_fingerprint(),
        _stats(_data_files()),
        _stats(sorted(user_files(entries).union(extra_files))),
        tuple([entry.id for entry in entries]),
    )


# Parts stored value by value: a query looks up a handful of their keys, and decoding all
# of them (thousands of small dicts and tuples) was most of what a search from the terminal
# spent on its own.
_BY_KEY: Final = frozenset({"_postings", "_phrases", "_keyword_suffixes", "_cjk"})


class _DecodedOnUse(dict):  # type: ignore[type-arg]
    """A stored dict whose values are decoded the first time each is read. Only reading is
    supported, which is all the engine does with its index."""

    def __getitem__(self, key: Any) -> Any:
        value = super().__getitem__(key)
        if type(value) is bytes:
            value = marshal.loads(value)
            super().__setitem__(key, value)
        return value

    def get(self, key: Any, default: Any = None) -> Any:
        return self[key] if key in self else default  # noqa: SIM401 - self.get is this

    def values(self) -> Any:
        return [self[key] for key in self]

    def items(self) -> Any:
        return [(key, self[key]) for key in self]


class _StoredEngine(SearchEngine):
    """An engine over a stored index that decodes each part of it the first time a query
    uses it: a search for English words never pays for the Han text's part, for example."""

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute not yet set: a part not decoded yet, or a real miss.
        parts = self.__dict__.get("_stored_parts")
        if parts is None or name not in parts:
            raise AttributeError(name)
        value = marshal.loads(parts.pop(name))
        if name in _BY_KEY:
            value = _DecodedOnUse(value)
        setattr(self, name, value)
        return value


def _encode(name: str, value: Any) -> bytes:
    if name in _BY_KEY:
        value = {key: marshal.dumps(item) for key, item in value.items()}
    return marshal.dumps(value)


def read_index(key: tuple[Any, ...], entries: Sequence[Entry]) -> SearchEngine | None:
    """The engine from the stored index if it matches ``key``; None otherwise."""
    try:
        with open(index_path(), "rb") as stream:
            stored_key, parts = marshal.loads(stream.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if stored_key != key or not isinstance(parts, dict):
        return None
    return _StoredEngine.from_state(entries, {"_stored_parts": parts})


def write_index(key: tuple[Any, ...], engine: SearchEngine) -> None:
    """Store the engine's index for the next run; quietly does nothing if it cannot."""
    folder = cache_dir()
    path = index_path()
    temporary = os.path.join(folder, f".{FILE_NAME}.{os.getpid()}")
    try:
        # A query first, so that what the engine builds on first use is stored built too.
        engine.search(_WARM_UP_QUERY)
        parts = {name: _encode(name, value) for name, value in engine.state().items()}
        payload = marshal.dumps((key, parts))
        os.makedirs(folder, exist_ok=True)
        with open(temporary, "wb") as stream:
            stream.write(payload)
        os.replace(temporary, path)
    except (OSError, ValueError, TypeError):
        import contextlib  # only on this rare path

        with contextlib.suppress(OSError):
            os.unlink(temporary)


def cached_engine(
    entries: Sequence[Entry], classes: Iterable[StatusClass], extra_files: Iterable[str] = ()
) -> SearchEngine:
    """A search engine over ``entries`` (and every translation's texts), from the stored
    index when it is current, otherwise built and stored. The user's files the entries came
    from are found from the entries; ``extra_files`` adds others to watch."""
    key = index_key(entries, extra_files)
    engine = read_index(key, entries)
    if engine is None:
        from httpcodes.catalogue.i18n import search_texts

        engine = SearchEngine(entries, classes, search_texts())
        write_index(key, engine)
    return engine
