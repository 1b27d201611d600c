"""The built-in catalogue against the IANA registry snapshot, the vendor research and the
libraries whose constants it records."""

from __future__ import annotations

import http
import re

import pytest

from httpcodes.catalogue import Catalogue, Entry, load_catalogue
from tests.registry import registry_rows, vendor_rows

REGISTRY = registry_rows()
# RFC 9110 section 15.1 plus RFC 7725 section 3 (451).
HEURISTICALLY_CACHEABLE = {200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_every_registry_row_is_an_entry_with_the_exact_phrase_and_status(
    catalogue: Catalogue,
) -> None:
    assert len(REGISTRY) == 64
    for row in REGISTRY:
        entry = catalogue.standard(row.code)
        assert entry is not None, row.code
        assert entry.id == str(row.code)
        assert entry.phrase == row.phrase
        assert entry.status == row.status


def test_no_standard_entry_outside_the_registry(catalogue: Catalogue) -> None:
    registered = {row.code for row in REGISTRY}
    standard = {e.code for e in catalogue.entries if e.is_standard}
    assert standard == registered


def test_defining_spec_comes_first_and_matches_the_registry_reference(
    catalogue: Catalogue,
) -> None:
    for row in REGISTRY:
        entry = catalogue.standard(row.code)
        assert entry is not None
        first = entry.specs[0]
        reference = row.reference.split(";")[0].strip()
        match = re.match(r"RFC(\d+)(?:, Section ([\d.]+))?$", reference)
        if match:
            number, section = match.groups()
            assert first.title == f"RFC {number}", row.code
            assert first.url.startswith(f"https://www.rfc-editor.org/rfc/rfc{number}"), row.code
            if section:
                assert first.section == section, row.code
                assert first.url.endswith(f"#section-{section}"), row.code
            else:
                assert first.section, f"{row.code}: find the section the registry leaves out"
        else:
            assert reference.startswith("draft-"), row.code
            assert reference.split("-0")[0] in first.url, row.code


def test_heuristic_cacheability_follows_rfc_9110_and_rfc_7725(catalogue: Catalogue) -> None:
    cacheable = {e.code for e in catalogue.entries if e.heuristically_cacheable}
    assert cacheable == HEURISTICALLY_CACHEABLE


def test_deprecations_and_reserved_codes(catalogue: Catalogue) -> None:
    deprecated = {e.code for e in catalogue.entries if e.is_standard and e.deprecated}
    assert {102, 305} <= deprecated
    for code in (306, 418):
        entry = catalogue.standard(code)
        assert entry is not None
        assert (entry.phrase, entry.status) == ("(Unused)", "unused")
    obsoleted = catalogue.standard(510)
    assert obsoleted is not None
    assert obsoleted.status == "obsoleted"
    assert obsoleted.name == "Not Extended"
    temporary = catalogue.standard(104)
    assert temporary is not None
    assert temporary.status == "temporary"
    assert temporary.name == "Upload Resumption Supported"
    assert "2026-11-13" in temporary.description


@pytest.mark.parametrize(
    ("code", "former"),
    [
        (413, "Payload Too Large"),
        (413, "Request Entity Too Large"),
        (422, "Unprocessable Entity"),
        (414, "Request-URI Too Long"),
        (416, "Requested Range Not Satisfiable"),
        (302, "Moved Temporarily"),
        (418, "I'm a teapot"),
        (408, "Request Time-out"),
        (414, "Request-URI Too Large"),
        (504, "Gateway Time-out"),
    ],
)
def test_former_names(catalogue: Catalogue, code: int, former: str) -> None:
    entry = catalogue.standard(code)
    assert entry is not None
    assert former in entry.former_phrases


@pytest.mark.parametrize(
    ("code", "spec", "version"),
    [
        (404, "RFC 1945", "HTTP/1.0"),
        (100, "RFC 2068", "HTTP/1.1"),
        (307, "RFC 2616", "HTTP/1.1"),
        (421, "RFC 7540", "HTTP/2"),
        (103, "RFC 8297", None),
        (425, "RFC 8470", None),
        (451, "RFC 7725", None),
        (429, "RFC 6585", None),
    ],
)
def test_where_codes_were_introduced(
    catalogue: Catalogue, code: int, spec: str, version: str | None
) -> None:
    entry = catalogue.standard(code)
    assert entry is not None
    assert entry.introduced.spec == spec
    assert entry.introduced.year is not None
    if version:
        assert entry.introduced.http_version == version


def test_classic_distinctions_are_stated(catalogue: Catalogue) -> None:
    def text(code: int) -> str:
        entry = catalogue.standard(code)
        assert entry is not None
        return f"{entry.summary} {entry.description}".lower()

    assert "www-authenticate" in text(401)
    assert any(h.name == "WWW-Authenticate" for h in catalogue.standard(401).headers)  # type: ignore[union-attr]
    assert any(h.name == "Allow" for h in catalogue.standard(405).headers)  # type: ignore[union-attr]
    assert any(h.name == "Retry-After" for h in catalogue.standard(503).headers)  # type: ignore[union-attr]
    assert any(h.name == "Location" for h in catalogue.standard(301).headers)  # type: ignore[union-attr]
    assert any(h.name == "Upgrade" for h in catalogue.standard(426).headers)  # type: ignore[union-attr]
    assert "method" in text(307) and "method" in text(308)
    assert "get" in text(303)
    assert "cache" in text(304)
    assert "403" in text(404)
    assert "exist" in text(404)
    assert catalogue.standard(503).retry.advice in ("later", "after-retry-after")  # type: ignore[union-attr]
    assert catalogue.standard(410).retry.advice == "never"  # type: ignore[union-attr]


def test_related_notes_cover_the_usual_confusions(catalogue: Catalogue) -> None:
    pairs = [(301, 308), (302, 303), (302, 307), (401, 403), (404, 410), (502, 504), (429, 503)]
    for a, b in pairs:
        entry = catalogue.standard(a)
        assert entry is not None
        assert b in {r.code for r in entry.related}, (a, b)


def test_every_field_is_filled_where_it_applies(catalogue: Catalogue) -> None:
    for entry in catalogue.entries:
        assert entry.summary.strip() and entry.description.strip(), entry.id
        assert entry.retry.note.strip(), entry.id
        assert len(entry.keywords) >= 3, entry.id
        assert entry.related, entry.id
        assert "\n" not in entry.summary, entry.id
        if entry.is_standard:
            assert entry.specs, entry.id
            assert entry.introduced.spec and entry.introduced.year, entry.id
            if entry.status not in ("unused",):
                assert entry.example is not None, entry.id
        elif entry.vendor is not None and entry.vendor.sent_to_client == "yes":
            assert entry.example is not None, entry.id


def test_examples_look_like_http_on_the_wire(catalogue: Catalogue) -> None:
    # A 505 example sends another version on purpose.
    request_line = re.compile(r"^[A-Z][A-Z-]* \S+ HTTP/\d(\.\d)?$")
    header = re.compile(r"^[A-Za-z0-9-]+: .+$")
    for entry in catalogue.entries:
        if entry.example is None:
            continue
        request = entry.example.request.split("\n\n", 1)[0].splitlines()
        assert request_line.match(request[0]), (entry.id, request[0])
        for line in request[1:]:
            assert header.match(line), (entry.id, line)
        response = entry.example.response.split("\n\n", 1)[0].splitlines()
        if response[0].startswith("HTTP/1.1 207"):
            assert f"HTTP/1.1 {entry.code}" in entry.example.response, entry.id
        else:
            assert response[0].startswith(f"HTTP/1.1 {entry.code}"), entry.id
        for line in response[1:]:
            assert header.match(line), (entry.id, line)


def test_every_vendor_row_is_its_own_entry_and_never_replaces_a_standard_one(
    catalogue: Catalogue,
) -> None:
    rows = vendor_rows()
    vendor_entries = [e for e in catalogue.entries if not e.is_standard]
    assert len(vendor_entries) == len(rows)
    for code in {row.code for row in rows}:
        expected = sum(1 for row in rows if row.code == code)
        found = [e for e in vendor_entries if e.code == code]
        assert len(found) == expected, code
    for code in (421, 451):
        meanings = catalogue.for_code(code)
        assert meanings[0].is_standard
        assert len(meanings) == 2
    for entry in vendor_entries:
        assert entry.origin
        assert entry.vendor is not None
        assert entry.status == "unofficial"
        assert not entry.heuristically_cacheable
        if entry.vendor.confidence != "confirmed":
            assert entry.vendor.confidence_note


def test_vendor_origins_and_visibility(catalogue: Catalogue) -> None:
    def vendor(entry_id: str) -> tuple[str | None, str]:
        entry = catalogue.get(entry_id)
        assert entry is not None, entry_id
        assert entry.vendor is not None, entry_id
        return entry.origin, entry.vendor.sent_to_client

    assert vendor("444-nginx") == ("nginx", "log-only")
    assert vendor("499-nginx") == ("nginx", "log-only")
    assert vendor("494-nginx")[1] == "no"
    assert vendor("520-cloudflare") == ("Cloudflare", "yes")


def test_python_constants_name_the_right_member(catalogue: Catalogue) -> None:
    checked = 0
    for entry in catalogue.entries:
        constant = entry.constant("python")
        if constant is None:
            continue
        names = [constant.name, *constant.aliases]
        members = [
            n.split(".", 1)[1] for n in names if hasattr(http.HTTPStatus, n.split(".", 1)[1])
        ]
        assert members, (entry.id, names)
        for member in members:
            assert http.HTTPStatus[member].value == entry.code, (entry.id, member)
        if hasattr(http.HTTPStatus, constant.bare_name):
            phrase = constant.phrase or entry.phrase
            assert http.HTTPStatus(entry.code).phrase == phrase, entry.id
        checked += 1
    registered_in_python = {s.value for s in http.HTTPStatus}
    recorded = {e.code for e in catalogue.entries if e.constant("python")}
    assert registered_in_python <= recorded
    assert checked >= 60


def test_constants_are_spelled_like_their_libraries(catalogue: Catalogue) -> None:
    shapes = {
        "python": r"^HTTPStatus\.[A-Z_]+$",
        "go": r"^http\.Status[A-Za-z]+$",
        "rust": r"^StatusCode::[A-Z_]+$",
        "dotnet": r"^HttpStatusCode\.[A-Za-z]+$",
        "java": r"^HttpStatus\.[A-Z_0-9]+$",
        "php": r"^Response::HTTP_[A-Z_0-9]+$",
        "javascript": r"^StatusCodes\.[A-Z_0-9]+$",
        "aspnetcore": r"^StatusCodes\.Status[1-5][0-9]{2}[A-Za-z]+$",
        "servlet": r"^HttpServletResponse\.SC_[A-Z_]+$",
        "rails": r"^:[a-z_]+$",
        "ktor": r"^HttpStatusCode\.[A-Za-z]+$",
        "apache_httpclient": r"^HttpStatus\.SC_[A-Z_]+$",
    }
    for entry in catalogue.entries:
        for constant in entry.constants:
            assert re.match(shapes[constant.library], constant.name), (entry.id, constant.name)
    expected = {
        "go": ("413", "http.StatusRequestEntityTooLarge", "Request Entity Too Large"),
        "rust": ("413", "StatusCode::PAYLOAD_TOO_LARGE", "Payload Too Large"),
    }
    for library, (entry_id, name, phrase) in expected.items():
        entry = catalogue.get(entry_id)
        assert entry is not None
        constant = entry.constant(library)
        assert constant is not None
        assert (constant.name, constant.phrase) == (name, phrase)
    not_found = catalogue.get("404")
    assert not_found is not None
    assert {c.library: c.name for c in not_found.constants} == {
        "python": "HTTPStatus.NOT_FOUND",
        "go": "http.StatusNotFound",
        "rust": "StatusCode::NOT_FOUND",
        "dotnet": "HttpStatusCode.NotFound",
        "java": "HttpStatus.NOT_FOUND",
        "php": "Response::HTTP_NOT_FOUND",
        "javascript": "StatusCodes.NOT_FOUND",
        "aspnetcore": "StatusCodes.Status404NotFound",
        "servlet": "HttpServletResponse.SC_NOT_FOUND",
        "rails": ":not_found",
        "ktor": "HttpStatusCode.NotFound",
        "apache_httpclient": "HttpStatus.SC_NOT_FOUND",
    }


def test_classes(catalogue: Catalogue) -> None:
    assert [c.title for c in catalogue.classes] == [
        "1xx Informational",
        "2xx Successful",
        "3xx Redirection",
        "4xx Client Error",
        "5xx Server Error",
    ]
    assert all(catalogue.in_class(c.key) for c in catalogue.classes)


def _entry(catalogue: Catalogue, entry_id: str) -> Entry:
    entry = catalogue.get(entry_id)
    assert entry is not None, entry_id
    return entry


def test_spec_sections_point_where_the_code_is_defined(catalogue: Catalogue) -> None:
    resumable = _entry(catalogue, "104").specs[0]
    assert (resumable.section, resumable.url.rsplit("#", 1)[1]) == ("4", "section-4")
    # RFC 9112 9.5 never mentions 408; RFC 7231 is where "Connection: close" came from.
    assert {s.title for s in _entry(catalogue, "408").specs} == {"RFC 9110", "RFC 7231"}
    assert "RFC 7232" in (_entry(catalogue, "304").history or "")
    assert any(s.label == "RFC 7232 §3.3" for s in _entry(catalogue, "304").specs)
    assert "RFC 2068" not in (_entry(catalogue, "304").history or "").split("and RFC 7232")[1]


def test_audit_corrections_hold(catalogue: Catalogue) -> None:
    too_early = _entry(catalogue, "425").description
    assert "must not send 425" not in too_early and "should not send 425" in too_early
    teapot = _entry(catalogue, "418")
    assert teapot.introduced.http_version == "HTCPCP/1.0"
    assert "never be given" not in (teapot.history or "")
    assert "reassigned" in (teapot.history or "") and "reassigned" in teapot.description
    assert "faster than a 404" not in _entry(catalogue, "410").description
    assert "every PUT or POST" in _entry(catalogue, "417").description
    assert "Connection: close" in _entry(catalogue, "408").description
    assert "RFC 9110 no longer" in _entry(catalogue, "408").description
    misdirected = _entry(catalogue, "421").retry
    assert misdirected.advice == "new-connection" and "unchanged" in misdirected.note
    twitter = _entry(catalogue, "420-twitter")
    assert "streaming" in twitter.summary and "streaming" in (twitter.history or "")
    assert "built on nginx" not in _entry(catalogue, "499-nginx").description
    server_error = catalogue.status_class("5xx")
    assert server_error is not None
    assert all(code in server_error.description for code in ("501", "505", "506"))
    assert "shows the messages only" in _entry(catalogue, "103").description


def test_rust_crate_releases_that_added_constants(catalogue: Catalogue) -> None:
    for entry_id, release in (("425", "http 1.2.0"), ("103", "http 1.4.0")):
        constant = _entry(catalogue, entry_id).constant("rust")
        assert constant is not None and release in (constant.note or ""), entry_id
