"""Back/forward history and the recent list, as the window's Back and Forward use them."""

from __future__ import annotations

from httpcodes.navigation import History, remember_recent


def test_back_and_forward_walk_the_visits_like_a_browser() -> None:
    history = History()
    assert history.current is None
    assert history.back() is None and history.forward() is None
    for item in ("404", "500", "429"):
        history.visit(item)
    assert history.back() == "500"
    assert history.back() == "404"
    assert history.back() is None  # nothing before the first visit
    assert history.current == "404"
    assert history.forward() == "500"
    assert history.forward() == "429"
    assert history.forward() is None


def test_a_new_visit_after_going_back_drops_the_forward_branch() -> None:
    history = History()
    for item in ("404", "500", "429"):
        history.visit(item)
    history.back()
    history.back()
    history.visit("301")
    assert not history.can_go_forward()
    assert history.back() == "404"


def test_visiting_the_code_on_screen_again_adds_nothing() -> None:
    history = History()
    history.visit("404")
    history.visit("404")
    assert not history.can_go_back()


def test_the_history_keeps_only_its_newest_visits() -> None:
    history = History(limit=3)
    for item in ("100", "200", "300", "400"):
        history.visit(item)
    assert history.back() == "300"
    assert history.back() == "200"
    assert history.back() is None


def test_recent_codes_put_the_latest_first_without_repeats_and_stay_short() -> None:
    recent = ["500", "404", "429"]
    assert remember_recent(recent, "404") == ["404", "500", "429"]
    assert remember_recent(recent, "301", limit=3) == ["301", "500", "404"]
    assert recent == ["500", "404", "429"]  # the caller's list is left alone
