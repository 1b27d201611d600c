"""The Chinese font that ships with httpcodes, for systems that have none of their own.

resources/fonts/ holds a subset of Noto Sans CJK SC (SIL OFL; made by
packaging/make_cjk_subset.py): every Han character of the catalogue and the interface and the
everyday set. Without a Chinese font every Han character would draw as an empty box, with no
warning. It is registered only when the system's fonts have no Chinese, and only when Chinese is
about to be drawn: at once for the Chinese interface, after the first paint for the English one
(where Chinese appears only once the user types it or opens the language menu), so that
English start-up pays nothing for it. Once registered, Qt's ordinary fallback (fontconfig's
coverage of each character) draws Han characters with it.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtGui import QFontDatabase

from httpcodes.resources import resource_path

log = logging.getLogger(__name__)
FONT_FILE = ("fonts", "NotoSansCJKsc-Subset.otf")
# The answer of ensure_chinese_font, once it has been given (it does not change).
_checked: list[bool] = []


def system_has_chinese_font() -> bool:
    """True when a font installed on the system covers Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_chinese_font() -> bool:
    """Register the shipped font unless the system has a Chinese font; True when Chinese can
    be drawn (by either). Checks once per process; needs a QGuiApplication."""
    if _checked:
        return _checked[0]
    if system_has_chinese_font():
        _checked.append(True)
        return True
    path = resource_path(*FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(path) if os.path.isfile(path) else -1
    if font_id < 0:
        log.warning("no Chinese font on this system, and %s could not be loaded", path)
        _checked.append(False)
        return False
    log.info("no Chinese font on this system: using the shipped %s", os.path.basename(path))
    _checked.append(True)
    return True
