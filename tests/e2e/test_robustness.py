"""Faults and hostile input: the crash path, a missing display, damaged settings, fuzzing,
and proof that nothing touches the network."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from httpcodes.catalogue import Catalogue, Entry
from httpcodes.cli.main import main
from httpcodes.gui import crash
from httpcodes.gui.settings import settings_file
from httpcodes.paths import log_file, state_dir
from httpcodes.search import SearchEngine
from tests.cli_runner import COMMAND, run_cli
from tests.gui_helpers import open_window

hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Po", "Sm", "So"])),
    st.text(alphabet=".*+?()[]{}|^$\\/%'\"<>&;", max_size=50),
    st.sampled_from(
        ["\u202eevil", "مرحبا 404", "🙂" * 500, "a" * 100_000, "\x00", "4" * 50, "-" * 3]
    ),
)

# Words a user types at the command: codes and ids, near misses, search words, options.
command_words = st.one_of(
    hostile_text,
    st.sampled_from(
        [
            *("404", "499-nginx", "999", "4xx", "00404", "rate", "limit", "redirect", "重定向"),
            *("--json", "--limit", "0", "-1", "--class", "--lang", "zh-CN", "--", "-", "show"),
        ]
    ),
)


# -- fuzzing -----------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(query=hostile_text)
def test_search_engine_never_raises_and_returns_catalogue_entries(
    catalogue: Catalogue, search_engine: SearchEngine, query: str
) -> None:
    hits = search_engine.search(query)
    assert all(hit.entry in set(catalogue.entries) for hit in hits)
    assert len({hit.entry.id for hit in hits}) == len(hits)


@pytest.fixture
def one_engine(monkeypatch: pytest.MonkeyPatch, search_engine: SearchEngine) -> None:
    """The command builds its search engine on every call (a process runs one command): in
    the fuzz test below, every call over the built-in catalogue gets the session's one."""
    import httpcodes.search

    build = httpcodes.search.SearchEngine
    built_in = search_engine.entries

    def shared(entries: Sequence[Entry], *args: Any, **kwargs: Any) -> SearchEngine:
        if tuple(entries) == built_in:
            return search_engine
        return build(entries, *args, **kwargs)

    monkeypatch.setattr(httpcodes.search, "SearchEngine", shared)


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """A window launch from the terminal fuzz test is a bug of the test: record it instead."""
    from httpcodes.cli import gui_command

    launched: list[object] = []

    def refuse(options: object) -> int:
        launched.append(options)
        return 0

    monkeypatch.setattr(gui_command, "run_gui", refuse)
    return launched


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(command_words, min_size=1, max_size=3))
def test_terminal_command_never_raises(
    capsys: pytest.CaptureFixture[str],
    one_engine: None,
    no_window: list[object],
    words: list[str],
) -> None:
    commands = [["search", "--", *words], ["show", *words]]
    # Bare words pick their command (httpcodes 404, httpcodes rate limit); with nothing but
    # options, or "gui", they open the window: that case is the window's, not this test's.
    if not words[0].startswith("-") and words[0] != "gui":
        commands.append(words)
    for command in commands:
        status = main(command)
        captured = capsys.readouterr()
        assert status in (0, 1, 2), (command, captured.err)
        assert "Traceback" not in captured.err
        if status == 2:
            assert captured.err.startswith("httpcodes: "), (command, captured.err)
    assert no_window == []


@pytest.mark.parametrize("query", ["🙂 rate limit", "(((", "x" * 100_000, "\u202e404", "--json"])
def test_terminal_command_in_a_real_process(query: str) -> None:
    result = run_cli("search", "--", query)
    assert result.returncode in (0, 1)
    assert "Traceback" not in result.stderr


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("query"), hostile_text),
            st.tuples(st.just("class"), st.sampled_from(["1xx", "2xx", "3xx", "4xx", "5xx"])),
            st.tuples(st.just("unofficial"), st.booleans()),
            st.tuples(st.just("favourites"), st.booleans()),
        ),
        max_size=8,
    )
)
def test_search_box_and_filters_keep_the_model_valid(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    catalogue: Catalogue,
    steps: list[tuple[str, object]],
) -> None:
    known = set(catalogue.entries)
    window = open_window(qtbot)
    for kind, value in steps:
        if kind == "query":
            window.search_box.setText(str(value))
        elif kind == "class":
            window.action(f"class_{value}").toggle()
        elif kind == "unofficial":
            window.action("show_unofficial").setChecked(bool(value))
        else:
            window.action("favourites_only").setChecked(bool(value))
        entry = window.current_entry
        assert entry is None or entry in known
    qtmodeltester.check(window.code_list.proxy)
    window.close()


# -- crash path ----------------------------------------------------------------------------------


