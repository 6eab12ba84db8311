"""Round 20: short follow-up posts of an event read as incidents (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.engine.reading import record

# workers going to the town or its labour station, or together to the plant, to claim their pay
CARRIED = [
    ("砖厂的工人昨天去镇里讨薪，听说老板欠了八十多万。", "petition"),
    ("王庄的农民工今天上午到乡里要工资，乡里说先登记。", "petition"),
    ("工人约好到厂里要钱，门卫不让进。", "protest"),
    ("搬迁的消息传出后，工人一起到公司要求发放补偿，经理没露面。", "protest"),
    ("工地停了两个月，师傅相约到项目部要求结清工资。", "protest"),
]
# an accident word at a worksite, rescuers come, no toll counted yet
RESCUED = [
    "开发区一家化工厂车间起火了，消防车都到了，还有几个工人在里面。",
    "新城工地的脚手架塌了，消防车都来了，不知道师傅有没有事。",
    "镇上一家家具厂着火了，消防车来了好几辆，工人都跑出来了没有？",
]


@pytest.mark.parametrize(("text", "form"), CARRIED)
def test_claim_carried_to_town_or_plant(text: str, form: str) -> None:
    r = record(text)
    assert r["is_incident"] and r["kind"] == "collective_action", text
    assert form in r["forms"]


@pytest.mark.parametrize("text", RESCUED)
def test_rescuers_come_to_a_worksite_accident(text: str) -> None:
    r = record(text)
    assert r["is_incident"] and r["kind"] == "workplace_accident", text


@pytest.mark.parametrize("text", [
    "厂里的工人打算明天去镇上要钱。",  # a plan, no act
    "工人下班后去镇上买菜，顺便看看有没有活。",  # going to town, no claim
    "楼下餐馆起火了，消防车都到了，幸好晚上没人。",  # no worksite, no workers
])
def test_near_misses_stay_out(text: str) -> None:
    assert not record(text)["is_incident"], text
