"""Grouping the posts of one real event told in several ways, third set: a post that tells its
event apart from another one it names ("another factory", "not the same thing"); a worker's
plea and a reporter's protest told of one event; a post that looks back on its event from an
anniversary ("five years ago today"). Every example is written for these tests (2024-10-18,
the default post day, is a Friday) and stands for a rule, not a case.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from labourmap.engine import Post, cluster
from labourmap.engine.cluster import (
    THRESHOLD,
    IncidentSummary,
    employer_key,
    score,
    summarise,
)
from labourmap.engine.looking_back import VAGUE, event_day, years_back
from labourmap.engine.told_apart import tells_apart
from tests.engine.conftest import CHINA
from tests.engine.pairwise import group as _group
from tests.engine.pairwise import made_up, pairwise, partition

MON, WED = date(2024, 10, 14), date(2024, 10, 16)
WAGES = frozenset({"d:wage_arrears"})


def summary(
    kind: str = "collective_action",
    *,
    city: str | None = "350500",
    county: str | None = None,
    day: date | None = MON,
    employer: str | None = None,
    codes: frozenset[str] = WAGES,
    apart: bool = False,
) -> IncidentSummary:
    return IncidentSummary(
        key="k",
        kind=kind,
        province=city[:2] + "0000" if city else None,
        city=city,
        county=county,
        date=day,
        employer=employer_key(employer),
        codes=codes,
        apart=apart,
    )




# -- a post that tells its event apart from another ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "石狮这礼拜第三家了，今天另一家织带厂也有人堵门要钱",
        "跟高新区那个半导体厂裁员是两码事，我们这是食品厂欠工资",
        "不是同一家公司，大家别搞混了，我们厂在北边",
        "莆田又一鞋厂停工，工人说老板欠了三个月工资",
        "该市又发生一起坍塌事故，一名钢筋工被压",
        "在另一个安置房工地，十几名木工也在讨薪",
        "workers at another plant in the same park also walked out on thursday",
        "in a separate incident, a loader was crushed at the port",
    ],
)
def test_a_text_that_tells_its_event_apart(text: str) -> None:
    assert tells_apart(text)


@pytest.mark.parametrize(
    "text",
    [
        "另一名焊工被烧伤，已送医",  # another worker of the same accident
        "工人们又一次来到区信访局",  # the same dispute again
        "又一名矿工被救出",  # the toll of the same accident
        "大家又一起去了项目部",  # together again
        "the drivers staged another sit-in at the depot",  # the same workers again
        "网传视频系外地旧闻，与我区无关",  # a rumour denied
        "厂里第二家人也来帮忙了",  # a second family, not a second firm
    ],
)
def test_a_text_that_does_not_tell_its_event_apart(text: str) -> None:
    assert not tells_apart(text)


def test_a_post_told_apart_and_naming_no_firm_never_merges_on_place_and_day() -> None:
    # 'another factory in the same town the same week': the place and days are the other's
    strike = summary(county="350582", employer="泉州华锦织造有限公司")
    other = summary(county="350582", day=WED, apart=True)
    assert score(strike, other) == float("-inf")
    assert score(strike, summary(county="350582", day=WED)) >= THRESHOLD


def test_a_post_told_apart_still_merges_on_its_own_employer() -> None:
    a = summary(employer="石狮市鸿达织带厂", apart=True)
    b = summary(day=WED, employer="鸿达织带有限公司")
    assert score(a, b) >= THRESHOLD


def test_a_post_told_apart_that_names_its_own_firm_merges_as_any_other() -> None:
    # 'yet another parts maker on strike: the workers of X walked out': its place and day are
    # its own, and a firm another post names in another script is no reason against
    a = summary(employer="莆田宏远机械", apart=True)
    b = summary(day=WED, employer="Putian Hongyuan Machinery")
    assert score(a, b) >= THRESHOLD


def test_a_disclaimer_post_stays_apart_from_the_story_it_names() -> None:
    groups = _group(
        ("泉州晋江一家电子厂今天三百多名工人停工，抗议工厂搬迁不给补偿。", "2024-10-14T10:00:00"),
        ("晋江电子厂工人因搬迁补偿停工，人社部门已介入协调。", "2024-10-15T09:00:00"),
        (
            "晋江这边我们五金厂今天十几个人堵门讨薪，跟那个电子厂搬迁不是一回事，别搞混了。",
            "2024-10-16T20:00:00",
        ),
    )
    assert groups[0] is not None and groups[0] == groups[1]
    assert groups[2] is not None and groups[2] != groups[0]


# -- a plea for help and a protest of one event --------------------------------------------------


def test_a_plea_and_a_protest_of_one_city_and_days_with_one_grievance_merge() -> None:
    plea = summary("call_for_help")
    protest = summary(day=WED)
    assert score(plea, protest) >= THRESHOLD


def test_a_plea_and_a_protest_need_one_point_more_than_one_kind() -> None:
    # the same city and days, no grievance in common: one kind merges, two kinds do not
    plea = summary("call_for_help", codes=frozenset({"d:pay"}))
    protest = summary(day=WED)
    assert score(summary(codes=frozenset({"d:pay"})), protest) >= THRESHOLD
    assert score(plea, protest) < THRESHOLD


def test_a_plea_and_an_accident_of_one_city_and_day_never_merge() -> None:
    plea = summary("call_for_help")
    accident = summary("workplace_accident", day=WED)
    assert score(plea, accident) == float("-inf")


def test_a_relatives_plea_meets_the_report_of_the_protest() -> None:
    groups = _group(
        (
            "我舅舅在漳州龙文区一个工地干了大半年，今天下午他们二十多个人去项目部讨工资，"
            "求大家帮帮忙转发。",
            "2024-10-14T21:00:00",
        ),
        (
            "14日下午，漳州市龙文区一在建项目二十余名农民工聚集讨要工资，区人社局已介入。",
            "2024-10-15T10:00:00",
        ),
    )
    assert groups[0] is not None and groups[0] == groups[1]


# -- a post that looks back from an anniversary --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("三年前的今天，我们厂三百多人在门口讨薪", 3),
        ("十二年前的这个星期，码头工人停工了四十天", 12),
        ("7年前的今天，矿上那场透水事故", 7),
        ("five years ago today, the dockers walked out", 5),
        ("二十多年前的今天，纺织厂的工人下岗了", VAGUE),
        ("十年前干活的钱，到今天还没要回来", 0),  # a debt of years ago, told today
        ("两年前闹过一次，今天又去了", 0),  # an earlier dispute beside today's
        ("years of unpaid work ended today", 0),
    ],
)
def test_the_years_a_post_looks_back(text: str, back: int) -> None:
    assert years_back(text) == back


def test_an_anniversarys_today_is_the_event_day_years_back() -> None:
    posted = date(2024, 10, 18)
    assert event_day(posted, posted, 6) == date(2018, 10, 18)
    assert event_day(date(2018, 10, 18), posted, 6) == date(2018, 10, 18)  # a day read as such
    assert event_day(posted, posted, VAGUE) is None
    assert event_day(date(2024, 2, 29), date(2024, 2, 29), 1) == date(2023, 2, 28)
    assert event_day(posted, posted, 0) == posted


def test_an_anniversary_post_does_not_meet_the_news_of_its_own_day() -> None:
    # five years on, a strike in the same city this week is another event
    groups = _group(
        ("五年前的这个星期，福州马尾一家船厂几百名工人罢工讨薪。", "2024-10-18T09:00:00"),
        ("福州马尾一家船厂今天数百名工人罢工，要求补发工资。", "2024-10-16T09:00:00"),
    )
    assert groups[0] is not None and groups[0] != groups[1]


def test_an_anniversary_post_meets_the_event_of_its_day_years_back() -> None:
    groups = _group(
        ("福州马尾一家船厂今天数百名工人罢工，要求补发拖欠的工资。", "2019-10-16T09:00:00"),
        (
            "五年前的今天，福州马尾那家船厂几百名工人罢工讨薪，后来拿到了工资。",
            "2024-10-16T20:00:00",
        ),
    )
    assert groups[0] is not None and groups[0] == groups[1]


# -- the grouping is still the pairwise rule -----------------------------------------------------


TEXTS = [
    "今天另一家鞋厂也停工了",
    "三年前的今天厂里停工讨薪",
    "工人今天在厂门口聚集讨薪",
    "我爸他们今天去项目部要工资，求转发",
    "跟那个厂不是一回事",
]


def test_groups_with_apart_pleas_and_anniversaries_equal_the_pairwise_rule() -> None:
    rng = random.Random(11)
    start = datetime(2024, 10, 1, 9, tzinfo=CHINA)
    items = []
    for i in range(240):
        posted = start + timedelta(days=rng.randrange(20), hours=rng.randrange(24))
        fields: dict[str, object] = {
            "kind": rng.choice(["collective_action", "collective_action", "call_for_help"]),
            "province": "350000",
            "city": rng.choice(["350500", "350500", None]),
        }
        if rng.random() < 0.6:
            fields["date"] = (posted - timedelta(days=rng.randrange(3))).date().isoformat()
        if rng.random() < 0.2:
            fields["employer"] = rng.choice(["鸿达织带厂", "华锦织造有限公司"])
        ex = made_up(f"a{i}", fields, ["wage_arrears"] if rng.random() < 0.6 else [])
        text = rng.choice(TEXTS) + (f"，编号{rng.randrange(10**6)}" if i % 2 else "。")
        items.append((Post(id=f"a{i}", text=text, posted_at=posted), ex))
    summaries = [summarise(p, ex) for p, ex in items]
    assert any(s.apart for s in summaries) and any(s.years_back for s in summaries)
    assert partition(cluster(items)) == pairwise(items)
