"""Round 19, clusters: undated posts of one county meet a week apart (county_week).

Two posts with no day written, both naming one county (区, 县), written up to a week apart,
tell one event (a slowdown told on Monday and again on Saturday); of one city only, or more
than a week apart, they stay apart.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from labourmap.engine import Post, cluster, extract
from labourmap.engine.cluster import THRESHOLD, IncidentSummary, days_agree, score, summarise
from labourmap.engine.county_week import COUNTY_DAYS, written_days
from tests.engine.conftest import CHINA
from tests.engine.pairwise import pairwise
from tests.engine.pairwise import partition as _partition

MONDAY = date(2021, 1, 4)


def _post(pid: str, text: str, day: date) -> Post:
    return Post(id=pid, text=text,
                posted_at=datetime(day.year, day.month, day.day, 10).replace(tzinfo=CHINA))


def _pair(first: str, second: str, days: int) -> list[tuple[Post, object]]:
    posts = [_post("a", first, MONDAY), _post("b", second, MONDAY + timedelta(days=days))]
    return [(p, extract(p)) for p in posts]


def _undated(county: str | None, posted: date) -> IncidentSummary:
    return IncidentSummary(key="k", kind="collective_action", province="420000",
                           city="420100", county=county, date=None, posted=posted,
                           codes=frozenset({"f:strike", "d:pay"}))


POSITIVE = [
    ("武汉市江夏区一家汽配厂的工人这几天集体怠工，抗议年终奖被砍了一大半。",
     "江夏区那家汽配厂的工人还在怠工，年终奖被砍，工人说厂里效益明明不错。", 5),
    ("湖南永兴县一家石英砂厂多名工人被查出尘肺病。",
     "永兴县尘肺病工人的事：县卫健局说已组织体检，厂子停产整改。", 6),
    ("深圳宝安区一家电子厂几百名工人停工，要求厂里补缴社保。",
     "宝安区那家电子厂停工的工人说，社保补缴还是没有着落，还在停。", 4),
]


@pytest.mark.parametrize(("first", "second", "days"), POSITIVE)
def test_undated_posts_of_one_county_a_week_apart_are_one_event(
        first: str, second: str, days: int) -> None:
    items = _pair(first, second, days)
    a, b = (summarise(p, ex) for p, ex in items)  # type: ignore[arg-type]
    assert a.date is None and b.date is None and a.county and a.county == b.county
    assert score(a, b) >= THRESHOLD
    groups = cluster(items)  # type: ignore[arg-type]
    assert groups[0] is not None and groups[0] == groups[1]
    assert _partition(groups) == pairwise(items)  # type: ignore[arg-type]


def test_more_than_a_week_apart_stays_apart() -> None:
    """Near miss: one county, ten days apart."""
    items = _pair("成都武侯区一家火锅店的员工集体停工，老板拖欠工资。",
                  "武侯区那家火锅店员工停工讨薪，老板至今没露面。", 10)
    a, b = (summarise(p, ex) for p, ex in items)  # type: ignore[arg-type]
    assert a.county == b.county and score(a, b) < THRESHOLD
    groups = cluster(items)  # type: ignore[arg-type]
    assert groups[0] != groups[1]


def test_one_city_only_keeps_three_days() -> None:
    """Near miss: one city, a county named by one post only, five days apart."""
    a = _undated("420115", MONDAY)
    b = _undated(None, MONDAY + timedelta(days=5))
    assert days_agree(a, b) is False
    assert days_agree(a, _undated("420115", MONDAY + timedelta(days=5))) is True
    assert days_agree(a, _undated("420106", MONDAY + timedelta(days=5))) is False


def test_written_days() -> None:
    assert written_days("420115", "420115", 3) == COUNTY_DAYS
    assert written_days("420115", "420106", 3) == 3
    assert written_days(None, None, 3) == 3


def test_a_dated_report_keeps_three_days() -> None:
    """Near miss: a dated report of one county and an undated post written five days on."""
    report = IncidentSummary(key="k", kind="collective_action", province="420000",
                             city="420100", county="420115", date=MONDAY, posted=MONDAY,
                             codes=frozenset({"f:strike", "d:pay"}))
    assert days_agree(report, _undated("420115", MONDAY + timedelta(days=5))) is False
