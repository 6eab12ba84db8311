"""Places and days as real posts word them, tenth set: a street named by a city and a direction
(南京东路), where a worker's family lives (家里在…), a short name run into a township's name
before a firm's word (邳州官湖镇板材厂), an English place before a name in the possessive
("Xintai Precision's plant"), a firm's English home that tells which of two places is meant; an
action's N-th day that ends its clause (停工第三天。), "N years ago today", an action told as
going on now (现在聚在…门口), and a thread's part number after a month's name ("since March.
3/"). Every sentence is written for these tests and stands for a rule, not a case; the post is
dated Friday 18 October 2024.
"""

from __future__ import annotations

import datetime

import pytest

from labourmap.engine.dates import find_dates
from labourmap.engine.geo import default_index
from labourmap.engine.text import normalise
from tests.engine.reading import record


def where(text: str) -> tuple[str | None, str | None, str | None]:
    loc = default_index().resolve(normalise(text), text)
    return (
        loc.province.value if loc.province else None,
        loc.city.value if loc.city else None,
        loc.county.value if loc.county else None,
    )


def day(text: str) -> object:
    """The post's date, once it is read as an incident (every field of another is empty)."""
    r = record(text)
    assert r["is_incident"], text
    return r["date"]


def days(text: str) -> list[str]:
    return [d.day.isoformat() for d in find_dates(normalise(text), datetime.date(2024, 10, 18))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city's name and a direction before 路 name a street, not the city
        (
            "成都北京西路那家茶餐厅今天十几个服务员一起罢工，说两个月工资没发。",
            ("510000", "510100", None),
        ),
        (
            "#上海# 南京西路一家服装店的店员今天集体停工，提成三个月没发。",
            ("310000", "310000", None),
        ),
        ("广州天津北路一家酒楼的厨师今天罢工讨薪。", ("440000", "440100", None)),
        # near-miss: the city itself, then a street of its own
        ("南京一家酒楼的服务员今天在门口拉横幅讨薪。", ("320000", "320100", None)),
    ],
)
def test_city_and_direction_make_a_street(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a worker's family lives is not where the event was
        ("我弟弟在滕州一个煤矿出事了，家里在商丘还有老人要养。", ("370000", "370400", "370481")),
        ("固原这边的物流仓今天没开工，好多人家在银川、住在固原。", ("640000", "640400", None)),
        ("我们家住在信阳，我爸在东莞长安的厂里摔伤了。", ("440000", "441900", None)),
        # near-miss: 在 with no 家 before it is where they are
        ("工人们在商丘的工地上拉横幅讨薪。", ("410000", "411400", None)),
    ],
)
def test_where_the_family_lives(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short name run into its township's name before a firm's word is the place
        ("沭阳庙头镇木材厂昨晚着火了，老板是连云港一个人。", ("320000", "321300", "321322")),
        ("新沂窑湾镇纸箱厂两个工人受伤，老板是淮安一个人。", ("320000", "320300", "320381")),
        (
            "邳州铁富镇石材厂一个工人被砸伤，老板说是宿迁一个人开的。",
            ("320000", "320300", "320382"),
        ),
    ],
)
def test_short_name_run_into_its_township(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English place before a name in the possessive heads the firm's name
        (
            "Workers at Yiwu Brightstar's packaging plant in Hefei walked out on Monday.",
            ("340000", "340100", None),
        ),
        (
            "Staff at Laiwu Goldfield's new warehouse in Zhengzhou staged a sit-in.",
            ("410000", "410100", None),
        ),
        # near-miss: a place's own possessive ("Shenzhen's Longhua district") is the place
        (
            "Couriers in Shenzhen's Longhua district stopped work on Monday.",
            ("440000", "440300", "440309"),
        ),
        # the firm's home tells which of two places bearing a name is meant
        (
            "Workers at Suzhou Brightway Electronics in Wujiang refused to run the lines.",
            ("320000", "320500", "320509"),
        ),
    ],
)
def test_english_firm_heads(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an action's N-th day ending its clause counts back from the post
        ("佛山宏远家具有限公司员工停工第三天。区人社局今天下午进厂协调。", "2024-10-16"),
        ("东莞华兴鞋厂工人罢工第四天，厂方仍未回应补偿要求。", "2024-10-15"),
        # near-miss: the N-th day run into what happened on it is left to the other days
        ("宏远家具厂工人罢工第三天老板终于出面，今天在厂门口谈补偿。", "2024-10-18"),
    ],
)
def test_nth_day_of_an_action(text: str, expected: str) -> None:
    assert day(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One year ago today, a gas explosion at a coal mine in Liulin killed seven miners.",
            ["2023-10-18"],
        ),
        ("Three years ago today, 400 workers at a shoe factory went on strike.", ["2021-10-18"]),
        # near-miss: "years ago" with no "today" names no day
        ("Two years ago, 400 workers at a shoe factory went on strike.", []),
    ],
)
def test_years_ago_today(text: str, expected: list[str]) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "临海宏发电器的几百个工人现在全在104国道上堵路！！老板卷钱跑了，三个月工资没发。",
            "2024-10-18",
        ),
        ("双峰上千老师现在聚在县政府门口，拉着横幅要绩效工资。", "2024-10-18"),
        ("昆山星达电子园区现在！几千个工人跟保安对峙，说好的补贴全变了。", "2024-10-18"),
        # near-miss: 到现在 is "until now", no day
    ],
)
def test_action_going_on_now(text: str, expected: str | None) -> None:
    assert day(text) == expected


def test_until_now_is_no_day() -> None:
    # (the post is no incident, so its record's date is empty whatever is read: ask the finder)
    assert days("星达电子欠我们的工资到现在还在门口说没钱，三百多人的工资都没发。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2/ They are owed money for work done since March. 3/ Police arrived at noon.", []),
        ("The strike at the plant began on March 3 over unpaid wages.", ["2024-03-03"]),
        ("Workers said they had been unpaid since May. 4/ They blocked the gate.", []),
    ],
)
def test_thread_numbers_are_no_days(text: str, expected: list[str]) -> None:
    assert days(text) == expected


def test_public_body_is_no_firm() -> None:
    # near-miss: a county's full name before "People's Hospital" is the place
    text = (
        "About 80 nurses at Lingshan County People's Hospital in Guangxi held a protest on "
        "Wednesday over unpaid bonuses."
    )
    assert where(text) == ("450000", "450700", "450721")
