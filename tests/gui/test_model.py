"""The catalogue model and the search proxy, checked by Qt's model tester in every state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from httpcodes.catalogue import Catalogue, load_catalogue
from httpcodes.gui.code_tree import MAX_SHOWN, CodeList
from httpcodes.gui.model import CatalogueModel
from httpcodes.gui.proxy import ToggleFilterProxy
from httpcodes.gui.roles import Role
from httpcodes.gui.state import SessionState

# The list is a widget: it needs the application.
pytestmark = pytest.mark.usefixtures("qapp")


def make_list(catalogue: Catalogue | None = None) -> tuple[SessionState, CodeList]:
    """The list of codes following a session state of its own (no settings)."""
    state = SessionState(catalogue or load_catalogue())
    return state, CodeList(state)


def make_proxy() -> tuple[CatalogueModel, ToggleFilterProxy, SessionState, CodeList]:
    state, listing = make_list()
    return listing.model, listing.proxy, state, listing


def visible_ids(proxy: ToggleFilterProxy) -> list[str]:
    ids: list[str] = []
    for class_row in range(proxy.rowCount()):
        parent = proxy.index(class_row, 0)
        ids.extend(
            proxy.index(row, 0, parent).data(Role.ID) for row in range(proxy.rowCount(parent))
        )
    return ids


def test_model_structure_and_roles(qtmodeltester: ModelTester) -> None:
    model, proxy, _, _listing = make_proxy()
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    client_errors = model.index(3, 0)
    assert client_errors.data(Role.TITLE) == "4xx Client Error"
    # The tree's filter tells the model how many codes it shows under each class.
    shown = proxy.rowCount(proxy.mapFromSource(client_errors))
    assert shown > 40
    assert client_errors.data() == f"4xx Client Error · {shown}"
    assert client_errors.data(Role.KIND) == "class"
    not_found = model.index_of("404")
    assert not_found.parent() == client_errors
    assert not_found.data() == "404 Not Found"
    assert not_found.data(Role.CODE) == 404
    assert not_found.data(Role.PHRASE) == "Not Found"
    assert not_found.data(Role.STATUS) == "permanent"
    assert not_found.data(Role.CACHEABLE) is True
    assert not_found.data(Role.SPECS)[0].label == "RFC 9110 §15.5.5"
    assert model.flags(not_found) & Qt.ItemFlag.ItemNeverHasChildren
    vendor = model.index_of("499-nginx")
    assert "nginx" in vendor.data()
    assert vendor.data(Role.IS_STANDARD) is False
    assert not model.index_of("999").isValid()
    assert model.rowCount(not_found) == 0
    assert not model.index(0, 1).isValid()


def test_proxy_passes_the_model_tester_in_every_state(qtmodeltester: ModelTester) -> None:
    _, proxy, state, _listing = make_proxy()
    qtmodeltester.check(proxy)
    all_ids = visible_ids(proxy)
    assert all_ids[:3] == ["100", "101", "102"]

    state.set_query("gateway")
    qtmodeltester.check(proxy)
    filtered = visible_ids(proxy)
    assert set(filtered) >= {"502", "504"}
    assert len(filtered) < len(all_ids)

    state.set_filters(classes=["1xx", "2xx", "3xx", "4xx"])
    qtmodeltester.check(proxy)
    assert not any(i.startswith("5") for i in visible_ids(proxy))

    state.set_query("zzqqxxjj")
    qtmodeltester.check(proxy)
    assert visible_ids(proxy) == []
    assert proxy.rowCount() == 0

    state.set_query("")
    state.set_filters(classes=["1xx", "2xx", "3xx", "4xx", "5xx"])
    qtmodeltester.check(proxy)
    assert visible_ids(proxy) == all_ids


def test_results_are_in_relevance_order_and_classes_count_matches() -> None:
    _, proxy, state, _listing = make_proxy()
    state.set_query("timeout")
    server_errors = next(
        proxy.index(r, 0)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(Role.ID) == "5xx"
    )
    children = [
        proxy.index(r, 0, server_errors).data(Role.ID) for r in range(proxy.rowCount(server_errors))
    ]
    assert children[0] == "504"
    assert server_errors.data() == f"5xx Server Error · {len(children)}"


def test_unofficial_toggle_and_favourites_filter() -> None:
    _, proxy, state, _listing = make_proxy()
    state.set_filters(show_unofficial=False)
    assert "499-nginx" not in visible_ids(proxy)
    assert "404" in visible_ids(proxy)
    state.set_favourite("404", True)
    state.set_favourite("503", True)
    state.set_filters(favourites_only=True)
    assert visible_ids(proxy) == ["404", "503"]


def test_a_change_of_query_and_filters_refilters_the_list_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    _, proxy, state, _listing = make_proxy()
    state.set_filters(show_unofficial=False)
    resets: list[int] = []
    proxy.modelReset.connect(lambda: resets.append(1))
    proxy.layoutChanged.connect(lambda: resets.append(2))
    state.set_query("nginx")
    # Going to a hidden code turns the vendor toggle on and clears the query in one go.
    resets.clear()
    entries: list[str] = []
    state.entry_changed.connect(entries.append)
    state.show_entry("499-nginx")
    assert entries == ["499-nginx"]
    assert len(resets) == 1
    assert state.show_unofficial and state.query == "nginx"
    # A code the query leaves out: the query goes, in the same single refilter.
    state.set_query("teapot")
    resets.clear()
    entries.clear()
    state.show_entry("404")
    assert entries == ["404"]
    assert len(resets) == 1
    assert state.query == ""


def test_the_best_match_of_a_new_query_goes_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    _, proxy, state, _listing = make_proxy()
    with qtbot.waitSignal(state.entry_changed, timeout=1000):
        state.set_query("teapot")
    assert visible_ids(proxy) == ["418"]
    assert state.entry_id == "418"
    assert not proxy.mapToSource(QModelIndex()).isValid()


def test_a_search_with_very_many_matches_puts_only_the_best_in_the_tree(
    qtmodeltester: ModelTester,
) -> None:
    base = load_catalogue()
    template = base.get("599-proxy")
    assert template is not None
    extra = tuple(
        template._replace(id=f"599-synthetic-{i}", phrase=f"Synthetic Gateway {i}", keywords=())
        for i in range(MAX_SHOWN + 150)
    )
    catalogue = Catalogue(base.classes, base.entries + extra)
    state, listing = make_list(catalogue)
    proxy = listing.proxy
    counts: list[str] = []
    listing.counted.connect(counts.append)
    state.set_query("synthetic gateway")
    qtmodeltester.check(proxy)
    shown = visible_ids(proxy)
    assert len(shown) == MAX_SHOWN
    assert "150 more: refine the search" in counts[-1]
    state.set_query("")
    assert len(visible_ids(proxy)) == len(catalogue.entries)
