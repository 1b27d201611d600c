"""The command line's grammar, for argparse. Imported only when a command needs it: the
commonest call (``httpcodes 404``) is read without it (see ``main.fast_show_options``)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import NoReturn

from httpcodes import REGISTRY_SNAPSHOT_DATE, __version__
from httpcodes.cli.terminal import terminal_columns
from httpcodes.exits import UsageError

_SIZE = re.compile(r"^([1-9][0-9]{1,4})x([1-9][0-9]{1,4})$")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'httpcodes --help')")

    def parse_known_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        options, rest = super().parse_known_args(args, namespace)
        if self.prog == "httpcodes":  # the top level, not a command (whose prog is longer)
            # --catalogue given after the command adds to those given before it.
            options.catalogue = [*options.catalogue, *vars(options).pop(_LATE_CATALOGUE, [])]
        return options, rest


# Where a command's own --catalogue goes, before it joins the top level's list.
_LATE_CATALOGUE = "catalogue_after_command"


def add_global_options(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """--json, --lang and --catalogue, which go before or after the command: the top level
    and every command take them (every command's parser calls this). On a command they
    default to nothing at all, so that a value given before the command stands."""
    unset = argparse.SUPPRESS
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top_level else unset,
        help="print machine-readable JSON",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=None if top_level else unset,
        help="language of the texts: en or zh-CN (default: from the locale)",
    )
    parser.add_argument(
        "--catalogue",
        action="append",
        dest="catalogue" if top_level else _LATE_CATALOGUE,
        default=[] if top_level else unset,
        metavar="FILE",
        help="also load codes of your own from this JSON file (repeatable); every *.json in "
        "~/.config/httpcodes/catalogues/ is loaded too",
    )


class _OpenView(argparse.Action):
    """``--guide [ANSWER...]`` and ``--compare CODE...``: the view to open and its argument,
    as the window's launch options name them (``view``, ``view_argument``)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        items = [str(v) for v in values] if isinstance(values, list) else []
        view = self.dest
        if view == "compare" and len(items) < 2:
            parser.error("--compare needs two or more codes")
        namespace.view = view
        namespace.view_argument = tuple(items)


def _size(text: str) -> tuple[int, int]:
    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT like 1200x800, got {text!r}")
    return int(match.group(1)), int(match.group(2))


def _formatter(prog: str) -> argparse.HelpFormatter:
    # Given a width, argparse's formatter neither imports shutil nor asks the terminal, which
    # it otherwise does for every argument added, help or no help.
    return argparse.HelpFormatter(prog, width=max(30, min(terminal_columns(), 100)) - 2)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line, documented in ``--help``. With ``command``, only that command's
    arguments are set up (the others are listed, but parsing them is not prepared): the
    terminal commands start faster for it."""
    parser = _Parser(
        prog="httpcodes",
        formatter_class=_formatter,
        description=(
            "An offline reference for HTTP status codes. With no command, opens the window. "
            "A bare code shows it ('httpcodes 404'); bare words search ('httpcodes rate limit')."
        ),
        epilog=f"Registry snapshot: IANA HTTP Status Code Registry of {REGISTRY_SNAPSHOT_DATE}.",
    )
    parser.add_argument("--version", action="version", version=f"httpcodes {__version__}")
    add_global_options(parser, top_level=True)
    # prog given explicitly: otherwise argparse builds a help formatter (and imports shutil)
    # on every start, help or no help.
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser, prog="httpcodes"
    )

    def wanted(name: str) -> bool:
        return command is None or command == name

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, formatter_class=_formatter)
        if wanted(name):
            add_global_options(sub)
        return sub

    show = add("show", "show everything about one or more codes")
    if wanted("show"):
        show.add_argument(
            "codes", nargs="+", metavar="CODE", help="a code like 404, or an id like 499-nginx"
        )
        show.add_argument(
            "--brief", action="store_true", help="only the name, the tags and the summary"
        )

    search = add("search", "search by code, name, words, vendor, spec or constant")
    if wanted("search"):
        search.add_argument("query", nargs="+", metavar="WORD")
        search.add_argument(
            "--limit",
            type=int,
            default=10,
            help="at most this many results (default 10; 0 for all)",
        )

    listing = add("list", "list codes")
    if wanted("list"):
        listing.add_argument(
            "--class", dest="status_class", metavar="NXX", help="only one class, like 4xx"
        )
        kind = listing.add_mutually_exclusive_group()
        kind.add_argument("--standard", action="store_true", help="only codes in the IANA registry")
        kind.add_argument(
            "--unofficial", action="store_true", help="only vendor and unofficial codes"
        )

    # choose takes the global options alone (add() gives them to every command).
    add("choose", "which code should I send? answer a few questions to find out")

    compare = add("compare", "compare codes side by side")
    if wanted("compare"):
        compare.add_argument(
            "codes", nargs="*", metavar="CODE", help="two or more codes, like 301 302 307 308"
        )
        compare.add_argument(
            "--markdown", action="store_true", help="print the comparison as a Markdown table"
        )

    completion = add("completion", "print a completion script for bash, zsh or fish")
    if wanted("completion"):
        completion.add_argument("shell", choices=("bash", "zsh", "fish"), metavar="SHELL")

    explain = add(
        "explain", "explain a pasted response, curl transcript, log line or error message"
    )
    if wanted("explain"):
        explain.add_argument(
            "inputs",
            nargs="*",
            metavar="FILE|WORDS",
            help="a file, or the text itself; standard input when none is given",
        )

    gui = add("gui", "open the window (the default)")
    if not wanted("gui"):
        return parser
    gui.add_argument(
        "target", nargs="*", metavar="CODE|QUERY", help="a code to open, or words to search"
    )
    gui.add_argument(
        "--screenshot", metavar="FILE", help="render the window offscreen to a PNG and exit"
    )
    gui.add_argument("--select", metavar="CODE", help="select this code")
    gui.add_argument("--query", metavar="TEXT", help="fill the search box with this text")
    gui.add_argument("--theme", choices=("system", "light", "dark"), help="colour scheme")
    gui.add_argument("--size", type=_size, metavar="WxH", help="window size, like 1200x800")
    views = gui.add_mutually_exclusive_group()
    views.add_argument(
        "--guide",
        nargs="*",
        action=_OpenView,
        default=argparse.SUPPRESS,
        metavar="ANSWER",
        help="open the guide 'Which code should I send?' (answer numbers follow its questions)",
    )
    views.add_argument(
        "--compare",
        nargs="+",
        action=_OpenView,
        default=argparse.SUPPRESS,
        metavar="CODE",
        help="open two or more codes side by side, like --compare 301 302 307 308",
    )
    views.add_argument(
        "--explain",
        dest="explain_file",
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="open the Explain view on this file's text ('-' for standard input)",
    )
    gui.add_argument(
        "--new-window",
        action="store_true",
        help="open a window of its own even when one is already running",
    )
    gui.add_argument(
        "--summon",
        action="store_true",
        help="raise the window with the search box ready, or hide it if it is the active "
        "window (for a desktop-wide shortcut)",
    )
    gui.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser
