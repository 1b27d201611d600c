"""The shipped Chinese font: it covers the project's Chinese text, and a system without a Chinese
font of its own draws Chinese with it."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Subset.otf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# Runs in a process of its own, with a fontconfig that sees no Chinese font: the interface
# turns Chinese as the window does it, then each character is laid out and its glyph looked at.
PROBE = """
import json, sys
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication
from httpcodes.gui import fonts
from httpcodes.gui.language import shared_translations

app = QApplication(["httpcodes"])
before = fonts.system_has_chinese_font()
shared_translations().apply("zh-CN")
drawn = {}
for character in sys.argv[1]:
    layout = QTextLayout(character, QFont())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    drawn[character] = [
        [run.rawFont().familyName(), list(run.glyphIndexes())] for run in layout.glyphRuns()
    ]
print(json.dumps({"system_font": before, "drawn": drawn}))
"""


def subset_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_cjk_subset", ROOT / "packaging" / "make_cjk_subset.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_font_covers_every_han_character_the_project_uses() -> None:
    from fontTools.ttLib import TTFont

    script = subset_script()
    with TTFont(str(FONT), lazy=True) as font:
        covered = set(font.getBestCmap())
    used = script.han_used(ROOT)
    assert len(used) > 500  # the catalogue's Chinese texts and the interface's were found
    missing = "".join(sorted(ch for ch in used if ord(ch) not in covered))
    assert not missing, (
        f"the shipped font lacks {missing}: run .venv/bin/python packaging/make_cjk_subset.py"
    )
    level1 = script.gb2312_level1()
    assert len(level1) == 3755
    assert all(ord(ch) in covered for ch in level1)


def test_the_shipped_font_is_small_and_licensed() -> None:
    assert FONT.stat().st_size < 3 * 1024 * 1024
    licence = (FONT.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_without_a_chinese_font_on_the_system_the_shipped_one_draws_chinese(
    tmp_path: Path,
) -> None:
    if not (DEJAVU / "DejaVuSans.ttf").is_file():
        pytest.fail("this test needs fonts-dejavu-core (.ci/run installs it)")
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{DEJAVU}</dir>
  <cachedir>{tmp_path / "fontconfig-cache"}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
""",
        encoding="utf-8",
    )
    text = "未找到请求过多网关超时重定向。"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, text],
        env={**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["system_font"] is False, "the fontconfig in this test should see no CJK font"
    for character, runs in result["drawn"].items():
        assert runs, character
        for family, glyphs in runs:
            assert family == "Noto Sans CJK SC", (character, family)
            assert 0 not in glyphs, character
