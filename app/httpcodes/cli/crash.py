"""The terminal command's last resort: log the traceback, tell the user one line."""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime

from httpcodes.exits import EXIT_INTERNAL
from httpcodes.paths import log_file


def report_crash(error: BaseException) -> int:
    """Write the traceback to the log file and one line to stderr; return exit status 70."""
    where = log_file()
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        with where.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat()} unexpected error\n")
            log.write("".join(traceback.format_exception(error)))
        detail = f"details in {where}"
    except OSError:
        detail = "and the log file could not be written"
    print(f"httpcodes: internal error: {error} ({detail})", file=sys.stderr)
    return EXIT_INTERNAL
