"""A number with several meanings opens the one people meet most, as recorded with its reason
in meanings.json; the loader refuses an order that leaves a meaning out."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from httpcodes.catalogue import CatalogueError
from httpcodes.catalogue.load import read_catalogue
from httpcodes.catalogue.schema_built_in import parse_meanings
from httpcodes.resources import resource_path
from tests.cli_runner import run_cli

# The JSON files, read at import without the cached loader (which writes the cache folder).
CATALOGUE = read_catalogue()
MEANINGS = json.loads(Path(resource_path("catalogue", "meanings.json")).read_text(encoding="utf-8"))

USUAL = {
    "419": "419-laravel",
    "420": "420-twitter",
    "421": "421",
    "430": "430-shopify-security",
    "451": "451",
    "499": "499-nginx",
    "530": "530-cloudflare",
}


def test_every_shared_number_is_ranked_with_a_reason_and_sources() -> None:
    counts = Counter(e.code for e in CATALOGUE.entries)
    shared = {str(code) for code, count in counts.items() if count > 1}
    assert set(MEANINGS["numbers"]) == shared == set(USUAL)
    for number, item in MEANINGS["numbers"].items():
        assert item["order"][0] == USUAL[number]
        assert len(item["reason"]) > 40, number
        assert item["sources"], number


@pytest.mark.parametrize(("number", "usual"), sorted(USUAL.items()))
def test_the_catalogue_lists_the_usual_meaning_first(number: str, usual: str) -> None:
    meanings = CATALOGUE.for_code(int(number))
    assert [e.id for e in meanings] == MEANINGS["numbers"][number]["order"]
    assert meanings[0].id == usual


@pytest.mark.parametrize(("number", "usual"), [("499", "499-nginx"), ("530", "530-cloudflare")])
def test_show_and_search_put_the_usual_meaning_first(number: str, usual: str) -> None:
    shown = json.loads(run_cli("show", number, "--json").stdout)
    assert shown[0]["id"] == usual
    found = json.loads(run_cli("search", number, "--json").stdout)
    assert found[0]["id"] == usual
    text = run_cli("show", number).stdout
    other = MEANINGS["numbers"][number]["order"][1]
    origin = CATALOGUE.get(other)
    assert origin is not None and origin.origin
    first = CATALOGUE.get(usual)
    assert first is not None and first.origin
    assert text.index(first.origin) < text.index(origin.origin)


def test_a_constant_finds_its_own_meaning_first() -> None:
    found = json.loads(run_cli("search", "Status499ClientClosedRequest", "--json").stdout)
    assert found[0]["id"] == "499-nginx"


def test_an_order_that_leaves_out_a_meaning_is_refused() -> None:
    entries = list(read_catalogue().entries)
    broken = json.loads(json.dumps(MEANINGS))
    broken["numbers"]["499"]["order"] = ["499-nginx"]
    with pytest.raises(CatalogueError, match="every meaning of 499"):
        parse_meanings("meanings.json", broken, entries)
    missing = json.loads(json.dumps(MEANINGS))
    del missing["numbers"]["530"]
    with pytest.raises(CatalogueError, match="shared number"):
        parse_meanings("meanings.json", missing, entries)
    vendor_first = json.loads(json.dumps(MEANINGS))
    vendor_first["numbers"]["421"]["order"] = ["421-spring", "421"]
    with pytest.raises(CatalogueError, match="registry"):
        parse_meanings("meanings.json", vendor_first, entries)


def test_related_links_name_the_meaning_they_mean() -> None:
    for entry_id, code, target in (("408", 499, "499-nginx"), ("429", 420, "420-twitter")):
        entry = CATALOGUE.get(entry_id)
        assert entry is not None
        (related,) = [r for r in entry.related if r.code == code]
        assert related.target == target
    shown = json.loads(run_cli("show", "408", "--json").stdout)[0]
    assert {"code": 499, "id": "499-nginx"}.items() <= next(
        r for r in shown["related"] if r["code"] == 499
    ).items()
    assert "499 (nginx):" in run_cli("show", "408").stdout
