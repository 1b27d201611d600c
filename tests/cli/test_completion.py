"""``httpcodes completion bash|zsh|fish``: the scripts load in their shell and complete
commands, options, languages and codes; everything the parser defines is in them."""

from __future__ import annotations

import argparse
import os
import pty
import re
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli_runner import run_cli


def script(shell: str, tmp_path: Path) -> Path:
    result = run_cli("completion", shell)
    assert result.returncode == 0, result.stderr
    path = tmp_path / f"httpcodes.{shell}"
    path.write_text(result.stdout, encoding="utf-8")
    return path


def need(shell: str) -> str:
    found = shutil.which(shell)
    if found is None:
        pytest.fail(f"{shell} is not installed (.ci/run installs it)")
    return found


def bash_complete(path: Path, line: str) -> list[str]:
    """What bash offers for the last word of ``line`` (a trailing space starts a new word)."""
    program = (
        f'source "{path}"; read -ra COMP_WORDS <<< "$1"; '
        '[[ $1 == *" " ]] && COMP_WORDS+=(""); '
        "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _httpcodes; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    done = subprocess.run(
        [need("bash"), "--norc", "-c", program, "_", line],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [word for word in done.stdout.splitlines() if word]


def fish_complete(path: Path, line: str) -> list[str]:
    done = subprocess.run(
        [need("fish"), "--no-config", "-c", f"source {path}; complete -C {line!r}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return [row.split("\t")[0] for row in done.stdout.splitlines()]


# zsh completes only at an interactive prompt: a zsh on a pseudo-terminal, whose compadd (the
# builtin every completion ends in) also prints what it adds between two markers, is sent the
# line and a Tab. The markers are spelled in two halves so that the echo of the set-up line
# does not contain them.
ZSH_SETUP = (
    "PROMPT='%% '; fpath=({folder} $fpath); autoload -U compinit; "
    "compinit -u -d {folder}/.zcompdump; "
    "compadd () {{ if [[ ${{@[1,(i)(-|--)]}} == *-(O|A|D)\\ * ]]; then "
    'builtin compadd "$@"; return $?; fi; typeset -a hits; builtin compadd -A hits "$@"; '
    "(( $#hits )) && print -r -l -- 'COMP''START' $hits 'COMP''END' }}\n"
)


def zsh_complete(path: Path, line: str) -> list[str]:
    """What zsh offers (the first group of matches) for the last word of ``line``."""
    folder = path.parent / "zsh-functions"
    folder.mkdir(exist_ok=True)
    shutil.copy(path, folder / "_httpcodes")
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [need("zsh"), "-f", "-i"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "dumb", "HOME": str(folder)},
    )
    os.close(follower)
    os.write(leader, ZSH_SETUP.format(folder=folder).encode())
    os.write(leader, f"{line}\t".encode())
    output = b""
    deadline = time.monotonic() + 60  # a bound against a hang, not a speed requirement
    while b"COMPEND" not in output and time.monotonic() < deadline:
        if select.select([leader], [], [], 1)[0]:
            output += os.read(leader, 65536)
    process.kill()
    process.wait(timeout=60)
    os.close(leader)
    found = re.search(r"COMPSTART\r?\n(.*?)\r?\nCOMPEND", output.decode(errors="replace"), re.S)
    return found.group(1).split() if found else []


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_commands_options_languages_and_codes_complete(shell: str, tmp_path: Path) -> None:
    path = script(shell, tmp_path)
    run = {"bash": bash_complete, "zsh": zsh_complete, "fish": fish_complete}[shell]
    assert "show" in run(path, "httpcodes sh")
    assert set(run(path, "httpcodes show 40")) >= {"400", "404", "408"}
    assert "499-nginx" in run(path, "httpcodes show 499")
    assert set(run(path, "httpcodes --lang ")) == {"en", "zh-CN"}
    assert "--brief" in run(path, "httpcodes show 404 --b")
    assert "--lang" in run(path, "httpcodes show 404 --la")
    assert set(run(path, "httpcodes list --class ")) >= {"4xx", "5xx"}
    assert set(run(path, "httpcodes gui --theme ")) == {"system", "light", "dark"}


def test_zsh_script_loads_and_registers_itself(tmp_path: Path) -> None:
    path = script("zsh", tmp_path)
    zsh = need("zsh")
    subprocess.run([zsh, "-n", str(path)], check=True, timeout=60)
    done = subprocess.run(
        [
            zsh,
            "-f",
            "-c",
            f"autoload -U compinit; compinit -u -d {tmp_path}/zcompdump; "
            f"source {path}; print ${{_comps[httpcodes]}}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "_httpcodes"


def test_every_command_and_option_of_the_parser_is_in_every_script(tmp_path: Path) -> None:
    # Generated from the parser: a command or option added to it is completed without more work.
    from httpcodes.cli.parser import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    expected = set(commands.choices)
    for sub in (parser, *commands.choices.values()):
        expected.update(
            flag
            for action in sub._actions
            if action.help != argparse.SUPPRESS
            for flag in action.option_strings
            if flag.startswith("--")
        )
    for shell in ("bash", "zsh", "fish"):
        text = script(shell, tmp_path).read_text(encoding="utf-8")
        for word in expected:
            # fish spells a long option without its dashes: -l lang
            spelled = f"-l {word[2:]}" if shell == "fish" and word.startswith("--") else word
            assert re.search(rf"(?<![\w-]){re.escape(spelled)}(?![\w-])", text), (shell, word)


def test_an_unknown_shell_is_a_usage_error() -> None:
    result = run_cli("completion", "tcsh")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
