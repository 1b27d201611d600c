"""Search per keystroke: the engine alone, the list of codes, and the whole window, on the real
catalogue and on synthetic ones of 1,000 and 10,000 entries.

    python benchmarks/bench_search.py [--sizes real,1000,10000] [--quick]

Realistic queries are typed letter by letter. For every keystroke:

- engine: ``SearchEngine.search(prefix)`` with its caches cleared first (the lru_cache on
  ``search`` and the one on ``_fuzzy_candidates``), so every query is answered afresh;
- proxy: ``SessionState.set_query(prefix)`` driving the list of codes (``CodeList``: model and
  toggle proxy), no window,
  then the row count of every class (the proxy filters and sorts lazily, when asked, as a view
  of the expanded tree asks): ranking, filtering and sorting;
- window: ``MainWindow.search_box.setText(prefix)`` on a shown window (offscreen) until it
  returns: the list, the tree expanding, the count label and selecting the best hit. All of
  that is synchronous in Qt, so when setText returns the tree is updated;
- window + paint: the same, then ``processEvents()`` until the window has repainted (the
  detail page of the best hit is drawn then, once per turn of the event loop).

Before each pass over the queries the engine caches are cleared and the query emptied, as when
a user starts typing. Clearing the box after each query is timed separately. The first keystroke
in a window also builds the search index (the proxy builds the engine on first use): reported
on its own as "first keystroke".

Writes a plot of median keystroke cost against catalogue size to
benchmarks/results/search-scaling.png (drawn with QPainter: no plotting dependency).
"""

from __future__ import annotations

import gc
import math
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

from _bench import (
    RESULTS_DIR,
    common_arguments,
    comparison,
    log,
    median,
    part_path,
    summary,
    write_json,
)

QUERIES = ("too many requests", "gateway timeout", "nginx", "unathorized")
QUICK_QUERIES = ("nginx",)
REAL_TARGET_MS = 2.0
LARGE_TARGET_MS = 16.0
MODES = ("engine", "proxy", "window", "window+paint")


def keystrokes(query: str) -> list[str]:
    return [query[:end] for end in range(1, len(query) + 1)]


def clear_engine_caches(engine: Any) -> None:
    from httpcodes.search.engine import SearchEngine

    # Every remembered result the engine has (each with a cache_clear), on the instance or
    # the class.
    for owner in (engine, SearchEngine):
        for name in dir(owner):
            clear = getattr(getattr(owner, name, None), "cache_clear", None)
            if callable(clear):
                clear()


