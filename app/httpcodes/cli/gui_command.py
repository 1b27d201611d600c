"""``httpcodes gui``: hand the parsed options to the window, importing Qt only now."""

from __future__ import annotations

import argparse


def run_gui(options: argparse.Namespace) -> int:
    """Start the window; return its exit status."""
    from httpcodes.gui.app import run

    return run(options)
