"""Round 22, forms: how a collective action was carried out, read from phrases the rules missed.

* A crowd marching on to a government office (由厂房游行至区政府, 一路走至街道办) petitions it
  besides the march; a march to the employer's own office does not.
* A road blocked told in words the rules did not know: its traffic cut (阻断了滨江北路交通), the
  road by the crowd blocked (附近的路也被堵了, 门口的路都堵上了), the road barred (把路拦了), and in
  English an avenue blocked or "the roads around it" blocked besides the gates. A road met in a
  jam on the way home stays no blockade.
* A crowd refusing its daily work in its own trade's words is on strike: sweepers who all did not
  sweep (环卫工都没扫街), workers refusing to go on the line (拒绝上线), riders taking no orders
  (骑手没接单) — when workers are told in the sentence; one rider's slow day stays none.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine.model import Extraction
from tests.engine.conftest import run


def forms(ex: Extraction) -> set[str]:
    return {f.value for f in ex.sets.get("forms", [])}


# 1. a march on to a government office is a petition besides
@pytest.mark.parametrize(
    "text",
    [
        "鞋厂老板跑了，两百多名工人拉着横幅由厂区游行至区政府，讨要三个月工资。",
        "印刷厂欠薪四个月，上百名员工打着标语游行至镇政府，要求政府出面解决。",
        "玩具厂三个月没发工资，两百多名工人今天上午举着横幅游行至县政府，要求政府出面。",
    ],
)
def test_march_to_an_office_is_a_petition(text: str) -> None:
    got = forms(run(text))
    assert {"march", "petition"} <= got


def test_march_to_the_company_office_is_no_petition() -> None:
    got = forms(run("电子厂欠薪两个月，三百多名工人由车间游行至公司办公楼，要求老板出来说清楚。"))
    assert "petition" not in got


# 2. a road blocked, in words not known before
@pytest.mark.parametrize(
    "text",
    [
        "拖欠工资半年，家具厂几百名工人昨天上午阻断了滨江北路交通，警察赶来劝离。",
        "快递员们聚到分拨中心门口讨要工钱，附近的路也被堵了，来了不少警察。",
        "纺织厂的工人冲出厂门把马路拦了，两个月工资没发，过往车辆全停着。",
        "Workers owed months of wages by a shoe factory blocked Renmin Avenue on Thursday morning.",
        "Hundreds of couriers surrounded the depot, blocking its gates and the roads around it, "
        "demanding unpaid wages.",
    ],
)
def test_road_blocked_in_new_words(text: str) -> None:
    assert "road_blockade" in forms(run(text))


@pytest.mark.parametrize(
    "text",
    [
        "工地门口的路被挖开了，工人们说工资还没发。",
        "The workers at the furniture plant said the avenue outside was busy, and wages were late.",
    ],
)
def test_road_not_blocked_by_workers(text: str) -> None:
    assert "road_blockade" not in forms(run(text))


# 3. a crowd refusing its day's work in its trade's words
@pytest.mark.parametrize(
    "text",
    [
        "今天城西几百个环卫工都没扫街，说节假日加班一分钱都没有。",
        "三百多名员工今早拒绝上线，要求公司按实际工资补发加班费。",
        "中午四十多个骑手没接单，站点把单价从五块砍到了四块。",
    ],
)
def test_day_work_refused_is_a_strike(text: str) -> None:
    ex = run(text)
    assert ex.value("kind") == "collective_action"
    assert "strike" in forms(ex)


@pytest.mark.parametrize(
    "text",
    [
        "我今天一上午都没接单，平台派单太少了，一天挣不到一百。",
        "下雪了环卫工人一早就出门扫雪，今天没扫街的路段明天补上。",
    ],
)
def test_no_work_by_one_or_by_plan_is_no_strike(text: str) -> None:
    assert "strike" not in forms(run(text))
