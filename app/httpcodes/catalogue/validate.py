"""Check catalogue data files against the schema.

Usage: ``python -m httpcodes.catalogue.validate FILE...``.

With no arguments it loads the whole built-in catalogue. Prints one line per problem."""

from __future__ import annotations

import sys
from pathlib import Path

from httpcodes.catalogue.errors import CatalogueError
from httpcodes.catalogue.load import load_catalogue, parse_entries_file, read_json
from httpcodes.catalogue.schema_built_in import parse_classes, parse_constants


def validate_file(path: Path) -> int:
    """Validate one file; return how many entries it holds."""
    raw = read_json(path)
    if path.name == "classes.json":
        return len(parse_classes(str(path), raw))
    if path.name == "constants.json":
        return len(parse_constants(str(path), raw))
    return len(parse_entries_file(path, raw))


def main(argv: list[str] | None = None) -> int:
    """Entry point; exit status 1 when anything is wrong."""
    args = sys.argv[1:] if argv is None else argv
    try:
        if not args:
            catalogue = load_catalogue()
            print(f"ok: {len(catalogue.entries)} entries")
            return 0
        for name in args:
            count = validate_file(Path(name))
            print(f"ok: {name}: {count} items")
    except CatalogueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
