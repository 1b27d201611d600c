"""``httpcodes gui``: hand the parsed options to the window, importing Qt only now."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from httpcodes.cli.main import Options


def run_gui(options: Options) -> int:
    """Start the window; return its exit status."""
    from httpcodes.gui.app import run

    return run(options)
