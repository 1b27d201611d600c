"""The Explain view's page: an explanation as Qt rich text, in the window's colours.

The interface words come in ``labels`` (translated by the view); the notes and findings are
the explain core's own sentences, already in the reader's language. Entries are shown in the
reader's language (``shown``), and each code is a link ``entry:<id>`` that the view turns into
``state.show_entry``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from httpcodes.catalogue.model import Entry
from httpcodes.explain.report import Explanation, ResponseReport
from httpcodes.gui.html_text import escape
from httpcodes.gui.theme import Colours

# Severity marks and colours that read on a light and on a dark background alike.
_MARKS: Final = {"problem": "✖", "warning": "▲", "info": "●"}
_LIGHT: Final = {"problem": "#c62828", "warning": "#a15c00", "info": "#1565c0"}
_DARK: Final = {"problem": "#ff8a80", "warning": "#ffcc66", "info": "#8ab4f8"}


def explanation_html(
    result: Explanation, shown: Mapping[str, Entry], colours: Colours, labels: Mapping[str, str]
) -> str:
    """The whole page."""
    parts = [
        f"<html><body style='color:{colours.text}; background:{colours.base}'>",
    ]
    if result.kind == "message":
        parts.append(_message_html(result, shown, colours, labels))
    else:
        heading = labels["log"] if result.kind == "log" else labels["response"]
        parts.append(f"<p style='color:{colours.muted}'>{escape(heading)}</p>")
        for report in result.responses:
            parts.append(_response_html(report, shown, colours, labels))
    if result.truncated:
        parts.append(f"<p style='color:{colours.muted}'>{escape(labels['truncated'])}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _entry_line(entry: Entry, colours: Colours) -> str:
    link = (
        f"<a href='entry:{escape(entry.id)}' style='color:{colours.link}'>"
        f"<b>{entry.code}</b> {escape(entry.display_name)}</a>"
    )
    origin = f" <span style='color:{colours.muted}'>[{escape(entry.origin or '')}]</span>"
    return link + (origin if entry.origin else "")


def _message_html(
    result: Explanation, shown: Mapping[str, Entry], colours: Colours, labels: Mapping[str, str]
) -> str:
    parts: list[str] = []
    # A message without a translation (yet) is English: say so, as the detail pane does.
    mark = escape(labels.get("english", ""))
    mark = f" <span style='color:{colours.muted}'>{mark}</span>" if mark else ""
    for message in result.messages:
        english = mark if message.text_language == "en" else ""
        codes = labels.get("list", ", ").join(
            f"<a href='entry:{escape(code)}' style='color:{colours.link}'>{escape(code)}</a>"
            for code in message.codes
        )
        parts.append(
            f"<h3 style='margin-bottom:2px'>{escape(message.name)} "
            f"<span style='color:{colours.muted}; font-weight:normal'>"
            f"[{escape(message.origin)}]</span></h3>"
            f"<p style='margin-top:2px'>{escape(message.summary)}{english}</p>"
            f"<p>{escape(message.advice)}{english}</p>"
            f"<p style='color:{colours.muted}'>{escape(labels['codes_behind'])} {codes}</p>"
        )
    if result.matches:
        parts.append(f"<h3>{escape(labels['matches'])}</h3><table cellspacing='4'>")
        for entry in result.matches[:8]:
            local = shown.get(entry.id, entry)
            parts.append(
                f"<tr><td>{_entry_line(local, colours)}</td>"
                f"<td style='color:{colours.muted}'>{escape(local.summary)}</td></tr>"
            )
        parts.append("</table>")
    if not parts:
        parts.append(f"<p style='color:{colours.muted}'>{escape(labels['nothing'])}</p>")
    return "".join(parts)


def _response_html(
    report: ResponseReport, shown: Mapping[str, Entry], colours: Colours, labels: Mapping[str, str]
) -> str:
    tones = _DARK if colours.dark else _LIGHT
    version = f"HTTP/{report.http_version} " if report.http_version else ""
    reason = f" {report.reason}" if report.reason else ""
    parts = [
        f"<table width='100%' cellpadding='6' style='background:{colours.code_background}; "
        f"border:1px solid {colours.border}; margin-top:10px'><tr><td>"
        f"<span style='font-family:monospace; font-size:large'><b>"
        f"{escape(version + str(report.code) + reason)}</b></span>"
    ]
    entry = None if report.entry is None else shown.get(report.entry.id, report.entry)
    if entry is not None:
        parts.append(f"<br>{_entry_line(entry, colours)} — {escape(entry.summary)}")
    else:
        parts.append(f"<br><span style='color:{colours.muted}'>{escape(labels['unknown'])}</span>")
    if report.reason_note:
        parts.append(f"<br><span style='color:{colours.muted}'>{escape(report.reason_note)}</span>")
    if report.log_line:
        parts.append(
            f"<br><span style='color:{colours.muted}; font-family:monospace'>"
            f"{escape(report.log_line[:300])}</span>"
        )
    if report.findings:
        parts.append(f"<p style='margin-bottom:0'><b>{escape(labels['findings'])}</b></p>")
        for finding in report.findings:
            where = f" <code>{escape(finding.header)}</code>" if finding.header else ""
            tone = tones[finding.severity]
            parts.append(
                f"<div style='margin-left:8px'><span style='color:{tone}'>"
                f"{_MARKS[finding.severity]} <b>{escape(labels[finding.severity])}</b></span>"
                f"{where}{escape(labels.get('colon', ': '))}{escape(finding.text)}</div>"
            )
    elif report.log_line is None and not report.complete:
        parts.append(f"<p style='color:{colours.muted}'>{escape(labels['status_only'])}</p>")
    elif report.log_line is None:
        parts.append(f"<p style='color:{tones['info']}'>✔ {escape(labels['clean'])}</p>")
    noted = [h for h in report.headers if h.note]
    if noted:
        parts.append(f"<p style='margin-bottom:0'><b>{escape(labels['headers'])}</b></p>")
        parts.append("<table cellspacing='2' style='margin-left:8px'>")
        for header in noted:
            parts.append(
                f"<tr><td style='font-family:monospace; padding-right:8px' valign='top'>"
                f"{escape(header.name)}: {escape(header.value[:160])}</td>"
                f"<td valign='top'>{escape(header.note or '')}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</td></tr></table>")
    return "".join(parts)
