"""What the shipped Chinese font costs English start-up: nothing before the first paint.

    python benchmarks/bench_cjk_font.py [--runs N] [--quick]

The window (``httpcodes``, English, quitting after its first paint) and the bare window
(``bare_window.py``) are started interleaved under two fontconfig set-ups: the system's (which
has a Chinese font here, so the shipped one is never registered) and one that sees DejaVu only
(no Chinese font: the window registers the shipped one, after its first paint). If the font cost
English start-up anything before the first paint, the window's ratio to the bare window would be
higher without a system Chinese font than with one. Spawn to exit (which includes the deferred
registration) is reported too. Last, the Chinese interface (``LANG=zh_CN.UTF-8``), which
registers the font before its first paint, for information.

Writes results/cjk-font.json (not with --quick) and prints the medians. Not part of
``make bench``: run by hand when the font or start-up changes (benchmarks/README.md has the
last numbers).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    BENCH_DIR,
    PYTHON,
    RESULTS_DIR,
    VENV_BIN,
    common_arguments,
    interleaved,
    log,
    median_first_paint,
    median_wall,
    quitting_env,
    write_json,
)

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def dejavu_only_config(folder: Path) -> Path:
    """A fontconfig file that sees DejaVu only."""
    config = folder / "fonts.conf"
    config.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{DEJAVU}</dir>
  <cachedir>{folder / "cache"}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
""",
        encoding="utf-8",
    )
    return config


def main() -> int:
    parser = common_arguments(__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    options = parser.parse_args()
    runs, warmup = (1, 0) if options.quick else (options.runs, 1)
    app = [str(VENV_BIN / "httpcodes")]
    bare = [str(PYTHON), str(BENCH_DIR / "bare_window.py")]
    with tempfile.TemporaryDirectory(prefix="httpcodes-cjk-") as temp:
        config = str(dejavu_only_config(Path(temp)))

        def no_cjk() -> dict[str, str]:
            return {**quitting_env(), "FONTCONFIG_FILE": config}

        def chinese() -> dict[str, str]:
            return {**quitting_env(), "LANG": "zh_CN.UTF-8"}

        def chinese_no_cjk() -> dict[str, str]:
            return {**no_cjk(), "LANG": "zh_CN.UTF-8"}

        log(f"English start-up with and without a system Chinese font: {runs} runs each")
        results = interleaved(
            {
                "app, system fonts": (app, quitting_env),
                "bare, system fonts": (bare, quitting_env),
                "app, no Chinese font": (app, no_cjk),
                "bare, no Chinese font": (bare, no_cjk),
                "app Chinese, system fonts": (app, chinese),
                "app Chinese, no Chinese font": (app, chinese_no_cjk),
            },
            runs,
            warmup,
        )
    rows = {}
    for name, measured in results.items():
        rows[name] = {
            "first_paint_ms": median_first_paint(measured),
            "exit_ms": median_wall(measured),
        }
    for fonts in ("system fonts", "no Chinese font"):
        app_row, bare_row = rows[f"app, {fonts}"], rows[f"bare, {fonts}"]
        for key in ("first_paint_ms", "exit_ms"):
            if app_row[key] and bare_row[key]:
                app_row[f"{key}_ratio_to_bare"] = round(app_row[key] / bare_row[key], 3)
    if not options.quick:
        write_json(RESULTS_DIR / "cjk-font.json", rows)
    print(f"{'':32} {'first paint':>12} {'exit':>9} {'paint/bare':>11} {'exit/bare':>10}")
    for name, row in rows.items():
        paint = row["first_paint_ms"]
        ratios = (row.get("first_paint_ms_ratio_to_bare"), row.get("exit_ms_ratio_to_bare"))
        print(
            f"{name:32} {paint or 0:9.0f} ms {row['exit_ms']:6.0f} ms "
            + " ".join(f"{r:10.2f}x" if r else f"{'':11}" for r in ratios)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
