"""Round 28: demands of cab drivers against their rivals, of shifts made longer, and of the terms
of a job told as its treatment (made-up sentences).

The round's rules read: the operating rights of the cabs taken back or in dispute, and a boycott
of the rival cars (other); the fares the rivals take, which are no pay claimed; a shift lengthened
or moved, and a working day counted with a half hour (hours_overtime); "the same treatment as"
staff on the books (pay, no injury's compensation).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import codes

# each code, and sentences the round's rules read as a claim of it
TOLD = {
    "other": [
        # the operating rights taken back, kept or in dispute
        "昨天上百名的哥在市政府门口聚集，反对交通局收回他们的出租车经营权。",
        "全城出租车今天停运，司机们担心经营权到期后车就白买了。",
        "上千名出租车司机上街游行，要求保留个人对车辆的经营权。",
        # a boycott of the rival cars
        "今天几百名的士司机在火车站门口停运，集体抵制网约车进站拉客。",
        "出租车司机们今天集体停运，反对网约车在本市合法化。",
        "Cab drivers parked up across the city on Monday, saying "
        "black cabs were taking their fares.",
    ],
    "hours_overtime": [
        # a shift lengthened or moved
        "环卫工今天停工，公司把每班从8小时延长到11个半小时。",
        "保洁阿姨们不干了，物业一纸通知把早班往后推了一个小时。",
        "两百多名工人罢工，抗议厂方推迟下班时间。",
        "Warehouse workers walked out after the contractor extended their shifts without notice.",
        # a working day counted with a half hour
        "环卫工人们一天干十一个半钟头，昨天上百人一起停工了。",
        "司机们说每天上班十三个半小时，今天集体停运。",
        "保安每班站十二个半小时，今天全体罢岗。",
    ],
    "pay": [
        "Over a hundred contract teachers petitioned on Monday "
        "demanding the same treatment as staff teachers.",
        "Nurses hired through agencies rallied outside the hospital, "
        "calling for equal treatment with "
        "permanent staff.",
        "Dispatch workers at the port struck on Friday, demanding the "
        "same treatment as the port's own staff.",
    ],
    "wage_arrears": [  # wages told in English as not settled
        "About fifty cleaners sat outside the district office on "
        "Monday; their pay for March has not been settled.",
        "Dozens of builders blocked the site gate, saying their wages were never settled.",
        "Some 40 porters staged a sit-in at the depot over unsettled wages.",
    ],
}


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, ts in TOLD.items() for t in ts])
def test_told(code: str, text: str) -> None:
    assert code in codes(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "Over a hundred contract teachers petitioned on Monday "
        "demanding the same treatment as staff teachers.",
        "Hundreds of rural teachers marched to the county office, "
        "demanding the same treatment as teachers in town.",
    ],
)
def test_terms_are_no_injury(text: str) -> None:
    assert "injury_compensation" not in codes(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "Taxi drivers struck today, saying black cabs were eating their fares.",
        "Cabbies parked up, complaining that app cars were taking away the fares.",
        "Drivers stayed off the roads, saying pirate taxis kept "
        "stealing their fares at the station.",
    ],
)
def test_fares_taken_are_no_pay(text: str) -> None:
    assert "pay" not in codes(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "两百多名医护人员到县政府门口讨薪，医院已濒临破产，拖欠工资半年。",
        "纸厂濒临倒闭，三百多名工人堵住厂门讨要拖欠的工资。",
        "公司瀕臨倒閉，兩百多名員工到勞動局討要拖欠的工資。",
    ],
)
def test_verge_is_no_closure(text: str) -> None:
    assert "relocation_closure" not in codes(text, "demands")


def test_closure_told_stays() -> None:
    text = "纸厂上周宣布倒闭，三百多名工人堵住厂门讨要拖欠的工资。"
    assert "relocation_closure" in codes(text, "demands")


def test_dispute_settled_is_no_arrears() -> None:
    text = (
        "Workers went back on Friday after the dispute over pay was "
        "settled by the labour bureau."
    )
    assert "wage_arrears" not in codes(text, "demands")


# near misses: the rights told as a system, a protest by app drivers over their bonus, the pay
# day put off, a delivery an hour and a half late, medical treatment, fares cut by the firm
def test_rights_as_a_system_are_no_claim() -> None:
    assert "other" not in codes("评论说，的哥接连停运，根源在于经营权制度多年未改。", "demands")


def test_app_drivers_bonus_is_no_boycott() -> None:
    assert "other" not in codes("网约车司机今天集体下线，抗议平台奖励一降再降。", "demands")


def test_pay_day_put_off_is_no_hours() -> None:
    assert "hours_overtime" not in codes("工人们罢工，公司把发工资时间延后了半个月。", "demands")


def test_late_delivery_is_no_hours() -> None:
    assert "hours_overtime" not in codes("外卖一个半小时才送到，汤都洒了。", "demands")


def test_fair_treatment_is_no_injury() -> None:
    """A near miss of the pay reading: fair treatment is no pay claimed, nor a cure."""
    text = "Hundreds of substitute teachers gathered at the bureau, asking for fair treatment."
    assert "injury_compensation" not in codes(text, "demands")
    assert "pay" not in codes(text, "demands")


def test_medical_treatment_stays() -> None:
    text = (
        "The injured worker's family protested at the plant, saying "
        "the firm paid for only part of his treatment."
    )
    assert "injury_compensation" in codes(text, "demands")


def test_fares_cut_stay_pay() -> None:
    assert "pay" in codes("Drivers struck after the company cut their share of fares.", "demands")
