"""The terminal commands ``show``, ``search``, ``list`` and ``explain``."""

from __future__ import annotations

import sys

from httpcodes.catalogue import Catalogue, CatalogueError, Entry
from httpcodes.catalogue.i18n import (
    LANGUAGES,
    language_from_environment,
    localise,
    normalise_language,
)
from httpcodes.catalogue.model import is_number
from httpcodes.catalogue.users import load_user_catalogue
from httpcodes.cli.render import Style, render_brief, render_class, render_entry, render_line
from httpcodes.cli.terminal import page
from httpcodes.exits import EXIT_FOUND, EXIT_NOT_FOUND, EXIT_USAGE, UsageError

# No ``typing`` (nor ``re``) on the terminal command's path: see httpcodes.records.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from httpcodes.cli.main import Options

_LONGEST_NUMBER = 6


def run_command(options: Options) -> int:
    """Dispatch ``show``, ``search``, ``list`` or ``explain``."""
    language = resolve_language(options.lang)
    base = load_with_user_entries(options.catalogue)
    if base is None:
        return EXIT_USAGE
    catalogue = localise(base, language)
    style = Style.for_stream(sys.stdout, language)
    if options.command == "show":
        brief = getattr(options, "brief", False)  # the fast path's options have no --brief
        return _show(catalogue, options.codes, options.json, style, brief=brief)
    if options.command == "explain":
        from httpcodes.cli.explain_command import run_explain

        return run_explain(base, catalogue, list(options.inputs), options.json, style)
    if options.command == "search":
        query = " ".join(options.query)
        return _search(base, catalogue, query, options.limit, options.json, style)
    return _list(catalogue, options, style)


def resolve_language(requested: str | None) -> str:
    """The language asked for with --lang, or the locale's."""
    if requested is None:
        return language_from_environment()
    language = normalise_language(requested)
    if language is None:
        choices = ", ".join(LANGUAGES)
        raise UsageError(f"--lang takes one of {choices}, not {requested!r}")
    return language


def load_with_user_entries(extra: list[str]) -> Catalogue | None:
    """The built-in catalogue plus the user's own files; problems go to stderr, one line
    each, and never stop the command. None if the built-in data itself is broken."""
    try:
        catalogue, problems = load_user_catalogue(extra)
    except CatalogueError as error:
        print(f"httpcodes: broken catalogue data: {error}", file=sys.stderr)
        return None
    for problem in problems:
        print(f"httpcodes: {problem}", file=sys.stderr)
    return catalogue


def _dump(entries: list[Entry]) -> str:
    from httpcodes.cli.jsonout import dump_entries  # only --json needs json

    return dump_entries(entries)


def _resolve(catalogue: Catalogue, argument: str) -> list[Entry]:
    argument = " ".join(argument.split())  # a pasted newline or tab is no part of a code
    entry = catalogue.get(argument)
    if entry is not None and not is_number(argument):
        return [entry]
    if not (is_number(argument) and len(argument) <= _LONGEST_NUMBER):
        raise UsageError(
            f"'{argument}' is not a status code; to search for it: httpcodes search {argument}"
        )
    return list(catalogue.for_code(int(argument)))


def _show(
    catalogue: Catalogue, arguments: list[str], as_json: bool, style: Style, *, brief: bool = False
) -> int:
    found: list[Entry] = []
    missing: list[str] = []
    for argument in arguments:
        entries = _resolve(catalogue, argument)
        if entries:
            found.extend(e for e in entries if e not in found)
        else:
            missing.append(argument)
    for argument in missing:
        code = int(argument) if is_number(argument) else 0
        nearest = ", ".join(str(c) for c in catalogue.nearest_codes(code))
        hint = "" if 100 <= code <= 599 else " (status codes run from 100 to 599)"
        print(
            f"httpcodes: no status code {argument} in the catalogue{hint}; nearest: {nearest}",
            file=sys.stderr,
        )
    if as_json:
        print(_dump(found))
    elif found:
        render = render_brief if brief else render_entry
        separator = "\n" if brief else "\n\n"
        page(separator.join(render(e, catalogue, style) for e in found), sys.stdout)
    return EXIT_FOUND if found and not missing else EXIT_NOT_FOUND


def _search(
    base: Catalogue,
    catalogue: Catalogue,
    query: str,
    limit: int,
    as_json: bool,
    style: Style,
) -> int:
    if limit < 0:
        raise UsageError("--limit must be 0 or more")
    from httpcodes.search.index_cache import cached_engine

    # The index holds every language; results are shown in the reader's.
    hits = cached_engine(base.entries, base.classes).search(query)
    shown = {entry.id: entry for entry in catalogue.entries}
    entries = [shown.get(hit.entry.id, hit.entry) for hit in hits]
    if limit:
        entries = entries[:limit]
    if as_json:
        print(_dump(entries))
    elif entries:
        print("\n".join(render_line(e, style) for e in entries))
        if limit and len(hits) > limit:
            print(style.dim(f"… {len(hits) - limit} more; use --limit 0 to see all"))
    if not entries:
        print(f"httpcodes: nothing matches {query!r}", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_FOUND


def _list(catalogue: Catalogue, options: Options, style: Style) -> int:
    wanted_class = None
    if options.status_class:
        text = options.status_class.strip()
        if len(text) != 3 or text[0] not in "12345" or text[1:] not in ("xx", "XX"):
            raise UsageError(f"--class takes 1xx to 5xx, not {options.status_class!r}")
        wanted_class = f"{text[0]}xx"
    entries = [
        e
        for e in catalogue.entries
        if (wanted_class is None or e.class_key == wanted_class)
        and not (options.standard and not e.is_standard)
        and not (options.unofficial and e.is_standard)
    ]
    if options.json:
        print(_dump(entries))
        return EXIT_FOUND if entries else EXIT_NOT_FOUND
    lines: list[str] = []
    for status_class in catalogue.classes:
        members = [e for e in entries if e.class_key == status_class.key]
        if not members:
            continue
        if lines:
            lines.append("")
        lines.append(render_class(status_class, style))
        lines.extend(render_line(e, style) for e in members)
    print("\n".join(lines))
    return EXIT_FOUND if entries else EXIT_NOT_FOUND
