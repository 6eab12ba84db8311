"""Round 19: one worker hurt, as onlookers tell it.

* 一个 before a worker's noun counts one (一个外卖小哥, 一个电焊工), 小哥 being the rider or
  courier as people call him;
* 一个 alone, one of a pair just named, before what befell him (两个师傅一个…，一个摔下来);
* the ambulance that took him away (120把他拉走了) tells a hurt worker;
* trades: a plant or workshop built (盖厂房, 建车间) is the builders' work; an oil well site
  (井场, 修井, 采油, "an oil well") is mining, as GB/T 4754 puts oil and gas drawn from the ground;
  a software or internet firm called a 厂 (互联网大厂, 做SaaS的小厂) is no factory.

Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine.one_casualty import single_injury
from labourmap.engine.text import normalise
from tests.engine.reading import record

ONE_HURT = [
    # 一个 + a worker's noun
    "下午路口一个快递小哥被货车刮倒了，膝盖擦伤流血，被送到医院。",
    "厂里一个电焊工被铁板砸伤了脚，老板还不想出医药费。",
    # 一个 alone, one of those just named
    "脚手架上站着三个工人，一个从上面摔下来摔伤了腰，另外两个抓住了栏杆。",
    # the ambulance took him away
    "早上看到一个外卖小哥在桥下被电动车撞了，120把他拉走了。",
]

NOT_ONE = [
    # 一个 before a time or a place, not a worker
    "一个月前工地塌了一段围墙，幸好没有人在下面。",
    # one hurt, but someone died: no lone injury
    "一个工人从楼上摔下来，送医后不治身亡。",
]


@pytest.mark.parametrize("text", ONE_HURT)
def test_one_worker_hurt(text: str) -> None:
    hurt = single_injury(normalise(text))
    assert hurt is not None and hurt.value == 1, text


@pytest.mark.parametrize("text", NOT_ONE)
def test_no_lone_injury(text: str) -> None:
    assert single_injury(normalise(text)) is None, text


# --- trades ------------------------------------------------------------------------------------

TRADES = [
    # a plant built: the builders' trade
    ("俺们七个老乡去年在城东给一家公司盖厂房，活干完半年了老板一直不给结账，求大家帮帮我们讨回血汗钱。",
     "construction"),
    ("去年给一家公司建厂房的二十多个工人至今没拿到工钱，今天去政府门口讨薪。", "construction"),
    # an oil well site: mining
    ("油田上的朋友说，昨天一个井场修井时钻杆砸下来，一个师傅没抢救过来。", "mining"),
    ("我们几个在采油厂干了十年的临时工，今天去厂部讨要被拖欠的工资。", "mining"),
    ("A worker was killed when a pipe fell at an oil well in Karamay on Monday.", "mining"),
]

NOT_TRADES = [
    # a petrochemical plant refines oil, it draws none: not mining
    ("石化厂昨天发生爆炸，3名工人受伤。", "mining"),
    # the workers of a plant, nothing built: not building work
    ("电子厂车间里二十多个工人今天停工，要求补发三个月工资。", "construction"),
]


@pytest.mark.parametrize(("text", "trade"), TRADES)
def test_trade(text: str, trade: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert r["industry"] == trade, text


@pytest.mark.parametrize(("text", "trade"), NOT_TRADES)
def test_not_trade(text: str, trade: str) -> None:
    assert record(text)["industry"] != trade, text


TECH_PLANTS = [
    "求助：在杭州一家做SaaS的小厂干了三年，上个月被约谈优化，N+1只肯按底薪算，有没有走过仲裁的朋友给点建议？",
    "求助：在深圳一家游戏大厂干了五年，上个月被约谈优化，N+1只肯按底薪算，有没有走过仲裁的朋友给点建议？",
    "求助：在北京一家做电商的大厂干了四年，上个月被约谈优化，N+1只肯按底薪算，有没有走过仲裁的朋友给点建议？",
]


@pytest.mark.parametrize("text", TECH_PLANTS)
def test_tech_firm_no_factory(text: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert r["industry"] != "manufacturing", text


def test_electronics_plant_still_a_factory() -> None:
    text = "求助：在东莞一家电子大厂干了七年，上个月被约谈优化，N+1只肯按底薪算，怎么办？"
    assert record(text)["industry"] == "manufacturing"
