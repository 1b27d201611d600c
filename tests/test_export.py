"""The Markdown note a user copies from an entry: complete, and readable as Markdown."""

from __future__ import annotations

from httpcodes.catalogue import Catalogue
from httpcodes.catalogue.model import LIBRARIES
from httpcodes.export import entry_markdown


def test_a_registry_code_as_markdown_has_every_section(catalogue: Catalogue) -> None:
    entry = catalogue.get("429")
    assert entry is not None
    text = entry_markdown(entry)
    lines = text.splitlines()
    assert lines[0] == "## 429 Too Many Requests"
    assert entry.summary in lines
    assert any(line.startswith("- **Status:** ") for line in lines)
    assert any(line.startswith("- **Retry:** ") and entry.retry.note in line for line in lines)
    assert any(line.startswith("- **Header `Retry-After`:**") for line in lines)
    assert "**Related**" in lines and "**Specifications**" in lines
    for spec in entry.specs:
        assert f"- [{spec.label}]({spec.url})" in lines
    assert "| Library | Constant |" in lines
    for constant in entry.constants:
        assert any(
            line.startswith(f"| {LIBRARIES[constant.library]} | `{constant.name}`")
            for line in lines
        )
    assert "```http" in lines and lines.count("```") == 1
    assert text.endswith("```\n")


def test_a_vendor_code_names_its_origin_and_a_deprecated_one_says_so(
    catalogue: Catalogue,
) -> None:
    vendor = catalogue.get("499-nginx")
    assert vendor is not None
    lines = entry_markdown(vendor).splitlines()
    assert any(line.startswith("- **Origin:** nginx") for line in lines)
    assert any(line.startswith("- **Confidence:** ") for line in lines)
    deprecated = next(e for e in catalogue.entries if e.deprecated)
    status = next(line for line in entry_markdown(deprecated).splitlines() if "Status" in line)
    assert "deprecated" in status


def test_an_entry_without_optional_parts_leaves_their_sections_out(
    catalogue: Catalogue,
) -> None:
    entry = catalogue.get("404")
    assert entry is not None
    bare = entry._replace(
        related=(), specs=(), constants=(), example=None, headers=(), former_phrases=()
    )
    text = entry_markdown(bare)
    for section in ("**Related**", "**Specifications**", "| Library |", "```", "Former names"):
        assert section not in text
    assert any(line.startswith("- **Cacheable:** yes") for line in text.splitlines())
    former = entry._replace(former_phrases=("Not There",))
    assert "- **Former names:** Not There" in entry_markdown(former)
