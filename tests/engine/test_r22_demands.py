"""Round 22's demand rules: words of a claim that name no claim of the post.

A buyout long past where the pension is claimed is no severance; 拉黑 of a black cab or of a
boss who blocks the workers' calls is no fine; 补发加班费 is the overtime's pay, no wages owed;
overtime 没有补偿 is no dismissal's compensation. Every example is written for these tests.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import codes

demands = partial(codes, name="demands")


@pytest.mark.parametrize("text", [
    "锦州三百多名退休职工今天到市政府门口上访，说当年厂子改制被买断工龄，现在养老金每月才一千二，要求提高退休金。",
    "营口两百多名老工人昨天到区政府请愿，前些年企业搞买断，如今退休工资比别人低一大截，要求调整养老金。",
    "鞍山上百名退休工人今天去市信访局，他们早年一次性买断工龄后，养老金每月只有一千出头，要求按标准调整。",
])
def test_a_buyout_long_past_is_no_severance(text: str) -> None:
    found = demands(text)
    assert "pension" in found
    assert "severance" not in found


def test_a_buyout_priced_now_is_still_severance() -> None:
    text = ("本溪三百多名职工今天在厂门口拉横幅抗议，厂里改制要买断工龄，"
            "一年工龄只给八百，大家说以后养老金都没着落。")
    assert "severance" in demands(text)


@pytest.mark.parametrize("text", [
    "昨天几百个出租车司机把车停在市政府门口罢运，抗议私家车拉黑活抢生意，交通局没人管。",
    "我们五个人给王老板装了三个月房子，还欠我们六万块工钱，打他电话十几次，现在把我们拉黑了，求大家帮忙转发。",
    "包工头欠了我们十几个人半年工钱，过年前找他要钱，他直接拉黑了我们，大家只能去工地门口拉横幅讨薪。",
])
def test_blocked_by_a_boss_or_a_black_cab_is_no_fine(text: str) -> None:
    assert "fines_management" not in demands(text)


def test_a_platform_blacklist_is_still_a_fine() -> None:
    text = ("平台把我拉黑了，说我超时太多，号也不能用，押金不退，"
            "求骑手兄弟们帮我转发，一起去站点讨说法。")
    assert "fines_management" in demands(text)


@pytest.mark.parametrize("text", [
    "东莞一家电子厂三百多名工人今天停工，抗议每天加班四个小时，要求补发加班费。",
    "苏州一家工厂两百名员工静坐，抗议长期周末加班，厂方答应补发加班工资后工人陆续复工。",
    "佛山一家家具厂上百名工人罢工，厂里同意补发加班期间被扣掉的工资，工人陆续复工。",
])
def test_overtime_pay_asked_back_is_no_arrears(text: str) -> None:
    found = demands(text)
    assert "wage_arrears" not in found
    assert "hours_overtime" in found


def test_wages_asked_back_are_still_arrears() -> None:
    text = "东莞一家电子厂三百多名工人今天停工，厂里三个月没发工资，大家要求补发工资和加班费。"
    assert "wage_arrears" in demands(text)


@pytest.mark.parametrize("text", [
    "南宁上百名保安今天在公司门口静坐，抗议节假日加班没有补偿，公司派人来谈。",
    "柳州几十个保洁员今天罢工，说国庆天天加班不给补偿，物业公司的经理出来接待。",
    "玉林两百多名环卫工人聚集在街道办门口，抗议周末加班也没有补偿，街道派人登记。",
])
def test_overtime_with_no_compensation_is_no_severance(text: str) -> None:
    found = demands(text)
    assert "severance" not in found
    assert "hours_overtime" in found


@pytest.mark.parametrize("text", [
    "郑州一家电子厂几千个新员工今晚在厂门口抗议，招工时说好的入职奖现在改口要再干两个月才给。",
    "东莞一家玩具厂上千工人今天停工，说好干满六十天有两千块返费，到日子人事说全没了。",
    "Hundreds of new hires protested at a plant in Chengdu after the promised bonus was not paid.",
])
def test_a_bonus_promised_then_taken_back_is_pay(text: str) -> None:
    assert "pay" in demands(text)


def test_a_subsidy_promised_to_a_firm_by_officials_is_no_pay() -> None:
    text = ("许昌公交公司三百多名司机今天停运讨薪，公司说有关部门承诺的补贴迟迟未到，"
            "工资已经三个月没发。")
    assert "pay" not in demands(text)


@pytest.mark.parametrize("text", [
    "合肥一家物业公司的保安今天集体罢工，新经理定了罚款规矩，一个月工资扣完只剩一千二。",
    "南昌几十个快递员今天在网点门口停工，超时一单罚二十，有人这个月工资被扣得只剩八百。",
    "Couriers in Xiamen stopped work on Monday; the depot deducted 900 yuan from their pay.",
])
def test_pay_docked_down_to_a_little_is_pay(text: str) -> None:
    assert "pay" in demands(text)


def test_wages_docked_and_withheld_are_no_pay_claim() -> None:
    text = "我在快递站干了一年，这个月工资被扣了三千多，找站长要了半个月没人理，求大家转发。"
    assert "pay" not in demands(text)


def test_a_deposit_docked_is_no_pay() -> None:
    text = "我在平台跑了两年外卖，上周号被封了，押金五百也扣了，求大家帮我转发讨个说法。"
    assert "pay" not in demands(text)


def test_a_dismissal_with_no_compensation_is_still_severance() -> None:
    text = ("南宁一家工厂今天突然关门，老板把两百多名工人全部辞退，"
            "没有补偿，工人们围在厂门口讨说法。")
    assert "severance" in demands(text)
