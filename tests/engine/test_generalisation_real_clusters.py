"""Grouping the posts of one real event told in several ways: one writer calls it a protest,
another an accident; one names the brand, another the plant; one names the mine, another the
firm that runs it. Every example is written for these tests."""

from __future__ import annotations

from datetime import date

from labourmap.engine import cluster
from labourmap.engine.cluster import THRESHOLD, IncidentSummary, employer_key, same_employer, score
from tests.engine.conftest import post, run


def summary(key: str, kind: str, *, city: str | None = "440300", day: date | None = None,
            employer: str | None = None, terms: frozenset[str] = frozenset(),
            codes: frozenset[str] = frozenset(), figures: frozenset[str] = frozenset(),
            ) -> IncidentSummary:
    return IncidentSummary(key=key, kind=kind, province="440000" if city else None, city=city,
                           date=day, employer=employer_key(employer), terms=terms,
                           codes=codes, figures=figures)


MON, TUE, SUN = date(2024, 10, 14), date(2024, 10, 15), date(2024, 10, 20)


def test_two_kinds_with_the_same_employer_and_day_merge() -> None:
    # a riot at a plant: one post counts the injured (an accident?), one tells the protest
    a = summary("a", "collective_action", day=MON, employer="宏兴电子有限公司")
    b = summary("b", "workplace_accident", day=TUE, employer="宏兴电子厂")
    assert score(a, b) >= THRESHOLD


def test_two_kinds_on_the_same_day_and_city_alone_never_merge() -> None:
    a = summary("a", "collective_action", day=MON, codes=frozenset({"d:pay"}))
    b = summary("b", "workplace_accident", day=MON, codes=frozenset({"d:pay"}))
    assert score(a, b) == float("-inf")


def test_two_kinds_with_the_same_employer_days_apart_do_not_merge() -> None:
    # a strike on Monday and a fire at the same plant six days later: two events
    a = summary("a", "collective_action", day=MON, employer="宏兴电子有限公司")
    b = summary("b", "workplace_accident", day=SUN, employer="宏兴电子有限公司")
    assert score(a, b) < THRESHOLD


def test_one_kind_still_merges_on_city_and_day() -> None:
    a = summary("a", "collective_action", day=MON)
    b = summary("b", "collective_action", day=TUE)
    assert score(a, b) >= THRESHOLD


def test_a_brand_without_a_city_is_not_enough() -> None:
    # 富士康 has plants in many cities: a post that names no city meets any of them
    a = summary("a", "collective_action", city=None, employer="富士康",
                codes=frozenset({"d:pay"}))
    b = summary("b", "collective_action", day=MON, employer="富士康科技集团",
                codes=frozenset({"d:pay"}))
    assert score(a, b) < THRESHOLD


def test_a_brand_in_one_city_is_enough() -> None:
    a = summary("a", "collective_action", employer="富士康", codes=frozenset({"d:pay"}))
    b = summary("b", "collective_action", day=MON, employer="富士康科技集团",
                codes=frozenset({"d:pay"}))
    assert score(a, b) >= THRESHOLD


def test_a_specific_firm_without_a_city_still_merges() -> None:
    a = summary("a", "collective_action", city=None, employer="宏兴电子有限公司",
                codes=frozenset({"d:pay"}))
    b = summary("b", "collective_action", day=MON, employer="宏兴电子厂",
                codes=frozenset({"d:pay"}))
    assert score(a, b) >= THRESHOLD


def test_the_mine_and_the_firm_that_runs_it_are_no_conflict() -> None:
    # one post names the mine as the employer, the other the firm; both name the mine
    site = frozenset({"石桥煤矿", "py:shiqiao"})
    a = summary("a", "workplace_accident", day=MON, employer="鑫达工贸公司", terms=site)
    b = summary("b", "workplace_accident", day=MON, employer="四川石桥煤矿", terms=site)
    assert score(a, b) >= THRESHOLD


def test_two_firms_that_share_only_a_township_still_conflict() -> None:
    town = frozenset({"石桥镇", "py:shiqiao"})
    a = summary("a", "collective_action", day=MON, employer="鑫达工贸公司", terms=town)
    b = summary("b", "collective_action", day=MON, employer="宏兴电子厂", terms=town)
    assert score(a, b) < THRESHOLD


def test_posts_of_one_mine_told_by_two_writers_share_a_group() -> None:
    a = post("四川攀枝花石桥煤矿昨天下午发生瓦斯爆炸，已有12名矿工遇难，鑫达工贸公司负责人被控制。",
             posted="2024-10-15T09:00:00", pid="a")
    b = post("攀枝花石桥煤矿14日瓦斯爆炸，死亡人数升至12人，矿上还有人被困。",
             posted="2024-10-15T20:00:00", pid="b")
    groups = cluster([(p, run(p.text, p.posted_at.isoformat()[:19])) for p in (a, b)])
    assert groups[0] is not None and groups[0] == groups[1]


def test_brand_posts_in_two_cities_stay_apart() -> None:
    a = post("富士康郑州厂区今天上千名工人聚集抗议，要求补发奖金。", pid="a")
    b = post("深圳富士康数百名员工今天罢工，抗议拖欠加班费。", pid="b")
    c = post("富士康工人今天又聚集讨薪，要求补发工资。", pid="c")
    groups = cluster([(p, run(p.text)) for p in (a, b, c)])
    assert None not in groups[:2] and groups[0] != groups[1]


def test_an_english_name_with_a_place_before_the_romanised_one() -> None:
    # 林峰煤炭 and "Shanxi Linfeng Coal": the place heads the English name only
    assert same_employer(employer_key("林峰煤炭有限公司") or "",
                         employer_key("Shanxi Linfeng Coal") or "")


def test_an_english_name_that_only_shares_letters_is_another_firm() -> None:
    assert not same_employer(employer_key("林峰煤炭有限公司") or "",
                             employer_key("Shanxi Hengfeng Coal") or "")


def test_a_parent_group_and_its_brand_are_one_employer() -> None:
    a = summary("a", "collective_action", city="410100", day=MON, employer="鸿海郑州厂区")
    b = summary("b", "collective_action", city="410100", day=MON, employer="富士康")
    assert score(a, b) >= THRESHOLD


def _written(s: IncidentSummary, day: date) -> IncidentSummary:
    from dataclasses import replace

    return replace(s, posted=day)


def test_an_undated_follow_up_written_days_after_fresh_news_merges() -> None:
    # the news: Monday's strike, written on Tuesday; the follow-up names no day, written Thursday
    news = _written(summary("a", "collective_action", day=MON, codes=frozenset({"d:pay"})), TUE)
    follow = _written(summary("b", "collective_action", codes=frozenset({"d:pay"})),
                      date(2024, 10, 17))
    assert score(news, follow) >= THRESHOLD


def test_an_undated_post_beside_a_report_of_an_old_event_stays_apart() -> None:
    # a report written on Tuesday of a strike two months before is no fresh news
    old = _written(summary("a", "collective_action", day=date(2024, 8, 12),
                           codes=frozenset({"d:pay"})), TUE)
    new = _written(summary("b", "collective_action", codes=frozenset({"d:pay"})), TUE)
    assert score(old, new) < THRESHOLD


def test_an_undated_follow_up_in_another_city_stays_apart() -> None:
    news = _written(summary("a", "collective_action", day=MON, codes=frozenset({"d:pay"})), TUE)
    other = _written(summary("b", "collective_action", city="440100",
                             codes=frozenset({"d:pay"})), date(2024, 10, 17))
    assert score(news, other) < THRESHOLD
