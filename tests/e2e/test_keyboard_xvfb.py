"""The keyboard on a real X server: focus and shortcuts as a user meets them.

Offscreen, Qt decides focus and activation by itself; here a real X server and real key
events (xdotool) decide them, as on a desktop. Each test reads back what the user sees: the
window's title names the code on screen, the clipboard holds what was copied, and the
settings file written at exit names the code on screen then (``last_entry``)."""

from __future__ import annotations

import configparser
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.xvfb import RunningApp

pytestmark = pytest.mark.xvfb

StartApp = Callable[..., RunningApp]
TITLE_404 = "404 Not Found — httpcodes"
TITLE_500 = "500 Internal Server Error — httpcodes"


def code_in(title: str) -> str:
    """The code a title names ("404 Not Found — httpcodes" -> "404"), "" for none."""
    match = re.match(r"(\d{3}\S*) ", title)
    return match.group(1) if match else ""


def saved_settings(user_dirs: Path) -> configparser.ConfigParser:
    """The settings file the window wrote when it closed (tests/conftest.py's folders)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(user_dirs / "config" / "settings.ini", encoding="utf-8")
    return parser


def entry_at_exit(app: RunningApp, user_dirs: Path) -> str:
    """Quit as a user does (Ctrl+Q) and read the code that was on screen then."""
    assert app.quit() == 0
    return saved_settings(user_dirs).get("session", "last_entry", fallback="")


def show(app: RunningApp, code: str) -> None:
    """Search for a code the way a user does and wait until it is on screen."""
    app.key("ctrl+k")
    app.type(code)
    app.wait_for_title(lambda title: code_in(title) == code)


# -- search, typing, back and forward, copying, the session ---------------------------------


@pytest.mark.parametrize("key", ["slash", "ctrl+k", "ctrl+l"])
def test_each_search_key_puts_the_keyboard_in_the_search_box(start_app: StartApp, key: str) -> None:
    app = start_app()
    app.type("40")  # typing anywhere searches: the box now holds "40"
    app.key("ctrl+shift+l")  # the keyboard goes to the list
    app.key(key, "End")  # in the box, End only moves the cursor; in the list it would select
    app.type("4")
    assert app.wait_for_title(TITLE_404) == TITLE_404


def test_search_then_enter_opens_the_code(start_app: StartApp) -> None:
    app = start_app()
    app.key("slash")
    app.type("not found")
    app.key("Return")
    assert app.wait_for_title(TITLE_404) == TITLE_404


@pytest.mark.parametrize("place", ["ctrl+shift+l", "ctrl+shift+k"], ids=["list", "details"])
def test_typing_anywhere_starts_a_search(start_app: StartApp, place: str) -> None:
    app = start_app()
    app.key(place)
    app.type("404")
    assert app.wait_for_title(TITLE_404) == TITLE_404


def test_escape_clears_the_search_box(start_app: StartApp) -> None:
    app = start_app()
    show(app, "404")
    app.key("Escape", "ctrl+k", "End")
    app.type("500")  # "404500" finds nothing if the box was not cleared
    assert app.wait_for_title(TITLE_500) == TITLE_500


def test_alt_left_goes_back_and_alt_right_forward(start_app: StartApp) -> None:
    app = start_app()
    show(app, "404")
    show(app, "500")
    app.key("alt+Left")
    assert app.wait_for_title(TITLE_404) == TITLE_404
    app.key("alt+Right")
    assert app.wait_for_title(TITLE_500) == TITLE_500


def test_copy_code_puts_the_number_on_the_clipboard(start_app: StartApp) -> None:
    app = start_app()
    show(app, "404")
    app.key("ctrl+alt+c")
    assert app.clipboard(lambda text: text == "404") == "404"


def test_the_code_on_screen_and_favourites_are_saved_at_exit(
    start_app: StartApp, user_dirs: Path
) -> None:
    app = start_app()
    show(app, "429")
    app.key("ctrl+d")
    assert entry_at_exit(app, user_dirs) == "429"
    assert saved_settings(user_dirs).get("session", "favourites") == "429"
    again = start_app()
    assert code_in(again.wait_for_title(lambda title: code_in(title) != "")) == "429"


# -- what issue 16 changed: each of these failed on the window before it ---------------------


def test_ctrl_u_toggles_unofficial_codes_and_keeps_the_query(
    start_app: StartApp, user_dirs: Path
) -> None:
    app = start_app()
    assert app.quit() == 0
    shown_at_first = saved_settings(user_dirs).get("view", "show_unofficial")
    app = start_app()
    app.key("ctrl+k")
    app.type("40")
    app.key("ctrl+u")
    app.type("4")  # "404" if the query was kept, "4" if Ctrl+U wiped it
    assert entry_at_exit(app, user_dirs) == "404"
    assert saved_settings(user_dirs).get("view", "show_unofficial") != shown_at_first


def test_escape_keeps_the_code_on_screen(start_app: StartApp, user_dirs: Path) -> None:
    app = start_app()
    show(app, "404")
    app.key("ctrl+k")
    app.type("rate limit")  # the best match, 429, comes on screen as the words are typed
    app.wait_for_title(lambda title: code_in(title) == "429")
    app.key("Escape")
    assert entry_at_exit(app, user_dirs) == "429"


def test_enter_opens_the_result_and_gives_the_keyboard_to_the_details(
    start_app: StartApp,
) -> None:
    app = start_app()
    app.key("ctrl+k")
    app.type("not found")
    app.wait_for_title(TITLE_404)  # the best match is on screen as the words are typed
    app.key("Return")
    app.key("ctrl+a", "ctrl+c")  # in the details: the whole page; in the box: "not found"
    copied = app.clipboard(lambda text: len(text) > 200)
    assert copied.startswith("404") and "Not Found" in copied and len(copied) > 200, copied


def test_f6_moves_the_keyboard_from_the_search_box_to_the_list(
    start_app: StartApp, user_dirs: Path
) -> None:
    app = start_app()
    app.key("ctrl+k")
    app.type("40")  # the list holds the 40x codes
    first = code_in(app.wait_for_title(lambda title: code_in(title) != ""))
    app.key("F6", "End")  # in the list, End selects its last code; in the box it does nothing
    assert entry_at_exit(app, user_dirs) not in ("", first)


def test_ctrl_f_finds_in_the_page_without_leaving_the_code(
    start_app: StartApp, user_dirs: Path
) -> None:
    app = start_app()
    show(app, "404")
    app.key("ctrl+f")
    app.type("server")  # in the global search this would show a 5xx code
    app.key("Return", "Escape")
    assert entry_at_exit(app, user_dirs) == "404"


def zoom_at_exit(app: RunningApp, user_dirs: Path) -> float:
    app.quit()
    view = (
        saved_settings(user_dirs)["view"] if saved_settings(user_dirs).has_section("view") else {}
    )
    values = [float(v) for k, v in view.items() if "zoom" in k and re.fullmatch(r"-?[\d.]+", v)]
    assert values, "no zoom in the settings"
    return values[0]


def test_zoom_keys_change_the_text_size_and_it_is_remembered(
    start_app: StartApp, user_dirs: Path
) -> None:
    app = start_app()
    show(app, "404")
    app.key("ctrl+plus", "ctrl+plus")
    larger = zoom_at_exit(app, user_dirs)
    app = start_app()
    app.key("ctrl+minus")
    smaller = zoom_at_exit(app, user_dirs)
    app = start_app()
    app.key("ctrl+0")
    default = zoom_at_exit(app, user_dirs)
    assert larger > smaller > default
