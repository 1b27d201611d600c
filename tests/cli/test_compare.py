"""``httpcodes compare``: codes side by side, run for real."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli_runner import run_cli

ANSI = re.compile(r"\x1b\[[0-9;]*m")
KEYS = {
    "class",
    "status",
    "permanent",
    "method_may_change",
    "heuristically_cacheable",
    "retry",
    "headers",
    "senders",
}


def columns(text: str) -> int:
    return len(text) + sum(
        1 for ch in text if "\u2e80" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uff60"
    )


def test_redirects_side_by_side_in_a_wide_terminal() -> None:
    result = run_cli("compare", "301", "302", "307", "308", env={"COLUMNS": "140"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(columns(line) <= 140 for line in lines)
    head = lines[0]
    for title in (
        "301 Moved Permanently",
        "302 Found",
        "307 Temporary Redirect",
        "308 Permanent Redirect",
    ):
        assert title in head
    permanent = next(line for line in lines if "Permanent move" in line)
    assert permanent.startswith("*"), "rows that differ are marked"
    assert permanent.split()[3:] == ["yes", "no", "no", "yes"]
    retry = next(line for line in lines if "Retry" in line and "Registry" not in line)
    assert retry.startswith("  "), "rows that agree are not marked"
    assert lines[-1] == "* differs between the codes"


def test_too_many_columns_turn_the_table_on_its_side() -> None:
    codes = ["301", "302", "303", "307", "308"]
    result = run_cli("compare", *codes, env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(columns(line) <= 80 for line in lines)
    at = lines.index("* Permanent move")
    assert [line.split() for line in lines[at + 1 : at + 6]] == [
        ["301", "yes"],
        ["302", "no"],
        ["303", "no"],
        ["307", "no"],
        ["308", "yes"],
    ]


def test_chinese_table() -> None:
    result = run_cli("--lang", "zh-CN", "compare", "401", "403", env={"COLUMNS": "100"})
    assert result.returncode == 0, result.stderr
    assert "401 未授权" in result.stdout and "403 禁止访问" in result.stdout
    assert "默认可缓存" in result.stdout
    assert all(columns(line) <= 100 for line in result.stdout.splitlines())


def test_json_has_entries_and_properties() -> None:
    result = run_cli("compare", "301", "302", "303", "307", "308", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [e["code"] for e in data["entries"]] == [301, 302, 303, 307, 308]
    show = json.loads(run_cli("show", "301", "--json").stdout)[0]
    assert data["entries"][0] == show
    rows = {p["key"]: p for p in data["properties"]}
    assert set(rows) >= KEYS
    for row in data["properties"]:
        assert set(row) >= {"key", "label", "values"}
        assert len(row["values"]) == 5
    assert rows["permanent"]["values"] == [True, False, False, False, True]
    assert rows["method_may_change"]["values"] == [True, True, True, False, False]
    assert rows["heuristically_cacheable"]["values"] == [True, False, False, False, True]
    assert rows["class"]["values"] == ["3xx"] * 5
    assert rows["retry"]["values"] == ["no-need"] * 5
    assert rows["senders"]["values"][0] == ["origin-server"]
    assert "Location" in rows["headers"]["values"][0]


def test_json_nulls_where_a_fact_does_not_apply() -> None:
    result = run_cli("--json", "compare", "502", "504", "521-cloudflare")
    data = json.loads(result.stdout)
    rows = {p["key"]: p["values"] for p in data["properties"]}
    assert rows["permanent"] == [None, None, None]
    assert rows["method_may_change"] == [None, None, None]
    assert "gateway" in rows["senders"][0]
    assert rows["senders"][2] == ["cdn"]
    assert rows["status"] == ["permanent", "permanent", "unofficial"]


def test_json_in_chinese_keeps_the_keys() -> None:
    result = run_cli("compare", "404", "410", "--json", "--lang", "zh-CN")
    data = json.loads(result.stdout)
    labels = {p["key"]: p["label"] for p in data["properties"]}
    assert labels["heuristically_cacheable"] == "默认可缓存"
    assert data["entries"][0]["name"] == "未找到"


def test_an_unknown_code_is_one_line_and_exit_1() -> None:
    result = run_cli("compare", "301", "399")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "399" in result.stderr and "nearest" in result.stderr


@pytest.mark.parametrize("args", [[], ["301"], ["301", "301"], ["301", " 301\n"]])
def test_fewer_than_two_codes_is_a_usage_error(args: list[str]) -> None:
    result = run_cli("compare", *args)
    assert result.returncode == 2
    assert result.stderr.startswith("httpcodes: compare needs two or more codes")
    assert result.stderr.count("\n") == 1


def test_not_a_code_is_a_usage_error() -> None:
    result = run_cli("compare", "301", "redirect")
    assert result.returncode == 2
    assert "not a status code" in result.stderr
    assert "Traceback" not in result.stderr


def test_vendor_ids_and_colour_only_on_a_terminal() -> None:
    result = run_cli("compare", "499-nginx", "499-esri", env={"COLUMNS": "120"})
    assert result.returncode == 0, result.stderr
    assert "499 Client Closed Request" in result.stdout
    assert not ANSI.search(result.stdout)


def test_redirect_rows_are_left_out_where_no_code_redirects() -> None:
    table = run_cli("compare", "404", "410", env={"COLUMNS": "100"}).stdout
    assert "Permanent move" not in table and "May POST become GET" not in table
    assert "Cacheable by default" in table
    mixed = run_cli("compare", "301", "404", env={"COLUMNS": "100"}).stdout
    assert "Permanent move" in mixed


def test_markdown_table() -> None:
    result = run_cli("compare", "429", "503", "--markdown")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "| | 429 Too Many Requests | 503 Service Unavailable |"
    assert lines[1] == "|---|---|---|"
    assert "| **Class** ≠ | 4xx Client Error | 5xx Server Error |" in lines
    assert lines[-1] == "≠ differs between the codes"
