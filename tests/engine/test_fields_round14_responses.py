"""Responses read from more ways of telling (round 14): the police named as where a case was sent,
an office the workers went round or a county's name (no police on the spot); the employer saying
it will weigh the claim, the employer meeting drivers' representatives (talks); officials
saying seized assets will settle the arrears (an office stepping in). Every sentence here is
written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import responses_of


@pytest.mark.parametrize(
    "text",
    [
        "江门一处工地三十多名建筑工人被拖欠工资，集体到区人社局上访，人社局立案后把案件移交警方。",
        "四十多名工人又来到劳动监察大队，工作人员说已向公安分局反映。",
        "两个月来，六十多名工人跑了项目部、劳动监察大队和公安分局，还是没拿到钱。",
        (
            "About 50 builders went to the labour bureau and were told "
            "their case had been passed to the police."
        ),
        "今天上午，两百多名被辞退的代课教师聚集在省教育厅门口讨说法，监利、公安等县的代表九点已到。",
    ],
)
def test_police_not_on_the_spot(text: str) -> None:
    assert "police" not in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "三十多名工人向老板讨薪时被警察推倒在地。",  # near-miss: 向 names the boss, the police came
        "六十多名工人聚集在工地门口讨薪，派出所民警赶到现场。",
    ],
)
def test_police_on_the_spot(text: str) -> None:
    assert "police" in responses_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "绍兴一家纺织厂两百多名工人周三停了一天工，要求涨工资。厂里说会研究调薪方案，大家才回去上班。",
        "嘉兴一家电子厂的员工昨天停工一天，公司说会考虑给大家加工资，今天已复工。",
        (
            "Some 300 cab drivers in Wuhu went back to work after the taxi company's "
            "manager met drivers' representatives on Tuesday."
        ),
    ],
)
def test_talks(text: str) -> None:
    assert "negotiation" in responses_of(text)


def test_said_without_weighing_is_no_talk() -> None:  # near-miss: the firm refused
    got = responses_of("嘉兴一家电子厂两百多名员工昨天停工，公司说不会加工资，让不想干的走人。")
    assert "negotiation" not in got


def test_assets_to_settle_arrears() -> None:
    text = ("About 150 workers of a shoe factory in Houjie gathered outside the town government on "
            "Monday. Labour officials said seized assets would be used to settle the arrears.")
    assert "government_intervention" in responses_of(text)


def test_assets_without_officials() -> None:  # near-miss: no office named
    text = (
        "About 150 workers of a shoe factory in Houjie struck on Monday; the "
        "owner said the plant would be used to store goods."
    )
    assert "government_intervention" not in responses_of(text)
