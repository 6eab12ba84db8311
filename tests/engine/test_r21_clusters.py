"""Round 21, clusters: a district named bare by a local.

A post the engine cannot place may name its district the way people there speak of it, with
no unit and no city, before a word of place (南山这边, 天河那家厂, 福田一带): when a report of
the same days names that district in full, the post is of its city (the score counts the
same city, as for a township both name). A name with no word of place after it, a name that
is an everyday word (和平), and a post whose own city is known are not read so.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest

from labourmap.engine import Extraction, Post, cluster
from labourmap.engine.cluster import THRESHOLD, IncidentSummary, score
from labourmap.engine.district_deixis import district_marks
from labourmap.engine.text import normalise
from tests.engine.conftest import post
from tests.engine.pairwise import made_up, pairwise
from tests.engine.pairwise import partition as _partition

DAY = date(2023, 3, 14)
NANSHAN = {"province": "440000", "city": "440300", "county": "440305"}
TIANHE = {"province": "440000", "city": "440100", "county": "440106"}
FUTIAN = {"province": "440000", "city": "440300", "county": "440304"}


def summary(place: dict[str, str] | None, *, terms: Iterable[str] = (),
            codes: Iterable[str] = ("f:strike",)) -> IncidentSummary:
    where = place or {}
    return IncidentSummary(
        key="k", kind="collective_action", province=where.get("province"),
        city=where.get("city"), county=where.get("county"), date=DAY,
        terms=frozenset(terms), codes=frozenset(codes), posted=DAY,
    )


def marks(text: str, place: dict[str, str] | None = None) -> set[str]:
    where = place or {}
    return district_marks(normalise(text), where.get("city"), where.get("county"))


LOCAL = [
    ("南山这边好几个工地今天都没开工，工人坐在门口等工钱", NANSHAN),
    ("天河那家电子厂的人今天全堵在门口了，说是欠了两个月工资", TIANHE),
    ("福田一带的外卖小哥今天都停了，说平台又降价", FUTIAN),
]


@pytest.mark.parametrize(("text", "place"), LOCAL)
def test_a_district_named_bare_is_filed_under_its_county(text: str,
                                                         place: dict[str, str]) -> None:
    assert "@" + place["county"] in marks(text)


@pytest.mark.parametrize(("text", "place"), LOCAL)
def test_it_stands_for_the_city_of_a_report_of_that_district(text: str,
                                                             place: dict[str, str]) -> None:
    told = summary(None, terms=marks(text), codes=("d:pay",))
    report = summary(place, terms=marks("…", place))
    assert score(told, report) >= THRESHOLD


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("和平那边的工地今天停了", None),  # an everyday word: no district
        ("南山的工地今天都停了", None),  # no word of place after it
        ("南山这边的工地今天都停了", TIANHE),  # its own city is known
    ],
)
def test_no_bare_district_is_read(text: str, place: dict[str, str] | None) -> None:
    assert "@440305" not in marks(text, place)


def test_another_district_is_not_the_city() -> None:
    told = summary(None, terms=marks(LOCAL[0][0]), codes=("d:pay",))
    report = summary(TIANHE, terms=marks("…", TIANHE))
    assert score(told, report) < THRESHOLD


def test_two_placed_posts_of_one_county_share_no_key_term() -> None:
    a = summary(NANSHAN, terms=marks("…", NANSHAN), codes=("d:pay",))
    b = summary(NANSHAN, terms=marks("…", NANSHAN))
    assert score(a, b) == score(summary(NANSHAN, codes=("d:pay",)), summary(NANSHAN))


def _item(pid: str, text: str, values: dict[str, object]) -> tuple[Post, Extraction]:
    return (post(text, "2023-03-14T18:00:00", pid=pid),
            made_up(pid, {"kind": "collective_action", "date": "2023-03-14", **values}, []))


def test_a_batch_joins_them_as_the_pairwise_rule() -> None:
    items = [
        _item("a", LOCAL[0][0], {}),
        _item("b", "深圳市南山区一工地数十名工人聚集讨薪", {**NANSHAN}),
        _item("c", LOCAL[1][0], {}),
        _item("d", "广州某厂工人聚集", {"province": "440000", "city": "440100"}),
    ]
    groups = cluster(items)
    assert _partition(groups) == pairwise(items)
    assert groups[0] == groups[1] and groups[2] != groups[3]
