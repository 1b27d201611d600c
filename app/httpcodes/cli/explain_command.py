"""``httpcodes explain [FILE | WORDS...]``: explain a pasted response, log line or error
message. Reads a file, the words given, or standard input when it is not a terminal (so that
``curl -si URL | httpcodes explain`` works). At most ``MAX_BYTES`` are read; nothing is kept.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from httpcodes.catalogue.model import Catalogue, Entry
from httpcodes.cli.jsonout import entry_to_dict
from httpcodes.cli.render import Style, _wrap, render_line
from httpcodes.exits import EXIT_FOUND, EXIT_NOT_FOUND, UsageError
from httpcodes.explain.report import (
    MAX_BYTES,
    Explanation,
    ResponseReport,
    UnreadableInputError,
    decode,
    explain,
)
from httpcodes.explain.wording import join, say

_SEVERITY_COLOURS = {"problem": "31", "warning": "33", "info": "36"}
_SEVERITY_MARKS = {"problem": "✗", "warning": "!", "info": "i"}


def read_input(arguments: list[str]) -> tuple[bytes, bool]:
    """The bytes to explain and whether more were there than were read."""
    if len(arguments) == 1 and arguments[0] != "-" and os.path.isfile(arguments[0]):
        try:
            with open(arguments[0], "rb") as stream:
                data = stream.read(MAX_BYTES + 1)
        except OSError as error:
            raise UsageError(f"cannot read {arguments[0]}: {error.strerror}") from None
        return data, len(data) > MAX_BYTES
    if arguments and arguments != ["-"]:
        data = " ".join(arguments).encode("utf-8", errors="replace")
        return data, False
    if arguments != ["-"] and sys.stdin is not None and sys.stdin.isatty():
        raise UsageError(
            "explain reads a file, the words after it, or text piped in "
            "(curl -si URL | httpcodes explain)"
        )
    if sys.stdin is None:
        return b"", False
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    return data, len(data) > MAX_BYTES


def run_explain(
    base: Catalogue, catalogue: Catalogue, arguments: list[str], as_json: bool, style: Style
) -> int:
    """Explain what was given; 0 when something was recognised, 1 when not."""
    from httpcodes.search.index_cache import cached_engine

    data, truncated = read_input(arguments)
    try:
        text, cut = decode(data)
    except UnreadableInputError as error:
        print(f"httpcodes: cannot explain: {error}", file=sys.stderr)
        return EXIT_NOT_FOUND
    engine = cached_engine(base.entries, base.classes)  # every language, as search has
    shown = {entry.id: entry for entry in catalogue.entries}
    language = style.language
    result = explain(text, base, engine, truncated=truncated or cut, language=language, local=shown)
    if as_json:
        document = to_json(result, shown, language)
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        output = render(result, shown, style)
        if output:
            print(output)
    if result.truncated:
        print(f"httpcodes: only the first {MAX_BYTES // 1024} KiB were read", file=sys.stderr)
    if not result.recognised:
        print("httpcodes: nothing in the input was recognised", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_FOUND


def _local(entry: Entry | None, shown: dict[str, Entry]) -> Entry | None:
    return None if entry is None else shown.get(entry.id, entry)


def to_json(result: Explanation, shown: dict[str, Entry], language: str = "en") -> dict[str, Any]:
    """The JSON object of ``explain --json``, documented in the README. Notes and findings are
    in ``language`` (given as ``language``); a known message's texts are in that language when
    it has a translation, English otherwise (``text_language``)."""
    responses = []
    for report in result.responses:
        entry = _local(report.entry, shown)
        responses.append(
            {
                "code": report.code,
                "entry": entry_to_dict(entry) if entry is not None else None,
                "http_version": report.http_version,
                "reason": report.reason,
                "headers": [
                    {"name": h.name, "value": h.value, "note": h.note} for h in report.headers
                ],
                "findings": [
                    {"severity": f.severity, "header": f.header, "text": f.text}
                    for f in report.findings
                ],
            }
        )
    return {
        "kind": result.kind,
        "language": language,
        "responses": responses,
        "matches": [entry_to_dict(shown.get(e.id, e)) for e in result.matches],
        "messages": [
            {
                "id": m.id,
                "kind": m.kind,
                "origin": m.origin,
                "name": m.name,
                "summary": m.summary,
                "advice": m.advice,
                "codes": list(m.codes),
                "sources": list(m.sources),
                "text_language": m.text_language,
            }
            for m in result.messages
        ],
    }


def _word(style: Style, key: str) -> str:
    return say(style.language, key)


def render(result: Explanation, shown: dict[str, Entry], style: Style) -> str:
    """Readable terminal output."""
    lines: list[str] = []
    if result.kind == "message":
        for message in result.messages:
            lines.append(style.bold(f"{message.name}") + style.dim(f"  [{message.origin}]"))
            # A message without a translation (yet) is English: say so, as the detail pane does.
            english = "" if message.text_language != "en" else _word(style, "label.english")
            lines.extend(_wrap(message.summary + english, style.width, "  "))
            lines.extend(_wrap(message.advice + english, style.width, "  "))
            codes = join(style.language, message.codes)
            lines.append(style.dim("  " + say(style.language, "label.codes_behind", codes=codes)))
            lines.append("")
        if result.matches:
            lines.append(style.bold(_word(style, "label.best_matches")))
            lines.extend(render_line(shown.get(e.id, e), style) for e in result.matches[:5])
        return "\n".join(lines).rstrip()
    for index, report in enumerate(result.responses):
        if index:
            lines.append("")
        lines.extend(_render_response(report, shown, style))
    return "\n".join(line.rstrip() for line in lines)


def _render_response(report: ResponseReport, shown: dict[str, Entry], style: Style) -> list[str]:
    entry = _local(report.entry, shown)
    version = f"HTTP/{report.http_version} " if report.http_version else ""
    reason = f" {report.reason}" if report.reason else ""
    lines = [style.bold(f"{version}{report.code}{reason}")]
    if report.log_line:
        lines.append(style.dim("  " + report.log_line[: style.width - 2]))
    if entry is not None:
        lines.append("  " + render_line(entry, style._replace(width=style.width - 2)))
    else:
        lines.append("  " + style.dim(_word(style, "label.unknown")))
    if report.reason_note:
        lines.extend(style.dim(line) for line in _wrap(report.reason_note, style.width, "  "))
    for header in report.headers:
        if header.note is None:
            continue
        lines.append(f"  {style.bold(header.name)}: {header.value[:200]}")
        lines.extend(_wrap(header.note, style.width, "      "))
    for finding in report.findings:
        mark = _SEVERITY_MARKS[finding.severity]
        severity = _word(style, f"severity.{finding.severity}")
        label = style.paint(f"{mark} {severity}", _SEVERITY_COLOURS[finding.severity])
        where = say(style.language, "label.where", header=finding.header) if finding.header else ""
        wrapped = _wrap(finding.text + where, style.width - 14)
        padding = " " * max(1, 10 - len(severity) * (2 if style.language == "zh-CN" else 1))
        lines.append(f"  {label}{padding}{wrapped[0]}")
        lines.extend(" " * 14 + line for line in wrapped[1:])
    if not report.findings and report.log_line is None:
        clean = "label.clean" if report.complete else "label.status_only"
        lines.append("  " + style.dim(_word(style, clean)))
    return lines
