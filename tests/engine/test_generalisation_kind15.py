"""Trades read from more ways of telling: guards sent against the workers are no trade of theirs
(叫保安把我拉开, "dragged off by security guards"), an electric power firm is a utility, a 公学
is a school. Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record as _rec


@pytest.mark.parametrize(
    "text",
    [
        "#讨薪# 我在桐乡明德公学当老师，学校拖欠我半年工资，今天去要，校长叫保安把我拖了出去。",
        "Dozens of teachers at a private school in Yichun protested outside its gate over unpaid "
        "wages and were dragged off by security guards.",
        "汾阳一所学校的十几名教师聚集在校门口讨要拖欠的工资，保安将他们推出门外。",
    ],
)
def test_guards_sent_are_no_trade(text: str) -> None:
    assert _rec(text)["industry"] == "education"


@pytest.mark.parametrize(
    "text",
    [
        "二十多名员工聚集讨要拖欠的工资，老板叫保安把带头的人拖了出去。",
        "几十个人去公司讨说法，被保安将大家推出门外。",
        "我们十几个人去要工资，老板让保安把我们赶走了。",
        "The workers demanding back pay were dragged off by security guards outside the gate.",
    ],
)
def test_guards_sent_are_not_the_workers_trade(text: str) -> None:
    # no other word names a trade here: without the rule the guards would make it services
    rec = _rec(text)
    assert rec["is_incident"] is True and rec["industry"] != "services"


def test_guards_who_are_owed_are_services() -> None:  # near-miss: the guards are the workers
    text = "南平一家物业公司的二十多名保安聚集在公司门口，讨要被拖欠三个月的工资。"
    assert _rec(text)["industry"] == "services"


@pytest.mark.parametrize(
    "text",
    [
        "LISHUI, Zhejiang - Hundreds of workers from Qingtian Electric Power Co. protested outside "
        "the county government, demanding back wages.",
        "Workers at a county electric power company in Hubei staged a sit-in over unpaid "
        "bonuses on Monday.",
    ],
)
def test_electric_power_is_a_utility(text: str) -> None:
    assert _rec(text)["industry"] == "energy_utilities"


def test_electric_appliances_stay_manufacturing() -> None:  # near-miss: an electric appliance maker
    text = ("Hundreds of workers at an electric appliance factory in Foshan went on strike "
            "over unpaid wages.")
    assert _rec(text)["industry"] == "manufacturing"
