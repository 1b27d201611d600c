"""The benchmarks still run: each part once, on tiny input (no time limits here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli_runner import unmeasured

ROOT = Path(__file__).resolve().parents[2]


def test_every_benchmark_runs_once_on_tiny_input(tmp_path: Path) -> None:
    output = tmp_path / "quick.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--output", str(output)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        # Not measured by coverage: its start-up in each of the many runs would slow this
        # test for nothing (the same code is measured elsewhere) and skew what is timed.
        env=unmeasured({**os.environ, "QT_QPA_PLATFORM": "offscreen"}),
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    report = json.loads(output.read_text(encoding="utf-8"))
    names = " ".join(r["name"] for r in report["results"])
    for part in ("start-up", "show 404", "keystroke", "memory", "handed over", "Xvfb"):
        assert part.lower() in names.lower(), part
