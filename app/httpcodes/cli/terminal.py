"""The terminal the command writes to: its size, and the pager for output longer than it.

No ``shutil`` (nor ``typing``) here: ``httpcodes 404`` reads the width on every run."""

from __future__ import annotations

import os
import sys

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

DEFAULT_COLUMNS = 80
DEFAULT_LINES = 24
DEFAULT_PAGER = "less -FRX"


def _from_environment(name: str) -> int:
    try:
        return max(0, int(os.environ.get(name, "")))
    except ValueError:
        return 0


def _size_of(stream: TextIO | None) -> os.terminal_size | None:
    try:
        return os.get_terminal_size(stream.fileno()) if stream is not None else None
    except (AttributeError, ValueError, OSError):
        return None


def terminal_columns(default: int = DEFAULT_COLUMNS) -> int:
    """COLUMNS when it is set (as shells and scripts set it on purpose), else the real width of
    the terminal on stdout (or stderr, where ``--help`` may go), else ``default``."""
    columns = _from_environment("COLUMNS")
    if columns:
        return columns
    for stream in (sys.__stdout__, sys.__stderr__):
        size = _size_of(stream)
        if size is not None and size.columns > 0:
            return size.columns
    return default


def terminal_lines() -> int:
    """LINES when set, else the terminal's height, else 24."""
    lines = _from_environment("LINES")
    if lines:
        return lines
    size = _size_of(sys.__stdout__)
    return size.lines if size is not None and size.lines > 0 else DEFAULT_LINES


def page(text: str, stream: TextIO) -> None:
    """Write ``text`` to ``stream``; through ``$PAGER`` (``less -FRX`` by default, as git does)
    when ``stream`` is a terminal and the text is taller than it. An empty PAGER, ``cat``, or a
    pager that cannot be started prints directly."""
    if not (stream.isatty() and text.count("\n") + 1 > terminal_lines()):
        print(text, file=stream)
        return
    pager = os.environ.get("PAGER", DEFAULT_PAGER).strip()
    if not pager or pager == "cat":
        print(text, file=stream)
        return
    import shlex
    import shutil
    import subprocess

    if shutil.which(shlex.split(pager)[0]) is None:
        print(text, file=stream)  # a PAGER that is not installed loses nothing
        return
    stream.flush()
    # less reads LESS for its options; -F quits at once when the text fits after all, -R keeps
    # the colours, -X leaves the text on the screen afterwards.
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
    try:
        process = subprocess.Popen(pager, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        print(text, file=stream)
        return
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode(stream.encoding or "utf-8", errors="replace") + b"\n")
        process.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager before the end: not an error
    process.wait()
