"""A cheaper form of the check PySide6 runs on every module imported after it.

Once ``PySide6.QtCore`` is imported, its import hook asks, for each newly imported module,
whether the module's source mentions ``PySide6`` (to know which modules may switch on its
``__feature__`` options). It asks through ``inspect.getsource``, which looks the module up
among every loaded module on each call: with PySide6's own modules loaded, about 0.2 ms a
module and some 15 ms of the window's start-up. The same answer comes from reading the file.

The hook's check is a private function of PySide6 (``shibokensupport.feature``); when it is
not where this module expects it, nothing is changed and PySide6 keeps its own.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = b"PySide6"


def uses_pyside(module: ModuleType) -> bool:
    """Whether the module's source file mentions PySide6, as PySide6's own check answers it:
    false for modules without a source file (built-in, extension or compiled-only ones)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return _MARK in source.read()
    except OSError:
        return False


def make_pysides_import_check_cheap() -> bool:
    """Put ``uses_pyside`` in place of PySide6's check; true when it was put there."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    # Only a check that takes the one module, as this one does: were a later PySide6 to
    # call it otherwise, every import after it would fail.
    code = getattr(check, "__code__", None)
    if feature is None or code is None or code.co_argcount != 1:
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
