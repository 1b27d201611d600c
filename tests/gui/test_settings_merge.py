"""Two windows on one settings file never lose each other's favourites (httpcodes.merge and
Settings.save)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from httpcodes.gui.settings import Settings
from httpcodes.merge import merge_recent, merge_set_like

ids = st.lists(st.sampled_from(["200", "301", "404", "418", "429", "503", "499-nginx"]))


@given(ids, ids, ids)
def test_the_merge_applies_only_this_windows_changes(
    base: list[str], mine: list[str], theirs: list[str]
) -> None:
    merged = merge_set_like(base, mine, theirs)
    assert len(merged) == len(set(merged))
    for item in set(mine) - set(base):
        assert item in merged  # added here: kept
    for item in set(base) - set(mine):
        assert item not in merged  # removed here: gone
    for item in set(theirs):
        if item in mine or item not in base:
            assert item in merged  # the other window's, untouched here: kept
    for item in merged:
        assert item in mine or item in theirs


def test_the_merge_keeps_the_files_order_then_this_windows() -> None:
    assert merge_set_like(["404"], ["404", "200", "418"], ["503", "404"]) == [
        "503",
        "404",
        "200",
        "418",
    ]


def test_recent_codes_put_this_windows_first_and_stay_short() -> None:
    assert merge_recent(["404", "200"], ["503", "404"], 12) == ["404", "200", "503"]
    assert merge_recent([str(n) for n in range(300, 310)], ["200", "201", "202"], 12) == [
        *(str(n) for n in range(300, 310)),
        "200",
        "201",
    ]


def test_two_windows_keep_each_others_favourites(user_dirs: Path) -> None:
    path = user_dirs / "config" / "settings.ini"
    path.parent.mkdir(parents=True)
    Settings(path).save({"session/favourites": ["404", "503"]})
    first = Settings(path)
    second = Settings(path)
    assert first.favourites == second.favourites == ["404", "503"]

    # The first window adds 418 and removes 503; the second adds 429. Both save.
    assert first.save({"session/favourites": ["404", "418"]})
    assert second.save({"session/favourites": ["404", "503", "429"]})
    assert Settings(path).favourites == ["404", "418", "429"]

    # The second window closes last and saves its own list again: nothing is lost.
    assert second.save({"session/favourites": ["404", "503", "429"]})
    assert Settings(path).favourites == ["404", "418", "429"]

    # The second window removes 404; the first, which never touched it, saves later.
    assert second.save({"session/favourites": ["503", "429"]})
    assert first.save({"session/favourites": ["404", "418"]})
    assert Settings(path).favourites == ["418", "429"]


def test_a_window_that_reloads_takes_the_file_as_its_base(user_dirs: Path) -> None:
    path = user_dirs / "settings.ini"
    first = Settings(path)
    second = Settings(path)
    second.save({"session/favourites": ["429"]})
    first.reload()
    assert first.favourites == ["429"]
    first.save({"session/favourites": []})  # removes what it now shows
    assert Settings(path).favourites == []


def test_other_values_are_still_written_as_given(user_dirs: Path) -> None:
    path = user_dirs / "settings.ini"
    first = Settings(path)
    second = Settings(path)
    first.save({"view/theme": "dark", "session/recent": ["404"]})
    second.save({"view/theme": "light", "session/recent": ["200"]})
    final = Settings(path)
    assert final.theme == "light"
    assert final.recent == ["200", "404"]


def test_a_window_in_another_process_keeps_its_favourites_too(user_dirs: Path) -> None:
    path = user_dirs / "settings.ini"
    here = Settings(path)
    other = (
        "import sys; from pathlib import Path; from httpcodes.gui.settings import Settings; "
        "s = Settings(Path(sys.argv[1])); s.save({'session/favourites': ['301']})"
    )
    done = subprocess.run(
        [sys.executable, "-c", other, str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert here.save({"session/favourites": ["418"]})
    assert Settings(path).favourites == ["301", "418"]


def test_a_window_takes_the_favourites_another_saved_when_activated(
    qtbot: QtBot, user_dirs: Path
) -> None:
    from httpcodes.catalogue import load_catalogue
    from httpcodes.gui.single_instance import FollowOtherWindows
    from httpcodes.gui.window import MainWindow

    first = MainWindow(load_catalogue(), Settings())
    second = MainWindow(load_catalogue(), Settings())
    for window in (first, second):
        qtbot.addWidget(window)
        window.installEventFilter(FollowOtherWindows(window))
    first.show()
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.state.set_favourite("418", True)
    changed: list[bool] = []
    second.state.favourites_changed.connect(lambda: changed.append(True))
    second.show()
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    assert second.state.favourites == ["418"]
    assert changed == [True]
    # The second removes it; the first, activated again, follows; nothing comes back.
    second.state.set_favourite("418", False)
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    assert first.state.favourites == []
    first.save_state()
    assert Settings().favourites == []
