"""Grouping the posts of one real event told in several ways, fifth set: a firm named by its
trade name in one post and by its full name in another (兆丰厂, 兆丰电子（深圳）有限公司), an
employer named only by its role (该厂母公司, 外包公司), a housing project named as the site
(锦绣华府), and a post on the anniversary of an accident (事故三周年). Every example is written
for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from datetime import date

import pytest

from labourmap.engine.cluster import (
    THRESHOLD,
    IncidentSummary,
    _site_terms,
    employer_key,
    score,
)
from labourmap.engine.firm_core import core, role_only, same_core
from labourmap.engine.looking_back import event_day, years_back
from labourmap.engine.text import normalise

DAY = date(2022, 6, 14)


def summary(
    employer: str | None, *, city: str = "441900", day: date = DAY, kind: str = "collective_action"
) -> IncidentSummary:
    return IncidentSummary(
        key="k", kind=kind, province="440000", city=city, date=day, employer=employer_key(employer)
    )


# -- one trade name, several ways of naming the firm ----------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("恒润塑胶", "听说清溪恒润厂"),  # the trade name before 厂, with words before it
        ("恒润塑胶制品（东莞）有限公司", "恒润塑胶"),  # a bracketed place and the form
        ("瑞丰矿业有限公司", "大同瑞丰煤矿"),  # 矿业 in the notice, 煤矿 in a relative's plea
        ("嘉华制衣厂", "嘉華服裝"),  # Traditional, another trade word
    ],
)
def test_one_trade_name_is_one_firm(a: str, b: str) -> None:
    ka, kb = employer_key(a), employer_key(b)
    assert ka and kb and same_core(ka, kb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("大同煤矿", "大同瑞丰煤矿"),  # a place before another trade name: no trade name shared
        ("电子厂", "光明电子厂"),  # nothing but trade words
        ("恒润塑胶", "恒达塑胶"),  # one character apart
        ("该厂", "该厂"),  # a description, no name
    ],
)
def test_no_trade_name_shared(a: str, b: str) -> None:
    ka, kb = employer_key(a), employer_key(b)
    assert not (ka and kb and same_core(ka, kb))


def test_core_strips_forms_trades_and_bracketed_place() -> None:
    assert core("恒润塑胶制品东莞") != "恒润"  # a place compacted in stays
    assert core(employer_key("恒润塑胶制品有限公司") or "") == "恒润"


def test_trade_name_merges_in_one_city_only() -> None:
    assert score(summary("恒润塑胶"), summary("恒润厂")) >= THRESHOLD
    # in another city of the province the trade name alone is no identity
    assert score(summary("恒润塑胶"), summary("恒润厂", city="440300")) == float("-inf")


def test_trade_name_is_not_a_different_employer() -> None:
    """Before: 恒润塑胶 and 恒润厂 read as two employers (−4) and the same day did not merge."""
    same = score(summary("恒润塑胶"), summary("恒润厂"))
    other = score(summary("恒润塑胶"), summary("恒达厂"))
    assert same > other


# -- an employer named by its role only -------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["該廠母公司", "追讨外包公司", "承包方", "这家子公司"],
)
def test_role_is_no_name(name: str) -> None:
    assert employer_key(name) is None


@pytest.mark.parametrize("name", ["宏昌物业公司", "母婴用品公司", "外包装厂"])
def test_names_with_role_words_inside_stay(name: str) -> None:
    assert employer_key(name) is not None
    assert not role_only(name)


def test_role_does_not_part_a_named_post() -> None:
    assert score(summary("宏昌物业公司"), summary("追讨外包公司")) >= THRESHOLD
    assert score(summary("宏昌物业公司"), summary("永兴保洁公司")) < THRESHOLD


# -- a housing project as the site ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("我们在翠湖华府干了一年活", "翠湖华府"),
        ("金桂花园工地的工人", "金桂花园"),
        ("東湖家园项目欠薪", "东湖家园"),
    ],
)
def test_housing_project_is_a_site(text: str, term: str) -> None:
    assert term in _site_terms(normalise(text))


@pytest.mark.parametrize("text", ["那个工地的老板跑了", "这个小区门口", "一个花园旁边"])
def test_pointing_words_are_no_site(text: str) -> None:
    terms = _site_terms(normalise(text))
    assert not any(t[:2] in {"那个", "这个", "一个"} for t in terms)


# -- the anniversary of an accident -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("平煤“3·5”事故五周年，家属今天又来到矿上", 5),
        ("化工厂爆炸10周年 今天我们还记得", 10),
        ("那场矿难的两周年", 2),
    ],
)
def test_anniversary_of_an_accident_looks_back(text: str, years: int) -> None:
    assert years_back(normalise(text)) == years


@pytest.mark.parametrize("text", ["公司成立三周年庆典", "建厂二十周年 员工福利", "结婚五周年"])
def test_other_anniversaries_do_not(text: str) -> None:
    assert years_back(normalise(text)) == 0


def test_anniversary_day_is_the_event_day() -> None:
    posted = date(2024, 3, 5)
    assert event_day(posted, posted, years_back(normalise("事故五周年，今天"))) == date(2019, 3, 5)
