"""Events told indirectly, and posts that use the usual words without reporting an event:
every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import run

# -- work not done, told without the word strike -------------------------------------------


@pytest.mark.parametrize("text", [
    "合肥一家电器厂今天全厂都没开工，工人说老板已经两个月没发工资了。",
    "盐城一家纺织厂夜班的工人今天都没上线，因为计件单价又被下调了。",
    "大同一处煤矿两百多名矿工今天都没下井，抗议井下津贴被砍。",
    "南通一家电子厂早班的工人在车间里站着不动，要求公司先说清楚搬迁补偿。",
    "About 40 couriers in Jinan refused to go out on their routes on Monday over unpaid wages.",
])
def test_work_not_done_is_a_strike(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", text
    assert "strike" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(("text", "form"), [
    ("株洲一家鞋厂一百多号人今天都在厂门口等老板出来，工资已经拖了三个月。", "protest"),
    ("南宁一个小区的保安们今天在物业办公室门口蹲着不走，说三个月没发工资了。", "protest"),
    ("常州一家机械厂的工人中午端着饭坐在食堂不走，要求换掉伙食承包商。", "sit_in"),
    ("泉州一家鞋厂的工人今天都在厂区广场坐着，抗议计件单价下调。", "sit_in"),
    ("佛山一家陶瓷厂的工人今天拉起横额，抗议工厂拖欠工资。", "protest"),
    ("四十多名工人把来拉设备的货车拦着车不让走，要求先结清工资再搬厂。", "road_blockade"),
])
def test_gathering_and_waiting_are_forms(text: str, form: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", text
    assert form in r["forms"], (text, r["forms"])


def test_a_crowd_walking_to_the_government_is_a_march() -> None:
    r = run("五百多名工人从厂区一路走到市政府，要求政府出面解决欠薪。").record()
    assert "march" in r["forms"], r["forms"]


# -- accidents told as a witness would tell them --------------------------------------------


@pytest.mark.parametrize("text", [
    "今天下午县城一个工地的塔吊倒了，砸到了两名工人，救护车已经来了。",
    "一家化工厂车间发生氯气泄漏，四名工人被送进了医院，其中一人没抢救过来。",
    "一名货车司机凌晨在高速上追尾，人没了，物流公司至今不肯露面。",
    "A worker lost his life at a coal mine in Shanxi on Friday after part of the roof gave way.",
])
def test_an_accident_told_indirectly(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "workplace_accident", text


def test_deaths_in_a_relatives_plea_are_an_accident() -> None:
    text = "求求大家帮帮我们，我爸在一个煤矿干活，前天井下透水，他和两个工友都没抢救过来。"
    assert run(text).record()["kind"] == "workplace_accident"


# -- the usual words with no event -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "《铁流》观后感：影片讲一家纺织厂工人罢工、在厂门口静坐的故事，导演拍得很克制。",
    "问：老板拖欠我们两个月工资，我们想一起停工，可以吗？执业律师回复：建议先申请劳动仲裁。",
    "【广告】专业追讨欠薪，工伤赔偿、违法辞退都能办，不成功不收费，咨询热线见主页。",
    "这段历史很少有人提起：当年许多工厂的工人罢工、上访，要求涨工资。",
    "【港闻】一间酒店的清洁工今日罢工，抗议承办商拖欠工资，劳工处职员到场了解。",
])
def test_the_usual_words_without_an_event(text: str) -> None:
    r = run(text).record()
    assert r["is_incident"] is False, (text, r["kind"])


def test_a_meeting_to_study_the_demand_is_no_research_paper() -> None:
    text = "一家电子厂的工人今天坐在食堂不走，要求改善伙食，厂方说下午开会研究。"
    assert run(text).record()["kind"] == "collective_action"


# -- demands in everyday words -----------------------------------------------------------


@pytest.mark.parametrize(("text", "demand"), [
    ("二十多名工人今天堵在工地门口，包工头跑了，谁也联系不上。", "wage_arrears"),
    ("三十多名骑手今天集体下线，平台新规一单扣五块。", "fines_management"),
    ("十几名保安今天在物业门口聚集，公司把每月休四天改成了每月休两天。", "hours_overtime"),
    ("六百多名工人在厂门口拉横幅，公司取消了高温补贴。", "pay"),
    ("我在一家厂干了五年，合同都没签过，现在被辞退了，求助该找谁？", "employment_relationship"),
])
def test_demands_in_everyday_words(text: str, demand: str) -> None:
    r = run(text).record()
    assert demand in r["demands"], (text, r["demands"])
