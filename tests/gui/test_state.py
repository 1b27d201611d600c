"""The session state: one change, one signal; going to a hidden code reveals it at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from httpcodes.catalogue import load_catalogue
from httpcodes.gui.settings import Settings
from httpcodes.gui.state import ZOOM_MAX, ZOOM_MIN, SessionState


@pytest.fixture
def state(qtbot: QtBot) -> SessionState:
    return SessionState(load_catalogue())


def record(signal: object) -> list[object]:
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args))  # type: ignore[attr-defined]
    return seen


def test_a_change_of_several_filters_is_one_signal(state: SessionState) -> None:
    listing = record(state.listing_changed)
    filters = record(state.filters_changed)
    assert state.set_filters(classes=["4xx"], show_unofficial=False, favourites_only=False)
    assert (len(listing), len(filters)) == (1, 1)
    assert not state.set_filters(classes=["4xx"])  # no change, no signal
    assert len(listing) == 1


def test_going_to_a_hidden_code_reveals_it_in_one_step(state: SessionState) -> None:
    state.set_filters(classes=["2xx"], show_unofficial=False)
    state.set_query("teapot")
    listing = record(state.listing_changed)
    entries = record(state.entry_changed)
    assert state.show_entry("499-nginx")
    assert state.entry_id == "499-nginx"
    assert "4xx" in state.classes and state.show_unofficial and state.query == ""
    assert len(listing) == 1
    assert entries == [("499-nginx",)]
    assert not state.show_entry("999")


def test_history_records_chosen_codes_only(state: SessionState) -> None:
    state.show_entry("404")
    state.show_entry("410", record=False)
    state.show_entry("500")
    assert state.recent[:2] == ["500", "404"]
    state.back()
    assert state.entry_id == "404"
    state.forward()
    assert state.entry_id == "500"


def test_zoom_moves_in_even_steps_within_bounds(state: SessionState) -> None:
    zooms = record(state.zoom_changed)
    state.zoom_by(1)
    state.zoom_by(1)
    assert state.zoom == 120
    state.zoom_by(-50)
    assert state.zoom == ZOOM_MIN
    state.set_zoom(1000)
    assert state.zoom == ZOOM_MAX
    state.set_zoom(ZOOM_MAX)
    assert len(zooms) == 4


def test_favourites_are_saved_at_once(qtbot: QtBot) -> None:
    state = SessionState(load_catalogue(), Settings())
    state.set_favourite("429", True)
    state.set_favourite("nonsense", True)
    assert Settings().favourites == ["429"]
    again = SessionState(load_catalogue(), Settings())
    assert again.favourites == ["429"]
