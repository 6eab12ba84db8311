"""Employers as feeds name them, ninth set: a verb or a day run into a firm's name; a trade
word that is no name (家装公司, 珠宝厂); the body a letter is addressed to (致…局的公开信); a
name in quotes after the kind of business (健身房“X”) and an event's date in quotes (“3·21”);
a well-known name read inside a place word or a likeness (X同款); and, in English, a name in a
new sentence after a dot, a role at a sentence's head ("Contractor X owes"), the kind of works
before a name ("toy factory X", "chain (X)"), where a post was found ("Translated from X") and
a trade word alone ("Coal truck drivers").
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("四十多名保安追讨鼎盛物业公司拖欠的两个月工资。", "鼎盛物业公司"),
        (
            "县应急管理局近日公布临川恒昌化工有限公司爆炸事故调查报告，2人死亡。",
            "临川恒昌化工有限公司",
        ),
        ("数十名教师联名上书县教育局，投诉启明中学拖欠绩效工资。", "启明中学"),
    ],
)
def test_a_verb_or_a_day_run_into_the_name_is_cut(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "上百名工人昨日堵塞厂外马路，抗议厂方拖欠工资。",
        "运煤司机堵路，抗议运费被压低及煤矿排队收费。",
        "一家家装公司十多名装修工人到公司总部讨薪。",
        "清远这边珠宝厂要搬走了，两百多人今天全停工。",
        "她们所在的保洁承包公司已经三个月没发工资了。",
    ],
)
def test_a_verb_or_a_trade_word_alone_is_no_name(text: str) -> None:
    assert employer(text) is None


def test_a_named_home_decoration_firm_is_still_named() -> None:
    text = "二十多名装修工人到乐居家装公司讨薪，公司拖欠工钱十多万元。"
    assert employer(text) == "乐居家装公司"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "致南湖区教育局的一封公开信：我们是南湖区博文实验学校的30名教师，学校三个月未发工资。",
            "博文实验学校",
        ),
        ("致县人社局的公开信：我们是顺发建筑公司的农民工，公司欠薪半年。", "顺发建筑公司"),
    ],
)
def test_the_body_a_letter_is_addressed_to_is_no_employer(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_bureau_the_workers_gather_at_is_still_named() -> None:
    text = "三百多名代课教师聚集在南湖区教育局门口，要求补发工资。"
    assert employer(text) == "南湖区教育局"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("成都连锁健身房“铁馆健身”多家门店关闭，二十多名教练被拖欠工资。", "铁馆健身"),
        ("那家培训机构“明远教育”倒了，我们十几个老师三个月工资没拿到。", "明远教育"),
        ("县应急局公布顺达矿业有限公司“3·21”透水事故调查报告。", "顺达矿业有限公司"),
    ],
)
def test_a_name_in_quotes_after_the_kind_of_business(text: str, name: str) -> None:
    assert employer(text) == name


def test_what_a_shop_said_in_quotes_is_no_name() -> None:
    text = "员工被欠薪两个月，门店“暂停营业”。"
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我爸在恒泰煤矿干了十年，昨晚下井就没上来。#孝义煤矿透水#", "恒泰煤矿"),
        ("昆明那家学而思同款的补习班“启智教育”倒闭了，老师们被欠薪三个月。", "启智教育"),
    ],
)
def test_a_known_name_inside_a_place_word_or_a_likeness_is_not_the_firm(
    text: str, name: str
) -> None:
    assert employer(text) == name


def test_a_known_name_as_itself_is_still_read() -> None:
    assert employer("学而思的老师们今天到总部讨要拖欠的工资。") == "学而思"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "20 welders in Nanning. Contractor Longfeng Construction owes us 300,000 yuan.",
            "Longfeng Construction",
        ),
        (
            "Work stopped in Hefei. Developer Jinyu Properties has not paid builders since May.",
            "Jinyu Properties",
        ),
        (
            "Dozens of workers at shoe factory Tianli Footwear downed tools on Monday.",
            "Tianli Footwear",
        ),
        (
            "Teachers at a tutoring chain (Bright Path Learning) protested over unpaid wages.",
            "Bright Path Learning",
        ),
    ],
)
def test_a_name_after_a_role_or_a_kind_of_works(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Translated from Douban: I work at a design studio in Chengdu and am owed two months' pay.",
        "Coal truck drivers blocked a road in Yulin on Monday over weighing fees.",
        "Steel workers in the north have seen their bonuses cut this year.",
    ],
)
def test_a_source_or_a_trade_word_alone_is_no_employer(text: str) -> None:
    assert employer(text) is None


def test_a_firm_and_a_town_both_named() -> None:
    text = "Big walkout in Changan, Dongguan: hundreds at toy factory Hengli out since Monday."
    assert employer(text) == "Hengli"


@pytest.mark.parametrize(
    "text",
    [
        "宁东开发区一煤化工企业发生火灾，3人受伤。",
        "工业园区一盐化工企业气化车间爆炸，1人死亡。",
        "No overtime records were kept for Sundays.",
    ],
)
def test_a_place_then_a_kind_of_firm_or_a_day_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宁东开发区宏远煤化工公司发生火灾，3人受伤。", "宁东开发区宏远煤化工公司"),
        ("Workers at Sundance Apparel walked out on Mondays.", "Sundance Apparel"),
    ],
)
def test_a_named_firm_beside_them_is_still_read(text: str, name: str) -> None:
    assert employer(text) == name
