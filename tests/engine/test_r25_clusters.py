"""Round 25, clusters: a township named bare by a post with no city (spoken_towns), and a plea
and a collective action three days apart (plea_days).

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from labourmap.engine import plea_days
from labourmap.engine.cluster import THRESHOLD, IncidentSummary, employer_key, score
from labourmap.engine.spoken_towns import bare_names
from labourmap.engine.text import normalise

DAY = date(2019, 6, 3)
WAGES = frozenset({"d:wage_arrears"})


def placed(town: str) -> IncidentSummary:
    return IncidentSummary(key="a", kind="collective_action", province="440000", city="441900",
                           date=DAY, posted=DAY, terms=frozenset({town}), codes=WAGES)


def bare(text: str, *, read: bool = True) -> IncidentSummary:
    return IncidentSummary(key="b", kind="collective_action", date=DAY, posted=DAY,
                           codes=WAGES, bare=bare_names(normalise(text)) if read else frozenset())


@pytest.mark.parametrize(("town", "text"), [
    ("桥头镇", "前天桥头那边好几百人罢工，路都堵了，说是三个月没发工资。"),
    ("清溪镇", "清溪，我长大的地方。这两天工厂门口全是讨薪的人，心里难受。"),
    ("sanjiao town", "三角这边的工人今天都没上班，围在门口要工资。"),  # romanised in the other
    ("横沥镇", "听说横沥一带几家厂的工人今天都停工了，工资拖了两个月。"),
])
def test_township_named_bare(town: str, text: str) -> None:
    a = placed(town)
    assert score(a, bare(text), check_text=False) >= THRESHOLD
    assert score(a, bare(text, read=False), check_text=False) < THRESHOLD  # the rule off


@pytest.mark.parametrize(("town", "text"), [
    ("新华街道", "据新华社报道，今天有工人因工资问题聚集。"),  # a name inside a run of text
    ("桥头镇", "前天桥东那边好几百人罢工，路都堵了，说是三个月没发工资。"),  # another name
    ("建筑镇", "建筑那边的工人今天停工了，工资拖了两个月。"),  # no township's own name
])
def test_no_township_named_bare(town: str, text: str) -> None:
    assert score(placed(town), bare(text), check_text=False) < THRESHOLD


def test_township_named_bare_needs_no_city() -> None:
    text = "前天桥头那边好几百人罢工，路都堵了，说是三个月没发工资。"
    b = bare(text)
    b_placed = IncidentSummary(key="b", kind="collective_action", province="440000",
                               city="440300", date=DAY, posted=DAY, codes=WAGES, bare=b.bare)
    assert score(placed("桥头镇"), b_placed, check_text=False) < THRESHOLD


def firm(kind: str, day: date, *, figures: frozenset[str] = frozenset()) -> IncidentSummary:
    return IncidentSummary(key=kind, kind=kind, province="330000", city="330200", date=day,
                           posted=day, employer=employer_key("宁波恒昌针织有限公司"),
                           codes=WAGES, figures=figures)


@pytest.mark.parametrize("gap", [3, 4, 5])
def test_plea_then_action_three_days_on(gap: int) -> None:
    plea = firm("call_for_help", DAY)
    action = firm("collective_action", DAY + timedelta(days=gap))
    assert score(plea, action, check_text=False) < THRESHOLD


@pytest.mark.parametrize("gap", [0, 1, 2])
def test_plea_and_action_told_by_two_hands(gap: int) -> None:
    plea = firm("call_for_help", DAY)
    action = firm("collective_action", DAY + timedelta(days=gap))
    assert score(plea, action, check_text=False) >= THRESHOLD


def test_plea_retold_with_its_sum(monkeypatch: pytest.MonkeyPatch) -> None:
    owed = frozenset({"y:1350000"})
    plea = firm("call_for_help", DAY, figures=owed)
    action = firm("collective_action", DAY + timedelta(days=3), figures=owed)
    assert score(plea, action, check_text=False) >= THRESHOLD
    other = firm("collective_action", DAY + timedelta(days=3), figures=frozenset({"y:420000"}))
    assert score(plea, other, check_text=False) < THRESHOLD


def test_three_days_was_one_event_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plea_days, "ACTED_DAYS", 3)  # the rule off: three days apart merged
    plea = firm("call_for_help", DAY)
    action = firm("collective_action", DAY + timedelta(days=3))
    assert score(plea, action, check_text=False) >= THRESHOLD


def test_township_named_bare_groups_posts() -> None:
    from labourmap.engine.cluster import cluster
    from labourmap.engine.pipeline import extract
    from tests.engine.conftest import post

    posts = [post("东莞市桥头镇一家鞋厂约三百名工人6月3日罢工，抗议工厂拖欠三个月工资。",
                  "2019-06-04T09:00:00", "a"),
             post("前天桥头那边好几百人罢工，路都堵了，说是三个月没发工资。",
                  "2019-06-05T09:00:00", "b"),
             post("听朋友讲，桥东那边一个厂的工人周一集体罢工了，老板欠了三个月薪水。",
                  "2019-06-05T09:00:00", "c")]
    groups = cluster([(p, extract(p)) for p in posts])
    assert groups[0] == groups[1] != groups[2]
