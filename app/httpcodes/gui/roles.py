"""The item roles through which views read the catalogue model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    """Named roles; every catalogue field is reachable through one of them."""

    ENTRY = _BASE + 1  # the Entry object (code rows) or None
    STATUS_CLASS = _BASE + 2  # the StatusClass object (class rows)
    KIND = _BASE + 3  # "class" or "entry"
    ID = _BASE + 4  # entry id ("404", "499-nginx") or class key ("4xx")
    CODE = _BASE + 5
    PHRASE = _BASE + 6
    NAME = _BASE + 7
    STATUS = _BASE + 8
    DEPRECATED = _BASE + 9
    ORIGIN = _BASE + 10
    SUMMARY = _BASE + 11
    DESCRIPTION = _BASE + 12
    FORMER_PHRASES = _BASE + 13
    INTRODUCED = _BASE + 14
    SPECS = _BASE + 15
    CACHEABLE = _BASE + 16
    RETRY = _BASE + 17
    HEADERS = _BASE + 18
    RELATED = _BASE + 19
    EXAMPLE = _BASE + 20
    CONSTANTS = _BASE + 21
    KEYWORDS = _BASE + 22
    IS_STANDARD = _BASE + 23
    TITLE = _BASE + 24
    CLASS_KEY = _BASE + 25
    VENDOR = _BASE + 26
    SOURCE = _BASE + 27


ROLE_NAMES: dict[Role, bytes] = {role: role.name.lower().encode() for role in Role}
