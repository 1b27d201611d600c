"""httpcodes(1), generated from the argument parser: it formats without a warning and names every
command and option."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def test_the_manual_page_formats_cleanly_and_covers_the_parser(tmp_path: Path) -> None:
    page = tmp_path / "httpcodes.1"
    subprocess.run(
        [sys.executable, "-m", "httpcodes.cli.manpage", str(page)], check=True, timeout=60
    )
    man = shutil.which("man")
    if man is None:
        pytest.fail("man is not installed (Debian: man-db)")
    done = subprocess.run(
        [man, "--warnings", "-l", str(page)],
        capture_output=True,
        text=True,
        env={**os.environ, "MANWIDTH": "80", "LC_ALL": "C.UTF-8", "MANPAGER": "cat"},
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr
    text = done.stdout
    assert text.startswith("HTTPCODES(1)")
    from httpcodes.cli.parser import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        assert f"\n   {name}\n" in text, name
        for action in sub._actions:
            for flag in action.option_strings:
                if action.help != argparse.SUPPRESS:
                    assert flag in text, (name, flag)
    for section in ("SYNOPSIS", "GLOBAL OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"):
        assert f"\n{section}\n" in text
