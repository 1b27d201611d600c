"""The window started as a user starts it: through the ``httpcodes`` command."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QImage

from tests.cli_runner import run_cli


def _colours(image: QImage) -> int:
    step = 16
    seen = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    return len(seen)


def test_screenshot_renders_the_selected_code(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_cli(
        "gui", "--screenshot", str(shot), "--select", "404", "--size", "1000x700", "--theme", "dark"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1000, 700)
    assert _colours(image) > 20  # text, badges and a selection, not a blank frame
    dark_corner = QImage(image).pixelColor(image.width() - 5, image.height() // 2)
    assert dark_corner.lightness() < 100


def test_screenshot_with_a_query_and_bad_arguments(tmp_path: Path) -> None:
    shot = tmp_path / "search.png"
    assert run_cli("gui", "--screenshot", str(shot), "--query", "rate limit").returncode == 0
    assert shot.stat().st_size > 10_000
    missing = run_cli("gui", "--screenshot", str(tmp_path / "x.png"), "--select", "999")
    assert missing.returncode == 1
    assert "no status code 999" in missing.stderr
    unwritable = run_cli("gui", "--screenshot", str(tmp_path / "no" / "such" / "dir.png"))
    assert unwritable.returncode == 1
    assert "cannot write" in unwritable.stderr
    assert "Traceback" not in missing.stderr + unwritable.stderr


def test_the_window_opens_and_quits_after_its_first_paint(tmp_path: Path) -> None:
    result = run_cli("gui", "--quit-after-paint", "404", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    settings = (tmp_path / "config" / "settings.ini").read_text(encoding="utf-8")
    assert "last_entry=404" in settings


def test_the_first_paint_is_stamped_for_benchmarks(tmp_path: Path) -> None:
    stamp = tmp_path / "first-paint"
    before = time.monotonic_ns()
    result = run_cli(
        "gui",
        "--quit-after-paint",
        env={"QT_QPA_PLATFORM": "offscreen", "HTTPCODES_PAINT_STAMP": str(stamp)},
    )
    after = time.monotonic_ns()
    assert result.returncode == 0, result.stderr
    assert before < int(stamp.read_text(encoding="ascii")) < after
    unwritable = run_cli(
        "gui",
        "--quit-after-paint",
        env={"QT_QPA_PLATFORM": "offscreen", "HTTPCODES_PAINT_STAMP": str(tmp_path / "no" / "x")},
    )
    assert unwritable.returncode == 0
    assert "cannot write the paint stamp" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr


def test_screenshots_leave_no_temporary_files(tmp_path: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = run_cli("gui", "--screenshot", str(tmp_path / "s.png"), env={"TMPDIR": str(scratch)})
    assert result.returncode == 0, result.stderr
    assert list(scratch.iterdir()) == []


def test_qt_chatter_at_exit_does_not_crash_the_window() -> None:
    # Qt's plugin debugging talks while unloading plugins, after Python starts shutting down.
    result = run_cli(
        "gui", "--quit-after-paint", env={"QT_QPA_PLATFORM": "offscreen", "QT_DEBUG_PLUGINS": "1"}
    )
    assert result.returncode == 0, result.stderr[-500:]


def test_once_the_window_is_up_it_has_its_icon_and_collects_garbage_again() -> None:
    """The icon, the search box's clear button and the garbage collector wait for the first
    frame; all must follow it (the collector with what start-up built frozen out of its way)."""
    probe = (
        "import gc, sys; from httpcodes.cli.main import main; status = main([]); "
        "from PySide6.QtWidgets import QApplication; "
        "boxes = [w for w in QApplication.allWidgets() if w.objectName() == 'search']; "
        "print(status, gc.isenabled(), gc.get_freeze_count() > 10000, "
        "not QApplication.windowIcon().isNull(), [b.isClearButtonEnabled() for b in boxes])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HTTPCODES_QUIT_AFTER_PAINT": "1"},
    )
    assert result.stdout.split() == ["0", "True", "True", "True", "[True]"], result.stderr[-500:]
