"""``httpcodes completion bash|zsh|fish``: a completion script for the shell, generated from the
argument parser itself, so that every command and option (whoever adds them) is offered.

What each argument completes to is read from the parser: an option's ``choices``, its
``metavar`` (``CODE`` completes to the catalogue's codes, ``FILE`` to file names, ``LANG`` to
the languages), and a command's positional arguments likewise.

argparse has no public way to walk a parser: ``_actions`` and ``_SubParsersAction`` are read,
as argparse's own help formatter and the usual completion generators read them."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from httpcodes.catalogue import load_catalogue
from httpcodes.catalogue.i18n import LANGUAGES

SHELLS = ("bash", "zsh", "fish")
NAME = "httpcodes"


@dataclass(frozen=True)
class Option:
    """One option: its spellings, help, and what its value completes to (None: no value)."""

    flags: tuple[str, ...]
    help: str
    value: tuple[str, ...] | str | None  # words, "file", "any", or None for a flag


@dataclass
class Command:
    """One command: its options and what its positional arguments complete to."""

    name: str
    help: str
    options: list[Option] = field(default_factory=list)
    positional: tuple[str, ...] | str | None = None


def _value_kind(action: argparse.Action, codes: tuple[str, ...]) -> tuple[str, ...] | str | None:
    if action.nargs == 0:
        return None
    if action.choices is not None and not isinstance(action.choices, dict):
        return tuple(str(choice) for choice in action.choices)
    metavar = str(action.metavar or action.dest).upper()
    if metavar.startswith("CODE"):
        return codes
    if metavar == "LANG":
        return LANGUAGES
    if metavar == "NXX":
        return ("1xx", "2xx", "3xx", "4xx", "5xx")
    if metavar in ("FILE", "PATH"):
        return "file"
    return "any"


def _options(parser: argparse.ArgumentParser, codes: tuple[str, ...]) -> list[Option]:
    return [
        Option(tuple(action.option_strings), _help(action), _value_kind(action, codes))
        for action in parser._actions
        if action.option_strings and action.help != argparse.SUPPRESS
    ]


def _help(action: argparse.Action) -> str:
    text = action.help or ""
    return text.split(";")[0].split(" (")[0]


def describe(parser: argparse.ArgumentParser) -> tuple[list[Option], list[Command]]:
    """The top level's options and every command, as the parser defines them."""
    codes = catalogue_codes()
    commands: list[Command] = []
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
        for name, sub in action.choices.items():
            command = Command(name, helps.get(name, ""), _options(sub, codes))
            for positional in sub._actions:
                if not positional.option_strings and positional.nargs != 0:
                    command.positional = _value_kind(positional, codes)
            commands.append(command)
    return _options(parser, codes), commands


def catalogue_codes() -> tuple[str, ...]:
    """The built-in catalogue's codes, and the ids of numbers with several meanings."""
    entries = load_catalogue().entries
    numbers = sorted({str(entry.code) for entry in entries})
    ids = sorted(entry.id for entry in entries if entry.id not in numbers)
    return (*numbers, *ids)


def _words(kind: tuple[str, ...] | str | None) -> str:
    return " ".join(kind) if isinstance(kind, tuple) else ""


def bash_script(parser: argparse.ArgumentParser) -> str:
    """A bash completion function for ``complete -F``."""
    top, commands = describe(parser)
    every = top + [option for command in commands for option in command.options]
    takes_value = sorted({f for o in every if o.value is not None for f in o.flags})
    value_cases = []
    seen: set[str] = set()
    for option in every:
        flags = [f for f in option.flags if f not in seen]
        if option.value is None or not flags:
            continue
        seen.update(flags)
        if option.value == "file":
            reply = 'COMPREPLY=($(compgen -f -- "$cur"))'
        elif option.value == "any":
            reply = "COMPREPLY=()"
        else:
            reply = f'COMPREPLY=($(compgen -W "{_words(option.value)}" -- "$cur"))'
        value_cases.append(f"        {'|'.join(flags)}) {reply}; return ;;")
    top_flags = " ".join(f for o in top for f in o.flags)
    command_cases = []
    for command in commands:
        command_flags = " ".join(f for o in command.options for f in o.flags)
        if command.positional == "file":
            rest = 'COMPREPLY=($(compgen -f -- "$cur"))'
        else:
            rest = f'COMPREPLY=($(compgen -W "{_words(command.positional)}" -- "$cur"))'
        command_cases.append(
            f"        {command.name}) if [[ $cur == -* ]]; then "
            f'COMPREPLY=($(compgen -W "{command_flags}" -- "$cur")); else {rest}; fi ;;'
        )
    names = " ".join(command.name for command in commands)
    codes = " ".join(catalogue_codes())
    return "\n".join(
        [
            f"# bash completion for {NAME}; generated by '{NAME} completion bash'",
            f"_{NAME}() {{",
            '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
            '    local command="" i',
            "    for ((i = 1; i < COMP_CWORD; i++)); do",
            '        case "${COMP_WORDS[i]}" in',
            f"            {'|'.join(takes_value)}) ((i++)) ;;",
            "            -*) ;;",
            '            *) command="${COMP_WORDS[i]}"; break ;;',
            "        esac",
            "    done",
            '    case "$prev" in',
            *value_cases,
            "    esac",
            '    case "$command" in',
            '        "") if [[ $cur == -* ]]; then '
            f'COMPREPLY=($(compgen -W "{top_flags}" -- "$cur")); '
            f'else COMPREPLY=($(compgen -W "{names} {codes}" -- "$cur")); fi ;;',
            *command_cases,
            "    esac",
            "}",
            f"complete -F _{NAME} {NAME}",
            "",
        ]
    )


