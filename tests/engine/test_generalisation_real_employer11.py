"""Employers as feeds name them, eleventh set: a public body whose place holds a stop character
(道里区: 里); the works' unnamed owner (该厂母公司); 俺们 before a works; a name that ends in
装饰 after a place; English "a workshop of X" and a plural possessive ("X
Electronics' managers"); a firm named by its trade name alone where someone works, or after a
place before its stopping staff (not where it owes "us": a person may be named so).
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("八十多名环卫工坐在道里区环卫处门口，两个月没发工资了。", "道里区环卫处"),
        ("今天上午，新都区环卫所四十名环卫工停工讨薪。", "新都区环卫所"),
        # (not a body the workers go to complain to: 望都县教育局)
        # (成都: 都 stops the name, but the place is cut from a name that has its own core)
        ("成都市蓉兴电子有限公司二百名工人停工。", "蓉兴电子有限公司"),
    ],
)
def test_a_stop_character_inside_a_place(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("位于龙岗区的盛达五金厂停工已三天。该厂母公司在台湾上市。", "盛达五金厂"),
        ("三百名工人在新锐光电厂门口聚集，该厂总公司在上海。", "新锐光电厂"),
    ],
)
def test_the_works_unnamed_owner_is_no_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "俺们钢厂今天又出事了，一个老乡从平台上掉下来。",
        "俺们纱厂三个月没发工资了，几十个人去讨薪。",
    ],
)
def test_a_pronoun_before_a_works_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("说装修公司贵阳锦程装饰欠了三个月工钱五万多。", "贵阳锦程装饰"),
        ("合肥华庭装饰拖欠二十名装修工工资。", "合肥华庭装饰"),
        ("昆明盘龙区雅居装饰三十多名工人讨要工钱。", "雅居装饰"),
    ],
)
def test_a_short_name_ending_in_a_trade_word(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "十几个工人给一家做室内装饰的老板干活，工钱没给。",  # (the trade, no place before it)
        "做吊顶装饰的二十多个工人一起讨薪。",
        "装饰行业不景气，工人一起讨要工资。",
    ],
)
def test_a_trade_word_alone_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A fire broke out on Monday in a workshop of Wuxi Hengda Precision Casting.",
         "Wuxi Hengda Precision Casting."),
        ("Workers said Ningbo Fortune Textiles' managers had fled.", "Ningbo Fortune Textiles"),
        ("Suzhou Daewon Electronics' Korean managers could not be reached.",
         "Suzhou Daewon Electronics"),
    ],
)
def test_english_workshop_of_and_plural_possessive(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out in a workshop of the old town on Monday.",
        "The Workers' Korean managers left the plant.",
    ],
)
def test_english_near_misses(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我爸在嘉瑞上夜班，前天晚上车间着火就联系不上了。", "嘉瑞"),
        ("他在佛山南海华辉打工，手被冲床压了。", "华辉"),
        ("合肥飞鸽的骑手今天集体不接单了，一单又降了一块。", "飞鸽"),
    ],
)
def test_a_trade_name_alone_in_a_telling_frame(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "我们在劳动局门口等了一天，老板欠我们八十万工钱。",
        # (the one that owes "us" may as well be a gang master named by his own name)
        "我们在县政府门口坐了一上午，恒晟欠我们两百万工钱，拖了快两年。",
        "我哥在厂里上夜班，昨天凌晨车间着火了。",
        "我在外地打工，工资一直被拖欠，二十个工友讨薪。",
        "合肥城南的骑手今天集体不接单了。",
        "深圳宝安的工人今天全部停工了。",
    ],
)
def test_no_trade_name_in_a_frame_of_common_words(text: str) -> None:
    assert employer(text) is None


def test_a_named_firm_wins_over_a_trade_name() -> None:
    text = "在东莞锦华电子有限公司打工的三百人停工，锦华欠我们三个月工资。"
    assert employer(text) == "东莞锦华电子有限公司"


def test_a_body_workers_complain_to_keeps_its_stop_character() -> None:
    text = "育英实验学校四十多名老师去了新都区教育局，说学校拖欠三个月工资。"
    assert employer(text) == "育英实验学校"
