"""Round 17, clusters: short names, names of place and trade, follow-ups, two grievances.

* a short name that puts the town before the firm (石碣宝丰) and the English name the press
  gives it from the firm on (Baofeng Speakers): one employer;
* an employer named only by the posts' places and a trade (晋江磁灶陶瓷厂, "the ceramics plant at
  Cizao") beside a firm of that trade (华美陶瓷): no other firm, so no penalty;
* an undated follow-up written three days after the other's day (or before it), in the same
  city;
* two posts naming each its action and grievance, none shared (a crane sit-in over wages, a
  protest over severance), in one city and week: two events.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import pytest

from labourmap.engine import Extraction, Post, cluster, extract
from labourmap.engine.cluster import (
    THRESHOLD,
    IncidentSummary,
    employer_key,
    other_grievance,
    same_employer,
    score,
    summarise,
)
from labourmap.engine.generic_firms import local_names, place_and_trade
from labourmap.engine.place_heads import trade_tail
from tests.engine.conftest import CHINA
from tests.engine.pairwise import pairwise
from tests.engine.pairwise import partition as _partition

DAY = date(2023, 6, 12)
JINJIANG = {"province": "350000", "city": "350500", "county": "350582"}
BAOAN = {"province": "440000", "city": "440300", "county": "440306"}
WUHAN = {"province": "420000", "city": "420100"}


def summary(
    employer: str | None = None,
    *,
    place: dict[str, str] | None = None,
    day: date | None = DAY,
    posted: date | None = None,
    kind: str = "collective_action",
    codes: Iterable[str] = ("f:strike",),
    terms: Iterable[str] = (),
) -> IncidentSummary:
    where = JINJIANG if place is None else place
    return IncidentSummary(
        key="k", kind=kind, province=where.get("province"), city=where.get("city"),
        county=where.get("county"), date=day, employer=employer_key(employer),
        codes=frozenset(codes), terms=frozenset(terms), posted=posted or day,
    )


def _same(zh: str, en: str) -> bool:
    a, b = employer_key(zh), employer_key(en)
    assert a is not None and b is not None
    return same_employer(a, b)


# -- a short name, town first, and the English name from the firm on ------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("石碣宝丰电子厂", "Baofeng Speakers"),  # the town 石碣, the firm 宝丰
        ("长安锦盛", "Jinsheng Umbrella Co."),
        ("观澜永泰", "Yongtai Zipper"),
    ],
)
def test_a_short_name_after_its_town_is_the_english_name(zh: str, en: str) -> None:
    assert _same(zh, en)


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("松岗立达", "Lida Zipper"),  # lida: four letters name many firms
        ("观澜永泰", "Taiyong Zipper"),  # another firm's name
        ("石碣宝丰电子厂", "Fengbao Speakers"),  # the characters the other way round
    ],
)
def test_a_short_tail_or_another_name_is_not(zh: str, en: str) -> None:
    assert not _same(zh, en)


def test_the_tail_is_taken_after_the_trade_words() -> None:
    assert trade_tail("石碣宝丰电子厂") == "宝丰"
    assert trade_tail("宝丰电子") is None  # two characters: the head tells as much
    assert trade_tail("东莞电子厂") is None


# -- an employer named only by the posts' places and a trade --------------------------------------


@pytest.mark.parametrize(
    ("generic", "firm", "place"),
    [
        ("晋江磁灶陶瓷厂", "华美陶瓷有限公司", JINJIANG),  # the county and a town of it
        ("安海服装厂", "宏星服装", JINJIANG),  # a town of the county
        ("福永模具厂", "精工模具制品有限公司", BAOAN),  # the trade before another trade word
    ],
)
def test_a_name_of_place_and_trade_is_no_other_firm(generic: str, firm: str,
                                                    place: dict[str, str]) -> None:
    plea = summary(generic, place=place, day=None, posted=DAY + timedelta(days=1))
    report = summary(firm, place=place)
    assert score(plea, report) >= THRESHOLD


@pytest.mark.parametrize(
    ("generic", "firm", "place"),
    [
        ("华达陶瓷厂", "华美陶瓷有限公司", JINJIANG),  # 华达 is a firm, not a place
        ("佛山陶瓷厂", "华美陶瓷有限公司", JINJIANG),  # a place that is not the posts'
        ("晋江磁灶鞋材厂", "华美陶瓷有限公司", JINJIANG),  # another trade
    ],
)
def test_another_firm_or_another_trade_is(generic: str, firm: str,
                                          place: dict[str, str]) -> None:
    plea = summary(generic, place=place, day=None, posted=DAY + timedelta(days=1))
    report = summary(firm, place=place)
    assert score(plea, report) < THRESHOLD


def test_a_township_either_post_names_is_a_place() -> None:
    names = local_names(("440000", "440300"), frozenset({"沙井街道"}))
    assert place_and_trade("沙井五金厂", "宏利五金", names)
    assert not place_and_trade("沙井五金厂", "五金", names)  # no firm's name before the trade
    assert not place_and_trade("沙井五金", "宏利五金", names)  # no plant nor firm at its end


# -- a follow-up written days on ------------------------------------------------------------------


@pytest.mark.parametrize("days", [3, -3])
def test_an_undated_follow_up_days_on_joins(days: int) -> None:
    report = summary(None, place=BAOAN)
    follow = summary(None, place=BAOAN, day=None, posted=DAY + timedelta(days=days))
    assert score(report, follow) >= THRESHOLD


def test_an_undated_fresh_report_written_days_on_joins() -> None:
    report = summary(None, place=BAOAN, posted=DAY + timedelta(days=1))
    follow = summary(None, place=BAOAN, day=None, posted=DAY + timedelta(days=4))
    assert score(report, follow) >= THRESHOLD


@pytest.mark.parametrize("days", [4, 5])
def test_an_undated_post_written_four_days_on_does_not(days: int) -> None:
    report = summary(None, place=BAOAN)
    follow = summary(None, place=BAOAN, day=None, posted=DAY + timedelta(days=days))
    assert score(report, follow) < THRESHOLD


# -- two actions over two grievances --------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("f:self_harm_threat", "d:wage_arrears"), ("f:protest", "d:severance")),
        (("f:strike", "d:pay"), ("f:petition", "d:social_insurance")),
        (("f:sit_in", "d:relocation_closure"), ("f:road_block", "d:wage_arrears")),
    ],
)
def test_two_actions_over_two_grievances_do_not_join(one: tuple[str, str],
                                                      other: tuple[str, str]) -> None:
    a = summary(None, place=WUHAN, codes=one)
    b = summary("光谷芯联", place=WUHAN, day=DAY + timedelta(days=2), codes=other)
    assert other_grievance(a.codes, b.codes)
    assert score(a, b) < THRESHOLD


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("f:strike", "d:wage_arrears"), ("f:protest", "d:wage_arrears")),  # one grievance
        (("d:wage_arrears",), ("f:protest", "d:severance")),  # a plea names no action
        (("f:strike",), ("f:protest", "d:severance")),  # nor a post of the action alone
    ],
)
def test_a_shared_grievance_or_one_untold_joins(one: tuple[str, ...],
                                                other: tuple[str, ...]) -> None:
    a = summary(None, place=WUHAN, codes=one)
    b = summary("光谷芯联", place=WUHAN, day=DAY + timedelta(days=2), codes=other)
    assert score(a, b) >= THRESHOLD


# -- a batch groups as the pairwise rule ----------------------------------------------------------

TEMPLATES = [
    "{town}{short}的工友{day}罢工了，要求补缴社保。",
    "Workers at {en} in Shenzhen went on strike on {en_day} over social insurance.",
    "深圳{town}一家{trade}厂{day}停工，工人要求补发工资。",
    "深圳{firm}{trade}有限公司{day}发生停工，工人要求补发工资。",
    "深圳{town}那边的厂工人还在停工，听说老板还没露面。",
]
SHORTS = [("宝丰", "Baofeng Speakers"), ("锦盛", "Jinsheng Umbrella"), ("永泰", "Yongtai Zipper")]
TOWNS = ["福永", "沙井", "松岗"]
TRADES = ["模具", "五金", "鞋材"]
FIRMS = ["精工", "宏利", "华达"]


def generated(n: int, seed: int) -> list[Post]:
    rng = random.Random(seed)
    start = datetime(2023, 6, 1, 9, tzinfo=CHINA)
    posts = []
    for i in range(n):
        when = start + timedelta(hours=rng.randrange(24 * 20))
        short, en = rng.choice(SHORTS)
        values = {"town": rng.choice(TOWNS), "short": short, "en": en,
                  "trade": rng.choice(TRADES), "firm": rng.choice(FIRMS),
                  "day": rng.choice(["今天", "昨天", f"{when.month}月{when.day}日"]),
                  "en_day": when.strftime("%B %d")}
        posts.append(Post(id=f"r{i}", text=rng.choice(TEMPLATES).format(**values),
                          posted_at=when))
    return posts


def test_groups_equal_the_pairwise_rule() -> None:
    items: list[tuple[Post, Extraction]] = [(p, extract(p)) for p in generated(200, seed=17)]
    groups = cluster(items)
    assert _partition(groups) == pairwise(items)
    found = [summarise(p, ex) for p, ex in items if ex.is_incident]
    merging = [(a, b) for i, a in enumerate(found) for b in found[:i]
               if score(a, b) >= THRESHOLD]
    # the batch holds pairs that merge by each rule: a short name and its English name, a name
    # of place and trade beside a firm's, an undated post written three days on
    assert any(a.employer and b.employer and a.employer.isascii() != b.employer.isascii()
               for a, b in merging)
    assert any(a.employer and b.employer and not same_employer(a.employer, b.employer)
               for a, b in merging)
    assert any((a.date is None) != (b.date is None)
               and abs(((a.date or a.posted) - (b.date or b.posted)).days) == 3  # type: ignore
               for a, b in merging)
