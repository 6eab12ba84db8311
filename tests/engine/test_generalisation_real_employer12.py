"""Employers as feeds name them, twelfth set: a short name ended by a trade word that alone says
no firm (铸造, 家具, 印刷 …), where the writer points at it and something befalls it; a hotel or a
hospital named only as the site of the work; 一 inside a firm's own name (not "a").
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("绍兴柯桥区的恒昌铸造出事了，熔炉旁三名工人被烫伤。", "恒昌铸造"),
        ("东阳市鸿泰印刷的工人今天全体停工，四个月没发工资了。", "鸿泰印刷"),
        ("荆门广电的同事们今天在台里拉起横幅，半年没发工资了。", "荆门广电"),
        ("那个锦华塑胶昨晚起火，车间里还有十几个工友。", "锦华塑胶"),
    ],
)
def test_a_short_name_ended_by_a_trade_word(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        # (a kind of goods, not a firm: no pointer before it)
        ("他们做办公家具的工人今天停工讨薪，老板欠了三个月工资。"),
        ("十几名职工到县广电局门口讨要拖欠的工资。"),
        ("我们在做铸造的车间里干活，昨天有人被烫伤了。"),
    ],
)
def test_a_trade_word_alone_is_no_firm(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        ("几个老乡在南昌金凤凰酒店做完装修，去找包工头要工钱，被打了一顿。"),
        ("参与援建青山、白湖医院的两百名工人至今没拿到工钱。"),
        ("宜宾市妇幼医院住院楼项目在建工地发生坍塌，五名工人被埋。"),
    ],
)
def test_a_hotel_or_a_hospital_that_is_only_the_site(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (near-miss: a hotel where the workers are employed is their employer)
        ("南昌锦悦酒店的服务员今天集体停工，三个月没发工资。", "南昌锦悦酒店"),
        ("我在南昌锦悦酒店上班，老板拖欠了三个月工资。", "南昌锦悦酒店"),
        ("温州宏一鞋厂要停产了，六百名工人要求补偿。", "温州宏一鞋厂"),
    ],
)
def test_the_employer_is_still_read(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_place_then_a_is_still_no_name() -> None:
    assert employer("温州一鞋厂发生火灾，三名工人受伤。") is None


def test_a_place_word_then_a_is_no_name() -> None:
    assert employer("厦门五缘湾一酒店员工集体停工，抗议降薪。") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("周一到厂里才发现大门锁了，恒升的老板跑了，三个月工资没着落。", "恒升"),
        ("车间停了一周。金瑞的老总失联了，四百人的工资没人管。", "金瑞"),
    ],
)
def test_a_name_whose_boss_fled(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        ("厂门口贴了封条，我们的老板跑了，工资一分没拿到。"),
        ("听说了吗，他舅舅的老板跑了，工钱还没结。"),
    ],
)
def test_a_boss_of_people_is_no_firm(text: str) -> None:
    assert employer(text) is None
