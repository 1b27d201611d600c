"""Entry point of ``httpcodes``: parse arguments, run one command, map outcomes to exit codes.

Exit status: 0 something was found or done, 1 nothing was found, 2 a usage or data error,
130 interrupted. Errors are one line on stderr; a traceback never reaches the user.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from httpcodes import REGISTRY_SNAPSHOT_DATE, __version__

EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE = 0, 1, 2
COMMANDS = ("show", "search", "list", "gui")
# Global options whose value is the next argument (so it is not taken for a command).
OPTIONS_WITH_VALUES = ("--catalogue", "--lang")
_CODE_ARGUMENT = re.compile(r"^[1-5][0-9]{2}(-[a-z0-9-]+)?$")
_SIZE = re.compile(r"^([1-9][0-9]{1,4})x([1-9][0-9]{1,4})$")


class UsageError(Exception):
    """The command line asks for something impossible; the message is shown as is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'httpcodes --help')")


def _size(text: str) -> tuple[int, int]:
    match = _SIZE.match(text)
    if not match:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT like 1200x800, got {text!r}")
    return int(match.group(1)), int(match.group(2))


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, documented in ``--help``."""
    parser = _Parser(
        prog="httpcodes",
        description=(
            "An offline reference for HTTP status codes. With no command, opens the window. "
            "A bare code shows it ('httpcodes 404'); bare words search ('httpcodes rate limit')."
        ),
        epilog=f"Registry snapshot: IANA HTTP Status Code Registry of {REGISTRY_SNAPSHOT_DATE}.",
    )
    parser.add_argument("--version", action="version", version=f"httpcodes {__version__}")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="language of the texts: en or zh-CN (default: from the locale)",
    )
    parser.add_argument(
        "--catalogue",
        action="append",
        default=[],
        metavar="FILE",
        help="also load codes of your own from this JSON file (repeatable); every *.json in "
        "~/.config/httpcodes/catalogues/ is loaded too",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add_json(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON"
        )

    show = commands.add_parser("show", help="show everything about one or more codes")
    show.add_argument(
        "codes", nargs="+", metavar="CODE", help="a code like 404, or an id like 499-nginx"
    )
    add_json(show)

    search = commands.add_parser(
        "search", help="search by code, name, words, vendor, spec or constant"
    )
    search.add_argument("query", nargs="+", metavar="WORD")
    search.add_argument(
        "--limit", type=int, default=10, help="at most this many results (default 10; 0 for all)"
    )
    add_json(search)

    listing = commands.add_parser("list", help="list codes")
    listing.add_argument(
        "--class", dest="status_class", metavar="NXX", help="only one class, like 4xx"
    )
    kind = listing.add_mutually_exclusive_group()
    kind.add_argument("--standard", action="store_true", help="only codes in the IANA registry")
    kind.add_argument("--unofficial", action="store_true", help="only vendor and unofficial codes")
    add_json(listing)

    gui = commands.add_parser("gui", help="open the window (the default)")
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
    gui.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


def normalise_arguments(argv: Sequence[str]) -> list[str]:
    """Insert the implied command: none opens the window, codes show, other words search."""
    args = list(argv)
    positionals: list[int] = []
    skip_next = False
    for i, arg in enumerate(args):
        if skip_next:
            skip_next = False
        elif arg in OPTIONS_WITH_VALUES:
            skip_next = True
        elif not arg.startswith("-"):
            positionals.append(i)
    if not positionals:
        if any(a in ("-h", "--help", "--version") for a in args):
            return args
        return [*args, "gui"]
    first = positionals[0]
    if args[first] in COMMANDS:
        return args
    words = [args[i] for i in positionals]
    command = "show" if all(_CODE_ARGUMENT.match(w) for w in words) else "search"
    return [*args[:first], command, *args[first:]]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args_in = sys.argv[1:] if argv is None else argv
    try:
        options = build_parser().parse_args(normalise_arguments(args_in))
        if options.command == "gui":
            from httpcodes.cli.gui_command import run_gui

            return run_gui(options)
        from httpcodes.cli.commands import run_command

        return run_command(options)
    except UsageError as error:
        print(f"httpcodes: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``httpcodes list | head``): not an error worth a word.
        sys.stderr.close()
        return EXIT_FOUND
    except Exception as error:  # the last line of defence against tracebacks
        from httpcodes.cli.crash import report_crash

        return report_crash(error)
