"""Entry point of ``httpcodes``: parse arguments, run one command, map outcomes to exit codes.

Exit status: 0 something was found or done, 1 nothing was found, 2 a usage or data error,
3 the window cannot start here, 130 interrupted. Errors are one line on stderr; a traceback
never reaches the user.
"""

from __future__ import annotations

import sys
from types import SimpleNamespace

from httpcodes.exits import EXIT_FOUND, EXIT_INTERRUPTED, EXIT_USAGE, UsageError

# No ``typing`` (nor ``re``) here: see httpcodes.records for why.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from argparse import Namespace
    from collections.abc import Sequence
    from typing import TypeAlias

    # What a command receives: argparse's result, or the fast path's for ``httpcodes 404``.
    Options: TypeAlias = Namespace | SimpleNamespace

COMMANDS = ("show", "search", "list", "choose", "compare", "explain", "gui", "completion")
# Global options whose value is the next argument (so it is not taken for a command).
OPTIONS_WITH_VALUES = ("--catalogue", "--lang")
_ID_SUFFIX_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def is_code_argument(text: str) -> bool:
    """True for what ``httpcodes CODE`` shows: a code like ``404`` or an id like ``499-nginx``."""
    # Surrounding white space is forgiven (a code pasted with its newline).
    number, dash, suffix = text.strip().partition("-")
    if len(number) != 3 or not number.isascii() or not number.isdigit() or number[0] not in "12345":
        return False
    return not dash or (bool(suffix) and _ID_SUFFIX_CHARACTERS.issuperset(suffix))


def _positionals(args: Sequence[str]) -> list[int]:
    """Where the positional arguments are: not options, nor the values of options (the
    file of ``--catalogue search`` is no command)."""
    positionals: list[int] = []
    skip_next = False
    for i, arg in enumerate(args):
        if skip_next:
            skip_next = False
        elif arg in OPTIONS_WITH_VALUES:
            skip_next = True
        elif not arg.startswith("-"):
            positionals.append(i)
    return positionals


def command_of(arguments: Sequence[str]) -> str | None:
    """The command of normalised arguments: their first positional one, if a command."""
    positionals = _positionals(arguments)
    first = arguments[positionals[0]] if positionals else None
    return first if first in COMMANDS else None


def normalise_arguments(argv: Sequence[str]) -> list[str]:
    """Insert the implied command: none opens the window, codes show, other words search."""
    args = list(argv)
    positionals = _positionals(args)
    if not positionals:
        if any(a in ("-h", "--help", "--version") for a in args):
            return args
        # The window's own flags go after the command they belong to.
        flags = [a for a in args if a in WINDOW_FLAGS]
        return [*(a for a in args if a not in WINDOW_FLAGS), "gui", *flags]
    first = positionals[0]
    if args[first] in COMMANDS:
        return args
    words = [args[i] for i in positionals]
    command = "show" if all(is_code_argument(w) for w in words) else "search"
    return [*args[:first], command, *args[first:]]


def fast_show_options(args: Sequence[str]) -> SimpleNamespace | None:
    """The options of the commonest call, ``httpcodes [show] CODE... [--json]``, read without
    argparse (whose import and set-up cost the quickest command a quarter of its time).
    Anything else, including any other option, returns None and goes through argparse."""
    rest = [a for a in args if a != "--json"]
    if rest and rest[0] == "show":
        rest = rest[1:]
    if not rest or not all(is_code_argument(a) for a in rest):
        return None
    return SimpleNamespace(
        command="show", codes=rest, json="--json" in args, lang=None, catalogue=[], brief=False
    )


def fast_search_options(args: Sequence[str]) -> SimpleNamespace | None:
    """The options of ``httpcodes [search] WORD... [--json]`` without any other option,
    read without argparse like ``fast_show_options``."""
    rest = [a for a in args if a != "--json"]
    if rest and rest[0] == "search":
        rest = rest[1:]
    elif rest and rest[0] in COMMANDS:
        return None
    if not rest or any(a.startswith("-") for a in rest):
        return None
    return SimpleNamespace(
        command="search", query=rest, limit=10, json="--json" in args, lang=None, catalogue=[]
    )


# Options of ``gui`` that mean nothing to the terminal commands: ``httpcodes --summon`` is
# ``httpcodes gui --summon``.
WINDOW_FLAGS = ("--summon", "--new-window")


def fast_window_options(args: Sequence[str]) -> SimpleNamespace | None:
    """The options of the calls that open (or hand over to) the window as the desktop and
    shortcuts make them: ``httpcodes``, ``httpcodes gui [CODE | WORDS]``, with
    ``--summon`` or ``--new-window``; argparse's defaults, without the cost of setting it
    up. Anything else returns None."""
    rest = [a for a in args if a not in WINDOW_FLAGS]
    if rest and rest[0] == "gui":
        rest = rest[1:]
    elif rest:
        return None
    if any(a.startswith("-") for a in rest):
        return None
    return SimpleNamespace(
        command="gui",
        json=False,
        lang=None,
        catalogue=[],
        target=rest,
        screenshot=None,
        select=None,
        query=None,
        theme=None,
        size=None,
        quit_after_paint=False,
        summon="--summon" in args,
        new_window="--new-window" in args,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args_in = sys.argv[1:] if argv is None else argv
    try:
        options: Options | None = (
            fast_show_options(args_in)
            or fast_search_options(args_in)
            or fast_window_options(args_in)
        )
        if options is None:
            from httpcodes.cli.parser import build_parser

            arguments = normalise_arguments(args_in)
            try:
                options = build_parser(command_of(arguments)).parse_args(arguments)
            except SystemExit as done:
                # --help and --version (or an abbreviation, like --v) print and exit through
                # argparse; errors do not (they raise UsageError): return the status instead.
                return done.code if isinstance(done.code, int) else EXIT_FOUND
        if options.command == "completion":
            from httpcodes.cli.completion import script
            from httpcodes.cli.parser import build_parser

            print(script(options.shell, build_parser()), end="")
            return EXIT_FOUND
        if options.command == "gui":
            from httpcodes.cli.gui_command import run_gui

            return run_gui(options)
        if options.command == "choose":
            from httpcodes.cli.choose import run_choose

            return run_choose(options)
        if options.command == "compare":
            from httpcodes.cli.compare_command import run_compare

            return run_compare(options)
        from httpcodes.cli.commands import run_command

        return run_command(options)
    except UsageError as error:
        print(f"httpcodes: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``httpcodes list | head``): not an error worth a word.
        sys.stderr.close()
        return EXIT_FOUND
    except Exception as error:  # the last line of defence against tracebacks
        from httpcodes.cli.crash import report_crash

        return report_crash(error)
