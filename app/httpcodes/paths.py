"""Where httpcodes keeps the user's files: settings, their own catalogues, logs.

Follows the XDG base directory conventions on Linux; ``HTTPCODES_CONFIG_DIR`` and
``HTTPCODES_STATE_DIR`` override both (tests and the frozen program's smoke test use them)."""

from __future__ import annotations

import os
from pathlib import Path


def _base(variable: str, xdg_variable: str, fallback: str) -> Path:
    override = os.environ.get(variable)
    if override:
        return Path(override)
    xdg = os.environ.get(xdg_variable)
    root = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / fallback
    return root / "httpcodes"


def config_dir() -> Path:
    """The user's configuration folder (settings, their own catalogue files)."""
    return _base("HTTPCODES_CONFIG_DIR", "XDG_CONFIG_HOME", ".config")


def state_dir() -> Path:
    """The user's state folder (logs, crash traces)."""
    return _base("HTTPCODES_STATE_DIR", "XDG_STATE_HOME", ".local/state")


def log_file() -> Path:
    """The log that crashes and warnings are written to."""
    return state_dir() / "httpcodes.log"
