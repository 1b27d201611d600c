"""HTML for the detail pane. Every text from the catalogue is escaped on the way in, so a
user's own catalogue file can never inject markup or scripts; internal links use ``code:``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from httpcodes.catalogue.model import LIBRARIES, Entry, StatusClass
from httpcodes.gui.theme import Colours, badge_colour

SAFE_SCHEMES = ("http", "https")


def _e(text: str) -> str:
    return escape(text, quote=True)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_e(' '.join(p.split()))}</p>" for p in text.split("\n\n") if p.strip())


def _badge(label: str, kind: str, colours: Colours) -> str:
    background = badge_colour(kind, colours.dark)
    return (
        f'<span style="background-color:{background}; color:{colours.text};">'
        f"&nbsp;{_e(label)}&nbsp;</span>&nbsp; "
    )


def _safe_url(url: str) -> str | None:
    scheme = url.split(":", 1)[0].lower()
    return url if scheme in SAFE_SCHEMES else None


def _style(colours: Colours) -> str:
    return (
        "<style>"
        f"body {{ color:{colours.text}; }}"
        f"a {{ color:{colours.link}; text-decoration:none; }}"
        "h1 { font-size:20pt; font-weight:600; margin:0 0 4px 0; }"
        "h3 { font-size:11pt; font-weight:600; margin:14px 0 4px 0; }"
        f".muted {{ color:{colours.muted}; }}"
        f"pre {{ background-color:{colours.code_background}; padding:8px; margin:2px 0; }}"
        "td { padding:2px 12px 2px 0; vertical-align:top; }"
        "p { margin:0 0 8px 0; }"
        "</style>"
    )


def badges_for(entry: Entry) -> list[tuple[str, str]]:
    """(label, kind) pairs describing an entry's standing."""
    found: list[tuple[str, str]] = [(entry.status, entry.status)]
    if entry.deprecated:
        found.append(("deprecated", "deprecated"))
    if entry.origin:
        found.append((entry.origin, "origin"))
    if entry.vendor and entry.vendor.sent_to_client == "log-only":
        found.append(("log only", "warning"))
    elif entry.vendor and entry.vendor.sent_to_client == "no":
        found.append(("never reaches the client", "warning"))
    if entry.vendor and entry.vendor.confidence != "confirmed":
        found.append((f"{entry.vendor.confidence} confidence", "warning"))
    if entry.heuristically_cacheable:
        found.append(("cacheable by default", "permanent"))
    if entry.source != "built-in":
        found.append(("your catalogue", "origin"))
    return found


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td class="muted" style="white-space:nowrap;">{label}</td><td>{value}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0">{body}</table>' if body else ""


