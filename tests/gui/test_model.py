"""The catalogue model and the search proxy, checked by Qt's model tester in every state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from httpcodes.catalogue import Catalogue, load_catalogue
from httpcodes.gui.model import CatalogueModel
from httpcodes.gui.proxy import MAX_SHOWN, SearchFilterProxy
from httpcodes.gui.roles import Role
from httpcodes.search import SearchEngine


def make_proxy() -> tuple[CatalogueModel, SearchFilterProxy]:
    catalogue = load_catalogue()
    model = CatalogueModel()
    model.set_catalogue(catalogue)
    proxy = SearchFilterProxy(model, lambda: SearchEngine(catalogue.entries, catalogue.classes))
    return model, proxy


def visible_ids(proxy: SearchFilterProxy) -> list[str]:
    ids: list[str] = []
    for class_row in range(proxy.rowCount()):
        parent = proxy.index(class_row, 0)
        ids.extend(
            proxy.index(row, 0, parent).data(Role.ID) for row in range(proxy.rowCount(parent))
        )
    return ids


def test_model_structure_and_roles(qtmodeltester: ModelTester) -> None:
    model, proxy = make_proxy()
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
    _, proxy = make_proxy()
    qtmodeltester.check(proxy)
    all_ids = visible_ids(proxy)
    assert all_ids[:3] == ["100", "101", "102"]

    proxy.set_query("gateway")
    qtmodeltester.check(proxy)
    filtered = visible_ids(proxy)
    assert set(filtered) >= {"502", "504"}
    assert len(filtered) < len(all_ids)

    proxy.set_enabled_classes(["1xx", "2xx", "3xx", "4xx"])
    qtmodeltester.check(proxy)
    assert not any(i.startswith("5") for i in visible_ids(proxy))

    proxy.set_query("zzqqxxjj")
    qtmodeltester.check(proxy)
    assert visible_ids(proxy) == []
    assert proxy.rowCount() == 0

    proxy.set_query("")
    proxy.set_enabled_classes(["1xx", "2xx", "3xx", "4xx", "5xx"])
    qtmodeltester.check(proxy)
    assert visible_ids(proxy) == all_ids


def test_results_are_in_relevance_order_and_classes_count_matches() -> None:
    _, proxy = make_proxy()
    proxy.set_query("timeout")
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
    _, proxy = make_proxy()
    proxy.set_show_unofficial(False)
    assert "499-nginx" not in visible_ids(proxy)
    assert "404" in visible_ids(proxy)
    proxy.set_favourites(frozenset({"404", "503"}), only=True)
    assert visible_ids(proxy) == ["404", "503"]


def test_proxy_signals_each_new_query(qtbot) -> None:  # type: ignore[no-untyped-def]
    _, proxy = make_proxy()
    with qtbot.waitSignal(proxy.refiltered, timeout=1000):
        proxy.set_query("teapot")
    assert visible_ids(proxy) == ["418"]
    assert proxy.first_entry_index().data(Role.ID) == "418"
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
    model = CatalogueModel()
    model.set_catalogue(catalogue)
    proxy = SearchFilterProxy(model, lambda: SearchEngine(catalogue.entries, catalogue.classes))
    proxy.set_query("synthetic gateway")
    qtmodeltester.check(proxy)
    shown = visible_ids(proxy)
    assert len(shown) == MAX_SHOWN
    assert proxy.capped == 150
    proxy.set_query("")
    assert len(visible_ids(proxy)) == len(catalogue.entries)
