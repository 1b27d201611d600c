"""Entry point of the frozen httpcodes (PyInstaller): the same command line as the installed one."""

import os
import sys

from httpcodes.cli.main import main


def restore_library_path() -> None:
    """Give programs that httpcodes starts the user's own LD_LIBRARY_PATH back.

    PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle (keeping the user's value in
    LD_LIBRARY_PATH_ORIG). The dynamic loader has read it by the time Python runs, so this process
    keeps finding its libraries; but a browser opened for a specification link would otherwise
    load this bundle's GLib, libstdc++ and the like instead of its own.
    """
    if not getattr(sys, "frozen", False):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    restore_library_path()
    sys.exit(main())
