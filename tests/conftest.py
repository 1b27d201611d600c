"""Shared test set-up: headless Qt, and every test's user folders in a temporary place.

Two layers keep the tests off the user's real files: for the whole session, HOME and the XDG
folders point at a throwaway folder from before any test module is imported (so even a
module that loads the catalogue at import time writes nowhere real); for each test, the
autouse ``user_dirs`` points httpcodes' own folders at that test's tmp_path. The real
folders of httpcodes are listed before and after the session: any change fails the run."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from httpcodes.catalogue import Catalogue
    from httpcodes.search import SearchEngine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA_DIR = Path(__file__).parent / "data"

# What the session changes in os.environ, and the real folders it watches.
_SESSION_VARIABLES = ("HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
_OWN_VARIABLES = ("HTTPCODES_CONFIG_DIR", "HTTPCODES_STATE_DIR", "HTTPCODES_CACHE_DIR")
_SESSION_ROOT = pytest.StashKey[Path]()
_WATCHED = pytest.StashKey[dict[Path, dict[str, tuple[int, int]]]]()
_CHANGED = pytest.StashKey[tuple[list[str], list[str], bool]]()
_SAVED = pytest.StashKey[dict[str, str | None]]()


def real_user_folders() -> list[Path]:
    """httpcodes' folders in the real home, as the program finds them without overrides."""

    def base(variable: str, fallback: str) -> Path:
        value = os.environ.get(variable, "")
        root = Path(value) if os.path.isabs(value) else Path.home() / fallback
        return root / "httpcodes"

    return [
        base("XDG_CACHE_HOME", ".cache"),
        base("XDG_CONFIG_HOME", ".config"),
        base("XDG_STATE_HOME", ".local/state"),
    ]


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its modification time and size."""
    found: dict[str, tuple[int, int]] = {}
    if not folder.exists():
        return found
    for path in [folder, *folder.rglob("*")]:
        try:
            info = path.lstat()
        except OSError:
            continue
        found[str(path.relative_to(folder))] = (info.st_mtime_ns, info.st_size)
    return found


def pytest_configure(config: pytest.Config) -> None:
    """Before any test module is imported: list the real folders, then move HOME and the XDG
    folders of this process (and of every process the tests start) to a throwaway one."""
    watched = {folder: listing(folder) for folder in real_user_folders()}
    config.stash[_WATCHED] = watched
    config.stash[_SAVED] = {v: os.environ.get(v) for v in _SESSION_VARIABLES + _OWN_VARIABLES}
    root = Path(tempfile.mkdtemp(prefix="httpcodes-tests-"))
    config.stash[_SESSION_ROOT] = root
    home = root / "home"
    os.environ["HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / ".config")
    os.environ["XDG_STATE_HOME"] = str(home / ".local" / "state")
    os.environ["XDG_CACHE_HOME"] = str(home / ".cache")
    # Set by the lead's shell or a benchmark? The tests decide these per test (user_dirs).
    for variable in _OWN_VARIABLES:
        os.environ.pop(variable, None)
    home.mkdir()


def changes(before: dict[str, tuple[int, int]], folder: Path) -> list[str]:
    """What changed under ``folder`` since its listing ``before``, one line each."""
    after = listing(folder)
    found = []
    for name in sorted(set(before) | set(after)):
        if before.get(name) != after.get(name):
            state = "new" if name not in before else "gone" if name not in after else "changed"
            found.append(f"{folder / name} ({state})")
    return found


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """Fail the run if anything was written to httpcodes' folders outside a test's tmp_path.

    In the session's own home, anything at all is a leak (every test has its own folders):
    that check is exact. The real folders are shared with everything else the user runs (on
    a shared machine, other people's checkouts too), so a change there fails the run only
    where nothing else runs, in CI (``HTTPCODES_TESTS_STRICT_HOME=1``, set by .ci/run), and
    is reported everywhere."""
    config = session.config
    root = config.stash.get(_SESSION_ROOT, None)
    leaks: list[str] = []
    if root is not None:
        for folder in (".cache", ".config", ".local/state"):
            leaks += changes({}, root / "home" / folder / "httpcodes")
    real: list[str] = []
    for folder, before in config.stash.get(_WATCHED, {}).items():
        real += changes(before, folder)
    strict = os.environ.get("HTTPCODES_TESTS_STRICT_HOME") == "1"
    config.stash[_CHANGED] = (leaks, real, strict)
    if leaks or (real and strict):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Name what was written outside the tests' temporary folders."""
    leaks, real, strict = config.stash.get(_CHANGED, ([], [], False))
    if leaks:
        terminalreporter.section("tests wrote outside their temporary folders", red=True)
        terminalreporter.write_line(
            "(in the session's stand-in home: done at import time or by a session-wide "
            "fixture, not inside a test with its own folders)"
        )
        for line in leaks:
            terminalreporter.write_line(line)
    if real:
        title = "the user's real httpcodes folders changed during the tests"
        terminalreporter.section(title, red=strict, yellow=not strict)
        for line in real:
            terminalreporter.write_line(line)
        if not strict:
            terminalreporter.write_line(
                "(not an error here: another program may have written them; "
                "HTTPCODES_TESTS_STRICT_HOME=1 makes it one, as in CI)"
            )


def pytest_unconfigure(config: pytest.Config) -> None:
    """Put the environment back and remove the session's folder."""
    for variable, value in config.stash.get(_SAVED, {}).items():
        if value is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = value
    root = config.stash.get(_SESSION_ROOT, None)
    if root is not None:
        shutil.rmtree(root, ignore_errors=True)


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


@pytest.fixture(scope="session")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    """The built-in catalogue, loaded once for the session (inside a test, never at import:
    loading writes the compiled copy to the cache folder, here a folder of the session's)."""
    from httpcodes.catalogue import load_catalogue

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HTTPCODES_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        return load_catalogue()


@pytest.fixture(scope="session")
def search_engine(catalogue: Catalogue) -> SearchEngine:
    """One search engine over the catalogue and its translations, as the command builds it."""
    from httpcodes.catalogue.i18n import search_texts
    from httpcodes.search import SearchEngine

    return SearchEngine(catalogue.entries, catalogue.classes, search_texts())