@pytest.fixture
def restore_hooks() -> Iterator[None]:
    hook = sys.excepthook
    yield
    sys.excepthook = hook


def test_an_unexpected_exception_is_logged_and_shown_and_the_app_carries_on(
    qtbot: QtBot, restore_hooks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash, "_route_qt_messages", lambda: None)  # pytest-qt owns Qt's log here
    window = open_window(qtbot)
    crash.install_crash_handlers()
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert boxes
    assert "boom in a slot" in boxes[0].informativeText()
    assert "RuntimeError" in boxes[0].detailedText()
    boxes[0].close()
    assert "boom in a slot" in log_file().read_text(encoding="utf-8")
    window.search_box.setText("404")
    qtbot.waitUntil(lambda: window.current_entry is not None and window.current_entry.code == 404)


def test_a_hard_crash_leaves_a_trace() -> None:
    probe = (
        "from httpcodes.gui.crash import install_crash_handlers; install_crash_handlers(); "
        "import faulthandler; faulthandler._sigsegv()"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "Fatal Python error" in (state_dir() / "faults.log").read_text(encoding="utf-8")


def test_qt_messages_go_to_the_log(tmp_path: Path) -> None:
    shot = tmp_path / "s.png"
    result = run_cli("gui", "--screenshot", str(shot))
    assert result.returncode == 0
    assert "propagateSizeHints" not in result.stderr
    assert "propagateSizeHints" in log_file().read_text(encoding="utf-8")


def test_no_display_is_one_clear_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [str(COMMAND)], capture_output=True, text=True, env=env, check=False, timeout=60
    )
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no display" in lines[0]


def test_x11_libraries_are_found_by_the_loader_cache_or_by_loading_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from httpcodes.gui import startup_checks

    present = "libc.so.6"  # loadable everywhere this runs, whatever the cache says
    libraries = {present: "libc6", "libhttpcodes-absent.so.9": "httpcodes-absent9"}
    monkeypatch.setattr(startup_checks, "XCB_LIBRARIES", libraries)
    display = {"DISPLAY": ":0"}
    own_folder = startup_checks._own_library_folders()[0]
    for listed, found in (
        (b"", False),
        # A copy for another architecture does not count.
        (b"/usr/lib/i386-linux-gnu/libhttpcodes-absent.so.9\0", False),
        (f"/usr/lib{own_folder}libhttpcodes-absent.so.9\0".encode(), True),
    ):
        cache = tmp_path / f"ld.so.cache-{len(listed)}"
        cache.write_bytes(b"glibc-ld.so.cache1.1" + listed)
        monkeypatch.setattr(startup_checks, "LOADER_CACHE_PATH", str(cache))
        monkeypatch.setattr(startup_checks, "_loader_cache", [])
        problem = startup_checks.display_problem(display)
        if found:
            assert problem is None
        else:
            assert problem is not None
            assert problem.endswith("sudo apt-get install httpcodes-absent9")


def test_missing_x_libraries_name_the_packages() -> None:
    from httpcodes.gui.startup_checks import explain_import_error

    message = explain_import_error(ImportError("libEGL.so.1: cannot open shared object file"))
    assert "apt-get install libegl1" in message


# -- settings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"[session]\nfavourites=404, 429\n[view]\ntheme=da",  # truncated mid-value
        bytes(range(256)) * 40,  # binary garbage
        b"[meta]\nversion=99\n[session]\nfavourites=404, 429\n"
        b"[view]\ntheme=neon\nclasses=@Variant(\\0\\0)",
    ],
    ids=["truncated", "garbage", "future-version"],
)
def test_damaged_settings_start_with_defaults_keep_favourites_and_a_backup(
    qtbot: QtBot, content: bytes
) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    window = open_window(qtbot)
    assert window.state.theme == "system"
    if b"favourites=404" in content:
        assert window.state.favourites == ["404", "429"]
    assert window.settings.problems
    window.close()
    backup = path.with_name(path.name + ".bak")
    assert backup.read_bytes() == content


def test_settings_that_cannot_be_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be")
    monkeypatch.setenv("HTTPCODES_CONFIG_DIR", str(blocker))
    window = open_window(qtbot)
    window.go_to("404")
    window.toggle_favourite()
    assert window.state.favourites == ["404"]
    window.close()
    assert blocker.read_text() == "a file where the config folder should be"
    assert any("cannot write" in p for p in window.settings.problems)
    assert not (blocker / "settings.ini").exists()


# -- offline ---------------------------------------------------------------------------------------


def test_the_window_never_opens_a_network_connection(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network use is a bug in httpcodes")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    window = open_window(qtbot)
    for query in ("404", "rate limit", "nginx", "rfc 9110"):
        window.search_box.setText(query)
    for code in ("404", "308", "499-nginx", "5xx"):
        window.go_to(code)
    window.copier.copy("markdown")
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
