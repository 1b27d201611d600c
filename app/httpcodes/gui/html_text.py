"""Escaping text for Qt's rich text: what ``html.escape`` does, without importing ``html``,
whose table of every named entity cost the window's start-up 1.8 ms for a function it never
used."""

from __future__ import annotations

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` safe inside an HTML element or a quoted attribute."""
    return text.translate(_ESCAPES)
