"""The start page: what the detail view shows when no code is chosen (a first start, or the
search cleared with nothing on screen). The codes people meet most, then the user's
favourites and recent codes, each a link (Tab moves between them, Enter opens one)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication

from httpcodes.gui.html_text import escape

if TYPE_CHECKING:
    from httpcodes.gui.state import SessionState
    from httpcodes.gui.theme import Colours

# The codes a web developer meets most often, in number order: the everyday successes and
# redirects, the client errors an API returns, and the server errors a gateway shows.
COMMON_CODES: Final = (
    200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 405, 409, 422, 429, 500, 502, 503, 504,
)  # fmt: skip


translate = QCoreApplication.translate


def _links(state: SessionState, ids: list[str], columns: int = 3) -> str:
    """The codes as a grid of links, ``columns`` to a row (compact, so all show at once)."""
    cells = []
    for entry_id in ids:
        entry = state.catalogue.get(entry_id)
        if entry is None:
            continue
        origin = f' <span class="muted">({escape(entry.origin)})</span>' if entry.origin else ""
        cells.append(
            f'<td><a href="code:{escape(entry.id)}">{entry.code} '
            f"{escape(entry.display_name)}</a>{origin}</td>"
        )
    if not cells:
        return ""
    rows = ["".join(cells[i : i + columns]) for i in range(0, len(cells), columns)]
    return '<table cellspacing="0">' + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"


def start_html(state: SessionState, colours: Colours) -> str:
    """The start page in the interface language."""
    from httpcodes.gui.detail_html import style_sheet

    common = []
    for code in COMMON_CODES:
        entry = state.catalogue.standard(code)
        if entry is not None:
            common.append(entry.id)
    title = translate("StartPage", "HTTP status codes")
    hint = translate(
        "StartPage",
        "Type a code, a name or plain words in the search box (Ctrl+K), or choose a code below.",
    )
    headings = (
        translate("StartPage", "Common codes"),
        translate("StartPage", "Favourites"),
        translate("StartPage", "Recently viewed"),
    )
    parts = [style_sheet(colours), f"<h1>{escape(title)}</h1>", f"<p>{escape(hint)}</p>"]
    for heading, ids in zip(headings, (common, state.favourites, state.recent), strict=True):
        links = _links(state, ids)
        if links:
            parts += [f"<h3>{escape(heading)}</h3>", links]
    return "".join(parts)
