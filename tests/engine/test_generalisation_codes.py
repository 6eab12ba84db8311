"""Coded fields (kind, forms, industry, demands, responses, ownership, accident type) read
from general phrasings: every sentence here is written for these tests and stands for a
rule, not a case (2024-10-18, the default post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run

# -- forms told around a place, or as work not done ----------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    ("芜湖一家家具厂四十多名工人今天坐在厂办公楼门口，要求补发三个月工资。", "sit_in"),
    ("宜宾一家商场的六十多名员工昨天在一楼大厅里坐着不走，要求公司给经济补偿。", "sit_in"),
    ("淮安一家纺织厂两百多名工人连续三天守在厂门口，讨要被拖欠的工资。", "protest"),
    ("赣州一处工地三十多名工人今天上午把项目门口的马路给堵了，讨要拖欠的工钱。", "road_blockade"),
    ("二十多名装修工人昨天在小区外拦截过往车辆，要求开发商结清工程款。", "road_blockade"),
    ("衡阳一所私立中学的三十多名教师今天集体没进教室，抗议学校拖欠两个月工资。", "strike"),
    ("绵阳一家电池厂的工人们今天都没上班，说厂里已经三个月没发工资了。", "strike"),
    ("About 80 couriers in Xiamen were refusing orders on Tuesday after their depot cut "
     "per-order fees.", "strike"),
    ("Some 150 nurses at a county hospital in Hebei called in sick on Monday over unpaid "
     "bonuses.", "strike"),
    ("五十多名环卫工今天聚集在区城管局门外，要求补发拖欠的工资。", "petition"),
])
def test_forms_told_in_everyday_words(text: str, form: str) -> None:
    ex = run(text)
    r = ex.record()
    assert r["kind"] == "collective_action", text
    assert form in r["forms"], (text, r["forms"])
    assert_evidence(ex, text)


def test_a_police_report_of_a_labour_dispute_is_an_action() -> None:
    text = ("昨日上午，十余名人员因与一家装修公司存在劳资纠纷，在某路口聚集并拦截过往车辆，"
            "民警到场后将两人带离。")
    r = run(text).record()
    assert r["kind"] == "collective_action"
    assert "road_blockade" in r["forms"]
    assert "police" in r["responses"]


def test_a_place_name_is_no_street_protest() -> None:
    text = "求助！我哥在上街镇一个工地摔伤了腿，包工头不给报工伤，医药费都是我们自己垫的。"
    r = run(text).record()
    assert r["kind"] == "call_for_help"
    assert r["forms"] == []


def test_an_office_named_in_a_question_is_no_petition() -> None:
    text = ("我们十几个工友在一个工地干了半年，包工头到现在还欠我们二十多万工钱。"
            "想问一下大家，去找劳动监察有用吗？")
    r = run(text).record()
    assert r["kind"] == "call_for_help"
    assert "petition" not in r["forms"]


# -- an earlier event told as background ----------------------------------------------------


def test_an_earlier_strike_does_not_make_an_accident_an_action() -> None:
    text = ("一家电子厂昨天下午发生化学品泄漏，九名工人头晕呕吐被送往医院。"
            "该厂前年曾因搬迁爆发数百人罢工。")
    r = run(text).record()
    assert r["kind"] == "workplace_accident"
    assert r["forms"] == []
    assert r["accident_type"] == "poisoning_disease"


def test_an_earlier_accident_does_not_make_an_action_an_accident() -> None:
    text = ("四十多名农民工今天到区政府上访，讨要拖欠半年的工资。"
            "该工地去年5月曾发生脚手架坍塌，造成一死两伤。")
    r = run(text).record()
    assert r["kind"] == "collective_action"
    assert "petition" in r["forms"]


# -- not incidents ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "#短剧推荐# 第5集：包工头卷款跑路，四十个工人爬上塔吊讨薪，他们能拿回工钱吗？点击看全集",
    "问：工厂欠薪三个月怎么办？答：谢邀。可以先到劳动监察大队投诉，再申请劳动仲裁，讨薪要保留证据。",
    "本市根治欠薪专项行动取得阶段性成效，全市共为三千多名农民工追回拖欠工资八千万元。",
])
def test_fiction_advice_and_campaign_reports_are_not_incidents(text: str) -> None:
    assert run(text).record()["is_incident"] is False, text


def test_national_accident_statistics_are_no_accident() -> None:
    text = ("上半年全国共发生各类生产安全事故八千起、死亡九千人，同比分别下降百分之十。")
    assert run(text).record()["is_incident"] is False


# -- kinds -------------------------------------------------------------------------------------


def test_a_family_disputing_a_death_asks_for_help() -> None:
    text = ("求扩散！我爸上个月在一家五金厂干活时被机器卷入身亡，厂里说他没签劳动合同，"
            "不给认定工伤，只肯给十万。求大家帮帮我们！")
    assert run(text).record()["kind"] == "call_for_help"


def test_an_open_letter_of_medical_staff_asks_for_help() -> None:
    text = "某镇卫生院三十多名医护人员发公开信，称已八个月没领到绩效工资，基本工资也时有拖欠。"
    r = run(text).record()
    assert r["kind"] == "call_for_help"
    assert r["industry"] == "healthcare"


def test_an_explosion_with_ambulances_is_an_accident() -> None:
    text = "刚才化工园那边轰的一声闪爆了，救护车一辆接一辆往里开，听说车间里有工人。"
    r = run(text).record()
    assert r["kind"] == "workplace_accident"
    assert r["accident_type"] == "explosion_fire"


# -- industry --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "industry"), [
    ("佳木斯一家供热公司的锅炉工昨晚集体停工，老师傅们说已经三个月没发工资。", "energy_utilities"),
    ("About 200 workers at a thermal power company in Shanxi staged a sit-in on Friday over a "
     "pay cut.", "energy_utilities"),
    ("一家校外培训学校突然关门，三十多名老师今天聚集在公司门口讨要工资，"
     "老师们说已欠薪两个月。", "services"),
    ("三百多名工人今天在厂门口拉横幅讨薪，说鞋业公司老板跑路了。#农民工讨薪#", "manufacturing"),
])
def test_industry_from_trade_words(text: str, industry: str) -> None:
    assert run(text).record()["industry"] == industry, text


# -- demands ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "demand"), [
    ("一百多名公交司机今天集体停运，说公司已半年只发基本工资。", "wage_arrears"),
    ("八十多名环卫工今天停工，新来的外包公司要他们重新签合同，工龄清零。",
     "employment_relationship"),
    ("六十多名网约车司机今天聚集在平台公司门口，抗议抽成比例一涨再涨。", "pay"),
    ("一家商场今天突然闭店，两百多名员工聚集在门口要求补偿。", "relocation_closure"),
    ("四十多名货车司机今天停运，抗议车队乱扣罚款和管理费。", "fines_management"),
    ("Nearly 90 cleaners walked off the job on Monday, saying the contractor hasn't paid "
     "them since July.", "wage_arrears"),
    ("About 300 workers gathered at the factory gate after the company said it would cut "
     "base pay.", "pay"),
])
def test_demands_in_everyday_words(text: str, demand: str) -> None:
    r = run(text).record()
    assert demand in r["demands"], (text, r["demands"])


# -- responses -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "response"), [
    ("五十多名工人今天在厂门口讨薪，镇里说会协调，派出所也来了人。", "government_intervention"),
    ("三十多名教师今天罢课讨薪，县教育局下午派员接待了教师代表。", "government_intervention"),
    ("About 70 bus drivers went on strike on Monday; officials from the transport bureau "
     "came to talk to them.", "government_intervention"),
    ("两百多名员工今天停工，公司派代表与员工对话。", "negotiation"),
    ("数十名工人今天堵路讨薪，警察来了拉了几个人上车。", "detention"),
])
def test_responses_in_everyday_words(text: str, response: str) -> None:
    r = run(text).record()
    assert response in r["responses"], (text, r["responses"])


def test_an_office_the_workers_ask_for_has_not_stepped_in() -> None:
    text = "一家机械厂的四十多名退休工人联名发公开信求助，称厂里多年没缴社保，要求市人社局介入。"
    r = run(text).record()
    assert r["kind"] == "call_for_help"
    assert "government_intervention" not in r["responses"]


# -- ownership -------------------------------------------------------------------------------


def test_a_private_school_is_private_though_the_education_bureau_is_named() -> None:
    text = "一所民办小学的二十多名老师今天罢课，说学校欠了三个月工资，教育局的人下午来了。"
    assert run(text).record()["ownership"] == "private"
