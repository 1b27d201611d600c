"""The known messages (resources/catalogue/messages.json): checked against the catalogue."""

from __future__ import annotations

import json

import pytest

from httpcodes.catalogue import CatalogueError, load_catalogue
from httpcodes.catalogue.messages import KINDS, load_messages, parse_messages
from httpcodes.resources import resource_path


def raw_messages() -> dict[str, object]:
    with open(resource_path("catalogue", "messages.json"), encoding="utf-8") as stream:
        data: dict[str, object] = json.load(stream)
    return data


def test_every_message_points_at_entries_that_exist_and_names_a_source() -> None:
    ids = [e.id for e in load_catalogue().entries]
    known = parse_messages(raw_messages(), ids)
    assert len(known.messages) >= 150
    assert {m.kind for m in known.messages} == set(KINDS)
    for message in known.messages:
        assert message.codes and message.sources
        assert message.summary.endswith((".", ")")), message.id


def test_what_the_issue_names_is_there() -> None:
    names = {m.name for m in load_messages().messages}
    for name in (
        "net::ERR_TOO_MANY_REDIRECTS",
        "net::ERR_HTTP2_PROTOCOL_ERROR",
        "net::ERR_CONNECTION_REFUSED",
        "HttpMediaTypeNotSupportedException",
        "ResponseStatusException",
        "Http404",
        "PermissionDenied",
        "SuspiciousOperation",
        "ActiveRecord::RecordNotFound",
        "ActionController::ParameterMissing",
        "ActionController::InvalidAuthenticityToken",
        "Illuminate\\Session\\TokenMismatchException",
        "Illuminate\\Database\\Eloquent\\ModelNotFoundException",
        "Illuminate\\Http\\Exceptions\\ThrottleRequestsException",
        "SlowDown",
        "AccessDenied",
        "SignatureDoesNotMatch",
        "Error 1020: Access denied",
        "Unordered Collection",
    ):
        assert name in names, name


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda m: m.update(kind="rumour"), "kind"),
        (lambda m: m.update(codes=[]), "codes"),
        (lambda m: m.update(codes=["999"]), "codes"),
        (lambda m: m.update(extra=1), "extra"),
        (lambda m: m.pop("sources"), "sources"),
        (lambda m: m.update(summary=""), "summary"),
    ],
)
def test_a_broken_message_is_refused_with_its_field_named(change: object, complaint: str) -> None:
    data = raw_messages()
    messages = data["messages"]
    assert isinstance(messages, list)
    change(messages[0])  # type: ignore[operator]
    with pytest.raises(CatalogueError, match=complaint):
        parse_messages(data, [e.id for e in load_catalogue().entries])