def entry_html(
    entry: Entry, class_title: str, colours: Colours, related_names: dict[int, str]
) -> str:
    """The whole detail page for one entry."""
    parts = [_style(colours), f"<h1>{entry.code}&nbsp;&nbsp;{_e(entry.name)}</h1>"]
    if entry.phrase and entry.phrase != entry.name:
        parts.append(f'<p class="muted">IANA phrase: {_e(entry.phrase)}</p>')
    parts.append(
        "<p>"
        + _badge(class_title, "unused", colours)
        + "".join(_badge(label, kind, colours) for label, kind in badges_for(entry))
        + "</p>"
    )
    parts.append(f'<p style="font-size:12pt;">{_e(entry.summary)}</p>')
    parts.append(_paragraphs(entry.description))
    if entry.deprecation:
        parts.append(f"<p><b>Deprecated.</b> {_e(entry.deprecation)}</p>")

    facts: list[tuple[str, str]] = []
    if entry.vendor:
        vendor = entry.vendor
        facts.append(("Origin", f"{_e(entry.origin or '')}: {_e(vendor.detail)}"))
        seen = {
            "yes": "yes",
            "no": "no: the client receives a different code",
            "log-only": "no: it only appears in logs",
        }[vendor.sent_to_client]
        facts.append(("Sent to clients", _e(seen)))
        confidence = vendor.confidence + (
            f": {vendor.confidence_note}" if vendor.confidence_note else ""
        )
        facts.append(("Confidence", _e(confidence)))
        if vendor.sources:
            facts.append(("Sources", "<br>".join(_e(s) for s in vendor.sources)))
    if entry.former_phrases:
        facts.append(("Former names", _e(", ".join(entry.former_phrases))))
    if entry.history:
        facts.append(("History", _e(entry.history)))
    if entry.introduced.label:
        facts.append(("Introduced", _e(entry.introduced.label)))
    facts.append(
        (
            "Cacheable",
            "yes, heuristically cacheable by default"
            if entry.heuristically_cacheable
            else "not without explicit freshness information",
        )
    )
    facts.append(("Retry", f"<b>{_e(entry.retry.label)}.</b> {_e(entry.retry.note)}"))
    if entry.source != "built-in":
        facts.append(("From", _e(entry.source)))
    parts.append("<h3>At a glance</h3>" + _rows(facts))

    if entry.headers:
        parts.append(
            "<h3>Headers</h3>"
            + _rows((f"<code>{_e(h.name)}</code>", _e(h.note)) for h in entry.headers)
        )
    if entry.related:
        rows = []
        for related in entry.related:
            name = related_names.get(related.code, "")
            link = f'<a href="code:{related.code}">{related.code} {_e(name)}</a>'
            rows.append((link, _e(related.note)))
        parts.append("<h3>Related codes</h3>" + _rows(rows))
    if entry.specs:
        links = []
        for spec in entry.specs:
            url = _safe_url(spec.url)
            label = _e(spec.label)
            links.append(f'<a href="{_e(url)}">{label}</a>' if url else label)
        parts.append("<h3>Specifications</h3><p>" + "<br>".join(links) + "</p>")
    if entry.example:
        parts.append(
            "<h3>Example</h3>"
            f"<pre>{_e(entry.example.request)}</pre>"
            f"<pre>{_e(entry.example.response)}</pre>"
        )
    if entry.constants:
        rows = []
        for constant in entry.constants:
            value = f"<code>{_e(constant.name)}</code>"
            if constant.phrase:
                value += f' &nbsp;<span class="muted">phrase “{_e(constant.phrase)}”</span>'
            if constant.note:
                value += f'<br><span class="muted">{_e(constant.note)}</span>'
            rows.append((_e(LIBRARIES[constant.library]), value))
        parts.append("<h3>In code</h3>" + _rows(rows))
    return "".join(parts)


def class_html(status_class: StatusClass, entries: Sequence[Entry], colours: Colours) -> str:
    """The overview page of a class: what it means and its codes."""
    rows = []
    for entry in entries:
        origin = f' <span class="muted">({_e(entry.origin)})</span>' if entry.origin else ""
        link = f'<a href="code:{_e(entry.id)}">{entry.code} {_e(entry.name)}</a>{origin}'
        rows.append((link, _e(entry.summary)))
    return (
        _style(colours)
        + f"<h1>{_e(status_class.key)}&nbsp;&nbsp;{_e(status_class.name)}</h1>"
        + f'<p style="font-size:12pt;">{_e(status_class.summary)}</p>'
        + _paragraphs(status_class.description)
        + f"<h3>{len(entries)} codes</h3>"
        + _rows(rows)
    )


def empty_html(colours: Colours, query: str, suggestions: Sequence[tuple[str, str]]) -> str:
    """What the detail pane says when a search matches nothing."""
    hint = "".join(
        f'<li><a href="search:{_e(q)}">{_e(q)}</a> <span class="muted">{_e(why)}</span></li>'
        for q, why in suggestions
    )
    return (
        _style(colours)
        + f"<h1>No code matches “{_e(query[:80])}”</h1>"
        + "<p>Search takes a code (<code>404</code>), the start of one (<code>40</code>), a class "
        "(<code>4xx</code>), a name (<code>not found</code>), "
        "plain words (<code>rate limit</code>), "
        "a vendor (<code>nginx</code>), a spec (<code>rfc 6585</code>) or a library constant "
        "(<code>StatusTooManyRequests</code>).</p>"
        + (f"<h3>Try</h3><ul>{hint}</ul>" if hint else "")
    )
