"""HTML for the detail pane. Every text from the catalogue is escaped on the way in, so a
user's own catalogue file can never inject markup or scripts; internal links use ``code:``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from httpcodes.catalogue.i18n import ENGLISH
from httpcodes.catalogue.model import LIBRARIES, Entry, StatusClass
from httpcodes.gui.html_text import escape
from httpcodes.gui.theme import Colours, badge_colour
from httpcodes.gui.tr import QT_TRANSLATE_NOOP

SAFE_SCHEMES = ("http", "https")
_CONTEXT = "DetailPage"

# Words from the catalogue's fixed vocabularies, shown in the interface language.
STATUS_WORDS = {
    # The registration's standing, not the redirect's: 302 Found is "registered".
    "permanent": QT_TRANSLATE_NOOP("DetailPage", "registered"),
    "temporary": QT_TRANSLATE_NOOP("DetailPage", "temporary registration"),
    "unused": QT_TRANSLATE_NOOP("DetailPage", "reserved, unused"),
    "obsoleted": QT_TRANSLATE_NOOP("DetailPage", "obsoleted"),
    "unofficial": QT_TRANSLATE_NOOP("DetailPage", "unofficial"),
}
RETRY_WORDS = {
    "no-need": QT_TRANSLATE_NOOP("DetailPage", "Nothing to retry"),
    "never": QT_TRANSLATE_NOOP("DetailPage", "Do not repeat it as is"),
    "after-change": QT_TRANSLATE_NOOP("DetailPage", "Retry only after changing the request"),
    "later": QT_TRANSLATE_NOOP("DetailPage", "Retry later"),
    "after-retry-after": QT_TRANSLATE_NOOP("DetailPage", "Retry after the time in Retry-After"),
}
CONFIDENCE_WORDS = {
    "confirmed": QT_TRANSLATE_NOOP("DetailPage", "confirmed"),
    "medium": QT_TRANSLATE_NOOP("DetailPage", "medium"),
    "uncertain": QT_TRANSLATE_NOOP("DetailPage", "uncertain"),
}


translate = QCoreApplication.translate


def _t(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP, in the interface language."""
    return translate(_CONTEXT, text)


def _e(text: str) -> str:
    return escape(text)


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


def retry_label(advice: str) -> str:
    """The retry advice in the interface language."""
    return _t(RETRY_WORDS.get(advice, advice))


def badges_for(entry: Entry) -> list[tuple[str, str]]:
    """(label, kind) pairs describing an entry's standing, in the interface language."""
    found: list[tuple[str, str]] = [
        (_t(STATUS_WORDS.get(entry.status, entry.status)), entry.status)
    ]
    if entry.deprecated:
        found.append((translate("DetailPage", "deprecated"), "deprecated"))
    if entry.origin:
        found.append((entry.origin, "origin"))
    if entry.vendor and entry.vendor.sent_to_client == "log-only":
        found.append((translate("DetailPage", "log only"), "warning"))
    elif entry.vendor and entry.vendor.sent_to_client == "no":
        found.append((translate("DetailPage", "never reaches the client"), "warning"))
    if entry.vendor and entry.vendor.confidence != "confirmed":
        confidence = _t(CONFIDENCE_WORDS[entry.vendor.confidence])
        found.append(
            (
                translate("DetailPage", "{confidence} confidence").format(confidence=confidence),
                "warning",
            )
        )
    if entry.heuristically_cacheable:
        found.append((translate("DetailPage", "cacheable by default"), "permanent"))
    if entry.source != "built-in":
        found.append((translate("DetailPage", "your catalogue"), "origin"))
    return found


def _h3(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td class="muted" style="white-space:nowrap;">{label}</td><td>{value}</td></tr>'
        for label, value in rows
    )
    return f'<table cellspacing="0">{body}</table>' if body else ""


def _in_english(entry: Entry, field: str, language: str) -> str:
    """A marker for a text that has no translation yet, so the reader knows why it is English."""
    if language == ENGLISH or entry.text_language(field) != ENGLISH:
        return ""
    marker = translate("DetailPage", "English")
    return f' <span class="muted">({_e(marker)})</span>'


