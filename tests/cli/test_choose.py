"""``httpcodes choose``: the guide's questions in a terminal, run for real."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess

import pytest

from httpcodes.cli.choose import ask
from httpcodes.cli.render import Style
from httpcodes.guide import Outcome, Step, load_guide
from tests.cli_runner import COMMAND

HAN = re.compile(r"[\u4e00-\u9fff]")


def choose(*args: str, answers: str | bytes) -> subprocess.CompletedProcess[str]:
    """Run ``httpcodes choose ARGS`` with ``answers`` typed on its standard input."""
    data = answers if isinstance(answers, bytes) else answers.encode()
    result = subprocess.run(
        [str(COMMAND), "choose", *args],
        input=data,
        capture_output=True,
        env={**os.environ, "COLUMNS": "100"},
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


def numbers(steps: tuple[Step, ...]) -> str:
    """What a user types to follow a path: the number of each answer, one per line."""
    return "".join(f"{step.node.answers.index(step.answer) + 1}\n" for step in steps)


def path_id(path: tuple[tuple[Step, ...], Outcome]) -> str:
    return ">".join(s.node.id for s in path[0]) + f"={path[1].id}"


PATHS = load_guide().paths()


@pytest.mark.parametrize("path", PATHS, ids=[path_id(p) for p in PATHS])
def test_every_path_ends_at_its_code(path: tuple[tuple[Step, ...], Outcome]) -> None:
    # In process, through the command's own question loop: one subprocess per path would
    # cost the shared machine a minute; the real command is run below for a sample.
    steps, outcome = path
    out = io.StringIO()
    found = ask(load_guide(), io.StringIO(numbers(steps)), out, Style(100, False, "en"))
    assert found == outcome
    for step in steps:
        assert step.node.question.en in out.getvalue()


@pytest.mark.parametrize(
    ("typed", "code", "name"),
    [
        ("2\n1\n1\n1\n", 308, "Permanent Redirect"),
        ("2\n1\n2\n1\n", 303, "See Other"),
        ("4\n1\n", 401, "Unauthorized"),
        ("4\n3\n2\n", 404, "Not Found"),
        ("7\n1\n", 405, "Method Not Allowed"),
        ("10\n3\n", 504, "Gateway Timeout"),
    ],
)
def test_the_command_ends_by_showing_the_code(typed: str, code: int, name: str) -> None:
    result = choose(answers=typed)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert f"→ Send {code} {name}" in out
    for label in ("Why", "Send with it", "Near miss", "Sources"):
        assert re.search(rf"^{label}\s", out, re.MULTILINE), label
    # Then the entry as ``show`` prints it.
    show = subprocess.run(
        [str(COMMAND), "show", str(code)],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
        check=False,
    )
    assert out.rstrip().endswith(show.stdout.rstrip())


def test_b_goes_back_and_bad_input_asks_again_in_one_line() -> None:
    result = choose(answers="2\nb\nb\nfoo\n0\n99\n\n1\n1\n")
    assert result.returncode == 0
    out = result.stdout
    assert out.count("Is there one new place") == 1
    assert out.count("What happened to the request") == 2
    assert out.count("This is the first question") == 1
    # foo, 0, 99 and the empty line: one line each, then the prompt again.
    assert out.count("Type a number from 1 to 10, b to go back or q to quit.") == 4
    assert "→ Send 201 Created" in out


@pytest.mark.parametrize("typed", ["q\n", "1\nq\n", "", "1\n2\n"[:2], "2\n1\n"])
def test_q_or_the_end_of_input_quits_cleanly(typed: str) -> None:
    result = choose(answers=typed)
    assert result.returncode == 0
    assert result.stderr == ""
    assert "→" not in result.stdout
    assert "Traceback" not in result.stdout


def test_binary_and_huge_input_get_one_line_each_and_no_traceback() -> None:
    result = choose(answers=b"\xff\xfe\x00garbage\n" + b"9" * 100_000 + b"\nq\n")
    assert result.returncode == 0
    assert result.stderr == ""
    assert result.stdout.count("Type a number from 1 to 10") == 2


def test_chinese_questions_and_answer() -> None:
    result = choose("--lang", "zh-CN", answers="4\n1\n")
    assert result.returncode == 0, result.stderr
    assert "该发送哪个状态码？" in result.stdout
    assert "关于请求者，你知道些什么？" in result.stdout
    assert "→ 发送 401" in result.stdout
    assert "原因" in result.stdout and "WWW-Authenticate" in result.stdout


@pytest.mark.parametrize("language", ["en", "zh-CN"])
def test_json_prints_the_guide(language: str) -> None:
    result = choose("--json", "--lang", language, answers="")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"start", "nodes"}
    ids = {node["id"] for node in data["nodes"]}
    assert data["start"] in ids
    codes = set()
    for node in data["nodes"]:
        assert set(node) == {"id", "question", "answers"}
        assert bool(HAN.search(node["question"])) == (language == "zh-CN")
        for answer in node["answers"]:
            assert isinstance(answer["label"], str) and answer["label"]
            if "next" in answer:
                assert set(answer) == {"label", "next"}
                assert answer["next"] in ids
            else:
                assert {"label", "code", "why"} <= set(answer)
                assert bool(HAN.search(answer["why"])) == (language == "zh-CN")
                codes.add(answer["code"])
    assert {308, 303, 404, 410, 451, 508} <= codes
    assert len(codes) == 38


def test_json_works_before_the_command_too() -> None:
    result = subprocess.run(
        [str(COMMAND), "--json", "choose"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["start"] == "start"
