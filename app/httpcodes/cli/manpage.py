"""The manual page httpcodes(1), generated from the argument parser (no copy kept by hand).

    python -m httpcodes.cli.manpage [OUTPUT]     (``make man`` writes build/man/httpcodes.1)

Commands, their arguments and options, and the global options come from the parser, so the
page never falls behind the command line; the sections the parser cannot know (exit status,
environment, files) are the few paragraphs below.

argparse has no public way to walk a parser: ``_actions`` and ``_SubParsersAction`` are read,
as argparse's own help formatter and the usual completion generators read them."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from httpcodes import REGISTRY_SNAPSHOT_DATE, __version__

EXIT_STATUS = (
    ("0", "something was found, or the window ran and closed normally"),
    ("1", "nothing was found (a one-line message on stderr names the nearest codes)"),
    ("2", "a usage error, or a broken data file"),
    ("3", "the window cannot start here: no display, or a missing system library"),
    ("130", "interrupted"),
)
ENVIRONMENT = (
    ("LANG, LC_ALL, LC_MESSAGES", "choose the language of the texts when --lang is not given"),
    ("NO_COLOR", "when set, no colour, even on a terminal"),
    ("PAGER", "the pager for show when its text is longer than the terminal (less -FRX)"),
    ("COLUMNS, LINES", "the terminal's size, when it cannot be asked"),
    ("XDG_CONFIG_HOME, XDG_STATE_HOME", "where the settings and the log go"),
)
FILES = (
    ("~/.config/httpcodes/settings.ini", "the window's settings"),
    ("~/.config/httpcodes/catalogues/*.json", "codes of your own, loaded at every start"),
    ("~/.local/state/httpcodes/httpcodes.log", "the log: errors and their details"),
)


def _escape(text: str) -> str:
    """Text for roff: backslashes and hyphens escaped, no line starting with a dot."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def _option_label(action: argparse.Action) -> str:
    flags = ", ".join(f"\\fB{_escape(flag)}\\fR" for flag in action.option_strings)
    if action.nargs == 0:
        return flags
    if action.choices is not None:
        value = "{" + ",".join(str(c) for c in action.choices) + "}"
    else:
        value = str(action.metavar or action.dest.upper())
    return f"{flags} \\fI{_escape(value)}\\fR"


def _arguments(parser: argparse.ArgumentParser, skip: frozenset[str] = frozenset()) -> list[str]:
    """The parser's arguments, each with its help; options named in ``skip`` left out."""
    lines: list[str] = []
    for action in parser._actions:
        if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
            continue
        if skip.intersection(action.option_strings):
            continue
        if action.option_strings:
            label = _option_label(action)
        else:
            label = f"\\fI{_escape(str(action.metavar or action.dest))}\\fR"
        lines += [".TP", label, _escape(action.help or "")]
    return lines


def _usage(parser: argparse.ArgumentParser) -> str:
    return " ".join(parser.format_usage().split()[1:])


def render(parser: argparse.ArgumentParser) -> str:
    """The page, in roff with the man macros."""
    lines = [
        f'.TH HTTPCODES 1 "" "httpcodes {__version__}" "User Commands"',
        ".SH NAME",
        "httpcodes \\- offline reference for HTTP status codes",
        ".SH SYNOPSIS",
        f".B {_escape(_usage(parser))}",
        ".SH DESCRIPTION",
        _escape(parser.description or ""),
        ".PP",
        _escape(
            f"The catalogue holds every code of the IANA HTTP Status Code Registry "
            f"(snapshot of {REGISTRY_SNAPSHOT_DATE}) and the vendor and unofficial codes met "
            "in practice. Nothing is ever fetched from the network."
        ),
        ".SH GLOBAL OPTIONS",
        _escape("These go before or after the command."),
        *_arguments(parser),
        ".SH COMMANDS",
    ]
    global_options = frozenset(flag for action in parser._actions for flag in action.option_strings)
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
        for name, sub in action.choices.items():
            lines += [
                f".SS {_escape(name)}",
                f".B {_escape(_usage(sub))}",
                ".PP",
                _escape(helps.get(name, "")),
            ]
            # The global options are described once, above.
            lines += [".RS", *_arguments(sub, global_options), ".RE"]
    for title, rows in (("EXIT STATUS", EXIT_STATUS), ("ENVIRONMENT", ENVIRONMENT)):
        lines.append(f".SH {title}")
        for term, text in rows:
            lines += [".TP", f"\\fB{_escape(term)}\\fR", _escape(text)]
    lines.append(".SH FILES")
    for term, text in FILES:
        lines += [".TP", f"\\fI{_escape(term)}\\fR", _escape(text)]
    lines += [
        ".SH EXAMPLES",
        ".nf",
        "httpcodes 404",
        "httpcodes rate limit",
        "httpcodes show 413 \\-\\-json",
        "httpcodes list \\-\\-class 5xx \\-\\-standard",
        "httpcodes show 404 \\-\\-lang zh\\-CN",
        "httpcodes completion bash > ~/.local/share/bash\\-completion/completions/httpcodes",
        ".fi",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Write the page to the file named, or to stdout."""
    from httpcodes.cli.parser import build_parser

    # The page is the same whatever terminal builds it: argparse wraps usage to the width.
    os.environ["COLUMNS"] = "80"
    page = render(build_parser())
    if argv:
        Path(argv[0]).parent.mkdir(parents=True, exist_ok=True)
        Path(argv[0]).write_text(page, encoding="utf-8")
    else:
        sys.stdout.write(page)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
