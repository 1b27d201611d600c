"""The terminal command, run for real in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli_runner import on_a_terminal, run_cli, unmeasured

ANSI = re.compile(r"\x1b\[[0-9;]*m")
JSON_FIELDS = {
    "code",
    "phrase",
    "class",
    "status",
    "deprecated",
    "origin",
    "former_phrases",
    "summary",
    "description",
    "specs",
    "heuristically_cacheable",
    "retry",
    "headers",
    "related",
    "example",
    "constants",
}


def test_show_prints_a_readable_entry() -> None:
    result = run_cli("show", "404")
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.startswith("404 Not Found")
    for text in ("RFC 9110 §15.5.5", "http.StatusNotFound", "GET ", "HTTP/1.1 404 Not Found"):
        assert text in result.stdout
    assert not ANSI.search(result.stdout)


def test_a_bare_code_shows_and_bare_words_search() -> None:
    assert run_cli("404").stdout == run_cli("show", "404").stdout
    searched = run_cli("rate", "limit")
    assert searched.returncode == 0
    assert searched.stdout.splitlines()[0].startswith("429  Too Many Requests")


def test_show_several_codes_and_every_meaning_of_a_number() -> None:
    result = run_cli("show", "499", "200", "--json")
    assert result.returncode == 0
    entries = json.loads(result.stdout)
    assert [e["code"] for e in entries][-1] == 200
    assert {e["id"] for e in entries if e["code"] == 499} == {"499-nginx", "499-esri"}


def test_json_has_every_documented_field() -> None:
    result = run_cli("show", "413", "--json")
    (entry,) = json.loads(result.stdout)
    assert set(entry) >= JSON_FIELDS
    assert entry["code"] == 413
    assert entry["class"] == "4xx"
    assert entry["status"] == "permanent"
    assert entry["origin"] is None
    assert "Payload Too Large" in entry["former_phrases"]
    assert entry["specs"][0] == {
        "title": "RFC 9110",
        "section": "15.5.14",
        "url": "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
    }
    assert set(entry["constants"]) <= {
        "python",
        "go",
        "rust",
        "dotnet",
        "java",
        "php",
        "javascript",
        "aspnetcore",
        "servlet",
        "rails",
        "ktor",
        "apache_httpclient",
    }
    assert entry["constants"]["go"]["phrase"] == "Request Entity Too Large"
    assert entry["constants"]["rails"]["name"] == ":content_too_large"
    assert entry["constants"]["java"]["name"] == "HttpStatus.CONTENT_TOO_LARGE"
    assert entry["constants"]["java"]["deprecations"] == {
        "HttpStatus.PAYLOAD_TOO_LARGE": {"deprecated_since": "7.0", "removed_in": None},
        "HttpStatus.REQUEST_ENTITY_TOO_LARGE": {"deprecated_since": "4.1", "removed_in": "7.0"},
    }
    vendor = json.loads(run_cli("show", "444-nginx", "--json").stdout)[0]
    assert vendor["status"] == "unofficial"
    assert vendor["origin"] == "nginx"


def test_global_json_flag_before_the_command() -> None:
    assert json.loads(run_cli("--json", "show", "200").stdout)[0]["code"] == 200


def test_search_json_lists_best_first() -> None:
    result = run_cli("search", "gateway", "--json", "--limit", "0")
    entries = json.loads(result.stdout)
    assert entries[0]["code"] in (502, 504)
    assert {502, 504} <= {e["code"] for e in entries}


def test_list_filters_by_class_and_kind() -> None:
    standard = run_cli("list", "--class", "4xx", "--standard", "--json")
    codes = [e["code"] for e in json.loads(standard.stdout)]
    assert codes == sorted(codes)
    assert all(400 <= c < 500 for c in codes)
    assert 404 in codes and 499 not in codes
    unofficial = json.loads(run_cli("list", "--unofficial", "--json").stdout)
    assert unofficial
    assert all(e["status"] == "unofficial" for e in unofficial)
    text = run_cli("list").stdout
    assert "4xx Client Error" in text
    assert re.search(r"^404  Not Found", text, re.MULTILINE)


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("show", "600"), 1, "no status code 600"),
        (("show", "299"), 1, "nearest"),
        (("show", "teapot"), 2, "not a status code"),
        (("search", "zzqqxxjj"), 1, "nothing matches"),
        (("list", "--class", "9xx"), 2, "--class"),
        (("--bogus",), 2, "unrecognized arguments"),
        (("search", "x", "--limit", "-1"), 2, "--limit"),
        (("gui", "--size", "huge"), 2, "WIDTHxHEIGHT"),
    ],
)
def test_errors_are_one_line_with_the_right_exit_status(
    args: tuple[str, ...], status: int, message: str
) -> None:
    result = run_cli(*args)
    assert result.returncode == status
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("httpcodes: ")
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_version_and_help() -> None:
    version = run_cli("--version")
    assert version.returncode == 0
    assert re.match(r"^httpcodes \d+\.\d+\.\d+$", version.stdout.strip())
    helped = run_cli("--help")
    assert helped.returncode == 0
    for command in ("show", "search", "list", "gui"):
        assert command in helped.stdout


def test_output_wraps_to_the_terminal_width_without_breaking_names() -> None:
    result = run_cli("show", "503", env={"COLUMNS": "60"})
    # The example is wire format and is printed as is, so it is the one part left unwrapped.
    prose = result.stdout.split("\nExample\n")[0]
    assert prose != result.stdout
    for line in prose.splitlines():
        # Lines break at spaces only: a longer line is one whose last word (a URL, a
        # constant) would not fit even on a line of its own.
        assert len(line) <= 60 or len(line.rstrip().rsplit(" ", 1)[0]) <= 60, line
    # Header names, constants and URLs come out whole, never cut at a hyphen or the margin.
    for name in (
        "Retry-After",
        "HTTPStatus.SERVICE_UNAVAILABLE",
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
    ):
        assert name in result.stdout


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["PAGER"] = "cat"  # the entry is longer than the pseudo-terminal: no pager here
    coloured = on_a_terminal("show", "404", env={**env, "TERM": "xterm"})
    assert ANSI.search(coloured)
    plain = on_a_terminal("show", "404", env={**env, "TERM": "xterm", "NO_COLOR": "1"})
    assert "404 Not Found" in plain
    assert not ANSI.search(plain)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["404"],
        ["show", "404", "499-nginx", "--json"],
        ["--json", "404"],
        ["rate", "limit"],
        ["search", "too", "many", "--json"],
        ["--json", "search", "nginx"],
        ["search", "404"],
    ],
)
def test_the_fast_paths_give_the_options_argparse_gives(argv: list[str]) -> None:
    """The commonest calls (the desktop entry's bare ``httpcodes``, a code, some words) skip
    argparse: what the command is told must not change."""
    from httpcodes.cli.main import (
        fast_search_options,
        fast_show_options,
        fast_window_options,
        normalise_arguments,
    )
    from httpcodes.cli.parser import build_parser

    fast = fast_show_options(argv) or fast_search_options(argv) or fast_window_options(argv)
    assert fast is not None
    assert vars(fast) == vars(build_parser().parse_args(normalise_arguments(argv)))


@pytest.mark.parametrize(
    "argv",
    [["gui", "--theme", "dark"], ["search", "x", "--limit", "3"], ["list"], ["show", "teapot"]],
)
def test_any_other_option_goes_through_argparse(argv: list[str]) -> None:
    from httpcodes.cli.main import fast_search_options, fast_show_options, fast_window_options

    assert not (fast_show_options(argv) or fast_search_options(argv) or fast_window_options(argv))


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run a snippet in a fresh interpreter, as the command would run (not measured by
    coverage, whose start-up imports what these tests look for)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=unmeasured(),
    )


def test_terminal_commands_never_import_qt() -> None:
    probe = (
        "import sys; from httpcodes.cli.main import main; "
        "main(['show', '404']); main(['search', 'rate', 'limit']); main(['list']); "
        "sys.stdout.flush(); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO-QT', "
        "file=sys.stderr)"
    )
    assert run_python(probe).stderr.strip() == "NO-QT"


def test_showing_a_code_imports_nothing_it_does_not_need() -> None:
    """``httpcodes 404`` is the commonest call: it stays clear of typing, re and argparse,
    whose imports once cost it as much as everything else it does."""
    assert run_cli("show", "404").returncode == 0  # the first run ever compiles the catalogue
    probe = (
        "import sys; from httpcodes.cli.main import main; main(['show', '404']); "
        "sys.stdout.flush(); "
        "print(' '.join(m for m in ('typing', 're', 'argparse', 'json', 'pathlib') "
        "if m in sys.modules), file=sys.stderr)"
    )
    result = run_python(probe)
    assert result.returncode == 0
    assert result.stdout.startswith("404 Not Found")
    assert result.stderr.strip() == ""


@given(st.text(alphabet="0123456789-abcxyz5٤ \n", max_size=12))
def test_code_arguments_are_read_as_the_grammar_says(text: str) -> None:
    from httpcodes.cli.main import is_code_argument

    grammar = r"\s*[1-5][0-9]{2}(-[a-z0-9-]+)?\s*"
    assert is_code_argument(text) == bool(re.fullmatch(grammar, text))


def test_a_code_pasted_with_its_newline_is_still_shown() -> None:
    for argv in (["404\n"], ["show", " 404\n"], ["499-nginx\n"]):
        result = run_cli(*argv)
        assert result.returncode == 0, (argv, result.stderr)
        assert result.stdout.startswith(("404 Not Found", "499 Client Closed Request"))


def test_resources_are_found_from_an_installed_wheel(tmp_path: Path) -> None:
    project = Path(__file__).resolve().parents[2]
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(project),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("httpcodes-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # The terminal command needs no Qt, so the wheel alone is enough to prove the data ships.
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "--no-deps",
            "-q",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(venv / "bin" / "httpcodes"), "show", "404"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("404 Not Found")
    located = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "from httpcodes.resources import resources_dir; print(resources_dir())",
        ],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        check=True,
        timeout=60,
    )
    assert located.stdout.strip().startswith(str(venv))


def test_chinese_lists_and_searches_carry_chinese_badges() -> None:
    listed = run_cli("--lang", "zh-CN", "list").stdout
    found = run_cli("--lang", "zh-CN", "search", "nginx", "--limit", "0").stdout
    for output in (listed, found):
        for english in ("deprecated", "unofficial", "temporary", "obsoleted", "unused"):
            assert english not in output, english
    assert "[已弃用]" in listed and "[临时注册]" in listed and "[未使用]" in listed
    assert "非官方" in found


def test_vendor_phrases_are_not_called_iana_phrases() -> None:
    chinese = run_cli("--lang", "zh-CN", "show", "499-nginx").stdout
    assert "IANA" not in chinese
    assert "原因短语（nginx）: Client Closed Request" in chinese
    registry = run_cli("--lang", "zh-CN", "show", "404").stdout
    assert "IANA 原因短语: Not Found" in registry


def test_chinese_terms_in_the_terminal() -> None:
    obsoleted = run_cli("--lang", "zh-CN", "show", "510").stdout
    assert "已废弃" in obsoleted.splitlines()[0]
    headers = run_cli("--lang", "zh-CN", "show", "401").stdout
    assert "头部" in headers and "首部" not in headers


def test_show_lists_the_constants_of_all_twelve_libraries() -> None:
    from httpcodes.catalogue.model import LIBRARIES

    shown = run_cli("show", "404").stdout
    for label in LIBRARIES.values():
        assert label in shown, label
    for name in ("StatusCodes.Status404NotFound", "HttpServletResponse.SC_NOT_FOUND", ":not_found"):
        assert name in shown
    spring = run_cli("show", "413").stdout
    assert "HttpStatus.REQUEST_ENTITY_TOO_LARGE (removed in 7.0)" in " ".join(spring.split())


def test_markdown_copy_marks_deprecated_and_removed_names() -> None:
    from httpcodes.catalogue import load_catalogue
    from httpcodes.export import entry_markdown

    entry = load_catalogue().get("413")
    assert entry is not None
    spring = next(line for line in entry_markdown(entry).splitlines() if "Spring" in line)
    assert "`HttpStatus.CONTENT_TOO_LARGE`" in spring
    assert "`HttpStatus.REQUEST_ENTITY_TOO_LARGE` (removed in 7.0)" in spring


@pytest.mark.parametrize("width", ["61", "78", "100"])
def test_chinese_lines_never_start_with_closing_punctuation(width: str) -> None:
    # Chinese typesetting keeps "，。）" and the like with the character before them.
    output = run_cli(
        "--lang", "zh-CN", "show", "404", "414", "431", "502", env={"COLUMNS": width}
    ).stdout
    closing = set("，。、；：？\uff01）”")
    assert not [line for line in output.splitlines() if line.strip()[:1] in closing]
