"""Exit statuses and the usage error, shared by the terminal command and the window's launcher.

Kept free of imports (``typing`` included) because the quickest command, ``httpcodes 404``,
imports it on its way to the answer.
"""

EXIT_FOUND = 0  # something was found or done
EXIT_NOT_FOUND = 1  # nothing was found (or nothing recognised)
EXIT_USAGE = 2  # the command line, or a data file, asks for something impossible
EXIT_ENVIRONMENT = 3  # the window cannot start here (no display, a missing system library)
EXIT_INTERNAL = 70  # an unexpected error, logged (EX_SOFTWARE in sysexits.h)
EXIT_INTERRUPTED = 130  # Ctrl+C (128 + SIGINT)


class UsageError(Exception):
    """The command line asks for something impossible; the message is shown as is."""
