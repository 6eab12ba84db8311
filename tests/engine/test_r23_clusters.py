"""Round 23, clusters: a coal mine named short, and a worker named in full.

A coal mine is named in full (白岩脚煤矿) or short, its name and 矿 alone (白岩脚矿): both are read
as the mine's name and 煤矿, so the short and the full name of one mine meet, and the mine named
in one post's employer is the workplace both name. A mine of another mineral (金矿, 石英砂矿), a
word of mining (矿工, 矿上, 采矿) and a mine of no name (小煤矿, 那个矿) are not read.

A worker named in full (a surname and two characters) right after who he is to the story (员工,
农民工, 我父亲, a hero in quotes) is a key term, and two posts naming one worker tell one
plight: as good as the employer named alike. A surname alone (刘某, 王师傅), a title and words
of the sentence (在马路上) are not read.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from datetime import date

import pytest

from labourmap.engine.cluster import THRESHOLD, IncidentSummary, score
from labourmap.engine.mine_names import mine_terms
from labourmap.engine.person_names import person_terms
from labourmap.engine.summary import _site_terms
from labourmap.engine.text import normalise

DAY = date(2022, 6, 8)
PROVINCE = "520000"


def summary(text: str, employer: str | None = None, *, kind: str = "workplace_accident",
            city: str | None = None, codes: frozenset[str] = frozenset(),
            province: str | None = PROVINCE) -> IncidentSummary:
    return IncidentSummary(
        key="k", kind=kind, province=province, city=city, county=None, date=DAY,
        employer=employer, terms=frozenset(_site_terms(normalise(text))), codes=codes,
        posted=DAY,
    )


MINES = [
    ("听说白岩脚矿那边又透水了", "白岩脚煤矿"),
    ("青杠林矿昨晚起火，十几个人没上来", "青杠林煤矿"),
    ("大平矿出事了，村里好几个在那儿干", "大平煤矿"),
    ("鸿发煤矿发生瓦斯爆炸", "鸿发煤矿"),
]


@pytest.mark.parametrize(("text", "mine"), MINES)
def test_a_coal_mine_named_short_or_in_full_is_read(text: str, mine: str) -> None:
    assert mine in mine_terms(normalise(text))


NOT_MINES = [
    "矿工们都在矿上等着消息",
    "他在一个小煤矿打工",
    "在石英砂矿干了十年",
    "采矿证早就过期了",
    "栖霞的金矿老板跑了",
    "那个矿出事了",
]


@pytest.mark.parametrize("text", NOT_MINES)
def test_no_coal_mine_named(text: str) -> None:
    assert mine_terms(normalise(text)) == set()


MINE_PAIRS = [
    ("贵州恒泰精煤股份公司白岩脚矿发生火灾，十六人遇难", "贵州恒泰精煤",
     "盘州白岩脚煤矿出事了，皮带起火", "盘州白岩脚煤矿"),
    ("青杠林矿今天透水，还有人在下面", None, "水城青杠林煤矿发生透水事故", "水城青杠林煤矿"),
    ("昨天大平矿塌了，听说埋了好几个", "某某能源", "大平煤矿发生坍塌事故", "大平煤矿"),
]


@pytest.mark.parametrize(("a", "ea", "b", "eb"), MINE_PAIRS)
def test_one_mine_named_short_and_in_full_merges(a: str, ea: str | None, b: str,
                                                  eb: str) -> None:
    assert score(summary(a, ea), summary(b, eb), check_text=False) >= THRESHOLD


def test_two_mines_do_not_merge() -> None:
    a = summary("贵州恒泰精煤股份公司白岩脚矿发生火灾", "贵州恒泰精煤")
    b = summary("水城青杠林煤矿发生火灾", "水城青杠林煤矿")
    assert score(a, b, check_text=False) < THRESHOLD


PEOPLE = [
    ("快递员周永亮说他被罚了三千", "人:周永亮"),
    ("替我父亲郑国平发个求助", "人:郑国平"),
    ("工友们都认识“好人”曹德明，他救了三个人", "人:曹德明"),
    ("老何（何春生）在医院躺了一个月", "人:何春生"),
]


@pytest.mark.parametrize(("text", "term"), PEOPLE)
def test_a_worker_named_in_full_is_read(text: str, term: str) -> None:
    assert term in person_terms(normalise(text))


NOT_PEOPLE = [
    "员工刘某说没拿到钱",
    "工人王师傅说厂里欠了三个月",
    "几十个工人在马路上，警察来了",
    "律师张海洋说可以起诉",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_worker_named_in_full(text: str) -> None:
    assert person_terms(normalise(text)) == set()


PLEA = "call_for_help"
SEVERANCE = frozenset({"d:severance"})
PERSON_PAIRS = [
    ("前员工周永亮发视频说被公司开除，一分补偿没有", "深圳某科技", "440300",
     "網傳前員工周永亮被辭退後討要補償"),
    ("替我父亲郑国平发个求助，厂里不给赔偿", "东莞某五金", "441900",
     "农民工郑国平讨要补偿一事有了回应"),
    ("老何（何春生）被辞退了，说好的补偿没给", None, "330100",
     "工人何春生被辞退后讨补偿无果"),
]


@pytest.mark.parametrize(("a", "ea", "city", "b"), PERSON_PAIRS)
def test_two_pleas_naming_one_worker_merge(a: str, ea: str | None, city: str, b: str) -> None:
    x = summary(a, ea, kind=PLEA, city=city, codes=SEVERANCE, province=city[:2] + "0000")
    y = summary(b, kind=PLEA, codes=SEVERANCE, province=None)
    assert score(x, y, check_text=False) >= THRESHOLD


def test_two_workers_do_not_merge() -> None:
    x = summary("前员工周永亮发视频说被公司开除", "深圳某科技", kind=PLEA, city="440300",
                codes=SEVERANCE, province="440000")
    y = summary("农民工郑国平讨要补偿一事有了回应", kind=PLEA, codes=SEVERANCE, province=None)
    assert score(x, y, check_text=False) < THRESHOLD


def test_a_surname_alone_does_not_merge() -> None:
    x = summary("员工刘某说被公司开除", "深圳某科技", kind=PLEA, city="440300",
                codes=SEVERANCE, province="440000")
    y = summary("网传员工刘某被辞退后讨要补偿", kind=PLEA, codes=SEVERANCE, province=None)
    assert score(x, y, check_text=False) < THRESHOLD
