"""`labourmap places search|show`, driven through Typer's test runner."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from labourmap.cli.places import app

runner = CliRunner()


def test_search_lists_every_candidate() -> None:
    res = runner.invoke(app, ["search", "朝阳区"])
    assert res.exit_code == 0, res.output
    assert "110105" in res.output and "220104" in res.output and "2 candidates" in res.output


def test_search_json_and_within() -> None:
    res = runner.invoke(app, ["search", "鼓楼区", "--within", "350000", "--json"])
    assert res.exit_code == 0, res.output
    found = json.loads(res.output)
    assert [d["code"] for d in found] == ["350102"]
    assert found[0]["city"] == "350100" and found[0]["parents"][0]["name_zh"] == "福州市"


def test_search_finds_the_successor_of_an_old_name() -> None:
    res = runner.invoke(app, ["search", "盘县", "--json"])
    assert res.exit_code == 0 and json.loads(res.output)[0]["code"] == "520281"


def test_nothing_found_exits_1_with_a_message() -> None:
    res = runner.invoke(app, ["search", "不存在的地方"])
    assert res.exit_code == 1 and "nothing found" in res.output
    res = runner.invoke(app, ["search", "和平"])
    assert res.exit_code == 1 and "和平区" in res.output  # the everyday word: suffixed names
    res = runner.invoke(app, ["search", "朝阳区", "--within", "999999"])
    assert res.exit_code == 1 and "999999" in res.output


def test_bad_level_is_a_usage_error() -> None:
    assert runner.invoke(app, ["search", "朝阳", "--level", "city"]).exit_code == 2


def test_show_a_unit_and_an_old_code() -> None:
    res = runner.invoke(app, ["show", "130982"])
    assert res.exit_code == 0 and "Renqiu" in res.output and "沧州市 130900" in res.output
    res = runner.invoke(app, ["show", "520222"])
    assert res.exit_code == 0 and "520281" in res.output and "old code" in res.output
    rec = json.loads(runner.invoke(app, ["show", "110105", "--json"]).output)
    assert rec["city"] == "110000" and rec["name_en"] == "Chaoyang District"
    assert runner.invoke(app, ["show", "000000"]).exit_code == 1


def test_help_ends_with_an_example() -> None:
    for cmd in ("search", "show"):
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "Example: labourmap places " + cmd in res.output