def entry_html(
    entry: Entry,
    class_title: str,
    colours: Colours,
    related_names: dict[int, str],
    language: str = ENGLISH,
) -> str:
    """The whole detail page for one entry."""
    parts = [_style(colours), f"<h1>{entry.code}&nbsp;&nbsp;{_e(entry.display_name)}</h1>"]
    if entry.phrase and entry.phrase != entry.display_name:
        parts.append(
            '<p class="muted">'
            + _e(translate("DetailPage", "IANA phrase"))
            + f": {_e(entry.phrase)}</p>"
        )
    parts.append(
        "<p>"
        + _badge(class_title, "unused", colours)
        + "".join(_badge(label, kind, colours) for label, kind in badges_for(entry))
        + "</p>"
    )
    parts.append(
        f'<p style="font-size:12pt;">{_e(entry.summary)}'
        f"{_in_english(entry, 'summary', language)}</p>"
    )
    parts.append(_paragraphs(entry.description) + _in_english(entry, "description", language))
    if entry.deprecation:
        parts.append(
            "<p><b>"
            + _e(translate("DetailPage", "Deprecated."))
            + f"</b> {_e(entry.deprecation)}</p>"
        )

    facts: list[tuple[str, str]] = []
    if entry.vendor:
        vendor = entry.vendor
        facts.append(
            (
                _e(translate("DetailPage", "Origin")),
                f"{_e(entry.origin or '')}: {_e(vendor.detail)}",
            )
        )
        seen = {
            "yes": translate("DetailPage", "yes"),
            "no": translate("DetailPage", "no: the client receives a different code"),
            "log-only": translate("DetailPage", "no: it only appears in logs"),
        }[vendor.sent_to_client]
        facts.append((_e(translate("DetailPage", "Sent to clients")), _e(seen)))
        confidence = _t(CONFIDENCE_WORDS[vendor.confidence])
        if vendor.confidence_note:
            confidence += f": {vendor.confidence_note}"
        facts.append((_e(translate("DetailPage", "Confidence")), _e(confidence)))
        if vendor.sources:
            facts.append(
                (_e(translate("DetailPage", "Sources")), "<br>".join(_e(s) for s in vendor.sources))
            )
    if entry.former_phrases:
        facts.append(
            (_e(translate("DetailPage", "Former names")), _e(", ".join(entry.former_phrases)))
        )
    if entry.history:
        # History notes have no translation yet: say so outside English.
        history = _e(entry.history) + _in_english(entry, "history", language)
        facts.append((_e(translate("DetailPage", "History")), history))
    if entry.introduced.label:
        facts.append((_e(translate("DetailPage", "Introduced")), _e(entry.introduced.label)))
    cacheable = (
        translate("DetailPage", "yes, heuristically cacheable by default")
        if entry.heuristically_cacheable
        else translate("DetailPage", "not without explicit freshness information")
    )
    facts.append((_e(translate("DetailPage", "Cacheable")), _e(cacheable)))
    facts.append(
        (
            _e(translate("DetailPage", "Retry")),
            f"<b>{_e(retry_label(entry.retry.advice))}.</b> {_e(entry.retry.note)}"
            + _in_english(entry, "retry_note", language),
        )
    )
    if entry.source != "built-in":
        facts.append((_e(translate("DetailPage", "From")), _e(entry.source)))
    parts.append(_h3(translate("DetailPage", "At a glance")) + _rows(facts))

    if entry.headers:
        parts.append(
            _h3(translate("DetailPage", "Headers"))
            + _rows((f"<code>{_e(h.name)}</code>", _e(h.note)) for h in entry.headers)
        )
    if entry.related:
        rows = []
        for related in entry.related:
            name = related_names.get(related.code, "")
            link = f'<a href="code:{related.code}">{related.code} {_e(name)}</a>'
            rows.append((link, _e(related.note)))
        parts.append(_h3(translate("DetailPage", "Related codes")) + _rows(rows))
    if entry.specs:
        links = []
        for spec in entry.specs:
            url = _safe_url(spec.url)
            label = _e(spec.label)
            links.append(f'<a href="{_e(url)}">{label}</a>' if url else label)
        parts.append(
            _h3(translate("DetailPage", "Specifications")) + "<p>" + "<br>".join(links) + "</p>"
        )
    if entry.example:
        parts.append(
            _h3(translate("DetailPage", "Example")) + f"<pre>{_e(entry.example.request)}</pre>"
            f"<pre>{_e(entry.example.response)}</pre>"
        )
    if entry.constants:
        rows = []
        for constant in entry.constants:
            value = f"<code>{_e(constant.name)}</code>"
            if constant.phrase:
                phrase = translate("DetailPage", "phrase “{phrase}”").format(phrase=constant.phrase)
                value += f' &nbsp;<span class="muted">{_e(phrase)}</span>'
            if constant.note:
                value += f'<br><span class="muted">{_e(constant.note)}</span>'
            rows.append((_e(LIBRARIES[constant.library]), value))
        parts.append(_h3(translate("DetailPage", "In code")) + _rows(rows))
    return "".join(parts)


def class_html(status_class: StatusClass, entries: Sequence[Entry], colours: Colours) -> str:
    """The overview page of a class: what it means and its codes."""
    rows = []
    for entry in entries:
        origin = f' <span class="muted">({_e(entry.origin)})</span>' if entry.origin else ""
        link = f'<a href="code:{_e(entry.id)}">{entry.code} {_e(entry.display_name)}</a>{origin}'
        rows.append((link, _e(entry.summary)))
    heading = translate("DetailPage", "{count} codes").format(count=len(entries))
    return (
        _style(colours)
        + f"<h1>{_e(status_class.key)}&nbsp;&nbsp;{_e(status_class.name)}</h1>"
        + f'<p style="font-size:12pt;">{_e(status_class.summary)}</p>'
        + _paragraphs(status_class.description)
        + f"<h3>{_e(heading)}</h3>"
        + _rows(rows)
    )


def empty_html(colours: Colours, query: str, suggestions: Sequence[tuple[str, str]]) -> str:
    """What the detail pane says when a search matches nothing."""
    hint = "".join(
        f'<li><a href="search:{_e(q)}">{_e(q)}</a> <span class="muted">{_e(why)}</span></li>'
        for q, why in suggestions
    )
    title = translate("DetailPage", "No code matches “{query}”").format(query=query[:80])
    help_text = translate(
        "DetailPage",
        "Search takes a code (404), the start of one (40), a class (4xx), a name (not found), "
        "plain words (rate limit), a vendor (nginx), a spec (rfc 6585) or a library constant "
        "(StatusTooManyRequests), in English or Chinese.",
    )
    return (
        _style(colours)
        + f"<h1>{_e(title)}</h1>"
        + f"<p>{_e(help_text)}</p>"
        + (_h3(translate("DetailPage", "Try")) + f"<ul>{hint}</ul>" if hint else "")
    )
