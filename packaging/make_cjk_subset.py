"""Make the Chinese font that ships with httpcodes: a subset of Noto Sans CJK SC (SIL OFL 1.1).

    .venv/bin/python packaging/make_cjk_subset.py [SOURCE_FONT]

SOURCE_FONT defaults to Debian's /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
(`apt-get install fonts-noto-cjk`); the .ttc's Simplified Chinese face is taken, and a plain
NotoSansCJKsc-Regular.otf works too. The subset keeps:

- every Han character the catalogue (resources/catalogue/), the interface translations
  (resources/translations/*.ts) and the code (app/) use;
- the 3,755 characters of GB 2312 level 1, the everyday set, so that Chinese typed into the
  search box renders too (decoded from the standard's own byte range, nothing downloaded);
- CJK punctuation, full-width forms and printable ASCII.

It writes resources/fonts/NotoSansCJKsc-Subset.otf. The window registers it only on a system
that has no Chinese font of its own (httpcodes.gui.fonts). A test fails when a Han character is
used that the subset lacks: run this script again then. fontTools is a development dependency
(pyproject's dev extra) for this script and that test only; the program itself never imports it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUTPUT = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Subset.otf"
# The Simplified Chinese face's PostScript name, in the collection or alone.
FACE = "NotoSansCJKsc-Regular"
# Where the project's own Chinese text lives.
TEXT_GLOBS = (
    "resources/catalogue/**/*.json",
    "resources/translations/*.ts",
    "app/**/*.py",
)
# CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms, and the general punctuation
# Chinese text uses (curly quotes, ellipsis, dashes, middle dot).
PUNCTUATION = (
    set(range(0x3000, 0x3040))
    | set(range(0xFF01, 0xFFEF))
    | {0x00B7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2030, 0x203B}
)
ASCII = set(range(0x20, 0x7F))


def is_han(character: str) -> bool:
    """A CJK ideograph (the unified block, extension A, or the compatibility block)."""
    point = ord(character)
    return 0x4E00 <= point <= 0x9FFF or 0x3400 <= point <= 0x4DBF or 0xF900 <= point <= 0xFAFF


def han_used(root: Path = ROOT) -> set[str]:
    """Every Han character of the project's own text files."""
    found: set[str] = set()
    for pattern in TEXT_GLOBS:
        for path in root.glob(pattern):
            found.update(ch for ch in path.read_text(encoding="utf-8") if is_han(ch))
    return found


def gb2312_level1() -> set[str]:
    """GB 2312's level-1 characters: rows 0xB0-0xD7 of the EUC-CN byte range, 94 per row, the
    last row ending at 0xD7F9 (3,755 characters in all)."""
    found: set[str] = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFA if row == 0xD7 else 0xFF):
            found.add(bytes((row, cell)).decode("gb2312"))
    return found


def wanted_code_points(root: Path = ROOT) -> set[int]:
    """All the code points the subset keeps."""
    return {ord(ch) for ch in han_used(root) | gb2312_level1()} | PUNCTUATION | ASCII


def _open_face(source: Path) -> object:
    from fontTools.ttLib import TTCollection, TTFont

    if source.suffix.lower() in (".ttc", ".otc"):
        for font in TTCollection(str(source)).fonts:
            if font["name"].getDebugName(6) == FACE:
                return font
        raise SystemExit(f"make_cjk_subset: no {FACE} face in {source}")
    return TTFont(str(source))


def make_subset(source: Path, output: Path, code_points: Iterable[int]) -> None:
    """Write the subset of ``source`` that covers ``code_points`` to ``output``."""
    from fontTools import subset

    font = _open_face(source)
    options = subset.Options()
    # Horizontal text only, no hinting (FreeType's autohinter does well with CJK), no name
    # records beyond the usual ones; kerning and the locl forms stay.
    options.layout_features = ["kern", "locl", "palt", "halt", "ccmp", "liga"]
    options.hinting = False
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE"]
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 14]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(code_points))
    subsetter.subset(font)
    names = font["name"]  # type: ignore[index]
    version = names.getDebugName(5)
    names.setName(f"{version}; subset for httpcodes", 5, 3, 1, 0x409)
    output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(output))  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT_SOURCE
    if not source.is_file():
        print(
            f"make_cjk_subset: {source} not found; on Debian: sudo apt-get install fonts-noto-cjk",
            file=sys.stderr,
        )
        return 1
    points = wanted_code_points()
    make_subset(source, OUTPUT, points)
    size = OUTPUT.stat().st_size
    print(
        f"make_cjk_subset: {OUTPUT.relative_to(ROOT)}: {len(points)} code points "
        f"({len(han_used())} Han characters in use), {size / 1024 / 1024:.2f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
