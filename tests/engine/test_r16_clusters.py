"""Round 16, clusters: a firm named short where a post names no city, a firm's place in its
romanised name, and another site of the firm a post names.

* one firm named short (美律, 武钢, 洋河) in two posts of the same days, one of which names no
  city: the firm and the days tell the event (not a platform's or a chain's name: 美团 has
  sites everywhere);
* the romanised head of a Chinese firm's name is its trade name, not its province or city
  (东莞华新电子 is "Huaxin", 新疆凌云设计 is not "Xinjiang Production and Construction Corps");
* a post of another workplace of the firm it names (双流那边也是中建九局的工地): the firm is the
  other event's by design, not a mark of one event.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import pytest

from labourmap.engine.cluster import (
    THRESHOLD,
    IncidentSummary,
    employer_key,
    same_employer,
    score,
)
from labourmap.engine.summary import _site_terms, profile_of
from labourmap.engine.text import normalise
from labourmap.engine.told_apart import tells_sibling

DAY = date(2021, 5, 10)
SHENZHEN = {"province": "440000", "city": "440300", "county": "440309"}
NOWHERE: dict[str, str | None] = {}


def summary(
    employer: str | None,
    *,
    place: dict[str, str | None] | None = None,
    day: date | None = DAY,
    kind: str = "collective_action",
    codes: Iterable[str] = ("f:strike",),
    sibling: bool = False,
) -> IncidentSummary:
    where = SHENZHEN if place is None else place
    return IncidentSummary(
        key="k", kind=kind, province=where.get("province"), city=where.get("city"),
        county=where.get("county"), date=day, employer=employer_key(employer),
        codes=frozenset(codes), posted=day, sibling=sibling,
    )


# -- one firm named short, one post with no city ----------------------------------------------


@pytest.mark.parametrize(
    ("worker", "press"),
    [
        # a worker's post names the plant by its short name and no city; the press the city
        ("美律", "美律"),
        ("武钢总部", "武钢"),  # one holds the other
        ("洋河酒厂", "洋河"),
        ("龙华宏顺", "宏顺"),  # a firm no list knows
    ],
)
def test_one_firm_named_short_with_no_city_joins_on_its_days(worker: str, press: str) -> None:
    post = summary(worker, place=NOWHERE)
    report = summary(press, day=DAY + timedelta(days=1))
    assert score(post, report) >= THRESHOLD


def test_a_platform_named_short_with_no_city_does_not() -> None:
    """美团 riders stop work in many cities: a post with no city is not this city's."""
    post = summary("美团", place=NOWHERE)
    report = summary("美团", day=DAY + timedelta(days=1))
    assert score(post, report) < THRESHOLD


def test_one_firm_named_short_days_apart_does_not() -> None:
    post = summary("美律", place=NOWHERE)
    report = summary("美律", day=DAY + timedelta(days=6))
    assert score(post, report) < THRESHOLD


# -- the romanised head of a firm's name is its trade name, not its place ----------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("宁波天宇模具有限公司", "Tianyu Mould Co"),
        ("东莞华新电子", "Huaxin Chargers Ltd"),
        ("佛山锦华陶瓷", "Jinhua Ceramics"),
    ],
)
def test_the_trade_name_after_the_place_is_the_head(zh: str, en: str) -> None:
    assert same_employer(employer_key(zh), employer_key(en))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("新疆凌云设计有限公司", "Xinjiang Production and Construction Corps"),
        ("深圳宏达电子", "Shenzhen Metro Group"),
        ("广州恒丰物流", "Guangzhou Baiyun Airport"),
        ("新疆凌云设计", "Xinjiang Tianshan Cement"),
    ],
)
def test_a_place_both_begin_with_is_no_firm(zh: str, en: str) -> None:
    assert not same_employer(employer_key(zh), employer_key(en))  # type: ignore[arg-type]


