"""``httpcodes gui``: turn the parsed options into the window's launch options and start it,
importing Qt only now."""

from __future__ import annotations

import gc

# typing is not imported before the collector is paused: see run_gui.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from httpcodes.cli.main import Options
    from httpcodes.gui.launch import LaunchOptions


def launch_options(options: Options) -> LaunchOptions:
    """The window's launch options from argparse's namespace or the fast path's. An option
    a namespace lacks (a command line argparse read for another command) takes its default."""
    from httpcodes.gui.launch import LaunchOptions

    def get(name: str, default: object = None) -> Any:
        return getattr(options, name, default)

    size = get("size")
    view, view_argument = get("view"), tuple(get("view_argument") or ())
    if get("explain_file"):
        view, view_argument = "explain", (_text_to_explain(get("explain_file")),)
    return LaunchOptions(
        target=tuple(get("target") or ()),
        select=get("select"),
        query=get("query"),
        theme=get("theme"),
        lang=get("lang"),
        catalogues=tuple(get("catalogue") or ()),
        size=tuple(size) if size else None,
        screenshot=get("screenshot"),
        quit_after_paint=bool(get("quit_after_paint", False)),
        new_window=bool(get("new_window", False)),
        summon=bool(get("summon", False)),
        view=view,
        view_argument=view_argument,
    )


def _text_to_explain(path: str) -> str:
    """The text of ``--explain FILE`` ('-': standard input), bounded like ``explain``'s."""
    import sys

    from httpcodes.exits import UsageError
    from httpcodes.explain.report import MAX_BYTES, UnreadableInputError, decode

    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            with open(path, "rb") as stream:
                data = stream.read(MAX_BYTES + 1)
        return decode(data)[0]
    except OSError as error:
        raise UsageError(f"cannot read {path}: {error.strerror}") from None
    except UnreadableInputError as error:
        raise UsageError(f"cannot explain {path}: {error}") from None


def run_gui(options: Options) -> int:
    """Start the window, or hand the request to the one running; return the exit status."""
    from httpcodes.cli.hand_over import try_hand_over

    if try_hand_over(options):
        return 0
    # Start-up allocates a few hundred thousand objects that all stay (Qt's bindings, the
    # catalogue, the widgets): the cyclic garbage collector's passes over them cost it about
    # 10 ms. It is paused from here, before anything of the window is imported, and back on
    # once the window is up (httpcodes.gui.app), with those objects frozen out of its way.
    gc.disable()
    try:
        from httpcodes.gui.app import run

        return run(launch_options(options))
    finally:
        gc.enable()
