"""Where httpcodes keeps the user's files: settings, their own catalogues, logs.

Follows the XDG base directory conventions on Linux; ``HTTPCODES_CONFIG_DIR``,
``HTTPCODES_STATE_DIR`` and ``HTTPCODES_CACHE_DIR`` override them (tests and the frozen
program's smoke test use them)."""

from __future__ import annotations

import os

# No ``typing`` on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

# The folders are worked out as strings: the terminal command needs them before anything
# else and should not pay for importing pathlib; the Path forms are for everyone else.


def _base(variable: str, xdg_variable: str, fallback: str) -> str:
    override = os.environ.get(variable)
    if override:
        return override
    xdg = os.environ.get(xdg_variable)
    root = xdg if xdg and os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), fallback)
    return os.path.join(root, "httpcodes")


def config_path(*parts: str) -> str:
    """A path inside the user's configuration folder, as a string."""
    return os.path.join(_base("HTTPCODES_CONFIG_DIR", "XDG_CONFIG_HOME", ".config"), *parts)


def config_dir() -> Path:
    """The user's configuration folder (settings, their own catalogue files)."""
    from pathlib import Path

    return Path(config_path())


def state_dir() -> Path:
    """The user's state folder (logs, crash traces)."""
    from pathlib import Path

    return Path(_base("HTTPCODES_STATE_DIR", "XDG_STATE_HOME", ".local/state"))


def state_path(*parts: str) -> str:
    """A path inside the user's state folder, as a string (without importing pathlib)."""
    return os.path.join(_base("HTTPCODES_STATE_DIR", "XDG_STATE_HOME", ".local/state"), *parts)


def cache_dir() -> str:
    """The user's cache folder (a compiled copy of the catalogue)."""
    return _base("HTTPCODES_CACHE_DIR", "XDG_CACHE_HOME", ".cache")


def log_file() -> Path:
    """The log that crashes and warnings are written to."""
    return state_dir() / "httpcodes.log"
