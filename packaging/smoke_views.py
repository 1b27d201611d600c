"""The frozen program's newer commands and views: the guide, compare and explain.

Their modules are imported by name when first used (the window's lazy views, the commands'
late imports), which PyInstaller cannot see by itself; a bundle that left one out would
fail only when a user opens it. So each is run once from the bundle here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Run = Callable[..., Any]

# A response with one problem in it (405 without Allow), for explain.
BROKEN_RESPONSE = "HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n"


def check_views(
    exe: Path,
    box: Any,
    run: Run,
    count_colours: Callable[[Path], tuple[int, int, int]],
    min_colours: int,
    error: type[Exception],
) -> None:
    """Run choose, compare and explain, and render the three views, from the bundle."""
    done = run(exe, ["choose", "--json"], box)
    guide = json.loads(done.stdout)
    if not guide.get("nodes") or guide.get("start") is None:
        raise error(f"choose --json gave no guide: {done.stdout[:200]!r}")

    done = run(exe, ["--json", "compare", "401", "403"], box)
    keys = {row["key"] for row in json.loads(done.stdout)["properties"]}
    if "permanent" not in keys or "senders" not in keys:
        raise error(f"compare --json lacks its properties: {sorted(keys)}")

    paste = box.root / "response.txt"
    paste.write_text(BROKEN_RESPONSE, encoding="utf-8")
    done = run(exe, ["--json", "explain", str(paste)], box)
    report = json.loads(done.stdout)
    findings = [f["severity"] for r in report["responses"] for f in r["findings"]]
    if report["kind"] != "response" or "problem" not in findings:
        raise error(f"explain did not find 405's missing Allow: {done.stdout[:300]!r}")

    views: Sequence[tuple[str, list[str]]] = (
        ("guide", ["--guide"]),
        ("compare", ["--compare", "301", "302", "307", "308"]),
        ("explain", ["--explain", str(paste)]),
    )
    for name, arguments in views:
        shot = box.root / f"{name}.png"
        run(exe, ["gui", "--screenshot", str(shot), *arguments], box)
        if not shot.is_file():
            raise error(f"gui {' '.join(arguments)} --screenshot wrote no file")
        width, height, colours = count_colours(shot)
        if colours < min_colours:
            raise error(f"the {name} view looks blank: {width}x{height}, {colours} colours")
        print(f"  {name} view: {width}x{height}, {colours} colours")