# -- another site of the firm a post names ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "双流西航港那边也是中建九局的工地，今天三个工人爬上塔吊讨薪。",
        "听说观澜也是富士康的厂，昨天也停工了。",
        "这家店也是海底捞的门店，员工说三个月没发工资。",
        "Workers at another Foxconn plant in Zhengzhou walked out on Monday.",
    ],
)
def test_another_site_of_the_firm_is_read(text: str) -> None:
    assert tells_sibling(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "我也是中建九局的工人，工资也欠了半年。",  # a worker of it, no other workplace
        "这也是我们厂的老问题了。",
        "The workers staged another sit-in at the plant.",
    ],
)
def test_the_firms_workers_or_another_action_are_not(text: str) -> None:
    assert not tells_sibling(normalise(text))


def test_another_site_of_the_firm_does_not_join_on_the_firm() -> None:
    """Five days apart in one city: the firm would join the two; the post that tells of
    another of its sites does not."""
    first = summary("中建九局", kind="collective_action", codes=("d:wage_arrears",))
    other = summary("中建九局", day=DAY + timedelta(days=5), codes=("d:wage_arrears",),
                    sibling=True)
    assert score(first, other) < THRESHOLD
    assert score(first, summary("中建九局", day=DAY + timedelta(days=5),
                                codes=("d:wage_arrears",))) >= THRESHOLD


def test_the_summary_reads_another_site() -> None:
    from labourmap.engine.model import Extraction

    text = "双流那边也是中建九局的工地，今天三个工人爬上塔吊。"
    assert profile_of(Extraction(id="x"), normalise(text), text).sibling


# -- words of the sentence are no site's name; an English town's name as written -----------------


@pytest.mark.parametrize(
    "text",
    [
        "昨天中建九局的工地又有人讨薪",  # 局的工地
        "今天上午二十多个工友干脆都到项目大门口站着",  # 都到项目
        "工人们这几天一直守在工地门口",  # 守在工地
        "一百多个工人去镇政府要钱",  # 人去镇
    ],
)
def test_words_of_the_sentence_are_no_site(text: str) -> None:
    assert not _site_terms(normalise(text))


@pytest.mark.parametrize(("text", "site"), [("和平镇一家鞋厂的工人停工", "和平镇"),
                                            ("来凤镇的工地欠薪", "来凤镇")])
def test_a_place_named_with_such_a_character_is_kept(text: str, site: str) -> None:
    assert site in _site_terms(normalise(text))


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("Workers in Chang'an town blocked the road.", "东莞长安镇的工人堵路"),
        ("A shoe plant in Fu'an town laid off 300 workers.", "富安镇一家鞋厂裁员三百人"),
        ("Sanitation workers of Ji'an township stopped work.", "吉安乡的环卫工停工"),
    ],
)
def test_a_town_written_with_an_apostrophe_is_its_chinese_name(english: str,
                                                              chinese: str) -> None:
    assert {t for t in _site_terms(normalise(english)) if t.startswith("py:")} & _site_terms(
        normalise(chinese))


@pytest.mark.parametrize(
    "text",
    ["The town labour office called both sides to talks.",
     "They went back to their home village.", "The county government said it would pay."],
)
def test_words_before_town_that_name_no_place(text: str) -> None:
    assert not _site_terms(normalise(text))


# -- an English firm named with the trade of a mine, a plant or works ---------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("山东能源龙矿集团龙郓煤业有限公司", "Longyun Coal Mine"),
        ("义马煤业集团巨源煤业", "Juyuan Colliery"),
        ("中国白酒大厂洋河酒厂", "Yanghe Distillery"),
        ("广东台山海棠陶瓷", "Haitang Ceramics Co"),
    ],
)
def test_a_firm_named_with_its_trade_in_english(zh: str, en: str) -> None:
    assert same_employer(employer_key(zh), employer_key(en))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("zh", "en"),
    [("山东能源集团", "Shandong Coal Mining"), ("宏达煤业", "Hongtai Coal Mine"),
     ("河南能源化工集团", "Henan Chemical")],
)
def test_a_place_or_another_name_before_the_trade_is_not(zh: str, en: str) -> None:
    assert not same_employer(employer_key(zh), employer_key(en))  # type: ignore[arg-type]


def test_a_household_brand_named_short_with_no_city_does_not() -> None:
    """富士康 has plants in many cities: a post with no city is not this city's."""
    post = summary("富士康", place=NOWHERE)
    report = summary("富士康", day=DAY + timedelta(days=1))
    assert score(post, report) < THRESHOLD
