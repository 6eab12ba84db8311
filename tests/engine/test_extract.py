"""Whole-post extraction, on examples written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run

STRIKE = ("江苏昆山一家台资电子厂上千名工人昨天集体罢工，在厂门口拉横幅，抗议工厂拖欠两个月工资"
          "和社保。警察到场维持秩序，公司答应下周协商。")


def test_a_strike() -> None:
    ex = run(STRIKE)
    r = ex.record()
    assert r["is_incident"] is True
    assert r["kind"] == "collective_action"
    assert set(r["forms"]) == {"strike", "protest"}
    assert r["industry"] == "manufacturing"
    assert set(r["demands"]) >= {"wage_arrears", "social_insurance"}
    assert r["ownership"] == "foreign_invested"
    assert r["participants"] == "1000-9999"
    assert set(r["responses"]) >= {"police", "negotiation"}
    assert (r["province"], r["city"], r["county"]) == ("320000", "320500", "320583")
    assert r["date"] == "2024-10-17"
    assert_evidence(ex, STRIKE)


def test_evidence_is_the_text_it_was_read_from() -> None:
    ex = run(STRIKE)
    ev = {name: [STRIKE[s:e] for s, e in f.spans] for name, f in ex.fields.items()}
    assert ev["date"] == ["昨天"]
    assert ev["participants"] == ["上千"]
    assert ev["ownership"] == ["台资"]
    assert ev["county"] == ["昆山"]
    forms = {f.value: [STRIKE[s:e] for s, e in f.spans] for f in ex.sets["forms"]}
    assert "罢工" in forms["strike"]


def test_traditional_spans_point_into_the_original() -> None:
    text = "廣東東莞一家鞋廠數百名員工今天罷工，抗議公司拖欠工資。"
    ex = run(text)
    r = ex.record()
    assert r["kind"] == "collective_action" and r["participants"] == "100-999"
    assert r["city"] == "441900" and r["date"] == "2024-10-18"
    spans = {name: [text[s:e] for s, e in f.spans] for name, f in ex.fields.items()}
    assert spans["participants"] == ["數百"]
    assert spans["date"] == ["今天"]
    assert_evidence(ex, text)


def test_english_strike() -> None:
    text = ("About 400 workers at Sunrise Garments Co. in Dongguan, Guangdong, went on strike "
            "on Tuesday over unpaid wages. Police were called.")
    r = run(text).record()
    assert r["kind"] == "collective_action" and r["forms"] == ["strike"]
    assert r["participants"] == "100-999"
    assert r["city"] == "441900" and r["date"] == "2024-10-15"
    assert r["employer"] == "Sunrise Garments Co."
    assert r["demands"] == ["wage_arrears"] and r["responses"] == ["police"]


def test_an_accident() -> None:
    text = ("山西临汾一座煤矿今天凌晨发生瓦斯爆炸，造成7人死亡、3人受伤，事故原因正在调查。"
            "涉事企业为临汾恒泰煤业有限公司。")
    r = run(text).record()
    assert r["kind"] == "workplace_accident"
    assert (r["killed"], r["injured"]) == (7, 3)
    assert r["accident_type"] == "explosion_fire"
    assert r["industry"] == "mining"
    assert r["city"] == "141000" and r["date"] == "2024-10-18"
    assert "恒泰煤业" in r["employer"]
    assert r["forms"] == [] and r["participants"] is None


def test_an_english_accident() -> None:
    text = ("A scaffold collapsed at a building site in Wuxi, Jiangsu, yesterday, "
            "leaving 2 workers dead and 4 injured.")
    r = run(text).record()
    assert r["kind"] == "workplace_accident" and r["accident_type"] == "collapse"
    assert (r["killed"], r["injured"]) == (2, 4)
    assert r["city"] == "320200" and r["date"] == "2024-10-17"


def test_a_call_for_help() -> None:
    text = ("求助！我是在宁波一家物流公司开货车的司机，老板拖欠我三个月工资一共两万四千元，"
            "去劳动监察投诉了也没结果，谁能帮帮我？")
    r = run(text).record()
    assert r["kind"] == "call_for_help"
    assert r["participants"] == "1-9"
    assert r["industry"] == "transport_logistics"
    assert r["demands"] == ["wage_arrears"]
    assert r["amount_yuan"] == 24000
    assert r["date"] == "2024-10-18"  # the day of the post
    assert r["city"] == "330200"


def test_an_injured_worker_asking_for_help_is_a_call_for_help() -> None:
    text = "我爸在工地上从脚手架摔下来，腿骨折了，包工头不给医药费，求大家帮帮我们。"
    r = run(text).record()
    assert r["kind"] == "call_for_help"
    assert "injury_compensation" in r["demands"]
    assert r["industry"] == "construction"


@pytest.mark.parametrize("text", [
    "急聘！苏州电子厂普工，包吃包住，月薪六千，工资按时发放不拖欠。",
    "业主们今天在售楼处门口拉横幅，要求开发商按期交房、退还首付款。",
    "区总工会开展送温暖活动，为环卫工人送去慰问品。",
    "今天学校学生集体罢课，抗议食堂饭菜太差。",
    "韩国一家工厂发生火灾，造成12名工人死亡。",
    "香港一家酒店的员工今天罢工，要求加薪。",
    "全国人大常委会表决通过了新修订的安全生产法，自明年起施行。",
])
def test_not_incidents(text: str) -> None:
    r = run(text).record()
    assert r["is_incident"] is False
    assert all(r[k] in (None, []) for k in r if k not in ("id", "is_incident"))


@pytest.mark.parametrize(("text", "industry"), [
    ("外卖骑手今天集体停止接单，抗议平台降低配送费。", "transport_logistics"),
    ("某小学的老师们今天聚集在教育局门口，讨要拖欠的绩效工资。", "education"),
    ("一家酒店的几十名服务员今天集体罢工，抗议拖欠工资。", "services"),
    ("工地上几十名农民工拉横幅讨薪。", "construction"),
])
def test_industries(text: str, industry: str) -> None:
    assert run(text).record()["industry"] == industry


@pytest.mark.parametrize(("text", "demand"), [
    ("工人罢工，抗议工厂搬迁却不给经济补偿。", "severance"),
    ("工人罢工，抗议工厂每天强制加班到深夜。", "hours_overtime"),
    ("员工集体罢工，反对公司降薪。", "pay"),
    ("上百名退休职工聚集，要求补发养老金。", "pension"),
])
def test_demands(text: str, demand: str) -> None:
    assert demand in run(text).record()["demands"]


def test_employer_is_taken_as_written() -> None:
    text = "深圳华兴精密电子有限公司的数百名员工今天停工，抗议公司拖欠加班费。"
    ex = run(text)
    assert ex.record()["employer"] == "深圳华兴精密电子有限公司"
    s, e = ex.fields["employer"].spans[0]
    assert text[s:e] == "深圳华兴精密电子有限公司"


def test_a_generic_company_is_no_employer() -> None:
    r = run("河南一家国有公交公司的司机集体罢工，抗议欠薪。").record()
    assert r["ownership"] == "state_owned"
    assert r["employer"] is None


def test_self_harm_threat_and_road_blockade() -> None:
    text = "几十名工人堵住马路讨薪，一名工人爬上塔吊扬言跳楼。"
    r = run(text).record()
    assert {"road_blockade", "self_harm_threat"} <= set(r["forms"])
    assert r["participants"] == "10-99"


def test_stop_work_order_is_no_strike() -> None:
    text = "工地发生坍塌，2名工人死亡。住建部门责令该工地停工整改。"
    r = run(text).record()
    assert r["kind"] == "workplace_accident" and r["forms"] == []


def test_an_accident_is_dated_by_the_day_beside_it() -> None:
    text = ("Rescuers brought 6 miners out alive on Thursday, ten days after an explosion on "
            "8 October trapped 14 workers in a gold mine in Zhaoyuan, Shandong.")
    assert run(text).record()["date"] == "2024-10-08"
