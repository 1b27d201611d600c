"""Qt's libraries loaded on a second core during start-up (httpcodes.gui.warm_up)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from httpcodes.gui import warm_up
from tests.cli_runner import run_unmeasured_python


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"QT_QPA_PLATFORM": "xcb"}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen:size=800x600", "DISPLAY": ":0"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"DISPLAY": ":1"}, "xcb"),
        (
            {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
            "wayland",
        ),
        # Qt tries Wayland first in a Wayland session, or where a compositor is named (WSLg).
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "wayland"),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, "xcb"),
        ({}, None),
    ],
)
def test_the_platform_is_the_one_qt_will_pick(environ: dict[str, str], expected: str) -> None:
    assert warm_up.platform_name(environ) == expected


def _fake_qt(root: Path, *files: str) -> Path:
    qt = root / "PySide6" / "Qt"
    for name in ("lib/libQt6Widgets.so.6", *files):
        (qt / name).parent.mkdir(parents=True, exist_ok=True)
        (qt / name).write_bytes(b"")
    return qt


def test_the_libraries_are_widgets_then_the_platform_then_the_input_method(
    tmp_path: Path,
) -> None:
    qt = _fake_qt(
        tmp_path,
        "plugins/platforms/libqxcb.so",
        "plugins/platforms/libqoffscreen.so",
        "plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    )
    relative = [
        os.path.relpath(path, qt)
        for path in warm_up.libraries_to_load({"QT_QPA_PLATFORM": "xcb"}, str(qt))
    ]
    assert relative == [
        "lib/libQt6Widgets.so.6",
        "plugins/platforms/libqxcb.so",
        "plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    ]
    ibus = warm_up.libraries_to_load({"DISPLAY": ":0", "QT_IM_MODULE": "ibus"}, str(qt))
    assert ibus[-1].endswith("libibusplatforminputcontextplugin.so")
    # Offscreen has no input method; a platform plugin that is not there is skipped.
    assert len(warm_up.libraries_to_load({"QT_QPA_PLATFORM": "offscreen"}, str(qt))) == 2
    wayland = warm_up.libraries_to_load({"QT_QPA_PLATFORM": "wayland"}, str(qt))
    assert [Path(path).name for path in wayland] == [
        "libQt6Widgets.so.6",
        "libcomposeplatforminputcontextplugin.so",
    ]
    assert len(warm_up.libraries_to_load({"QT_QPA_PLATFORM": "vnc"}, str(qt))) == 1


def test_qt_is_found_on_the_module_path_without_importing_it(tmp_path: Path) -> None:
    found = warm_up.qt_folder(sys.path)
    assert found is not None
    assert Path(found, "lib", "libQt6Widgets.so.6").is_file()
    assert warm_up.qt_folder([str(tmp_path)]) is None
    assert warm_up.qt_folder([str(tmp_path.parent), str(tmp_path)]) is None


def test_only_the_pyside6_python_will_import_is_looked_at(tmp_path: Path) -> None:
    # A PySide6 built on the system's Qt (no Qt folder of its own) comes first on the path:
    # the wheel's Qt further on must not be loaded under it.
    system = tmp_path / "system"
    (system / "PySide6").mkdir(parents=True)
    wheel = _fake_qt(tmp_path / "wheel")
    assert warm_up.qt_folder([str(system), str(tmp_path / "wheel")]) is None
    assert warm_up.qt_folder([str(tmp_path / "wheel"), str(system)]) == str(wheel)


def test_without_pyside6_on_the_path_nothing_is_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert warm_up.start_loading_qt({"QT_QPA_PLATFORM": "offscreen"}) is False


def test_a_library_that_cannot_be_loaded_is_left_to_qt(tmp_path: Path) -> None:
    import _ctypes
    import _thread

    broken = tmp_path / "libbroken.so"
    broken.write_bytes(b"not a library")
    load = _ctypes.dlsym(_ctypes.dlopen(None, os.RTLD_NOW), "dlopen")
    # Returns quietly: Qt loads (and reports) what failed here itself.
    busy = _thread.allocate_lock()
    busy.acquire()
    warm_up._load(_ctypes, load, [os.fsencode(broken), b"/nonexistent/libnothing.so"], busy)
    assert not busy.locked()  # and says it is done: the window never waits on a failure


_PROBE = """
import sys
from httpcodes.gui.warm_up import start_loading_qt
started = start_loading_qt({"QT_QPA_PLATFORM": "offscreen"})
def mapped():
    with open("/proc/self/maps") as maps:
        text = maps.read()
    return all(name in text for name in ("libQt6Widgets.so.6", "libqoffscreen.so", "libfontconfig"))
from httpcodes.gui.warm_up import wait_for_fontconfig
wait_for_fontconfig()  # the thread is done: everything it loads is in the process
print(started, mapped(), any(name.startswith("PySide6") for name in sys.modules))
"""


def test_the_thread_loads_qt_into_the_process_without_importing_pyside6() -> None:
    result = run_unmeasured_python(_PROBE)
    assert result.stdout.split() == ["True", "True", "False"], result.stderr[-500:]
