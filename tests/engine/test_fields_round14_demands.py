"""Demands read from more ways of telling (round 14): accidents told as frequent, arrears denied as
the cause, and the canteen or dormitory named only as who works there, what was cut off to drive
the workers out or where they moved their things.
Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import demands_of

# -- accidents told as frequent: a grievance about safety ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昆明一百多名外卖骑手今天集体停工，抗议单价下调，路上交通事故频发也没人管。",
        "临沂三十多名搬运工聚集在仓库门口，说叉车事故频发，公司从不检修。",
    ],
)
def test_frequent_accidents_are_a_condition(text: str) -> None:
    assert "working_conditions" in demands_of(text)


def test_one_accident_is_no_frequent_one() -> None:  # near-miss: no word of frequency
    got = demands_of("昆明一百多名外卖骑手今天集体停工，抗议单价下调。")
    assert "working_conditions" not in got


# -- arrears denied as the cause -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "鹤壁一所卫生院十几名护士聚在院长办公室门口，卫健委通报称不是讨薪，是对单位合并有意见。",
        "清远一家电子厂三百多名员工停工，厂方说并非欠薪，而是对搬迁方案不满。",
    ],
)
def test_arrears_denied(text: str) -> None:
    assert "wage_arrears" not in demands_of(text)


def test_arrears_told_are_kept() -> None:  # near-miss: arrears told plainly
    got = demands_of("鹤壁一所卫生院十几名护士聚在院长办公室门口讨薪，说三个月没发工资。")
    assert "wage_arrears" in got


# -- the canteen and the dormitory named only as a place or as who works there -------------------


@pytest.mark.parametrize(
    "text",
    [
        "江门一家陶瓷厂半年没发工资，一百多名工人停工，食堂工人也不做饭了。",
        "安阳一处工地两百多名工人被拖欠工资，宿舍被断水断电，只能睡在工棚里。",
        "老板失联，我们二十几个员工十月份工资没发，今天保安让我们把宿舍东西搬走。",
        (
            "After power was cut to their dormitory, some 200 builders "
            "in Handan kept demanding unpaid wages."
        ),
        "员工们罢工后照常到厂，只在食堂和球场待着，要求发放补偿金。",
    ],
)
def test_canteen_or_dormitory_only_a_place(text: str) -> None:
    assert "working_conditions" not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "江门一家陶瓷厂一百多名工人停工，抗议食堂饭菜太差，宿舍里热得睡不着。",
        "安阳一处工地两百多名工人聚集，要求改善宿舍条件，八个人挤一间。",
    ],
)
def test_canteen_or_dormitory_complained_of(text: str) -> None:  # near-misses: a grievance
    assert "working_conditions" in demands_of(text)


def test_frequent_accidents_in_english() -> None:
    got = demands_of("Some 200 couriers in Wuhu stopped work over rate cuts and frequent "
                     "accidents.")
    assert "working_conditions" in got
