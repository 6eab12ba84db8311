"""Round 22's rules for whether a post is an incident, its kind and its head count, in plain words:

- a crash of private cars (私家车连环追尾, a family driving home for the holiday) with no worker in
  it but whoever drove, no claim and no plea, is no incident: not an accident at work, and the
  jam it leaves is no blockade;
- men still trapped below after a mine accident (井下还有人困着, 整班工人没上来) make it a workplace
  accident, though no one is counted dead or hurt yet;
- a task refused by a crowd (几十个骑手一单也不送, 一百来个工人不肯进车间) is a strike, though
  a worker fainted from the heat is told as the grievance; one rider who will not deliver is none;
- a number glued to a trade's name with no classifier (上万老职工, 上千的哥, 两千多环卫工) is
  the number of people who acted.
"""

from __future__ import annotations

import pytest

from .conftest import run
from .reading import value


@pytest.mark.parametrize(
    "text",
    [
        "周六上午，一辆小轿车在京港澳高速与前方大货车追尾，造成车上一人死亡、两人受伤。",
        "芙蓉路口今晚三辆私家车连环追尾，一名司机受了轻伤，路口现在堵死了，大家绕行。",
        "城南一辆私家车与出租车相撞，私家车上两名乘客受伤送医。",
    ],
)
def test_private_crash_is_no_incident(text: str) -> None:
    assert run(text).fields.get("kind") is None


def test_a_worker_hit_by_a_private_car_stays_an_accident() -> None:
    text = "一辆私家车今早冲上人行道，撞上正在路边清扫的环卫工，环卫工当场死亡。"
    assert value(text, "kind") == "workplace_accident"


def test_a_lorry_driver_killed_is_not_ruled_out_as_private() -> None:
    from labourmap.engine.crashes_and_pits import WORK_DRIVER

    assert WORK_DRIVER.search("私家车与货车相撞，货车司机当场死亡") is not None


@pytest.mark.parametrize(
    "text",
    [
        "我们镇上的煤矿中午出事了，说是井下起了火，还有好几个人困着出不来。",
        "矿井里瓦斯出事了，下面困着二三十号人，我爸也在里面。",
        "矿上又透水了，我表哥那个班的工人都没出来，急死了。",
    ],
)
def test_men_trapped_below_is_an_accident(text: str) -> None:
    assert value(text, "kind") == "workplace_accident"


def test_wages_not_out_at_a_mine_is_no_trapping() -> None:
    text = "矿上老板跑了，三个月工资一直没出来，矿工们都急了。"
    assert value(text, "kind") != "workplace_accident"


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("为了养老金的事，上万退休职工今天在集团总部门前静坐。", "10000+"),
        ("网约车抢生意，全城上千的哥今天集体停运，开到交通局门口请愿。", "1000-9999"),
        ("两千多环卫工今天罢工了，工资被拖欠了三个月。", "1000-9999"),
    ],
)
def test_number_glued_to_a_trade(text: str, bucket: str) -> None:
    assert value(text, "participants") == bucket


def test_a_pension_sum_is_no_head_count() -> None:
    text = "每月两千退休金都拖欠，老人们去社保局讨说法。"
    assert value(text, "participants") not in ("1000-9999", "10000+")


@pytest.mark.parametrize(
    "text",
    [
        "站点又扣钱了，附近几个站的五十多个骑手今天中午一单都不送了，要站长出来说清楚。",
        "机加工车间没有空调，上周两个工友中暑倒下，今天早班一百来个工人都不肯进车间，要求装降温设备。",
        "喷漆线计件单价又被砍了，三十多个女工今天早上一起不进车间。",
    ],
)
def test_a_task_refused_by_a_crowd_is_a_strike(text: str) -> None:
    ex = run(text)
    assert value(text, "kind") == "collective_action"
    assert "strike" in [f.value for f in ex.sets.get("forms", [])]


def test_one_rider_who_will_not_deliver_is_no_strike() -> None:
    assert value("外卖小哥说今天太热了，一单都不送了，回家睡觉。", "kind") is None
