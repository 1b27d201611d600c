"""The facts ``compare`` lines up: redirect permanence and method, and who sends a code."""

from __future__ import annotations

import json

import pytest

from httpcodes.catalogue import Catalogue, CatalogueError, load_catalogue
from httpcodes.catalogue.model import SENDERS
from httpcodes.catalogue.schema import parse_entry

# RFC 9110 §15.4.2-§15.4.9: (permanent, a client may turn POST into GET).
REDIRECTS = {
    301: (True, True),
    302: (False, True),
    303: (False, True),
    307: (False, False),
    308: (True, False),
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.mark.parametrize("code", sorted(REDIRECTS))
def test_redirects_say_whether_they_are_permanent_and_keep_the_method(
    catalogue: Catalogue, code: int
) -> None:
    entry = catalogue.standard(code)
    assert entry is not None and entry.redirect is not None
    assert (entry.redirect.permanent, entry.redirect.method_may_change) == REDIRECTS[code]
    section = {301: "15.4.2", 302: "15.4.3", 303: "15.4.4", 307: "15.4.8", 308: "15.4.9"}[code]
    assert entry.redirect.source.startswith(f"RFC 9110 §{section}")


def test_other_3xx_codes_answer_null_and_no_other_class_has_redirect_facts(
    catalogue: Catalogue,
) -> None:
    for entry in catalogue.entries:
        if entry.is_standard and entry.class_key == "3xx":
            assert entry.redirect is not None, entry.id
            if entry.code not in REDIRECTS:
                assert entry.redirect.permanent is None and entry.redirect.method_may_change is None
        else:
            assert entry.redirect is None, entry.id


def test_who_sends_what(catalogue: Catalogue) -> None:
    def senders(entry_id: str) -> tuple[str, ...]:
        entry = catalogue.get(entry_id)
        assert entry is not None
        return entry.senders

    assert senders("404") == ("origin-server",)
    # WAFs in front of the origin refuse with 403 by default (AWS WAF's block action,
    # Cloudflare's WAF), as the 403 description says.
    assert senders("403") == ("origin-server", "gateway", "cdn")
    assert senders("407") == ("proxy",)
    assert senders("511") == ("proxy",)
    assert "origin-server" not in senders("502") and "gateway" in senders("502")
    assert "origin-server" not in senders("504") and "gateway" in senders("504")
    assert senders("521-cloudflare") == ("cdn",)
    assert senders("463-aws-alb") == ("gateway",)
    assert senders("306") == ()
    for entry in catalogue.entries:
        assert set(entry.senders) <= set(SENDERS)
        if entry.status != "unused":
            assert entry.senders, entry.id


def _raw(**changes: object) -> dict[str, object]:
    raw = json.loads(json.dumps(_BASE))
    raw.update(changes)
    return raw


_BASE = {"code": 399, "phrase": "Test", "summary": "A test code."}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"senders": ["server"]}, "'server' is not one of"),
        ({"senders": ["cdn", "cdn"]}, "listed twice"),
        (
            {"redirect": {"permanent": "yes", "method_may_change": None, "source": "x"}},
            "true, false or null",
        ),
        ({"redirect": {"permanent": True, "method_may_change": None}}, "redirect.source': missing"),
        (
            {
                "code": 499,
                "redirect": {"permanent": True, "method_may_change": True, "source": "x"},
            },
            "only 3xx",
        ),
    ],
)
def test_bad_facts_are_named(changes: dict[str, object], problem: str) -> None:
    with pytest.raises(CatalogueError, match=problem):
        parse_entry("mine.json", _raw(**changes), 0, user=True)


def test_show_and_the_facts_say_it_too() -> None:
    from httpcodes.catalogue.facts import entry_facts
    from tests.cli_runner import run_cli

    shown = run_cli("show", "308").stdout
    assert "Redirect         Permanent. The method and body are kept (RFC 9110 §15.4.9)" in shown
    assert "Sent by          origin server" in shown
    catalogue = load_catalogue()
    entry = catalogue.standard(303)
    assert entry is not None
    facts = {fact.key: fact for fact in entry_facts(entry, "zh-CN")}
    assert facts["redirect"].lead == "临时"
    assert facts["redirect"].value == "客户端用 GET 获取新 URL (RFC 9110 §15.4.4)"
    gateway = catalogue.standard(504)
    assert gateway is not None
    keys = [fact.key for fact in entry_facts(gateway)]
    assert "redirect" not in keys and "senders" in keys
