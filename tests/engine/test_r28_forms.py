"""Round 28, forms and responses: an idle fleet or line is a strike, workers keeping their place
of work sit in, a climb told by 攀上/上了/"went up to the roof" is a threat, an office saying it
will see the wages paid intervenes. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.reading import record


def forms(text: str) -> list[str]:
    return list(record(text)["forms"])  # type: ignore[call-overload]


@pytest.mark.parametrize("text", [
    "公交司机五个月没拿到工资，今天早上全场一百多辆车没有一辆出车，司机们都聚在调度室讨说法。",
    "欠了半年工资，今天我们车队一辆公交都没有发车，三十多个司机都聚在公司门口讨说法。",
    ("Drivers at the Anyang bus company have gone unpaid for six months; buses across the city"
     " stood idle on Monday as drivers gathered at the depot."),
])
def test_idle_fleet_is_a_strike(text: str) -> None:
    assert "strike" in forms(text)


@pytest.mark.parametrize("text", [
    "鞋厂老板跑了，三个月工资没发，八十多个工友现在还守在厂里等说法。",
    "美容店老板卷钱跑路，工资一分没拿到，我们十几个员工现在还守在店里。",
    ("About 90 workers at a furniture factory have been staying inside the plant since the owner"
     " vanished owing them wages."),
])
def test_kept_inside_is_a_sit_in(text: str) -> None:
    assert "sit_in" in forms(text)


@pytest.mark.parametrize("text", [
    "工地欠薪一年，今天两名工人攀上塔吊讨要工资，民警到场劝说。",
    "厂里四个月没发工资，今天我们一帮工友上了宿舍楼顶，不给钱就不下来。",
    ("Workers at a shoe factory went up to the roof of the plant on Monday, saying they had not"
     " been paid for months."),
])
def test_climb_is_a_threat(text: str) -> None:
    assert "self_harm_threat" in forms(text)


@pytest.mark.parametrize("text", [
    "一百多名教师集体停课讨要拖欠的绩效工资。县教育局称，已筹措资金，将在月底前发放到位。",
    "环卫工人聚集讨要拖欠八个月的工资，县财政已先行垫付拖欠工资。",
    "环卫工人集体停工讨要拖欠的工资，市城管局称欠薪已经全部发放到位。",
])
def test_office_pays_intervenes(text: str) -> None:
    assert "government_intervention" in list(record(text)["responses"])  # type: ignore[call-overload]


def test_near_misses() -> None:
    assert "strike" not in forms(
        "公交司机欠薪半年，大家聚在公司门口讨说法，说再不发钱就一辆车都不出。")
    assert "sit_in" not in forms(
        "老板跑了，我们十一个工友工资没拿到，天天守着车间等消息，该去哪投诉？")
    assert "government_intervention" not in list(record(
        "老师们集体罢课讨薪。区教育局称，学校账户被冻结，工资将由法院委托银行发放。")["responses"])  # type: ignore[call-overload]
