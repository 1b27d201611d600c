"""What the window is asked to do when it starts: a typed record of its own, so that the
window never reads the terminal command's argparse namespace (``cli/gui_command.py``
converts it into this). A record (``httpcodes.records``), not a dataclass: building a
dataclass, and importing ``dataclasses``, cost the window's start a few milliseconds."""

from __future__ import annotations

from httpcodes.records import Record


class LaunchOptions(Record):
    """How to open the window. Every field has the value of a plain ``httpcodes`` start."""

    target: tuple[str, ...] = ()  # a code to open, or words to search
    select: str | None = None
    query: str | None = None
    theme: str | None = None
    lang: str | None = None
    catalogues: tuple[str, ...] = ()
    size: tuple[int, int] | None = None
    screenshot: str | None = None
    quit_after_paint: bool = False
    new_window: bool = False  # issue 11
    summon: bool = False  # issue 11
    view: str | None = None  # "guide" | "compare" | "explain" (issues 12, 13)
    view_argument: tuple[str, ...] = ()  # e.g. the codes of --compare
