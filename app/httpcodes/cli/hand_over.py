"""Hand ``httpcodes gui ...`` to the window already running on this display, if there is one.

Runs before anything of the window is imported (httpcodes.instance); Qt is never loaded on
this path, so a hand-over costs about what ``python -c pass`` does."""

from __future__ import annotations

import os

# No ``typing`` on the hand-over path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from httpcodes.cli.main import Options

# Set by the benchmarks and the smoke test for windows that must be their own.
QUIT_AFTER_PAINT_VARIABLE = "HTTPCODES_QUIT_AFTER_PAINT"


def request_for(options: Options) -> tuple[str, list[str]] | None:
    """The request that ``options`` make of a running window, or None when they ask for a
    window of their own: ``--new-window``, a screenshot, or options that set up a window
    (theme, size, language, extra catalogues), which a running one would not honour."""
    if (
        getattr(options, "new_window", False)
        or options.screenshot
        or options.quit_after_paint
        or os.environ.get(QUIT_AFTER_PAINT_VARIABLE)
        or options.theme
        or options.size
        or options.lang
        or options.catalogue
    ):
        return None
    if getattr(options, "summon", False):
        return "summon", []
    view = getattr(options, "view", None)
    if view:
        return "view", [view, *getattr(options, "view_argument", ())]
    if options.query:
        return "search", [options.query]
    if options.select:
        return "show", [options.select]
    return "show", list(options.target or ())


def try_hand_over(options: Options) -> bool:
    """True when a running window took the request (the caller exits 0 then)."""
    request = request_for(options)
    if request is None:
        return False
    from httpcodes.instance.client import hand_over

    return hand_over(*request)
