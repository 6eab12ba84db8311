"""Kind and industry read from more ways of telling: an act denied or only wished (我们没有聚集,
想不干了, "did not strike"), a drill with staged casualties, a place abroad that opens the post,
fiction told by its serial, a denial told as a company's statement, and trades told by their
workers' words (采棉工, 渔船, 船务, 协管员, 村医, 店员, 轴承, 吊装, 盖楼). Every sentence here is
written for these tests and stands for a rule, not a case (2024-10-18, the default post day, is a
Friday).
"""

from __future__ import annotations

import pytest

from labourmap.engine.not_real import a_drill, denied_or_wished, leads_the_post
from labourmap.engine.text import normalise
from tests.engine.reading import record as _rec


def _denied(text: str, act: str) -> bool:
    norm = normalise(text)
    return denied_or_wished(norm, norm.index(act))


# -- an act denied or only wished -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("我们没有聚集闹事，只想拿回工钱。", "聚集"),
        ("老师们不闹事，不上街，只求兑现补贴。", "上街"),
        ("工人表示暂未采取停工行动，希望媒体关注。", "停工"),
        ("经核实，我司不存在欠薪及停工情况。", "停工"),
        ("司机说好几个同事都想不干了。", "不干了"),
        ("The workers said they did not strike but sent a letter.", "strike"),
    ],
)
def test_an_act_denied_or_wished_is_none(text: str, act: str) -> None:
    assert _denied(text, act), text


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("订单没了，工人们不得不停工回家。", "停工"),
        ("三百多名工人今天上午停工，聚集在厂门口。", "停工"),
        ("工人们不断聚集到办公楼前。", "聚集"),
        ("The workers went on strike on Monday.", "strike"),
    ],
)
def test_an_act_told_as_done_stands(text: str, act: str) -> None:
    assert not _denied(text, act), text


def test_a_post_that_says_it_did_not_gather_is_a_plea() -> None:
    r = _rec("求助！我们是临沂一家木业公司的四十多名员工，公司拖欠工资三个月。我们没有聚集闹事，"
             "只希望有关部门督促公司发放工资。")
    assert r["is_incident"] and r["kind"] == "call_for_help", r


# -- a drill ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "某项目部今天开展高处坠落应急救援演练，模拟3名工人受伤被困。",
        "厂区组织消防演习，模拟车间起火，员工有序疏散。",
        "The plant held an emergency drill with simulated casualties on Tuesday.",
    ],
)
def test_a_drill_with_staged_harm_is_read(text: str) -> None:
    assert a_drill(normalise(text)), text


def test_a_real_accident_is_no_drill() -> None:
    assert not a_drill(normalise("工地昨天发生坍塌事故，2名工人受伤，原定的演练已取消。"))


def test_a_drill_is_no_incident() -> None:
    r = _rec("#安全生产# 某建筑公司今天在工地开展塔吊倒塌应急演练，模拟4名工人受伤被困，"
             "救援人员十分钟内到场。")
    assert not r["is_incident"], r


# -- a place abroad opening the post ---------------------------------------------------------------


def test_a_mention_opening_the_post_or_headline_leads() -> None:
    norm = normalise("越南北宁省一家制衣厂发生罢工")
    assert leads_the_post(norm, 0, 2)
    norm2 = normalise("【快讯】泰国罗勇府一家鞋厂工人罢工")
    assert leads_the_post(norm2, norm2.index("泰国"), norm2.index("泰国") + 2)
    norm3 = normalise("温州老板投资的越南北宁省鞋厂")
    assert not leads_the_post(norm3, norm3.index("越南"), norm3.index("越南") + 2)
    norm4 = normalise("韩国企业在苏州的工厂今天罢工")
    assert not leads_the_post(norm4, 0, 2)


def test_a_strike_abroad_told_first_is_no_incident() -> None:
    r = _rec("越南北宁省一家由宁波商人投资的制衣厂15日发生约一千人罢工，工人要求提高加班费。"
             "该厂母公司在宁波鄞州区。")
    assert not r["is_incident"], r


# -- fiction told by its serial --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "小说《钢城往事》第八章：李建国爬上了厂里的水塔，他想起欠了半年的工钱……（连载中）",
        "追完了那部讲纺织厂改制的剧，工人们堵在厂门口那场戏太真实了，求收藏我的剧评。",
    ],
)
def test_a_serial_or_a_drama_is_no_incident(text: str) -> None:
    assert not _rec(text)["is_incident"], text


# -- trades told by their workers' words -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("阿克苏一百多名采棉工今天在合作社门口静坐，要求支付拖欠的工钱。", "agriculture"),
        ("石浦渔港三十多名渔船船员今天聚集讨薪，出海半年只拿一半。", "agriculture"),
        ("岳阳一家船务公司的四十名船员在公司门口静坐，货船停航后没发工资。", "transport_logistics"),
        ("八十多名协管员今天到市政府门口聚集，反映绩效工资停发半年。", "public_sector"),
        ("两百多名老村医今天到县卫健委反映，要求解决养老保险。", "healthcare"),
        ("步行街一家旗舰店的十几个店员今天罢工，三个月提成没发。", "services"),
        ("瓦房店一家轴承厂的三百名工人今天停工，要求补发工资。", "manufacturing"),
        ("我们六十多个人在开发区盖宿舍楼，老板欠了半年工资，今天去住建局反映。", "construction"),
    ],
)
def test_a_trade_told_by_its_workers_words(text: str, trade: str) -> None:
    r = _rec(text)
    assert r["is_incident"] and r["industry"] == trade, (text, r["industry"])


def test_an_appliance_works_is_no_power_plant() -> None:
    r = _rec("今天上午一家小家电厂的喷涂车间起火，3名工人被烧伤，已送医院救治。")
    assert r["industry"] == "manufacturing", r


# -- one man up a crane, his claim named beside the climb ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "【男子爬塔吊讨薪】20日上午，合肥市蜀山区一在建工地，一名40多岁男子独自爬上20多米高的塔吊，"
        "称老板欠他工钱2万元。民警赶到现场劝说。",
        "昨天下午，一个小伙子爬上了南宁一处工地的塔吊讨薪，说包工头欠他八千块。",
        "【大叔爬上楼顶讨薪】一名五十多岁的大叔爬上了商场楼顶，称装修老板欠他工钱一万多。",
    ],
)
def test_one_man_up_a_crane_with_his_claim_is_a_plea(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "call_for_help", (text, r["kind"], r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "【工人爬塔吊讨薪】20日上午，合肥市蜀山区一在建工地，一群工人爬上塔吊，称老板欠工钱。",
        "十几个工友在工地讨薪，其中一名男子爬上塔吊，大家拉着横幅。",
    ],
)
def test_a_crowd_up_a_crane_is_an_action(text: str) -> None:
    assert _rec(text)["kind"] == "collective_action", text
