"""Grouping the posts of one real event told in several ways, second set: a workplace (a mine,
a school, a project) that one post gives as the employer and the other names beside the firm
that runs it, or with no employer; a state builder's numbered bureau named in English; an
undated post that places its event "this week" or "last week". Every example is written for
these tests (2024-10-18, the default post day, is a Friday) and stands for a rule, not a case.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from labourmap.engine import Post, cluster
from labourmap.engine.cluster import (
    THRESHOLD,
    IncidentSummary,
    employer_key,
    same_employer,
    score,
    summarise,
)
from labourmap.engine.week_window import LAST_WEEK, THIS_WEEK, week_of
from tests.engine.conftest import CHINA
from tests.engine.pairwise import group as _group
from tests.engine.pairwise import made_up, pairwise, partition


def summary(
    kind: str = "workplace_accident",
    *,
    city: str | None = "520200",
    day: date | None = None,
    posted: date | None = None,
    employer: str | None = None,
    terms: frozenset[str] = frozenset(),
    week: int = 0,
) -> IncidentSummary:
    return IncidentSummary(
        key="k",
        kind=kind,
        province=city[:2] + "0000" if city else None,
        city=city,
        date=day,
        employer=employer_key(employer),
        terms=terms,
        posted=posted,
        week=week,
    )




# -- a workplace both name is the employer of one ------------------------------------------------


def test_a_mine_given_as_the_employer_and_named_beside_its_firm_is_one_employer() -> None:
    # the first post names only the mine, the second the firm that runs it; no day agrees
    mine = frozenset({"红岩煤矿", "py:hongyan"})
    a = summary(employer="六盘水红岩煤矿", terms=mine, posted=date(2024, 10, 21))
    b = summary(
        employer="鑫盛矿业有限公司",
        terms=mine,
        day=date(2024, 10, 17),
        posted=date(2024, 10, 17),
    )
    assert score(a, b) >= THRESHOLD


def test_a_school_given_as_the_employer_meets_a_post_that_names_no_employer() -> None:
    school = frozenset({"城南中学", "py:chengnan"})
    a = summary("collective_action", city="430100", employer="长沙城南中学", terms=school)
    b = summary("collective_action", city="430100", terms=school, posted=date(2024, 9, 2))
    assert score(a, b) >= THRESHOLD


def test_a_township_both_name_is_no_employer() -> None:
    # two firms of one township, no day agreeing: the township is no workplace
    town = frozenset({"龙泉镇", "py:longquan"})
    a = summary(employer="龙泉镇宏运砖厂", terms=town, posted=date(2024, 10, 21))
    b = summary(
        employer="恒达建材有限公司", terms=town, day=date(2024, 10, 17), posted=date(2024, 10, 17)
    )
    assert score(a, b) < THRESHOLD


# -- a state builder's bureau named in English ---------------------------------------------------


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("China Railway 12th Bureau Group", "中铁十二局集团有限公司"),
        ("China Railway No. 25 Bureau Group Co., Ltd.", "中铁二十五局"),
        ("China Construction Eighth Engineering Bureau", "中建八局"),
        ("China State Construction Engineering Bureau No. 7", "中建七局集团"),
    ],
)
def test_a_numbered_bureau_in_english_is_its_chinese_name(english: str, chinese: str) -> None:
    assert employer_key(english) == employer_key(chinese)


def test_another_bureau_or_another_state_firm_is_not_the_same() -> None:
    assert not same_employer(
        employer_key("China Railway 12th Bureau Group") or "",
        employer_key("中铁二十二局") or "",
    )
    # the English name keeps its whole key: it is not taken for 中铁 (China Railway)
    key = employer_key("China Railway Signal & Communication")
    assert key == "chinarailwaysignal&communication"


def test_a_collapse_told_in_english_and_in_chinese_shares_the_builder() -> None:
    # one writer takes the collapse for a protest: the builder still joins the two
    a = summary(
        "workplace_accident",
        city="530100",
        day=date(2024, 5, 6),
        employer="China Railway 18th Bureau Group",
    )
    b = summary("collective_action", city="530100", day=date(2024, 5, 6), employer="中铁十八局")
    assert score(a, b) >= THRESHOLD


# -- "this week", "last week" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "week"),
    [
        ("本周厂里停工了", THIS_WEEK),
        ("这个星期工人都没上班", THIS_WEEK),
        ("workers walked out earlier this week", THIS_WEEK),
        ("上个礼拜包工头跑了", LAST_WEEK),
        ("staff protested last week", LAST_WEEK),
        ("这周围的工厂都在招工", 0),
        ("本周期的项目款还没到", 0),
    ],
)
def test_the_week_a_text_names(text: str, week: int) -> None:
    assert week_of(text) == week


def test_an_undated_strike_this_week_meets_the_post_of_its_monday() -> None:
    groups = _group(
        ("成都高新区一家电子厂本周有上千名工人罢工，抗议加班费被克扣。", "2024-10-19T09:00:00"),
        ("成都高新区一家电子厂今天上千名工人停工，抗议加班费被克扣。", "2024-10-14T09:00:00"),
    )
    assert groups[0] is not None and groups[0] == groups[1]


def test_an_english_report_of_earlier_this_week_meets_the_dated_post() -> None:
    groups = _group(
        (
            "Hundreds of workers at a shoe factory in Dongguan went on strike earlier this week "
            "over unpaid social insurance.",
            "2024-10-18T09:00:00",
        ),
        ("东莞一家鞋厂的数百名工人15日罢工，要求补缴社保。", "2024-10-15T20:00:00"),
    )
    assert groups[0] is not None and groups[0] == groups[1]


def test_a_strike_of_the_week_before_is_not_this_week() -> None:
    a = summary("collective_action", city="510100", posted=date(2024, 10, 19), week=THIS_WEEK)
    b = summary(
        "collective_action", city="510100", day=date(2024, 10, 11), posted=date(2024, 10, 11)
    )
    assert score(a, b) < THRESHOLD
    c = replace(a, week=LAST_WEEK)  # "last week": Monday 7 October to Sunday 13 October
    assert score(c, b) >= THRESHOLD


WEEK_TEXTS = [
    "本周厂里好几百人停工讨薪",
    "上周工人在厂门口拉横幅",
    "Workers walked out earlier this week",
    "工人今天聚集讨薪",
    "一家工厂的工人停工",
]


def test_groups_with_weeks_equal_the_pairwise_rule() -> None:
    rng = random.Random(7)
    start = datetime(2024, 10, 1, 9, tzinfo=CHINA)
    items = []
    for i in range(220):
        posted = start + timedelta(days=rng.randrange(24), hours=rng.randrange(24))
        dated = rng.random() < 0.5
        fields = {
            "kind": "collective_action",
            "province": "440000",
            "city": rng.choice(["440300", "440300", None]),
        }
        if dated:
            fields["date"] = (posted - timedelta(days=rng.randrange(4))).date().isoformat()
        ex = made_up(f"w{i}", fields, ["wage_arrears"] if rng.random() < 0.5 else [])
        text = rng.choice(WEEK_TEXTS) + (f"，编号{rng.randrange(10**6)}" if i % 2 else "。")
        items.append((Post(id=f"w{i}", text=text, posted_at=posted), ex))
    assert partition(cluster(items)) == pairwise(items)
    assert any(summarise(p, ex).week for p, ex in items)