def ms_since(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


class Budget:
    """Stops a mode early on a huge catalogue: passes go on while time is left, and a pass
    always finishes the query it is typing."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def left(self) -> bool:
        return time.monotonic() < self.deadline


def measure_engine(
    catalogue: Any, queries: tuple[str, ...], passes: int, budget: Budget
) -> dict[str, Any]:
    from httpcodes.search.engine import SearchEngine

    builds: list[float] = []
    engine = None
    for _ in range(2 if len(catalogue.entries) < 5000 else 1):
        start = time.perf_counter_ns()
        engine = SearchEngine(catalogue.entries, catalogue.classes)
        builds.append(ms_since(start))
    assert engine is not None
    samples: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    hits: dict[str, int] = {}
    for _ in range(passes):
        for query in queries:
            clear_engine_caches(engine)
            for text in keystrokes(query):
                start = time.perf_counter_ns()
                found = engine.search(text)
                elapsed = ms_since(start)
                samples.append(elapsed)
                per_query[query].append(elapsed)
            hits[query] = len(found)
        if not budget.left():
            break
    clear_engine_caches(engine)
    return {
        "build_ms": summary(builds, 2),
        "keystroke_ms": summary(samples),
        "per_query_median_ms": {q: round(median(v), 3) for q, v in per_query.items() if v},
        "hits_for_whole_query": hits,
    }


def visible_rows(proxy: Any) -> int:
    """Ask the proxy for every row it shows, as a view of the expanded tree does: a
    QSortFilterProxyModel filters and sorts a parent's rows lazily, when first asked."""
    total = 0
    for row in range(proxy.rowCount()):
        total += proxy.rowCount(proxy.index(row, 0))
    return total


def measure_proxy(
    catalogue: Any, queries: tuple[str, ...], passes: int, budget: Budget
) -> dict[str, Any]:
    from httpcodes.gui.code_tree import CodeList
    from httpcodes.gui.state import SessionState

    # The session state and the list of codes (model and toggle proxy), without a window.
    state = SessionState(catalogue)
    listing = CodeList(state)
    proxy = listing.proxy
    start = time.perf_counter_ns()
    state.set_query(queries[0][0])
    visible_rows(proxy)
    first = ms_since(start)
    state.set_query("")
    visible_rows(proxy)
    samples: list[float] = []
    clears: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    for _ in range(passes):
        for query in queries:
            clear_engine_caches(state.engine)
            for text in keystrokes(query):
                start = time.perf_counter_ns()
                state.set_query(text)
                visible_rows(proxy)
                elapsed = ms_since(start)
                samples.append(elapsed)
                per_query[query].append(elapsed)
            start = time.perf_counter_ns()
            state.set_query("")
            visible_rows(proxy)
            clears.append(ms_since(start))
        if not budget.left():
            break
    clear_engine_caches(state.engine)
    result = {
        "first_keystroke_ms": round(first, 2),
        "keystroke_ms": summary(samples),
        "clear_ms": summary(clears),
        "per_query_median_ms": {q: round(median(v), 3) for q, v in per_query.items() if v},
    }
    listing.deleteLater()
    del proxy, listing, state
    gc.collect()
    return result


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


def applied(window: Any, text: str) -> bool:
    """True when the window's session state holds the query typed (or cannot tell)."""
    query = getattr(window.state, "query", None)
    return query is None or query == text.strip()


def measure_window(
    catalogue: Any, queries: tuple[str, ...], passes: int, budget: Budget
) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from httpcodes.gui.settings import Settings
    from httpcodes.gui.window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = tempfile.mkdtemp(prefix="httpcodes-bench-window-")
    settings = Settings(Path(folder) / "settings.ini")
    start = time.perf_counter_ns()
    try:
        window = MainWindow(catalogue, settings, persist=False)
    except TypeError:  # a MainWindow without the persist switch
        window = MainWindow(catalogue, settings)
    build = ms_since(start)
    window.show()
    start = time.perf_counter_ns()
    _settle(app)
    first_paint = ms_since(start)
    box = window.search_box

    start = time.perf_counter_ns()
    box.setText(queries[0][0])
    first = ms_since(start)
    box.setText("")
    _settle(app)

    synchronous: list[float] = []
    painted: list[float] = []
    clears: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    keystrokes_done = 0
    for _ in range(passes):
        for query in queries:
            clear_engine_caches(window.state.engine)
            for text in keystrokes(query):
                start = time.perf_counter_ns()
                box.setText(text)
                # Should the window ever defer filtering (a debounce timer), the tree is only
                # updated once the proxy has the query: wait for that, it is part of the cost.
                while not applied(window, text) and ms_since(start) < 5000:
                    app.processEvents()
                sync = ms_since(start)
                app.processEvents()
                total = ms_since(start)
                synchronous.append(sync)
                painted.append(total)
                per_query[query].append(sync)
                keystrokes_done += 1
            start = time.perf_counter_ns()
            box.setText("")
            app.processEvents()
            clears.append(ms_since(start))
            if not budget.left():
                break
        if not budget.left():
            break
    clear_engine_caches(window.state.engine)
    window.close()
    window.deleteLater()
    _settle(app)
    del window
    gc.collect()
    return {
        "construct_ms": round(build, 1),
        "show_and_first_paint_ms": round(first_paint, 1),
        "first_keystroke_ms": round(first, 2),
        "keystroke_ms": summary(synchronous),
        "keystroke_with_paint_ms": summary(painted),
        "clear_with_paint_ms": summary(clears),
        "per_query_median_ms": {q: round(median(v), 3) for q, v in per_query.items() if v},
        "keystrokes_measured": keystrokes_done,
        "complete": all(len(v) >= len(q) * 1 for q, v in per_query.items()),
    }


def catalogue_of(size: str) -> Any:
    if size == "real":
        from httpcodes.catalogue import load_catalogue

        return load_catalogue()
    from synthetic import synthetic_catalogue

    return synthetic_catalogue(int(size))


def plan(entries: int, quick: bool) -> dict[str, tuple[int, float]]:
    """Passes and time budget (seconds) of each mode for a catalogue of this size."""
    if quick:
        return {"engine": (1, 5), "proxy": (1, 5), "window": (1, 5)}
    if entries <= 500:
        return {"engine": (7, 20), "proxy": (7, 20), "window": (5, 30)}
    if entries <= 2000:
        return {"engine": (5, 20), "proxy": (3, 30), "window": (2, 45)}
    return {"engine": (3, 30), "proxy": (1, 60), "window": (1, 90)}


def draw_plot(points: dict[str, dict[int, float]], path: Path, title: str) -> None:
    """A log-log line chart of median keystroke cost against entries, with the targets."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    width, height = 900, 560
    left, right, top, bottom = 80, 200, 50, 60
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    painter.setFont(font)

    xs = sorted({n for series in points.values() for n in series})
    values = [v for series in points.values() for v in series.values() if v > 0]
    if not xs or not values:
        painter.end()
        image.save(str(path))
        return
    x_low, x_high = math.log10(min(xs) / 1.5), math.log10(max(xs) * 1.5)
    y_low = math.floor(math.log10(min(min(values), 0.5)))
    y_high = math.ceil(math.log10(max(max(values), LARGE_TARGET_MS * 2)))
    plot = QRectF(left, top, width - left - right, height - top - bottom)

    def to_point(n: float, ms: float) -> QPointF:
        x = plot.left() + (math.log10(n) - x_low) / (x_high - x_low) * plot.width()
        y = plot.bottom() - (math.log10(ms) - y_low) / (y_high - y_low) * plot.height()
        return QPointF(x, y)

    painter.setPen(QPen(QColor("#dddddd"), 1))
    for exponent in range(y_low, y_high + 1):
        y = to_point(xs[0], 10**exponent).y()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#333333"))
        label = f"{10**exponent:g} ms"
        painter.drawText(QRectF(0, y - 9, left - 8, 18), Qt.AlignmentFlag.AlignRight, label)
        painter.setPen(QPen(QColor("#dddddd"), 1))
    for n in xs:
        point = to_point(n, 10**y_low)
        painter.drawLine(QPointF(point.x(), plot.top()), QPointF(point.x(), plot.bottom()))
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(point.x() - 50, plot.bottom() + 6, 100, 18),
            Qt.AlignmentFlag.AlignHCenter,
            f"{n:,} entries",
        )
        painter.setPen(QPen(QColor("#dddddd"), 1))
    painter.setPen(QPen(QColor("#333333"), 1))
    painter.drawRect(plot)

    for target, label in (
        (REAL_TARGET_MS, "2 ms target (real)"),
        (LARGE_TARGET_MS, "16 ms target (10k)"),
    ):
        y = to_point(xs[0], target).y()
        painter.setPen(QPen(QColor("#cc0000"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        # Inside the plot, just above its line: beside the plot it ran into the legend.
        painter.drawText(QRectF(plot.left() + 6, y - 19, plot.width() / 2, 18), label)

    colours = {
        "engine": "#1f77b4",
        "proxy": "#2ca02c",
        "window": "#ff7f0e",
        "window+paint": "#9467bd",
    }
    legend_y = top + 40
    for name, series in points.items():
        colour = QColor(colours.get(name, "#000000"))
        ordered = sorted((n, v) for n, v in series.items() if v > 0)
        painter.setPen(QPen(colour, 2.5))
        for (n1, v1), (n2, v2) in itertools.pairwise(ordered):
            painter.drawLine(to_point(n1, v1), to_point(n2, v2))
        painter.setBrush(colour)
        for n, v in ordered:
            painter.drawEllipse(to_point(n, v), 4, 4)
        painter.drawLine(QPointF(plot.right() + 10, legend_y), QPointF(plot.right() + 34, legend_y))
        painter.setPen(QColor("#111111"))
        painter.drawText(QPointF(plot.right() + 40, legend_y + 5), name)
        legend_y += 22
    title_font = QFont(font)
    title_font.setPixelSize(16)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(QColor("#111111"))
    painter.drawText(QRectF(0, 10, width, 24), Qt.AlignmentFlag.AlignHCenter, title)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG")


def main() -> int:
    parser = common_arguments(__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="real,1000,10000", help="catalogues: 'real' or a number of entries"
    )
    parser.add_argument("--plot", type=Path, help="where to write the PNG")
    options = parser.parse_args()
    sizes = ["real", "200"] if options.quick else options.sizes.split(",")
    queries = QUICK_QUERIES if options.quick else QUERIES

    from PySide6.QtWidgets import QApplication

    from httpcodes.gui.theme import STYLE_ARGUMENTS

    app = QApplication.instance() or QApplication(["httpcodes-bench", *STYLE_ARGUMENTS])
    details: dict[str, Any] = {"queries": list(queries), "sizes": {}}
    curves: dict[str, dict[int, float]] = {mode: {} for mode in MODES}
    measurers: dict[str, Callable[..., dict[str, Any]]] = {
        "engine": measure_engine,
        "proxy": measure_proxy,
        "window": measure_window,
    }
    for size in sizes:
        catalogue = catalogue_of(size)
        entries = len(catalogue.entries)
        log(f"search: {size} catalogue ({entries} entries)")
        result: dict[str, Any] = {"entries": entries}
        for mode, (passes, seconds) in plan(entries, options.quick).items():
            started = time.monotonic()
            result[mode] = measurers[mode](catalogue, queries, passes, Budget(seconds))
            log(
                f"  {mode}: median {result[mode]['keystroke_ms']['median']} ms per keystroke "
                f"({time.monotonic() - started:.1f} s)"
            )
        details["sizes"][size] = result
        curves["engine"][entries] = result["engine"]["keystroke_ms"]["median"]
        curves["proxy"][entries] = result["proxy"]["keystroke_ms"]["median"]
        curves["window"][entries] = result["window"]["keystroke_ms"]["median"]
        curves["window+paint"][entries] = result["window"]["keystroke_with_paint_ms"]["median"]
        del catalogue
        gc.collect()
    del app

    rows = []
    for size, target in (("real", REAL_TARGET_MS), ("10000", LARGE_TARGET_MS), ("200", None)):
        if size not in details["sizes"]:
            continue
        result = details["sizes"][size]
        label = "real catalogue" if size == "real" else f"{int(size):,} entries"
        note = f"median over {result['window']['keystrokes_measured']} keystrokes"
        rows.append(
            comparison(
                f"Keystroke to updated tree, window ({label})",
                result["window"]["keystroke_ms"]["median"],
                None,
                target,
                "ms",
                "",
                note + "; with repaint: "
                f"{result['window']['keystroke_with_paint_ms']['median']} ms",
                kind="absolute",
            )
        )
        rows.append(
            comparison(
                f"Keystroke, list of codes only ({label})",
                result["proxy"]["keystroke_ms"]["median"],
                None,
                target,
                "ms",
                "",
                "ranking + filtering + sorting, no view",
                kind="absolute",
            )
        )
        rows.append(
            comparison(
                f"Keystroke, search engine only ({label})",
                result["engine"]["keystroke_ms"]["median"],
                None,
                None,
                "ms",
                "",
                f"uncached; index build {result['engine']['build_ms']['median']} ms",
                kind="absolute",
            )
        )
    if "1000" in details["sizes"]:
        result = details["sizes"]["1000"]
        rows.append(
            comparison(
                "Keystroke to updated tree, window (1,000 entries)",
                result["window"]["keystroke_ms"]["median"],
                None,
                None,
                "ms",
                "",
                f"proxy only {result['proxy']['keystroke_ms']['median']} ms, engine only "
                f"{result['engine']['keystroke_ms']['median']} ms; no target set",
                kind="absolute",
            )
        )
    from bench_quality import measure, quality_rows

    quality = measure()
    details["quality"] = quality
    rows.extend(quality_rows(quality))
    plot_path = options.plot or (
        Path(tempfile.gettempdir()) / "httpcodes-search-scaling-quick.png"
        if options.quick
        else RESULTS_DIR / "search-scaling.png"
    )
    draw_plot(curves, plot_path, "httpcodes: median cost of one keystroke against catalogue size")
    details["plot"] = (
        str(plot_path.relative_to(RESULTS_DIR.parent.parent))
        if (plot_path.is_relative_to(RESULTS_DIR.parent.parent))
        else str(plot_path)
    )
    write_json(
        options.output or part_path("search", options.quick),
        {"rows": rows, "details": {"search": details}},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
