"""Round 21, accidents and trades (made-up sentences).

- a hand crushed by a punch press (被冲床压了) is a machine's doing;
- workers who went down one after another to pull out a fallen mate (下去救, 下井施救) met gas
  in a closed space: a poisoning;
- the dead counted as part of a group ("seven of the 30 miners had died", 找到3名遇难矿工,
  遇难的12人) are the toll;
- a tutoring business named and told shut (明光教育突然关门) is a service, not a school.
"""

from __future__ import annotations

import pytest

from labourmap.engine import casualties, counts
from labourmap.engine.text import normalise
from labourmap.engine.toll_revised import revise
from tests.engine.reading import record

PUNCH = [
    "东城一家五金厂的师傅今天上午左手被冲床压了，两根手指没了，送到医院抢救。",
    "西郊一家电子厂昨晚一名女工操作时冲床把她右手压了，送医后截去两根手指。",
    "A worker was injured when a punch press came down on his hand at a hardware plant"
    " in Dongguan on Monday.",
]
RESCUE_CHAIN = [
    "开发区一家工厂的地下管道里，第一个工人下去就没动静了，另外两个下去救，三个人都没了。",
    "工地的检查井里一个师傅倒下了，工友下井施救后也倒在里面，两人送医后不治。",
    "酒厂的发酵罐里倒了一个人，两个工友下去拉人，结果三人都没救过来。",
]
DEAD_AMONG = [
    ("Rescuers say seven of the 30 miners trapped by the flood had died.", 7),
    ("Three of the workers were killed when the kiln exploded, officials said.", 3),
    ("救援人员目前找到3名遇难矿工，还有十多人被困井下。", 3),
    ("昨夜的大火，遇难的12人里多数是住在楼上的女工。", 12),
]
DEAD_AMONG_NEAR = [
    "Eleven of the 20 miners trapped by the flood have been brought to the surface.",
    "遇难矿工家属今天去了矿上，要求公布名单。",
]
SHUT_TUTOR = [
    "明光教育突然关门了，今天上午二十多个老师聚集在公司总部门口讨要工资。",
    "博思学堂说倒就倒，今天上午四十多个老师聚集在总部门口讨要两个月工资。",
    "今天上午，育才教育突然闭店，三十多名老师聚集在门店要求结清工资。",
]
SCHOOL_NEAR_MISS = "育英实验学校四十多个老师三个月没发工资，今天上午一起到县教育局门口拉横幅讨薪。"


@pytest.mark.parametrize("text", PUNCH)
def test_punch_press(text: str) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident", text
    assert r["accident_type"] == "machinery", text


def test_punch_press_job_named_only() -> None:
    r = record("我在五金厂开冲床，老板拖欠了三个月工资，今天二十多个工友去劳动局投诉。")
    assert r["accident_type"] is None


@pytest.mark.parametrize("text", RESCUE_CHAIN)
def test_rescue_chain_is_poisoning(text: str) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident", text
    assert r["accident_type"] == "poisoning_disease", text


def test_rescue_drill_down_the_pit_is_no_poisoning() -> None:
    r = record("消防队今天下午在河边演练，队员跳进水里救人。")
    assert r["accident_type"] is None


def _killed(text: str) -> int | str | None:
    norm = normalise(text)
    qs = counts.quantities(norm)
    killed, _ = revise(norm, qs, *casualties.casualties(norm, qs))
    return killed.value if killed else None


@pytest.mark.parametrize(("text", "n"), DEAD_AMONG)
def test_dead_among_a_group(text: str, n: int) -> None:
    assert _killed(text) == n, text


@pytest.mark.parametrize("text", DEAD_AMONG_NEAR)
def test_part_of_a_group_alive_or_victims_uncounted(text: str) -> None:
    assert _killed(text) is None, text


@pytest.mark.parametrize("text", SHUT_TUTOR)
def test_shut_tutoring_firm_is_services(text: str) -> None:
    assert record(text)["industry"] == "services", text


def test_school_with_bureau_stays_education() -> None:
    assert record(SCHOOL_NEAR_MISS)["industry"] == "education"
