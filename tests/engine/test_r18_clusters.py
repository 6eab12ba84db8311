"""Round 18, clusters: names across scripts and forms, pleas a season apart, townships.

* a firm's Latin name with a hyphen (Ko-Tek) that a Chinese post keeps and an English post
  writes: one firm;
* a Chinese firm's trade name, romanised, among an English post's capitalised words (恒辉 of
  石排恒辉玩具厂 and "the Henghui toy factory"): one firm, whatever else either names;
* pleas for help naming one firm in full, dated a season apart at most: one plight;
* a numbered firm's short name (中化十一建 of 中国化学工程第十一建设): one employer;
* a township both posts name in one province, one of them with no city: the same city.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import pytest

from labourmap.engine import Extraction, Post, cluster
from labourmap.engine.cluster import (
    THRESHOLD,
    IncidentSummary,
    employer_key,
    same_employer,
    score,
)
from labourmap.engine.marks import latin_names
from labourmap.engine.romanised_firms import romanised_trade
from tests.engine.conftest import post
from tests.engine.pairwise import made_up, pairwise
from tests.engine.pairwise import partition as _partition

DAY = date(2022, 5, 9)
DONGGUAN = {"province": "440000", "city": "441900"}
FUJIAN = {"province": "350000"}
SANMING = {"province": "350000", "city": "350400", "county": "350481"}
PUDONG = {"province": "310000", "city": "310000", "county": "310115"}


def summary(
    employer: str | None = None,
    *,
    place: dict[str, str] | None = None,
    day: date | None = DAY,
    posted: date | None = None,
    kind: str = "collective_action",
    codes: Iterable[str] = ("f:strike",),
    terms: Iterable[str] = (),
    latin: Iterable[str] = (),
) -> IncidentSummary:
    where = DONGGUAN if place is None else place
    return IncidentSummary(
        key="k", kind=kind, province=where.get("province"), city=where.get("city"),
        county=where.get("county"), date=day, employer=employer_key(employer),
        codes=frozenset(codes), terms=frozenset(terms), posted=posted or day,
        latin=frozenset(latin),
    )


# -- a Latin name with a hyphen --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("科泰（Ko-Tek）厂的工友今天一起停工了，说是要搬厂", "Ko-Tek Electronics staff walked out"),
        ("嘉亚Jin-Ya电子厂的工人在厂门口拉横幅讨说法", "Hundreds at a Jin-Ya plant stopped work"),
        ("听说泰顺那家Tai-Sun鞋厂的人都没去上班", "Staff of Tai-Sun Footwear stayed out"),
    ],
)
def test_a_hyphenated_latin_name_is_one_firm(zh: str, en: str) -> None:
    later = DAY + timedelta(days=20)  # undated, three weeks on: neither day nor firm agrees
    kept = summary(place=PUDONG, day=None, posted=later, latin=latin_names(zh))
    told = summary(place=PUDONG, latin=latin_names(en))
    assert score(kept, told) >= THRESHOLD


def test_a_hyphen_before_a_lower_case_word_is_no_name() -> None:
    names = latin_names("a Singapore-owned plant run by Taiwan-based owners")
    assert not any("-" in n for n in names)
    assert latin_names("工人说Ko-tek的老板跑了") == frozenset()  # no capital after the hyphen


# -- a trade name romanised among an English post's words -----------------------------------------


@pytest.mark.parametrize(
    ("zh", "words"),
    [
        ("石排恒辉玩具厂", ("w:henghui", "w:dongguan", "w:thursday")),  # after the town
        ("深圳康隆电子", ("w:kanglong", "w:shenzhen")),  # after the city
        ("塘厦富强鞋厂", ("w:fuqiang", "w:workers")),
    ],
)
def test_a_trade_name_romanised_in_the_english_post_is_one_firm(zh: str,
                                                               words: tuple[str, ...]) -> None:
    plea = summary(zh, day=None, posted=DAY + timedelta(days=10))
    # the English post's employer is the group that owns the plant, written in Chinese
    report = summary("宝立集团", latin=words)
    assert score(plea, report) >= THRESHOLD


@pytest.mark.parametrize(
    ("zh", "words", "terms"),
    [
        ("日升电子惠阳厂", ("w:huiyang",), ()),  # a plant named after its district
        ("横沥宏昌鞋厂", ("w:hongchang",), ("py:hongchang", "hongchang town")),  # a town there
        ("松岗立达", ("w:lida",), ()),  # four letters tell no firm
    ],
)
def test_a_place_or_a_short_name_is_not(zh: str, words: tuple[str, ...],
                                        terms: tuple[str, ...]) -> None:
    plea = summary(zh, day=None, posted=DAY + timedelta(days=10))
    report = summary("宝立集团", latin=words, terms=terms)
    assert score(plea, report) < THRESHOLD


def test_the_trade_name_is_read_after_the_place() -> None:
    assert romanised_trade("东莞华新电子") == "huaxin"
    assert romanised_trade("石排恒辉玩具厂") == "henghui"
    assert romanised_trade("日升电子惠阳厂") is None


# -- pleas for help a season apart -------------------------------------------------------------


@pytest.mark.parametrize("days", [12, 45, 90])
def test_pleas_naming_one_firm_a_season_apart_join(days: int) -> None:
    fall = summary("华盛达建筑工程有限公司", place=PUDONG, kind="call_for_help",
                   codes=("d:injury_compensation",))
    plea = summary("华盛达建筑工程", place=PUDONG, kind="call_for_help",
                   day=DAY + timedelta(days=days), codes=("d:injury_compensation",))
    assert score(fall, plea) >= THRESHOLD


@pytest.mark.parametrize(
    ("kinds", "firm", "days"),
    [
        (("collective_action", "collective_action"), "华盛达建筑工程", 20),  # a new action
        (("call_for_help", "collective_action"), "华盛达建筑工程", 20),  # the pleaders act
        (("call_for_help", "call_for_help"), "美团", 20),  # a platform named short
        (("call_for_help", "call_for_help"), "华盛达建筑工程", 100),  # more than a season
    ],
)
def test_actions_short_names_or_a_longer_gap_do_not(kinds: tuple[str, str], firm: str,
                                                    days: int) -> None:
    fall = summary(firm, place=PUDONG, kind=kinds[0], codes=("d:wage_arrears",))
    plea = summary(firm, place=PUDONG, kind=kinds[1], day=DAY + timedelta(days=days),
                   codes=("d:wage_arrears",))
    assert score(fall, plea) < THRESHOLD


@pytest.mark.parametrize("days", [4, 5, 7])
def test_a_plea_then_an_action_days_later_are_two_events(days: int) -> None:
    plea = summary("华盛达建筑工程", place=PUDONG, kind="call_for_help",
                   codes=("d:wage_arrears",), terms=("锦绣华府",))
    action = summary("华盛达建筑工程", place=PUDONG, day=DAY + timedelta(days=days),
                     codes=("d:wage_arrears", "f:protest"), terms=("锦绣华府",))
    assert score(plea, action) < THRESHOLD


@pytest.mark.parametrize(("day", "kind"), [(DAY + timedelta(days=2), "collective_action"),
                                           (None, "collective_action"),
                                           (DAY + timedelta(days=5), "call_for_help")])
def test_a_plea_and_an_action_days_near_or_undated_join(day: date | None, kind: str) -> None:
    plea = summary("华盛达建筑工程", place=PUDONG, kind="call_for_help",
                   codes=("d:wage_arrears",), terms=("锦绣华府",))
    other = summary("华盛达建筑工程", place=PUDONG, day=day, kind=kind,
                    posted=DAY + timedelta(days=1), codes=("d:wage_arrears", "f:protest"),
                    terms=("锦绣华府",))
    assert score(plea, other) >= THRESHOLD


# -- a numbered firm's short name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("中化十一建", "中国化学工程第十一建设有限公司"),
        ("中交二航", "中交第二航务工程局"),
        ("中冶十七冶", "中国冶金科工第十七冶金建设"),
    ],
)
def test_a_numbered_firm_named_short_is_one_employer(short: str, full: str) -> None:
    a, b = employer_key(short), employer_key(full)
    assert a is not None and b is not None and same_employer(a, b)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("中化十一建", "中国化学工程第十三建设"),  # another unit
        ("中铁十局", "中铁十一局"),  # 十 is no 十一
        ("华新电子", "华为新能源电子"),  # no number: characters in order tell nothing
    ],
)
def test_another_number_or_none_is_not(short: str, full: str) -> None:
    a, b = employer_key(short), employer_key(full)
    assert a is not None and b is not None and not same_employer(a, b)


# -- a township for the city one post leaves out ------------------------------------------------


@pytest.mark.parametrize("town", ["大湖镇", "石门乡", "龙江街道"])
def test_a_township_both_name_stands_for_the_city(town: str) -> None:
    told = summary(place=FUJIAN, kind="workplace_accident", codes=(), terms=(town, "py:x"))
    report = summary(place=SANMING, kind="workplace_accident", codes=(), terms=(town, "py:x"))
    assert score(told, report) >= THRESHOLD


@pytest.mark.parametrize(
    ("terms", "place"),
    [
        (("安总医院",), FUJIAN),  # a hospital: many share a name
        (("大湖镇",), {"province": "360000"}),  # another province
        (("建筑工地",), FUJIAN),  # no township
    ],
)
def test_no_township_or_another_province_is_not(terms: tuple[str, ...],
                                                place: dict[str, str]) -> None:
    told = summary(place=place, kind="workplace_accident", codes=(), terms=terms)
    report = summary(place=SANMING, kind="workplace_accident", codes=(), terms=terms)
    assert score(told, report) < THRESHOLD


# -- a batch groups as the pairwise rule ---------------------------------------------------------


def _item(pid: str, when: str, values: dict[str, object], demands: list[str],
          text: str = "…") -> tuple[Post, Extraction]:
    return post(text, when, pid=pid), made_up(pid, values, demands)


def test_the_batch_groups_pleas_and_short_names_as_the_rule() -> None:
    pudong = {"province": "310000", "city": "310000", "county": "310115"}
    plea = {"kind": "call_for_help", **pudong, "employer": "华盛达建筑工程有限公司"}
    action = {"kind": "collective_action", "province": "440000", "city": "440800"}
    items = [
        _item("a", "2022-03-01T09:00:00", {**plea, "date": "2022-03-01"}, ["injury_compensation"]),
        _item("b", "2022-05-20T09:00:00", {**plea, "date": "2022-05-20"}, ["injury_compensation"]),
        _item("c", "2022-09-20T09:00:00", {**plea, "date": "2022-09-20"}, ["injury_compensation"]),
        _item("d", "2022-06-01T09:00:00", {**action, "employer": "中化十一建",
                                           "date": "2022-06-01"}, ["wage_arrears"]),
        _item("e", "2022-06-06T09:00:00", {**action, "employer": "中国化学工程第十一建设",
                                           "date": "2022-06-06"}, ["wage_arrears"]),
        _item("f", "2022-07-01T09:00:00", {"kind": "collective_action", **DONGGUAN,
                                           "employer": "宝立集团", "date": "2022-07-01"},
              ["pay"], "Workers at the Henghui toy factory in Dongguan walked out on Friday."),
        _item("g", "2022-07-11T09:00:00", {"kind": "collective_action", **DONGGUAN,
                                           "employer": "石排恒辉玩具厂"}, ["pay"]),
        _item("h", "2022-08-01T09:00:00", {**plea, "date": "2022-08-01", "employer": "宏拓建设"},
              ["wage_arrears"]),
        _item("i", "2022-08-06T09:00:00", {**plea, "kind": "collective_action",
                                           "date": "2022-08-06", "employer": "宏拓建设"},
              ["wage_arrears"]),
    ]
    groups = cluster(items)
    assert _partition(groups) == pairwise(items)
    assert groups[0] == groups[1] != groups[2]  # two seasons on: another plight
    assert groups[3] == groups[4]  # five days apart: by the firm, not the day
    assert groups[5] == groups[6]  # ten days apart: by the trade name romanised
    assert groups[7] != groups[8]  # a plea, then an action five days on
