"""Preferences and session state, kept with QSettings in the user's config folder.

Every value is checked on the way in: a missing, corrupt or foreign value falls back to its
default and is logged once, so a damaged settings file never stops the window from opening."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QSettings

from httpcodes.merge import merge_recent, merge_set_like
from httpcodes.paths import config_dir

SETTINGS_VERSION: Final = 1
THEMES: Final = ("system", "light", "dark")
CLASS_KEYS: Final = ("1xx", "2xx", "3xx", "4xx", "5xx")
MAX_LIST: Final = 500
MAX_RECENT: Final = 12
FAVOURITES_KEY: Final = "session/favourites"
RECENT_KEY: Final = "session/recent"

log = logging.getLogger(__name__)


def settings_file() -> Path:
    """The INI file that holds the settings."""
    return config_dir() / "settings.ini"


def _as_text_list(value: object) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


class Settings:
    """Typed access to the settings; unreadable values read as defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._warned: set[str] = set()
        self._backed_up = False
        self.problems: list[str] = []
        if self._qsettings.status() != QSettings.Status.NoError:
            self._problem("file", f"cannot read {self.path}; using defaults")
        elif not self._qsettings.allKeys() and self._non_empty_file():
            self._problem("file", f"could not understand {self.path}; using defaults")
        version = self._qsettings.value("meta/version")
        if version is not None and str(version) != str(SETTINGS_VERSION):
            self._problem(
                "meta/version",
                f"settings version {version!r} is not ours; values checked one by one",
            )
        # The favourites as this object last read or wrote them: another window may change
        # the file meanwhile, and saving applies only this window's changes since (merge.py).
        self._base_favourites = self.favourites

    def _non_empty_file(self) -> bool:
        try:
            return self.path.stat().st_size > 0
        except OSError:
            return False

    def _problem(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.problems.append(message)
            log.warning("settings: %s", message)

    # -- reading -----------------------------------------------------------------------------

    def _text(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self._qsettings.value(key)
        if value is None:
            return default
        if isinstance(value, str) and value in allowed:
            return value
        self._problem(key, f"ignored {key}={value!r}")
        return default

    def _flag(self, key: str, default: bool) -> bool:
        value = self._qsettings.value(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        self._problem(key, f"ignored {key}={value!r}")
        return default

    def _list(self, key: str) -> list[str]:
        value = self._qsettings.value(key)
        items = _as_text_list(value)
        if items is None:
            if value is not None:
                self._problem(key, f"ignored {key}: not a list of text")
            return []
        return [item for item in items if 0 < len(item) <= 64][:MAX_LIST]

    def _number(self, key: str, low: int, high: int, default: int) -> int:
        value = self._qsettings.value(key)
        if value is None:
            return default
        text = str(value).strip()
        if text.isascii() and text.isdigit() and low <= int(text) <= high:
            return int(text)
        self._problem(key, f"ignored {key}={value!r}")
        return default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        if value is None:
            return None
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        self._problem(key, f"ignored {key}: not saved window state")
        return None

    @property
    def theme(self) -> str:
        return self._text("view/theme", THEMES, "system")

    @property
    def language(self) -> str:
        """``system``, ``en`` or ``zh-CN``."""
        return self._text("view/language", ("system", "en", "zh-CN"), "system")

    @property
    def zoom(self) -> int:
        """The text size in percent of the default (Ctrl+plus and Ctrl+minus change it)."""
        return self._number("view/zoom", 50, 300, 100)

    @property
    def show_unofficial(self) -> bool:
        return self._flag("view/show_unofficial", True)

    @property
    def close_to_tray(self) -> bool:
        """Closing the window hides it in the tray (where there is one) instead of quitting."""
        return self._flag("window/close_to_tray", False)

    @property
    def favourites_only(self) -> bool:
        return self._flag("view/favourites_only", False)

    @property
    def enabled_classes(self) -> list[str]:
        if self._qsettings.value("view/classes") is None:
            return list(CLASS_KEYS)
        keys = [k for k in self._list("view/classes") if k in CLASS_KEYS]
        return keys if keys else list(CLASS_KEYS)

    @property
    def favourites(self) -> list[str]:
        return list(dict.fromkeys(self._list(FAVOURITES_KEY)))

    @property
    def recent(self) -> list[str]:
        return list(dict.fromkeys(self._list(RECENT_KEY)))[:MAX_RECENT]

    @property
    def last_entry(self) -> str | None:
        items = self._list("session/last_entry")
        return items[0] if items else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    # -- writing -----------------------------------------------------------------------------

    def _back_up_before_first_write(self) -> None:
        """Keep a copy of a file we could not fully understand before rewriting it: it may
        come from a newer version, or hold favourites the user wants back."""
        if self._backed_up or not self.problems or not self.path.is_file():
            return
        self._backed_up = True
        backup = self.path.with_name(self.path.name + ".bak")
        try:
            shutil.copy2(self.path, backup)
            log.warning("settings: kept the previous file as %s", backup)
        except OSError as error:
            log.warning("settings: could not back up %s: %s", self.path, error)

    def reload(self) -> None:
        """Read what another window may have written since. A window that then takes
        ``favourites`` as its own list calls this first: the favourites read now become
        the base of the next merge."""
        self._qsettings.sync()
        self._base_favourites = self.favourites

    def save(self, values: dict[str, object]) -> bool:
        """Write several values at once; returns False (and logs once) if the file could
        not be written, for example because it is read-only.

        Favourites and recent codes are merged with what the file holds now rather than
        written over it (see httpcodes.merge): read them back with ``favourites`` and
        ``recent`` to see the other window's changes."""
        self._back_up_before_first_write()
        values = dict(values)
        favourites = _as_text_list(values.get(FAVOURITES_KEY))
        recent = _as_text_list(values.get(RECENT_KEY))
        if favourites is not None or recent is not None:
            self._qsettings.sync()  # what the other windows wrote since we last looked
            if favourites is not None:
                values[FAVOURITES_KEY] = merge_set_like(
                    self._base_favourites, favourites, self.favourites
                )
            if recent is not None:
                values[RECENT_KEY] = merge_recent(recent, self.recent, MAX_RECENT)
        self._qsettings.setValue("meta/version", SETTINGS_VERSION)
        for key, value in values.items():
            self._qsettings.setValue(key, value)
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.NoError:
            self._problem("write", f"cannot write {self.path}; settings not saved")
            return False
        if favourites is not None:
            # This window's own list, not the merged one: it still lacks the other window's
            # additions, which must not look like its removals at the next save.
            self._base_favourites = list(favourites)
        return True
