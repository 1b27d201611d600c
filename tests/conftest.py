"""Shared test set-up: headless Qt, and every test's user folders in a temporary place."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point settings, user catalogues and logs at a throwaway folder for every test."""
    config = tmp_path / "config"
    state = tmp_path / "state"
    monkeypatch.setenv("HTTPCODES_CONFIG_DIR", str(config))
    monkeypatch.setenv("HTTPCODES_STATE_DIR", str(state))
    monkeypatch.setenv("HTTPCODES_CACHE_DIR", str(tmp_path / "cache"))
    # The single-instance socket (httpcodes.instance), never the user's running window's.
    monkeypatch.setenv("HTTPCODES_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    # English unless a test asks for another language.
    monkeypatch.setenv("LANG", "C.UTF-8")
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    return tmp_path


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """The application is created as httpcodes creates it (pytest-qt reads this fixture)."""
    from httpcodes.gui.theme import STYLE_ARGUMENTS

    return ["httpcodes", *STYLE_ARGUMENTS]


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Translators are global to the application: leave it in English after every test."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        from httpcodes.gui.language import shared_translations

        shared_translations().apply("en")
