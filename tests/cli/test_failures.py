"""When the terminal command meets the unexpected: a closed pipe, Ctrl+C, a bug. The user
gets an exit status and at most one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from httpcodes.cli import commands
from httpcodes.cli.main import main
from httpcodes.paths import log_file
from tests.cli_runner import COMMAND, run_cli


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "httpcodes", "show", "404"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},  # as run_cli runs it
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout == run_cli("show", "404").stdout


def test_a_reader_that_stops_early_is_not_an_error() -> None:
    """``httpcodes list | head -1``."""
    with subprocess.Popen(
        [str(COMMAND), "list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        status = process.wait(timeout=120)
        errors = process.stderr.read()
    assert first.startswith("1xx")
    assert status == 0
    assert "Traceback" not in errors and "Error" not in errors


def test_ctrl_c_ends_quietly_with_status_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(options: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "run_command", interrupted)
    assert main(["list", "--standard"]) == 130
    assert capsys.readouterr().err == ""


def raise_a_bug(options: object) -> int:
    raise RuntimeError("a bug in httpcodes")


def test_a_bug_is_one_line_and_a_logged_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(commands, "run_command", raise_a_bug)
    assert main(["list", "--standard"]) == 70
    err = capsys.readouterr().err
    assert err == f"httpcodes: internal error: a bug in httpcodes (details in {log_file()})\n"
    logged = log_file().read_text(encoding="utf-8")
    assert "unexpected error" in logged
    assert "Traceback" in logged and "RuntimeError: a bug in httpcodes" in logged


def test_a_bug_with_no_writable_log_still_says_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("HTTPCODES_STATE_DIR", str(blocker))
    monkeypatch.setattr(commands, "run_command", raise_a_bug)
    assert main(["list", "--standard"]) == 70
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "httpcodes: internal error: a bug in httpcodes (and the log file could not be written)"
    ]
