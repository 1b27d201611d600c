"""Render the app icon into a hicolor icon theme tree, with Qt's own SVG renderer.

    python packaging/render_icons.py OUTPUT_DIR [SVG]

writes OUTPUT_DIR/hicolor/scalable/apps/httpcodes.svg and OUTPUT_DIR/hicolor/NxN/apps/httpcodes.png
for the sizes desktops look up. Run with the project's venv (it needs PySide6); it needs no display.
The PNGs are build output: `make package` makes them under build/, nothing here is committed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICON_NAME = "httpcodes"
DEFAULT_SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "httpcodes.svg"


def render(svg: Path, output: Path) -> list[Path]:
    """Write the scalable icon and one PNG per size; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # fonts for the <text>
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")

    theme = output / "hicolor"
    scalable = theme / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written = [scalable]
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = theme / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # PNG, from the suffix
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    del app
    return written


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print(__doc__, file=sys.stderr)
        return 2
    svg = Path(argv[1]) if len(argv) == 2 else DEFAULT_SVG
    for path in render(svg, Path(argv[0])):
        print(f"render_icons: wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
