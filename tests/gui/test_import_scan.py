"""PySide6's check of every module imported after it, made cheap (httpcodes.gui.import_scan)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from httpcodes.gui.import_scan import uses_pyside
from tests.cli_runner import run_unmeasured_python


def test_modules_that_import_pyside6_are_told_from_those_that_do_not(tmp_path: Path) -> None:
    import httpcodes.catalogue.model
    import httpcodes.gui.search_box

    assert uses_pyside(httpcodes.gui.search_box)
    assert not uses_pyside(httpcodes.catalogue.model)
    assert not uses_pyside(sys)  # built in: no source file
    assert not uses_pyside(ModuleType("made_up"))
    gone = ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # the file has been removed since
    assert not uses_pyside(gone)
    compiled_only = ModuleType("compiled_only")
    compiled_only.__file__ = str(tmp_path / "compiled_only.pyc")
    (tmp_path / "compiled_only.pyc").write_bytes(b"PySide6")
    assert not uses_pyside(compiled_only)


_PROBE = """
import sys
import PySide6.QtCore
import shibokensupport.feature as feature
import httpcodes.gui.import_scan as scan
names = sys.argv[1:]
for name in names:
    __import__(name)
theirs = [feature._mod_uses_pyside(sys.modules[name]) for name in names]
ours = [scan.uses_pyside(sys.modules[name]) for name in names]
print(theirs == ours, sum(ours), scan.make_pysides_import_check_cheap(),
      feature._mod_uses_pyside is scan.uses_pyside)
"""
_MODULES = (
    "httpcodes.gui.window",
    "httpcodes.gui.theme",
    "httpcodes.catalogue.model",
    "httpcodes.search",
    "json",
    "math",
    "PySide6.QtWidgets",
    "tests.gui.test_import_scan",
)


def test_the_answers_are_pyside6s_own_and_the_check_is_replaced() -> None:
    # Run from the checkout, where the ``tests`` package is importable.
    root = str(Path(__file__).parents[2])
    result = run_unmeasured_python(_PROBE, *_MODULES, env={"PYTHONPATH": root})
    # Three of them mention PySide6: the two window modules and this test.
    assert result.stdout.split() == ["True", "3", "True", "True"], result.stderr[-500:]


_WINDOW_PROBE = """
from httpcodes.cli.main import main
status = main([])
import shibokensupport.feature as feature
print(status, feature._mod_uses_pyside.__module__)
"""


def test_the_window_starts_with_the_cheap_check() -> None:
    result = run_unmeasured_python(
        _WINDOW_PROBE, env={"QT_QPA_PLATFORM": "offscreen", "HTTPCODES_QUIT_AFTER_PAINT": "1"}
    )
    assert result.stdout.split() == ["0", "httpcodes.gui.import_scan"], result.stderr[-500:]


def test_a_check_of_another_shape_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from httpcodes.gui.import_scan import make_pysides_import_check_cheap

    def theirs(module: ModuleType, options: int) -> bool:
        return False

    feature = SimpleNamespace(_mod_uses_pyside=theirs)
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", feature)
    assert make_pysides_import_check_cheap() is False
    assert feature._mod_uses_pyside is theirs
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert make_pysides_import_check_cheap() is False
