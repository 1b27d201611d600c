"""Text forms of an entry that a user copies: title, status line, constant, Markdown."""

from __future__ import annotations

from httpcodes.catalogue.facts import entry_facts, name_mark, status_word
from httpcodes.catalogue.model import LIBRARIES, Entry


def entry_markdown(entry: Entry) -> str:
    """The entry as a self-contained Markdown note."""
    lines = [f"## {entry.title}", "", entry.summary, ""]
    lines += [entry.description, ""]
    facts = [f"- **Status:** {status_word(entry)}" + (" (deprecated)" if entry.deprecated else "")]
    for fact in entry_facts(entry):
        lead = f"{fact.lead}. " if fact.lead else ""
        facts.append(f"- **{fact.label}:** {lead}{fact.value}")
    for header in entry.headers:
        facts.append(f"- **Header `{header.name}`:** {header.note}")
    lines += [*facts, ""]
    if entry.related:
        lines.append("**Related**")
        lines.append("")
        lines += [f"- {r.code}: {r.note}" for r in entry.related]
        lines.append("")
    if entry.specs:
        lines.append("**Specifications**")
        lines.append("")
        lines += [f"- [{s.label}]({s.url})" for s in entry.specs]
        lines.append("")
    if entry.constants:
        lines += ["| Library | Constant |", "| --- | --- |"]
        for constant in entry.constants:
            names = [f"`{name}`{_marked(*constant.mark(name))}" for name in constant.aliases]
            phrase = f' ("{constant.phrase}")' if constant.phrase else ""
            also = f"; also {', '.join(names)}" if names else ""
            main = f"`{constant.name}`{_marked(*constant.mark(constant.name))}"
            lines.append(f"| {LIBRARIES[constant.library]} | {main}{phrase}{also} |")
        lines.append("")
    if entry.example:
        lines += ["```http", entry.example.request, "", entry.example.response, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def _marked(deprecated: str, removed: str) -> str:
    mark = name_mark(deprecated, removed)
    return f" ({mark})" if mark else ""
