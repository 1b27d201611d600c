"""The one error a catalogue file can raise; small, so that importing it costs nothing."""

from __future__ import annotations


class CatalogueError(ValueError):
    """A data file breaks the schema. ``str()`` is one line naming file, entry and field."""

    def __init__(self, file: str, entry: str | None, field: str | None, problem: str) -> None:
        self.file = file
        self.entry = entry
        self.field = field
        self.problem = problem
        where = file
        if entry is not None:
            where += f": entry {entry}"
        if field is not None:
            where += f": field '{field}'"
        super().__init__(f"{where}: {problem}")
