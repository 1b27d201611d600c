"""``httpcodes gui``'s options become the window's own launch options."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from httpcodes.cli.gui_command import launch_options
from httpcodes.cli.main import command_of, normalise_arguments
from httpcodes.gui.launch import LaunchOptions
from tests.cli_runner import run_cli


def test_a_namespace_becomes_launch_options() -> None:
    options = launch_options(
        Namespace(
            command="gui",
            target=["404"],
            select=None,
            query="rate",
            theme="dark",
            lang="zh-CN",
            catalogue=["mine.json"],
            size=(800, 600),
            screenshot=None,
            quit_after_paint=True,
        )
    )
    assert options == LaunchOptions(
        target=("404",),
        query="rate",
        theme="dark",
        lang="zh-CN",
        catalogues=("mine.json",),
        size=(800, 600),
        quit_after_paint=True,
    )
    # Whatever a namespace lacks takes the default.
    assert launch_options(Namespace(command="gui")) == LaunchOptions()


def test_a_file_named_like_a_command_is_not_the_command() -> None:
    arguments = normalise_arguments(["--catalogue", "search"])
    assert command_of(arguments) == "gui"
    assert command_of(normalise_arguments(["--lang", "en", "search", "gateway"])) == "search"


def test_catalogue_search_opens_the_window_with_a_clear_line(tmp_path: Path) -> None:
    result = run_cli(
        "--catalogue",
        "search",
        env={"HTTPCODES_QUIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "search" in result.stderr  # the file that is not there, named in one line
    assert "Traceback" not in result.stderr
