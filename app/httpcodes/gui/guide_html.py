"""The Guide view's rich text, in the window's colours: the breadcrumbs of the answers taken
so far and the page of the code the guide ends at (why, what to send with it, the near
misses, the sources).

The interface words come in ``labels`` (translated by the view); the guide's own texts are
taken in ``language``. A breadcrumb is a link ``step:<n>`` back to the question asked at that
step, and a near miss a link ``code:<code>``; the view follows both."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from httpcodes.gui.html_text import escape

if TYPE_CHECKING:
    from httpcodes.catalogue.model import Catalogue
    from httpcodes.gui.theme import Colours
    from httpcodes.guide import Node, Outcome


def breadcrumbs_html(
    trail: Sequence[tuple[Node, int]], at_answer: bool, language: str, start: str, link: str
) -> str:
    """The answers taken (``(question, answer index)``) after ``start``, each a link back to
    its question; the last one is plain text when the answer is on screen."""
    parts = [f'<a href="step:0" style="color:{link}">{escape(start)}</a>']
    for step, (node, index) in enumerate(trail, start=1):
        label = escape(node.answers[index].label.get(language))
        if step < len(trail) or not at_answer:
            parts.append(f'<a href="step:{step}" style="color:{link}">{label}</a>')
        else:
            parts.append(label)
    return " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} ".join(parts)


def outcome_html(
    outcome: Outcome,
    catalogue: Catalogue,
    language: str,
    colours: Colours,
    labels: Mapping[str, str],
) -> str:
    """The page of the code to send; ``labels`` holds the heading and the section names
    (``heading``, ``why``, ``send``, ``near``, ``sources``)."""
    misses = "".join(
        f'<li><a href="code:{m.code}" style="color:{colours.link}">'
        f"{escape(code_title(catalogue, m.code))}</a> — {escape(m.why.get(language))}</li>"
        for m in outcome.near_misses
    )
    colon = "：" if language == "zh-CN" else ": "
    return (
        f'<div style="color:{colours.text}">'
        f'<h2 style="margin-bottom:4px">{escape(labels["heading"])}</h2>'
        f"<h3>{escape(labels['why'])}</h3><p>{escape(outcome.why.get(language))}</p>"
        f"<h3>{escape(labels['send'])}</h3><p>{escape(outcome.send.get(language))}</p>"
        f"<h3>{escape(labels['near'])}</h3><ul>{misses}</ul>"
        f'<p style="color:{colours.muted}">{escape(labels["sources"])}{colon}'
        f"{escape('; '.join(outcome.sources))}</p></div>"
    )


def code_title(catalogue: Catalogue, code: int) -> str:
    """The code with its name (``404 Not Found``), or the bare number where the catalogue
    has no standard entry for it."""
    entry = catalogue.standard(code)
    return entry.display_title if entry is not None else str(code)
