"""Numbers as real posts word them, fourteenth set: a sum told as "ten-odd" ten-thousands
(还差十来万) is too rough to map, unless told as the total (合共十几万元); a passer-by hurt
beside the dead (楼下一名路人被砸伤); the sick told as a running total in English ("bringing
to 9 the number of workers with ..."); a call for help from a crowd that fills a place
(讨薪的人把走廊都站满了).
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import counts
from labourmap.engine.text import normalise
from tests.engine.reading import money, toll

# -- amount_yuan: ten-odd ten-thousands is too rough ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "活干完半年了，老板还差我们十来万没结。",
        "包工头欠了十几万工钱，一直拖着不给。",
        "听说物业公司拖欠保洁员十来万，今天大家都去了街道办。",
    ],
)
def test_ten_odd_ten_thousands_is_no_sum(text: str) -> None:
    assert money(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("包工头欠了二十几万工钱，一直拖着不给。", 200000),
        ("老板拖欠我们十多万元工资，至今没有结清。", 100000),
        ("开发商拖欠工程款十五万元，工人们一直讨不到。", 150000),
        ("印刷厂拖欠三十多名工人工资，合共十几万元。", 100000),
    ],
)
def test_a_sum_with_its_leading_figure_told_stands(text: str, value: int) -> None:
    assert money(text) == value


# -- injured: a passer-by hurt beside the dead -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨天上午，外墙脚手架倒塌，造成两名工人死亡，楼下一名路人被钢管砸伤。",
        "开封某工地一辆吊车倒下，致1人死亡，一名过路的老人腿部被擦伤。",
        "吊篮钢丝绳断裂，3名工人坠落身亡，楼下一名小伙手臂被砸伤。",
    ],
)
def test_one_passer_by_hurt_beside_the_dead(text: str) -> None:
    killed, injured = toll(text)
    assert killed is not None
    assert injured == 1


def test_a_passer_by_who_died_is_no_injury() -> None:
    assert toll("脚手架倒塌，造成两名工人死亡，楼下一名路人被砸中，送医后死亡。") == (2, None)


# -- injured: a running total of the sick, in English ------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two more cleaners have fallen ill with suspected benzene poisoning, bringing to 9 the "
         "number of workers at the Foshan plant with dizzy spells and numb hands.", 9),
        ("Four more assemblers were hospitalised on Friday, taking the number of employees "
         "poisoned at the Kunshan factory to 21.", 21),
        ("Another welder was diagnosed on Monday, bringing to 17 the total number of workers at "
         "the yard sickened by the fumes.", 17),
    ],
)
def test_a_running_total_of_the_sick(text: str, value: int) -> None:
    assert toll(text)[1] == value


def test_a_running_total_of_the_dead_is_no_injury() -> None:
    text = "A second blast on Tuesday, bringing to 11 the number of workers killed at the site."
    assert toll(text)[1] is None


# -- participants: a call from a crowd that fills a place --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "汇达服装厂老板跑了，今天去讨工资的人把办公楼门口都挤满了，求扩散！",
        "欠了三个月工资，工友们把项目部的院子都站满了，没人出来管。",
        "公司倒闭了，讨薪的民工把楼梯都坐满了，谁来帮帮我们？",
    ],
)
def test_a_call_from_a_crowd_that_fills_a_place(text: str) -> None:
    assert counts.speaks_for_many(normalise(text))


def test_a_full_car_park_is_no_crowd() -> None:
    text = "老板欠我八千块工资，停车场都停满了车，他就是不给。"
    assert not counts.speaks_for_many(normalise(text))
