"""Round 23's demand rules: a slogan that names no claim, overtime unpaid, a workplace shut.

A slogan of owed wages (还我血汗钱, 还我工资) is no wages owed where nothing else tells of
arrears and the post names another claim; "unpaid overtime" is a claim on the hours; a workplace
to be shut (没单要关门) or torn down (厂房开始拆了, "demolition of the factory") is a closure.
Every example is written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from labourmap.engine.demand_slogans import UNPAID_OVERTIME
from tests.engine.reading import codes

demands = partial(codes, name="demands")


@pytest.mark.parametrize("text", [
    "曲靖二中今天上午三十多个老师罢课，在操场上举着“还我血汗钱”的牌子，说隔壁学校每月都涨了一千，就我们没涨。",
    "中山一家港资灯饰厂要搬去越南，四百多名员工昨天停工，拉起“还我血汗钱”横幅，要求厂方先付经济补偿。",
    "東莞一間台資鞋廠宣布搬遷，二百多名工人停工，高喊「還我工資」，要求按勞動法支付經濟補償。",
])
def test_a_slogan_of_another_claim_is_no_arrears(text: str) -> None:
    found = demands(text)
    assert found
    assert "wage_arrears" not in found


@pytest.mark.parametrize("text", [
    "工地上二十多个农民工拉着“还我血汗钱”的横幅，在项目部门口坐了一整天。",
    "包工头欠了我们半年工钱，三十多个工人举着“还我血汗钱”去了住建局，还要求补缴社保。",
])
def test_a_slogan_with_no_other_claim_or_with_arrears_stays(text: str) -> None:
    assert "wage_arrears" in demands(text)


@pytest.mark.parametrize("text", [
    "About 500 workers at an electronics plant in Suzhou walked out on Monday, "
    "demanding back pay for unpaid overtime going back two years.",
    "Nurses at a private hospital in Xi'an staged a sit-in on Thursday "
    "over months of unpaid overtime and night shifts.",
    "Couriers in Hangzhou say the depot owes them for unpaid overtime; "
    "about 80 stopped deliveries on Sunday.",
])
def test_unpaid_overtime_is_a_claim_on_the_hours(text: str) -> None:
    assert "hours_overtime" in demands(text)


@pytest.mark.parametrize("text", [
    "workers want their unpaid overtime pay settled",
    "there was no overtime this year, and wages are unpaid",
    "the overtime ban was lifted and the unpaid bonus paid",
])
def test_overtime_pay_owed_or_apart_from_unpaid_is_left_alone(text: str) -> None:
    assert UNPAID_OVERTIME.search(text) is None


@pytest.mark.parametrize("text", [
    "佛山一家五金厂三百多名工人今天在厂门口聚集，老板说订单没了下个月就要关门，工资怎么算没人说。",
    "我们鞋厂的厂房已经开始拆了，一百多个工人的补偿到现在没谈，大家今天一起去了镇政府。",
    "做了十几年玩具，厂子说拆就拆，两百多个工人今天去区政府门口讨说法。",
    "About 200 workers blocked a road in Wuhan on Monday to protest the demolition "
    "of their garment factory before any compensation was paid.",
])
def test_a_workplace_shut_or_torn_down_is_a_closure(text: str) -> None:
    assert "relocation_closure" in demands(text)


@pytest.mark.parametrize("text", [
    "超市的二十多个员工今天集体停工，说每天晚上十点就要关门，还要加班盘点到十二点，加班费一分没有。",
    "三十多个保安今天在物业门口讨要三个月工资，请大家要关注，帮忙转发。",
])
def test_closing_hours_and_attention_are_no_closure(text: str) -> None:
    assert "relocation_closure" not in demands(text)
