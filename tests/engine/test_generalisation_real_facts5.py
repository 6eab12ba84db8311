"""Places and days as real reports word them, fifth set: the first day of an English span or
list of days ("on 3 and 4 March", "from 8 to 11 September"), days of next week (下周一、周二),
the day work was to resume, the day of an injury told far into a third person's call for help;
a short name split from a word ending in 道 (隧道里), a district named as a whole hashtag
(#光明#), a city's 市 that begins its district's name (济南市中区), an autonomous county's
English short name (Ninglang county) and a spelling the gazetteer lacks (Hunchun), an estate's
name (莲花小区), and a brand before its trade (海丰电器). Every sentence is written for these
tests (2024-10-18, the default post day, is a Friday) and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record as _rec
from tests.engine.reading import where

# -- days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Bus drivers in Wuxi struck on 3 and 4 March over unpaid overtime.", "2024-03-03"),
        (
            "Sanitation workers in Hefei stayed off the job from 8 to 11 September demanding "
            "back pay.",
            "2024-09-08",
        ),
        (
            "Dock workers in Ningbo walked out on 14-15 August over cuts to their bonuses.",
            "2024-08-14",
        ),
    ],
)
def test_the_first_day_of_an_english_span_or_list_of_days(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("老板说下周一、周二一定发工资，可工人们15日已经在厂门口拉横幅讨薪了。", "2024-10-15"),
        ("下星期五才开庭，12号我们几十个工人又到区政府门口拉横幅讨薪。", "2024-10-12"),
    ],
)
def test_a_day_of_next_week_is_no_day_past(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "About 300 workers at a shoe factory in Dongguan walked out earlier this week; the "
        "management said production was expected to resume today.",
        "Hundreds of miners in Datong downed tools last week, and the company said work should "
        "resume on Monday.",
    ],
)
def test_the_day_work_is_to_resume_does_not_date_a_vaguely_dated_action(text: str) -> None:
    rec = _rec(text)
    assert rec["is_incident"], text
    assert rec["date"] is None, text


@pytest.mark.parametrize(
    "text",
    [
        "8月3日上午，42岁的张师傅在城郊一处工地绑钢筋时，脚下的木板突然断裂，他整个人掉进基坑，"
        "腰椎骨折。如今医药费已花光，家属只好向本报求助。",
        "9月26日，在邻县工地打工的老刘绑扎钢筋时连人带架子翻了下来，两条腿都骨折了。"
        "包工头不肯出医药费，他的妻子带着孩子向记者求助。",
    ],
)
def test_the_injury_told_as_background_of_a_call_told_by_another(text: str) -> None:
    rec = _rec(text)
    assert rec["kind"] == "call_for_help"
    assert rec["date"] is None


# -- places ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "隧道里又塌了一段，两个工友被埋，救援的人还在挖。",
        "矿井巷道外侧发生冒顶，一名矿工受了重伤。",
    ],
)
def test_a_short_name_split_from_a_word_ending_in_dao(text: str) -> None:
    assert where(text) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "一家电子厂拖欠三个月工资，几十个工人堵在厂门口讨薪。#光明#",
            ("440000", "440300", "440311"),
        ),
        ("#江山# 工地上两名工人从脚手架上摔了下来，一人当场死亡。", ("330000", "330800", "330881")),
        ("老板叫人把讨薪的工友打了，报警也没人管！#公安#", (None, None, None)),
    ],
)
def test_a_district_named_as_a_whole_hashtag(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("济南市中区一处工地塔吊倒塌，砸伤两名工人。", ("370000", "370100", "370103")),
        ("青岛市北区一家物流公司的司机集体停工。", ("370000", "370200", "370203")),
        ("乐山市中区环卫工人到区政府讨要拖欠的工资。", ("510000", "511100", "511102")),
    ],
)
def test_a_citys_shi_that_begins_its_districts_name(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers were searching for five miners trapped underground in Ninglang county.",
            ("530000", "530700", "530724"),
        ),
        (
            "A bridge under construction collapsed in Changyang county, Hubei, killing two.",
            ("420000", "420500", "420528"),
        ),
        (
            "Some 200 seafood-plant workers in Hunchun, Jilin, protested over unpaid wages.",
            ("220000", "222400", "222404"),
        ),
    ],
)
def test_english_names_of_autonomous_counties_and_other_spellings(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("合肥太湖小区外墙施工的工人从吊篮里摔下来了。#杭州#", ("330000", "330100", None)),
        ("昨天南京花园那边的工地围墙塌了，压到三个工人。#上海#", ("310000", "310000", None)),
    ],
)
def test_a_short_name_that_names_an_estate(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "海丰电器拖欠工资。海丰电器员工说，海丰电器在宜兴市的工厂已经停产，宜兴市人社局已介入。",
            ("320000", "320200", "320282"),
        ),
        (
            "丰顺陶瓷又被曝欠薪。丰顺陶瓷的销售员投诉说，丰顺陶瓷在醴陵市的厂区停了工，"
            "醴陵市劳动部门已经受理。",
            ("430000", "430200", "430281"),
        ),
    ],
)
def test_a_short_name_before_a_trade_is_a_brand(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected
