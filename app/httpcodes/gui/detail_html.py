"""HTML for the detail pane. Every text from the catalogue is escaped on the way in, so a
user's own catalogue file can never inject markup or scripts; internal links use ``code:``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from httpcodes.catalogue.facts import badges, entry_facts, name_mark, phrase_label, word
from httpcodes.catalogue.i18n import ENGLISH
from httpcodes.catalogue.model import LIBRARIES, Constant, Entry, StatusClass
from httpcodes.gui.html_text import escape
from httpcodes.gui.theme import Colours, badge_colour

SAFE_SCHEMES = ("http", "https")
_CONTEXT = "DetailPage"

translate = QCoreApplication.translate


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


def style_sheet(colours: Colours) -> str:
    return (
        "<style>"
        f"body {{ color:{colours.text}; }}"
        f"a {{ color:{colours.link}; text-decoration:none; }}"
        # Bold, not semi-bold: CJK fonts often have no semi-bold face, and Qt synthesises bold
        # only for bold itself.
        "h1 { font-size:xx-large; font-weight:bold; margin:0 0 4px 0; }"
        "h3 { font-size:medium; font-weight:bold; margin:14px 0 4px 0; }"
        f".muted {{ color:{colours.muted}; }}"
        # Long lines of an example wrap inside their box rather than widen the page.
        f"pre {{ background-color:{colours.code_background}; padding:8px; margin:2px 0;"
        " white-space:pre-wrap; }"
        "td { padding:2px 12px 2px 0; vertical-align:top; }"
        "p { margin:0 0 8px 0; }"
        "</style>"
    )


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
    marker = word("English", language)
    return f' <span class="muted">({_e(marker)})</span>'


def entry_html(
    entry: Entry,
    class_title: str,
    colours: Colours,
    related_names: dict[int | str, str],
    language: str = ENGLISH,
) -> str:
    """The whole detail page for one entry."""
    parts = [style_sheet(colours), f"<h1>{entry.code}&nbsp;&nbsp;{_e(entry.display_name)}</h1>"]
    if entry.phrase and entry.phrase != entry.display_name:
        label = phrase_label(entry, language)
        parts.append(f'<p class="muted">{_e(label)}: {_e(entry.phrase)}</p>')
    parts.append(
        "<p>"
        + _badge(class_title, "unused", colours)
        + "".join(_badge(label, kind, colours) for label, kind in badges(entry, language))
        + "</p>"
    )
    parts.append(
        f'<p style="font-size:large;">{_e(entry.summary)}'
        f"{_in_english(entry, 'summary', language)}</p>"
    )
    parts.append(_paragraphs(entry.description) + _in_english(entry, "description", language))
    if entry.deprecation:
        parts.append(
            "<p><b>"
            + _e(word("Deprecated", language) + ("。" if language == "zh-CN" else "."))
            + f"</b> {_e(entry.deprecation)}</p>"
        )

    rows: list[tuple[str, str]] = []
    for fact in entry_facts(entry, language):
        value = "<br>".join(_e(item) for item in fact.items) if fact.items else _e(fact.value)
        if fact.lead:
            stop = "。" if language == "zh-CN" else "."
            value = f"<b>{_e(fact.lead)}{stop}</b> {value}"
        if fact.field:
            value += _in_english(entry, fact.field, language)
        rows.append((_e(fact.label), value))
    parts.append(_h3(word("At a glance", language)) + _rows(rows))

    if entry.headers:
        parts.append(
            _h3(word("Headers", language))
            + _rows((f"<code>{_e(h.name)}</code>", _e(h.note)) for h in entry.headers)
        )
    if entry.related:
        rows = []
        for related in entry.related:
            name = related_names.get(related.id or related.code, "")
            link = f'<a href="code:{_e(related.target)}">{related.code} {_e(name)}</a>'
            rows.append((link, _e(related.note)))
        parts.append(_h3(word("Related codes", language)) + _rows(rows))
    if entry.specs:
        links = []
        for spec in entry.specs:
            url = _safe_url(spec.url)
            label = _e(spec.label)
            links.append(f'<a href="{_e(url)}">{label}</a>' if url else label)
        parts.append(_h3(word("Specifications", language)) + "<p>" + "<br>".join(links) + "</p>")
    if entry.example:
        parts.append(
            _h3(word("Example", language)) + f"<pre>{_e(entry.example.request)}</pre>"
            f"<pre>{_e(entry.example.response)}</pre>"
        )
    if entry.constants:
        rows = []
        for constant in entry.constants:
            value = f"<code>{_e(constant.name)}</code>"
            value += _name_mark(constant, constant.name, language)
            if constant.phrase:
                phrase = translate("DetailPage", "phrase “{phrase}”").format(phrase=constant.phrase)
                value += f' &nbsp;<span class="muted">{_e(phrase)}</span>'
            if constant.aliases:
                also = ", ".join(
                    f"<code>{_e(name)}</code>{_name_mark(constant, name, language)}"
                    for name in constant.aliases
                )
                also_word = word("also", language)
                value += f'<br><span class="muted">{_e(also_word)}</span> {also}'
            if constant.note:
                value += f'<br><span class="muted">{_e(constant.note)}</span>'
            rows.append((_e(LIBRARIES[constant.library]), value))
        parts.append(_h3(word("In code", language)) + _rows(rows))
    return "".join(parts)


def _name_mark(constant: Constant, name: str, language: str) -> str:
    """A muted "(removed in 7.0)" or "(deprecated since 7.0)" after a constant's name."""
    mark = name_mark(*constant.mark(name), language)
    return f' <span class="muted">({_e(mark)})</span>' if mark else ""


def class_html(status_class: StatusClass, entries: Sequence[Entry], colours: Colours) -> str:
    """The overview page of a class: what it means and its codes."""
    rows = []
    for entry in entries:
        origin = f' <span class="muted">({_e(entry.origin)})</span>' if entry.origin else ""
        link = f'<a href="code:{_e(entry.id)}">{entry.code} {_e(entry.display_name)}</a>{origin}'
        rows.append((link, _e(entry.summary)))
    heading = translate("DetailPage", "{count} codes").format(count=len(entries))
    return (
        style_sheet(colours)
        + f"<h1>{_e(status_class.key)}&nbsp;&nbsp;{_e(status_class.name)}</h1>"
        + f'<p style="font-size:large;">{_e(status_class.summary)}</p>'
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
        style_sheet(colours)
        + f"<h1>{_e(title)}</h1>"
        + f"<p>{_e(help_text)}</p>"
        + (_h3(translate("DetailPage", "Try")) + f"<ul>{hint}</ul>" if hint else "")
    )
