"""Places and days as real posts word them, seventh set: a surname's character that ends a
preposition (位于丰南), the county named most, the Mongolian spellings of Inner Mongolia's units
and English names written without their apostrophe, a township's bare stem right after its
unit (双流东升, 湖州织里), an action told as going on day after day (连日聚集), the day an
action ended ("ended on Thursday", 罢工结束), an action's N-th day reached now (拒绝加班第三天了),
an earlier event named by its day (“11·8”事故), and workers staying away (昨晚开始就不来了).
Every sentence is written for these tests (2024-10-18, the default post day, is a Friday) and
stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine.geo import default_index
from labourmap.engine.text import normalise
from tests.engine.reading import record as _rec
from tests.engine.reading import where


def _place(text: str) -> str | None:
    loc = default_index().resolve(normalise(text), text)
    return str(loc.place.value) if loc.place else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname's character that ends a preposition: 位于, 对于, 面向
        ("事发工地位于海宁经编园区，一名工人从脚手架上摔下。", ("330000", "330400", "330481")),
        ("该厂位于丰南沿海的工业区内，三十多名工人停工讨薪。", ("130000", "130200", "130207")),
        ("这家面向义乌小商品市场供货的工厂，老板欠薪跑路了。", ("330000", "330700", "330782")),
        # a surname before a name is still a person (于海宁), not 海宁
        ("工友于海宁说厂里已经三个月没发工资了。", (None, None, None)),
    ],
)
def test_surname_after_preposition(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # the county named most, not the first named
        (
            "曾在萧山欠薪的那家劳务公司，如今在余杭区一个工地又拖欠工资，余杭区人社局已介入。",
            "330110",
        ),
        (
            "去年江宁出事的施工方，今年在浦口区的项目上又被曝欠薪，浦口区住建局约谈了负责人。",
            "320111",
        ),
        # named once each: the first named still wins
        ("余杭区一家电商仓库的分拣工到萧山区的总部讨薪。", "330110"),
    ],
)
def test_county_named_most(text: str, county: str) -> None:
    assert where(text)[2] == county


@pytest.mark.parametrize(
    ("text", "county"),
    [
        # Mongolian spellings of Inner Mongolia's banners
        ("Truckers blocked a coal road in Dalad Banner, Ordos, over new weighing fees.", "150621"),
        ("A roof fall at a mine in Ejin Horo Banner killed two workers on Monday.", "150627"),
        ("Miners in Jungar staged a sit-in over unpaid wages.", "150622"),
        # a name written without its apostrophe
        ("Coal haulers in Zhungeer Banner parked across the highway.", "150622"),
    ],
)
def test_english_spellings(text: str, county: str) -> None:
    assert where(text)[2] == county


@pytest.mark.parametrize(
    "text",
    [
        # a short name whose bare form is another city's (Jin'an is not Jinan), and a currency
        "Workers in Jinan protested unpaid wages of 300 yuan each.",
    ],
)
def test_no_bare_short_spelling(text: str) -> None:
    assert where(text)[:2] == ("370000", "370100")


@pytest.mark.parametrize(
    ("text", "expected", "place"),
    [
        # a township's stem right after its county keeps the county's short name that its
        # surroundings alone would not keep
        ("昨天双流黄甲这边的快递网点十几个人没出车。", ("510000", "510100", "510116"), "黄甲"),
        ("前天萧山瓜沥一家纺织厂两百多人停工讨薪。", ("330000", "330100", "330109"), "瓜沥"),
        # after a city: the place, but no county of its own
        ("湖州织里一家童装厂的车工今天集体不开机。", ("330000", "330500", None), "织里"),
    ],
)
def test_township_stem_after_unit(
    text: str, expected: tuple[str | None, ...], place: str | None
) -> None:
    assert where(text) == expected
    assert _place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # a stem run on into a longer name tells no county (龙华观澜湖: a resort's name; since
        # round 21 a stem one of several counties alone holds tells which: 龙华大浪, Shenzhen's)
        "龙华观澜湖一家酒店两百多人停工，抗议降低工资。",
        # the stem begins a building's or an estate's name, or is a landmark
        "杭州西溪世纪中心门口几十个骑手聚集。",
        "六盘水荷城花园对面的工地上工人拦路讨薪。",
        "青岛李村附近一家服装厂老板跑了。",
        # or a firm's name
        "苏州木渎服饰有限公司拖欠二十多名工人三个月工资。",
    ],
)
def test_no_township_stem(text: str) -> None:
    assert where(text)[2] is None
    assert _place(text) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an action told as going on day after day: the day a union stepped in is no first day
        ("沈阳一家国有锅炉厂数百名工人连日在厂门口聚集，讨要欠薪。市总工会周三派人协调。", None),
        ("多日来，一百多名环卫工在区城管局门口静坐。15日区里派人接访。", None),
        # with the first day named, that day
        ("工人们自14日起连日在厂门口聚集，16日市总工会派人协调。", "2024-10-14"),
    ],
)
def test_day_after_day(text: str, day: str | None) -> None:
    rec = _rec(text)
    assert rec["is_incident"], text
    assert rec["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day an action ended is no first day
        (
            "The strike at a Korean-owned auto parts plant in Yantai ended on Thursday. "
            "Workers had walked out on 14 October over cuts to overtime pay.",
            "2024-10-14",
        ),
        ("常州一家电机厂两百多名工人13日起停工，16日罢工结束，厂方同意补发加班费。", "2024-10-13"),
        # a day with no end told is the first day
        (
            "The strike at a Korean-owned auto parts plant in Yantai began on Thursday.",
            "2024-10-17",
        ),
    ],
)
def test_day_action_ended(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an action's N-th day reached now: counted to the day of the post
        (
            "昆山一家电子厂三百多名工人拒绝加班第三天了。工人们在厂门口拉横幅，要求按实际工资算加班费。",
            "2024-10-16",
        ),
        (
            "东莞这家鞋厂两百多工人罢工第五天了，老板欠了三个月工资。昨天劳动站来人登记了名字。",
            "2024-10-14",
        ),
        # 第二天 after a named day is the next day
        ("15日，佛山一家五金厂工人停工讨薪，第二天厂方答应月底前发放。", "2024-10-15"),
    ],
)
def test_nth_day_reached(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # an earlier event named by its day, after this event's day, is background
        (
            "16日上午，某县一煤矿掘进工作面发生片帮，一名矿工被埋身亡。该县“9·20”透水事故才过去不到一个月。",
            "2024-10-16",
        ),
        (
            "15日夜间一家化工厂发生爆燃，2名工人受伤，此前同一园区的“8·3”爆炸事故仍在调查。",
            "2024-10-15",
        ),
        # an event named by its day at the head of the post is the event's day
        ("“10·12”坍塌事故通报：12日下午，一处在建厂房钢结构坍塌，致3名工人受伤。", "2024-10-12"),
    ],
)
def test_event_named_by_day(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # workers staying away from a day marked as the start
        (
            "区医院三十多名合同护士半年没发绩效，前天开始就不来了。今早她们在院办门口拉横幅讨薪。",
            "2024-10-16",
        ),
        ("食堂的帮厨们说老板三个月不发钱，昨天起全都不干了，食堂停伙。", "2024-10-17"),
        # a start told of nothing done is weak: the action's day wins
        ("上月20号起厂里又逼大家签新合同。今天三百多工人在厂门口聚集抗议。", "2024-10-18"),
    ],
)
def test_staying_away_from_a_day(text: str, day: str) -> None:
    assert _rec(text)["date"] == day
