"""Round 24, clusters: a firm one post names, named in the text of a post that reads none
(named_in_text), and a follow-up of a call posted before, which has no day (follow_ups).

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

from datetime import date

import pytest

from labourmap.engine.cluster import THRESHOLD, IncidentSummary, cluster, employer_key, score
from labourmap.engine.follow_ups import earlier_call
from labourmap.engine.named_in_text import firm_head, text_heads
from labourmap.engine.pipeline import extract
from labourmap.engine.text import normalise
from tests.engine.conftest import post
from tests.engine.reading import value

DAY = date(2022, 4, 12)


def named(employer: str, province: str, city: str, county: str | None = None) -> IncidentSummary:
    return IncidentSummary(key="a", kind="collective_action", province=province, city=city,
                           county=county, date=DAY, posted=DAY, employer=employer_key(employer),
                           codes=frozenset({"d:wage_arrears"}))


def bare(text: str, *, heads: bool = True) -> IncidentSummary:
    norm = normalise(text)
    return IncidentSummary(key="b", kind="collective_action", date=DAY, posted=DAY,
                           codes=frozenset({"d:wage_arrears"}),
                           heads=text_heads(norm) if heads else frozenset())


@pytest.mark.parametrize(("firm", "where", "text"), [
    ("宁波市北仑区宏锦达模具有限公司", ("330000", "330200", "330206"),
     "宏锦达模具那边闹到今天凌晨才散，说好的工资一分没给，工友们都不答应。"),
    ("成都青禾文化培训学校", ("510000", "510100", None),
     "青禾文化的事说下后续：今天老师们又去了教育局，欠的两个月工资还是没着落。"),
    ("佛山市顺德区锦润电器有限公司", ("440000", "440600", "440606"),
     "#锦润电器# 今天厂门口又站满了人，欠薪三个月了，老板还是不露面。"),
])
def test_firm_named_in_a_bare_post(firm: str, where: tuple[str, str, str | None],
                                   text: str) -> None:
    a = named(firm, *where)
    assert score(a, bare(text), check_text=False) >= THRESHOLD
    assert score(a, bare(text, heads=False), check_text=False) < THRESHOLD  # the rule off


@pytest.mark.parametrize(("firm", "text"), [
    # another firm
    ("宁波市北仑区宏锦达模具有限公司", "宏锦泰模具那边闹到今天凌晨才散，工资一分没给。"),
    ("宁波市北仑区电子科技有限公司", "那家电子科技公司今天又闹起来了，工资一分没给。"),  # a trade
    ("宁波市北仑区宏锦", "宏锦那边闹到今天凌晨才散，工资一分没给。"),  # too short a name
])
def test_no_firm_named_in_a_bare_post(firm: str, text: str) -> None:
    a = named(firm, "330000", "330200", "330206")
    assert score(a, bare(text), check_text=False) < THRESHOLD


def test_firm_head_leaves_out_its_places() -> None:
    assert firm_head(employer_key("东莞市恒盛鞋业有限公司"), ("440000", "441900")) == "恒盛鞋业"
    assert firm_head(employer_key("这家鞋业公司"), ("440000", "441900")) is None


def test_grouping_finds_a_firm_named_in_a_bare_post() -> None:
    texts = ["宁波市北仑区宏锦达模具有限公司数百名工人今日聚集厂门口抗议，要求公司兑现承诺的补贴。",
             "宏锦达模具那边闹到今天凌晨才慢慢散，说好的补贴突然不给了，人说裁就裁，工友们都在厂门口不答应。",
             "听说宏锦泰模具今天也有人堵门抗议，两个月工资没发，老板一直躲着不见人。"]
    posts = [post(t, "2022-04-12T20:00:00", f"p{i}") for i, t in enumerate(texts)]
    items = [(p, extract(p)) for p in posts]
    assert all(ex.is_incident for _, ex in items)
    groups = cluster(items)
    assert groups[0] == groups[1]
    assert groups[2] != groups[0]


@pytest.mark.parametrize("text", [
    "更新一下：上周发的那个求助帖之后，区劳动监察大队给我打了电话，说会约谈欠我们工资的包工头。谢谢转发的朋友们，"
    "有进展再来说。",
    "我们厂的事有进展了：上次发帖以后，镇劳动所约了厂方一起谈，答应先补一半拖欠的工资。谢谢大家帮忙转发！",
    "说下进展：前几天我发的求助视频被很多人转了，今天人社局的人打电话来，说会督促公司把欠我的工资结清。谢谢大家！",
])
def test_follow_up_of_a_call(text: str) -> None:
    assert earlier_call(normalise(text))
    assert value(text, "kind") == "call_for_help"
    assert value(text, "date") is None  # not the day it was written


@pytest.mark.parametrize("text", [
    "他上周发的帖子我也看到了，今天我们几个也被欠薪了，求大家帮帮我们。",
    "求助！我在工地干了半年，老板欠我三万块工资不给，今天发帖求大家帮忙。",
    "上周我们去劳动局投诉了，到现在没人管，求大家帮帮我们这些农民工。",
])
def test_no_follow_up_of_a_call(text: str) -> None:
    assert not earlier_call(normalise(text))


def test_a_call_named_for_its_day_keeps_it() -> None:
    text = ("更新一下：昨天发的那个求助帖之后，区劳动监察大队给我打了电话，"
            "说会约谈欠我们工资的包工头。谢谢转发的朋友们，有进展再来说。")
    assert value(text, "date") == "2024-10-17"
