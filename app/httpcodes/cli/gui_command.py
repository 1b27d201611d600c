"""``httpcodes gui``: hand the parsed options to the window, importing Qt only now."""

from __future__ import annotations

import gc

# typing is not imported before the collector is paused: see run_gui.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from httpcodes.cli.main import Options


def run_gui(options: Options) -> int:
    """Start the window; return its exit status."""
    # Start-up allocates a few hundred thousand objects that all stay (Qt's bindings, the
    # catalogue, the widgets): the cyclic garbage collector's passes over them cost it about
    # 10 ms. It is paused from here, before anything of the window is imported, and back on
    # once the window is up (httpcodes.gui.app), with those objects frozen out of its way.
    gc.disable()
    try:
        from httpcodes.gui.app import run

        return run(options)
    finally:
        gc.enable()
