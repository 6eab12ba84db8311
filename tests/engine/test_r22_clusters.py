"""Round 22, clusters: a road both posts name.

Workers who block a road, and the people and papers that tell of it, name the road by its own
name: two characters of a name, then 大道, 大街, a quarter and 路 (东路, 南路), or 路 alone (an
English post's "X Avenue" romanised alike). Two posts of one city and days that name one road
tell one action, as two naming one township do: the road is a key term (with the day
and the action, enough where the city is left unread). A word that ends in 路
and names no road (跑路, 堵路, 马路, 几步路, 各路段) and a name glued to the sentence (在大街上)
are not read.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from datetime import date

import pytest

from labourmap.engine.cluster import THRESHOLD, IncidentSummary, score
from labourmap.engine.roads import road_terms
from labourmap.engine.summary import _site_terms
from labourmap.engine.text import normalise

DAY = date(2022, 6, 8)
PROVINCE = "420000"  # the city left unread: the road tells it


def summary(text: str, kind: str = "collective_action") -> IncidentSummary:
    return IncidentSummary(
        key="k", kind=kind, province=PROVINCE, city=None, county=None, date=DAY,
        terms=frozenset(_site_terms(normalise(text))), codes=frozenset({"f:road_blockade"}),
        posted=DAY,
    )


ROADS = [
    ("一大早桃溪路就被几百个工人堵住了，车都过不去", "桃溪路"),
    ("工人们坐在青枫北路中间，要厂里把欠的钱结了", "青枫北路"),
    ("听说明德大道那边又有人拉横幅讨工钱", "明德大道"),
    ("工友们在光华大街口站了一下午", "光华大街"),
]


@pytest.mark.parametrize(("text", "road"), ROADS)
def test_a_road_named_by_its_own_name_is_read(text: str, road: str) -> None:
    assert road in road_terms(normalise(text))


NOT_ROADS = [
    "老板跑路了，工资一分没拿到",
    "几十个人堵路，警察来了",
    "站在马路边等了一上午",
    "走了几步路就到厂门口",
    "城区各路段都没人扫地",
    "工人在大街上拉横幅",
    "送餐路上被车撞了",
]


@pytest.mark.parametrize("text", NOT_ROADS)
def test_a_word_ending_in_road_is_no_road(text: str) -> None:
    assert road_terms(normalise(text)) == set()


PAIRS = [
    ("桃溪路今天被堵了，好多工人坐在地上", "数百名工人昨日在桃溪路静坐讨薪，交通一度中断"),
    ("青枫北路上全是工人，厂子欠了三个月工资", "有工人在青枫北路聚集，要求结清欠薪"),
    ("明德大道堵死了，说是工地上的人讨工钱",
     "Hundreds of workers blocked Mingde Avenue on Wednesday"),
]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_two_posts_naming_one_road_in_one_province_and_day_merge(a: str, b: str) -> None:
    assert score(summary(a), summary(b), check_text=False) >= THRESHOLD


def test_two_roads_do_not_merge() -> None:
    a = summary("桃溪路今天被堵了，好多工人坐在地上")
    b = summary("青枫北路上全是工人，厂子欠了三个月工资")
    assert score(a, b, check_text=False) < THRESHOLD


def test_words_ending_in_road_do_not_merge() -> None:
    a = summary("老板跑路了，好多工人堵路")
    b = summary("又一个老板跑路，工人去堵路了")
    assert score(a, b, check_text=False) < THRESHOLD
