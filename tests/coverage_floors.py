"""Fail when a package's line coverage is under its floor.

Run by ``make test`` after pytest has written the coverage data (``.coverage``); prints one
line per package and exits 1, naming the packages under their floor, if any is. Every module
of a package counts, imported by the tests or not."""

from __future__ import annotations

import sys
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "app" / "httpcodes"
# Lines covered, in per cent, below which `make test` fails (issue 16): the Qt-free core and
# the terminal command at 90, the window (harder to reach headless) at 80.
FLOORS = {"catalogue": 90.0, "search": 90.0, "cli": 90.0, "gui": 80.0}


def package_coverage(cov: coverage.Coverage, folder: Path) -> tuple[int, int]:
    """(statements, statements run) over every module under ``folder``."""
    statements = run = 0
    for module in sorted(folder.rglob("*.py")):
        _, lines, _, missing, _ = cov.analysis2(str(module))
        statements += len(lines)
        run += len(lines) - len(missing)
    return statements, run


def main(argv: list[str]) -> int:
    data_file = argv[0] if argv else str(ROOT / ".coverage")
    if not Path(data_file).is_file():
        print(f"coverage floors: no coverage data in {data_file} (run pytest with --cov)")
        return 1
    cov = coverage.Coverage(data_file=data_file, config_file=str(ROOT / "pyproject.toml"))
    cov.load()
    under: list[str] = []
    for name, floor in FLOORS.items():
        statements, run = package_coverage(cov, PACKAGE / name)
        percent = 100.0 * run / statements if statements else 100.0
        verdict = "ok" if percent >= floor else "UNDER THE FLOOR"
        print(
            f"coverage {name:<9} {percent:5.1f} % of {statements:>4} lines "
            f"(floor {floor:.0f} %) {verdict}"
        )
        if percent < floor:
            under.append(f"{name} {percent:.1f} % < {floor:.0f} %")
    if under:
        print(f"coverage floors: under the floor: {'; '.join(under)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
