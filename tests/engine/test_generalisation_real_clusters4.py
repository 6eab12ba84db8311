"""Grouping the posts of one real event told in several ways, fourth set: a post that names no
day is bounded by the day it was written. It tells of what happened before it was written (or
of a dispute whose later stages fall in the season after), and not of an event years
before, unless it looks back from an anniversary; two posts with no day written years apart
tell two stories, even of one employer. Every example is written for these tests and stands
for a rule, not a case.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from labourmap.engine import Extraction, Post, cluster
from labourmap.engine.cluster import (
    EARLY,
    LATE,
    THRESHOLD,
    IncidentSummary,
    employer_key,
    score,
    written_near,
)
from tests.engine.conftest import CHINA
from tests.engine.pairwise import group as _group
from tests.engine.pairwise import made_up, pairwise, partition

DAY = date(2021, 3, 10)
WAGES = frozenset({"d:wage_arrears"})


def summary(
    *, day: date | None = None, posted: date | None = None, employer: str | None = "永盛纸品厂"
) -> IncidentSummary:
    return IncidentSummary(
        key="k",
        kind="collective_action",
        province="330000",
        city="330300",
        date=day,
        posted=posted,
        employer=employer_key(employer),
        codes=WAGES,
    )




# -- the bound itself -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "near"),
    [
        (DAY, True),
        (DAY + timedelta(days=3), True),
        (DAY - timedelta(days=EARLY), True),  # a later stage of a long dispute
        (DAY - timedelta(days=EARLY + 1), False),  # written before it could be told
        (DAY + timedelta(days=LATE), True),  # a follow-up within the year
        (DAY + timedelta(days=LATE + 1), False),  # years on, and not looking back
        (date(2016, 7, 1), False),
        (None, True),  # an unknown day written bounds nothing
    ],
)
def test_the_days_an_undated_post_can_tell_of_a_dated_event(
    written: date | None, near: bool
) -> None:
    assert written_near(DAY, written, dated=True) is near


@pytest.mark.parametrize(
    ("gap", "near"),
    [(0, True), (-200, True), (LATE, True), (-LATE - 1, False), (LATE + 400, False)],
)
def test_two_undated_posts_are_bounded_either_way(gap: int, near: bool) -> None:
    assert written_near(DAY, DAY + timedelta(days=gap), dated=False) is near


def test_an_undated_post_written_years_before_never_meets_the_event_of_its_employer() -> None:
    dated = summary(day=DAY, posted=DAY)
    assert score(dated, summary(posted=date(2017, 5, 2))) == float("-inf")
    assert score(dated, summary(posted=date(2024, 11, 20))) == float("-inf")


def test_an_undated_post_written_after_the_event_still_meets_it_on_its_employer() -> None:
    dated = summary(day=DAY, posted=DAY)
    assert score(dated, summary(posted=DAY + timedelta(days=40))) >= THRESHOLD
    assert score(dated, summary(posted=DAY - timedelta(days=2))) >= THRESHOLD


def test_an_undated_post_of_a_disputes_start_meets_its_later_stage() -> None:
    later = summary(day=DAY, posted=DAY)
    assert score(later, summary(posted=DAY - timedelta(days=30))) >= THRESHOLD
    assert score(later, summary(posted=DAY - timedelta(days=200))) == float("-inf")


def test_two_undated_posts_of_one_employer_years_apart_never_merge() -> None:
    assert score(summary(posted=DAY), summary(posted=date(2023, 9, 1))) == float("-inf")
    assert score(summary(posted=DAY), summary(posted=DAY + timedelta(days=90))) >= THRESHOLD


# -- read from posts ------------------------------------------------------------------------------

PROTEST = (
    "2021年3月10日，温州永盛纸品厂两百多名工人停工，聚集在厂门口讨要拖欠的三个月工资",
    "2021-03-10T18:00:00",
)


def test_an_old_undated_post_of_the_same_employer_stays_apart() -> None:
    groups = _group(
        PROTEST, ("温州永盛纸品厂又拖欠工资了，几十个工人在厂门口拉横幅讨薪", "2016-08-02T10:00:00")
    )
    assert None not in groups and groups[0] != groups[1]


def test_an_undated_post_written_years_after_stays_apart() -> None:
    groups = _group(
        PROTEST,
        ("温州永盛纸品厂的工人今天在厂门口拉横幅讨薪，说被拖欠了工资", "2025-01-06T10:00:00"),
    )
    assert None not in groups and groups[0] != groups[1]


def test_an_undated_follow_up_written_weeks_after_still_merges() -> None:
    groups = _group(
        PROTEST, ("温州永盛纸品厂工人讨薪后续：厂方承诺月底前发放拖欠的工资", "2021-04-02T10:00:00")
    )
    assert groups[0] == groups[1] is not None


def test_two_undated_posts_of_one_employer_years_apart_stay_apart() -> None:
    groups = _group(
        ("温州永盛纸品厂拖欠工资，工人在厂门口拉横幅讨薪", "2017-06-01T10:00:00"),
        ("温州永盛纸品厂欠薪，工人们堵在厂门口要钱", "2022-06-01T10:00:00"),
        ("温州永盛纸品厂还欠着工资，又有十几个工人去厂门口讨薪", "2022-06-20T10:00:00"),
    )
    assert None not in groups and groups[0] != groups[1]
    assert groups[1] == groups[2]


# -- the grouping keeps the pairwise rule over years ----------------------------------------------

TEXTS = [
    "工人在厂门口拉横幅讨薪，老板避而不见",
    "Workers at the Hongda plant walked out over pay",
    "佛山一家家具厂工人停工，抗议搬迁不给补偿",
]


def spread(n: int, seed: int) -> list[tuple[Post, Extraction]]:
    """Posts of a few employers, dated or not, written over four years (with some a week or
    a year and a day apart: the bound's edges)."""
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, 9, tzinfo=CHINA)
    items = []
    for i in range(n):
        offset = rng.choice([0, 1, EARLY, EARLY + 1, LATE, LATE + 1, rng.randrange(1500)])
        posted = start + timedelta(days=offset + rng.choice([0, 0, 400, 800]))
        values = {
            "kind": "collective_action",
            "province": "440000",
            "city": rng.choice(["440600", None]),
            "employer": rng.choice(["宏达五金制品有限公司", "宏达五金厂", "Hongda", None]),
            "date": rng.choice(
                [None, None, (posted - timedelta(days=rng.choice([0, 1, 8]))).date().isoformat()]
            ),
        }
        ex = made_up(f"s{i}", values, ["wage_arrears"])
        items.append(
            (
                Post(
                    id=f"s{i}",
                    text=rng.choice(TEXTS),
                    posted_at=posted if rng.random() < 0.9 else None,
                ),
                ex,
            )
        )
    return items


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_groups_over_years_equal_the_pairwise_rule(seed: int) -> None:
    items = spread(220, seed)
    assert partition(cluster(items)) == pairwise(items)
