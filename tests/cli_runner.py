"""Run the real ``httpcodes`` command in a subprocess, as a user's shell would."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from collections.abc import Mapping
from pathlib import Path

COMMAND = Path(sys.executable).with_name("httpcodes")


def run_cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``httpcodes ARGS`` with output captured (so not on a terminal)."""
    full_env = {**os.environ, "COLUMNS": "100", **(env or {})}
    return subprocess.run(
        [str(COMMAND), *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


# Set by coverage for the processes it measures (pyproject.toml: patch = subprocess).
COVERAGE_VARIABLES = ("COVERAGE_PROCESS_CONFIG", "COVERAGE_PROCESS_START")


def unmeasured(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment without coverage's variables, for a test about the process itself
    (what it imports, how it starts), which measuring it would change."""
    source = os.environ if env is None else env
    return {k: v for k, v in source.items() if k not in COVERAGE_VARIABLES}


def run_unmeasured_python(
    code: str, *args: str, env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``python -c CODE ARGS`` in the test environment (plus ``env``), not measured by
    coverage: for a test of what a process imports or loads, which measuring it would change."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=unmeasured({**os.environ, **(env or {})}),
    )


def on_a_terminal(
    *args: str, columns: int = 80, lines: int = 24, env: dict[str, str] | None = None
) -> str:
    """Run the command with a pseudo-terminal of that size as its stdin, stdout and stderr,
    COLUMNS and LINES unset, and return what it wrote."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    base = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    process = subprocess.Popen(
        [str(COMMAND), *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**base, "TERM": "xterm-256color", **(env or {})},
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode().replace("\r\n", "\n")
