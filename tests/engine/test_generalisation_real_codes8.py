"""Coded fields read from more ways workers tell of a dispute: a crowd told by its count (骑手聚了
五六十个) or by the street it stands in with a claim (几十个人站在马路上讨工资); a pay item told
withheld in one place (未领到绩效工资, 反映绩效工资发放问题, "performance pay never paid") is
wages owed wherever it is named again, not a pay claim. Every sentence here is written for these
tests and stands for a rule, not a case (2024-10-18, the default post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed as _field
from tests.engine.reading import record as _rec

# -- forms: a crowd counted, a crowd in the street -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨晚站点的骑手聚了五六十个，在门口喊话，说超时一单扣三块。",
        "工地上的民工聚了二十来个在项目部，要求结清半年工钱。",
        "今天下午车间的工人聚了一百多人在办公楼前，要老板把三个月工资发了。",
    ],
)
def test_a_crowd_told_by_its_count_is_a_protest(text: str) -> None:
    assert "protest" in _field(text, "forms"), text


@pytest.mark.parametrize(
    "text",
    [
        "环卫工昨天罢工了，几十个人站在马路上讨工资。",
        "开发区四十多个保安今天站在大街上，说公司拖了两个月工钱。",
        "几十个环卫工今天站在马路上不扫了，说工资好久没发。",
    ],
)
def test_a_crowd_in_the_street_with_a_claim_is_a_protest(text: str) -> None:
    assert "protest" in _field(text, "forms"), text


@pytest.mark.parametrize(
    "text",
    [
        "我们几个工人下班后站在马路上等车，等了一个小时。",
        "几个工人站在马路上抽烟聊天，工地今天停电。",
        "周末同学聚了一次，大家说工作都不好找。",
    ],
)
def test_standing_in_the_street_or_meeting_up_is_no_protest(text: str) -> None:
    assert _rec(text)["is_incident"] is False, text


# -- demands: a pay item withheld is wages owed --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一封公开信说，全院二十多名医护人员自今年3月起未领到绩效工资，护士们请求上级督促。",
        "县里两百多名教师到县政府反映绩效工资发放问题，县领导接待了教师代表。",
        "More than 80 nurses stood outside the county health bureau on Monday asking for "
        "performance pay that was promised and never paid.",
        "Some 150 teachers marched to the town offices demanding two years of unpaid year-end "
        "bonuses.",
    ],
)
def test_a_pay_item_withheld_is_arrears_not_pay(text: str) -> None:
    found = _field(text, "demands")
    assert "wage_arrears" in found and "pay" not in found, text


@pytest.mark.parametrize(
    "text",
    [
        "两百多名教师到教育局门口，要求提高绩效工资，说比邻县低一千。",
        "More than 300 workers struck on Monday demanding a bonus of 2,000 yuan each.",
    ],
)
def test_a_pay_item_asked_for_is_still_pay(text: str) -> None:
    assert "pay" in _field(text, "demands"), text


def test_a_crowd_in_a_blocked_road_is_the_blockade() -> None:
    text = "今早开发区这条路被堵了，电子厂的工人工资拖了三个月，全站到马路上了。"
    forms = _field(text, "forms")
    assert "road_blockade" in forms and "protest" not in forms, text
