"""The settings file: what the window saves comes back, and a value it cannot use falls back
to its default with one problem noted (never a failure to start)."""

from __future__ import annotations

from pathlib import Path

import pytest

from httpcodes.gui.settings import CLASS_KEYS, Settings, settings_file


def test_a_first_start_has_the_defaults_and_no_problems(user_dirs: Path) -> None:
    settings = Settings()
    assert settings.path == settings_file() == user_dirs / "config" / "settings.ini"
    assert (settings.theme, settings.language) == ("system", "system")
    assert settings.show_unofficial is True and settings.favourites_only is False
    assert settings.enabled_classes == list(CLASS_KEYS)
    assert settings.favourites == settings.recent == []
    assert settings.last_entry is None and settings.geometry is None
    assert settings.problems == []
    assert not settings.path.exists()  # reading writes nothing


def test_what_is_saved_comes_back_in_a_new_session(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    saved = {
        "view/theme": "dark",
        "view/language": "zh-CN",
        "view/show_unofficial": False,
        "view/favourites_only": True,
        "view/classes": ["4xx", "5xx"],
        "session/favourites": ["429", "404", "429"],
        "session/recent": [str(code) for code in range(400, 420)],
        "session/last_entry": "499-nginx",
    }
    assert Settings(path).save(saved)
    again = Settings(path)
    assert again.theme == "dark" and again.language == "zh-CN"
    assert again.show_unofficial is False and again.favourites_only is True
    assert again.enabled_classes == ["4xx", "5xx"]
    assert again.favourites == ["429", "404"]  # a repeat is dropped
    assert again.recent == [str(code) for code in range(400, 412)]  # the twelve newest
    assert again.last_entry == "499-nginx"
    assert again.problems == []
    assert "[view]" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "read", "expected", "problem"),
    [
        ("[view]\ntheme=neon\n", "theme", "system", "ignored view/theme='neon'"),
        ("[view]\nlanguage=fr\n", "language", "system", "ignored view/language='fr'"),
        ("[view]\nshow_unofficial=maybe\n", "show_unofficial", True, "show_unofficial"),
        ("[view]\nfavourites_only=FALSE\n", "favourites_only", False, ""),
        ("[view]\nclasses=6xx, 7xx\n", "enabled_classes", list(CLASS_KEYS), ""),
        ("[view]\nclasses=2xx\n", "enabled_classes", ["2xx"], ""),
        ("[session]\nfavourites=404, , " + "x" * 65 + "\n", "favourites", ["404"], ""),
        ("[session]\nfavourites=@ByteArray(404)\n", "favourites", [], "not a list"),
        ("[window]\ngeometry=not bytes\n", "geometry", None, "not saved window state"),
    ],
)
def test_a_value_that_cannot_be_used_reads_as_its_default(
    tmp_path: Path, text: str, read: str, expected: object, problem: str
) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    settings = Settings(path)
    assert getattr(settings, read) == expected
    if problem:
        assert len(settings.problems) == 1 and problem in settings.problems[0]
        getattr(settings, read)
        assert len(settings.problems) == 1  # noted once, however often it is read
    else:
        assert settings.problems == []


def test_a_file_of_another_version_is_read_value_by_value_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    original = "[meta]\nversion=7\n[view]\ntheme=light\n"
    path.write_text(original, encoding="utf-8")
    settings = Settings(path)
    assert settings.theme == "light"
    assert any("version" in p for p in settings.problems)
    assert settings.save({"view/theme": "dark"})
    assert settings.save({"view/theme": "light"})
    backup = path.with_name("settings.ini.bak")
    assert backup.read_text(encoding="utf-8") == original  # the first write kept it, once
    assert Settings(path).theme == "light"


def test_a_file_that_cannot_be_written_says_so_once(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    settings = Settings(blocker / "settings.ini")
    assert not settings.save({"view/theme": "dark"})
    assert not settings.save({"view/theme": "light"})
    assert len([p for p in settings.problems if "cannot write" in p]) == 1
