"""Round 23's rules for the head count of those who acted, in plain words:

- people counted as beaten (好几个工友被保安打伤了) or as those the police summoned or held
  (对三名带头人员依法传唤) are not the crowd that acted: their number is no head count;
- places counted before the people (好几个村的环卫工, 五六个泵站的工人) tell how many places,
  not how many people acted.
"""

from __future__ import annotations

import pytest

from .reading import value


@pytest.mark.parametrize(
    "text",
    [
        "工厂要关门不给补偿，工人们昨天开始停工，今天保安动手了，三个工友被打伤送了医院。",
        "物流园的司机们堵住大门讨运费，晚上来了一群人，好几个司机被他们打了。",
        "环卫工集体停工讨薪，警方到场处置，对四名带头人员依法传唤。",
    ],
)
def test_those_beaten_or_held_are_no_head_count(text: str) -> None:
    assert value(text, "participants") is None


@pytest.mark.parametrize(
    "text",
    [
        "听说开发区好几个泵站的工人昨天起停工了，工资拖了四个月。",
        "三个村的护林员今天一起去镇政府讨工资，说半年没发了。",
        "城南七八个加油站的员工今天中午都停工了，说加班费一直没算。",
    ],
)
def test_places_counted_are_no_head_count(text: str) -> None:
    assert value(text, "participants") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("五十多个工友今天在厂门口停工，要求补发加班费。", "10-99"),
        ("八个工人爬上楼顶讨薪，说老板欠了半年工资。", "1-9"),
        ("二十多个泵站工人今天集体停工，工资拖了四个月。", "10-99"),
    ],
)
def test_a_crowd_counted_stays(text: str, bucket: str) -> None:
    assert value(text, "participants") == bucket



@pytest.mark.parametrize(
    "text",
    [
        "每到年关，总有农民工爬上塔吊讨薪，也总有人到政府门口静坐，这个问题什么时候能根治？",
        "每年冬天，总有建筑工人爬上塔吊讨要工钱，也总有人去劳动局门口拉横幅。",
        "Each year, workers in some city go on strike over unpaid wages before the holiday.",
    ],
)
def test_actions_told_as_a_habit_are_no_incident(text: str) -> None:
    assert value(text, "kind") is None


@pytest.mark.parametrize(
    "text",
    [
        "每到年底工资就拖，今天我们工地一百多个工人在项目部门口静坐讨薪。",
        "年年欠薪，昨天五十多个工人又爬上塔吊讨薪了。",
    ],
)
def test_a_habit_with_a_day_of_its_own_stays_a_report(text: str) -> None:
    assert value(text, "kind") == "collective_action"


def test_a_rate_per_year_is_no_habit() -> None:
    text = "三百多名工人停工三天反对搬厂，老板答应按每年一个月工资补偿。"
    assert value(text, "kind") == "collective_action"