def _zsh_escape(text: str) -> str:
    for special in ("\\", "[", "]", ":"):
        text = text.replace(special, "\\" + special)
    return text.replace("'", "'\\''")


def _zsh_option(option: Option) -> str:
    flags = option.flags
    spec = "{" + ",".join(flags) + "}" if len(flags) > 1 else flags[0]
    exclusive = f"'({' '.join(flags)})'" if len(flags) > 1 else ""
    repeat = "'*'" if "--catalogue" in flags else ""
    text = f"'[{_zsh_escape(option.help)}]"
    if option.value is None:
        return f"{repeat}{exclusive}{spec}{text}'"
    if option.value == "file":
        action = "_files"
    elif option.value == "any":
        action = " "
    else:
        action = f"({_words(option.value)})"
    return f"{repeat}{exclusive}{spec}{text}:value:{action}'"


def zsh_script(parser: argparse.ArgumentParser) -> str:
    """A zsh completion function (#compdef), for a folder on $fpath or to be sourced."""
    top, commands = describe(parser)
    lines = [
        f"#compdef {NAME}",
        f"# zsh completion for {NAME}; generated by '{NAME} completion zsh'",
        f"_{NAME}() {{",
        '    local curcontext="$curcontext" state line',
        "    local -a commands codes",
        f"    codes=({' '.join(catalogue_codes())})",
        "    commands=(",
        *(f"        '{command.name}:{_zsh_escape(command.help)}'" for command in commands),
        "    )",
        "    _arguments -C \\",
        *(f"        {_zsh_option(option)} \\" for option in top),
        "        '1: :->command' \\",
        "        '*:: :->argument'",
        "    case $state in",
        "        command) _describe -t commands command commands; _describe -t codes code codes ;;",
        "        argument)",
        "            case $line[1] in",
    ]
    for command in commands:
        if command.positional == "file":
            rest = "'*:file:_files'"
        elif isinstance(command.positional, tuple):
            rest = f"'*:value:({_words(command.positional)})'"
        else:
            rest = "'*: :'" if command.positional else ""
        options = " ".join(_zsh_option(option) for option in command.options)
        lines.append(f"                {command.name}) _arguments {options} {rest} ;;")
    lines += [
        "            esac ;;",
        "    esac",
        "}",
        f'if [ "$funcstack[1]" = "_{NAME}" ]; then _{NAME} "$@"; else compdef _{NAME} {NAME}; fi',
        "",
    ]
    return "\n".join(lines)


def _fish_quote(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish_option(option: Option, condition: str) -> str:
    parts = [f"complete -c {NAME}"]
    if condition:
        parts.append(f"-n {_fish_quote(condition)}")
    for flag in option.flags:
        parts.append(f"-l {flag[2:]}" if flag.startswith("--") else f"-s {flag[1:]}")
    if option.value == "file":
        parts.append("-r -F")
    elif option.value == "any":
        parts.append("-x")
    elif option.value is not None:
        parts.append(f"-x -a {_fish_quote(_words(option.value))}")
    parts.append(f"-d {_fish_quote(option.help)}")
    return " ".join(parts)


def fish_script(parser: argparse.ArgumentParser) -> str:
    """Fish completions (``complete`` lines), for ~/.config/fish/completions/httpcodes.fish."""
    top, commands = describe(parser)
    names = " ".join(command.name for command in commands)
    lines = [
        f"# fish completion for {NAME}; generated by '{NAME} completion fish'",
        f"complete -c {NAME} -f",
        *(_fish_option(option, "") for option in top),
        # A bare code shows it: httpcodes 404.
        f"complete -c {NAME} -n {_fish_quote('not __fish_seen_subcommand_from ' + names)} "
        f"-a {_fish_quote(_words(catalogue_codes()))}",
    ]
    for command in commands:
        lines.append(
            f"complete -c {NAME} -n {_fish_quote('not __fish_seen_subcommand_from ' + names)} "
            f"-a {command.name} -d {_fish_quote(command.help)}"
        )
        seen = f"__fish_seen_subcommand_from {command.name}"
        lines.extend(_fish_option(option, seen) for option in command.options if option not in top)
        if command.positional == "file":
            lines.append(f"complete -c {NAME} -n {_fish_quote(seen)} -F")
        elif isinstance(command.positional, tuple):
            words = _fish_quote(_words(command.positional))
            lines.append(f"complete -c {NAME} -n {_fish_quote(seen)} -a {words}")
    lines.append("")
    return "\n".join(lines)


def script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for ``shell``."""
    return {"bash": bash_script, "zsh": zsh_script, "fish": fish_script}[shell](parser)
