"""What the window leaves until after its first frame: the start-up benchmark's gains kept.

Each module imported after PySide6 costs the start its source being read, and each Qt class
its Python type, so the parts that the first frame does not show are imported when first used.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_unmeasured_python

# The modules that check the catalogue's JSON: a first start compiles the built-in catalogue
# with them, a warm one reads the compiled copy and needs none.
CHECKING_MODULES = (
    "httpcodes.catalogue.schema",
    "httpcodes.catalogue.schema_reader",
    "httpcodes.catalogue.schema_built_in",
)

# Loaded on first use, never before the first paint of a plain ``httpcodes`` start.
NOT_BEFORE_THE_FIRST_PAINT = (
    "httpcodes.gui.views.guide",
    "httpcodes.gui.views.answer_button",
    "httpcodes.gui.guide_html",
    "httpcodes.gui.views.compare",
    "httpcodes.gui.single_instance",
    "dataclasses",
    "httpcodes.instance.server",
    "httpcodes.export",
    # Built only when there is a notice to show.
    "httpcodes.gui.notice",
    # Read only where the user has catalogues of their own, or on a first start.
    "httpcodes.catalogue.user",
    *CHECKING_MODULES,
)

_PROBE = """
import sys
from pathlib import Path
import httpcodes.gui.app as app

def report():
    print(' '.join(m for m in sys.argv[1:] if m in sys.modules), file=sys.stderr)

app._write_paint_stamp = report
from httpcodes.cli.main import main
main([])
"""


def _loaded_at_first_paint(modules: tuple[str, ...]) -> list[str]:
    # Unmeasured: coverage's own imports (dataclasses among them) would be counted.
    result = run_unmeasured_python(
        _PROBE, *modules, env={"HTTPCODES_QUIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    )
    assert result.returncode == 0, result.stderr
    return result.stderr.split()


def test_the_first_frame_imports_nothing_it_does_not_show() -> None:
    # The first start compiles the catalogue into the cache (with the checking modules).
    _loaded_at_first_paint(())
    assert _loaded_at_first_paint(NOT_BEFORE_THE_FIRST_PAINT) == []


def test_a_first_start_checks_the_built_in_catalogue() -> None:
    # The probe sees each checking module, so the test above can fail for any of them.
    assert _loaded_at_first_paint(CHECKING_MODULES) == list(CHECKING_MODULES)


def test_the_probe_sees_what_the_first_frame_does_import() -> None:
    # The same probe finds the modules the first frame needs (so the test above can fail).
    assert _loaded_at_first_paint(("httpcodes.gui.views.detail", "httpcodes.gui.window")) == [
        "httpcodes.gui.views.detail",
        "httpcodes.gui.window",
    ]


def test_a_first_start_still_writes_the_compiled_catalogue(user_dirs: Path) -> None:
    # It is written after the first frame: the window quits right after that frame here.
    from httpcodes.catalogue.cache import FILE_NAME

    _loaded_at_first_paint(())
    assert (user_dirs / "cache" / FILE_NAME).is_file()
