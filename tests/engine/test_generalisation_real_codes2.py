"""Coded fields read from more ways real events are retold: a stoppage told as "all stopped",
a road told as taken or blocked by its name, staying put somewhere until heard, pay told as
frozen or meagre, rest told as one day in a fortnight, a scuffle inside a strike, talks only
asked for, a union chairman on the workers' side, the state's armed police. Every sentence here
is written for these tests and stands for a rule, not a case (2024-10-18, the default post day,
is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run

# -- forms of action ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    ("东莞一家五金厂今天彻底停了，三百多名工人说工资半年没涨过。", "strike"),
    ("城西几个工地的泥水工约好一起停，要求包工头把上月的工钱结清。", "strike"),
    ("二十多名保洁员傍晚列队行进到物业公司，高喊还我工资。", "march"),
    ("县城这条路被堵了，砖厂的工人两个月没发工资了。", "road_blockade"),
    ("开发区那家灯具厂的工人全在马路上，四个月没发工资。", "road_blockade"),
    ("八十多名员工守在仓库里不走，要求公司先付清拖欠的工资。", "sit_in"),
    ("数十名被裁的教师进了局里大厅坐满一地，要求落实养老保障。", "sit_in"),
    ("上百名工人冲破了围栏，抗议厂方延长封闭管理。", "protest"),
])
def test_more_forms_told_in_real_reports(text: str, form: str) -> None:
    ex = run(text)
    r = ex.record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert form in r["forms"], (text, r["forms"])
    assert_evidence(ex, text)


@pytest.mark.parametrize("text", [
    "这条路被堵了一上午，说是前面出了车祸，大家绕行吧。",
    "周末商场门口全在马路上排队买奶茶，车都开不过去。",
    "我们一家人守在病房里不走，就等医生出来说情况。",
])
def test_roads_and_staying_without_workers_or_grievance_are_no_action(text: str) -> None:
    assert run(text).record()["is_incident"] is False, text


def test_staying_put_is_a_sit_in_not_a_protest_besides() -> None:
    r = run("几百名员工堵在办公楼里不走，要求厂里补发拖欠的工资。").record()
    assert r["forms"] == ["sit_in"], r["forms"]


def test_a_scuffle_inside_a_blockade_is_no_protest_besides() -> None:
    r = run("About 300 unpaid workers blocked traffic outside the plant on Monday; scuffles broke "
            "out when police arrived.").record()
    assert r["forms"] == ["road_blockade"], r["forms"]
    assert "violence" in r["responses"]


def test_a_claim_carried_to_an_office_is_the_petition() -> None:
    r = run("四十多名代课老师今天赶到市教育局讨说法，要求补发拖欠的工资。").record()
    assert "petition" in r["forms"]
    assert "protest" not in r["forms"], r["forms"]


# -- demands ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "demand"), [
    ("纺织厂三百多名工人今天罢工，活越干越多，工资却原地不动。", "pay"),
    ("Hundreds of workers at a parts plant went on strike on Monday, saying pay was frozen "
     "while workloads rose: pay frozen for three years.", "pay"),
    ("纸箱厂的工人今天集体停工，说收入微薄，物价却涨了一倍。", "pay"),
    ("仓库上百名搬运工今天罢工，说一个月才休一天，十五天才能休一天都算好的。", "hours_overtime"),
    ("Warehouse staff walked out on Friday, saying they get one day off a fortnight.",
     "hours_overtime"),
    ("玩具厂四百多名工人今天停工，抗议工作条件越来越差。", "working_conditions"),
    ("Hundreds of workers at an electronics plant protested on Friday over food and living "
     "conditions in the factory dormitories.", "working_conditions"),
    ("数十名退休教师今天到教育局请愿，要求解决养老保障。", "pension"),
    ("More than 800 workers at a shoe factory went on strike after learning the plant will "
     "close.", "relocation_closure"),
    ("工地上五十多名工人三个月没领到工资，今天一起到项目部讨薪。", "wage_arrears"),
    ("Some 200 bus drivers in a southern city went on strike, having gone two months without "
     "pay.", "wage_arrears"),
    ("几十名隔离点的工人今天聚在一起，说好的补助又断了。", "pay"),
])
def test_more_demands_told_in_real_reports(text: str, demand: str) -> None:
    ex = run(text)
    r = ex.record()
    assert demand in r["demands"], (text, r["demands"])
    assert_evidence(ex, text)


def test_overtime_without_compensation_is_no_severance() -> None:
    r = run("三百多名环卫工人今天罢工，抗议周末加班得不到任何补偿。").record()
    assert "hours_overtime" in r["demands"]
    assert "severance" not in r["demands"], r["demands"]


def test_production_halted_after_a_riot_is_no_closure() -> None:
    r = run("电子厂宿舍楼昨晚上千名工人冲出来跟保安打起来，今天厂里停产了。").record()
    assert r["is_incident"]
    assert r["demands"] == [], r["demands"]


def test_production_halted_by_announcement_is_a_closure() -> None:
    r = run("鞋厂工人上周罢工讨薪。昨天老板宣布停产，工人要求支付经济补偿。").record()
    assert "relocation_closure" in r["demands"], r["demands"]


@pytest.mark.parametrize("text", [
    "上千名穿着防护服的志愿者今天聚集在医院门口，要求发放拖欠的工资。",
    "About 500 workers rioted at a dormitory complex on Sunday over unpaid wages.",
])
def test_protective_suits_and_dormitory_blocks_are_no_conditions(text: str) -> None:
    r = run(text).record()
    assert r["demands"] == ["wage_arrears"], (text, r["demands"])


def test_fair_treatment_is_no_medical_claim() -> None:
    r = run("Workers at a tyre plant downed tools on Tuesday and hung banners reading \"we "
            "want fair treatment\".").record()
    assert r["forms"] == ["strike", "protest"], r["forms"]
    assert r["demands"] == [], r["demands"]


# -- responses ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "response"), [
    ("两百多名工人今天堵路讨薪，当地出动武警驱散。", "police"),
    ("出租车司机集体罢运，警方下午通报已抓获多名打砸车辆的人员。", "detention"),
    ("About 2,000 workers rioted at the plant late on Sunday over unpaid bonuses.", "violence"),
    ("上千名工人罢工，防暴警察强行驱散，数十人受伤。", "violence"),
    ("罢工期间有女工被保安拽着头发拖出车间。", "violence"),
    ("一百多名员工爬上楼顶讨薪，经当地官员轮番劝说才陆续下楼。", "government_intervention"),
    ("四十多名工人堵路讨薪，警方联合劳动部门协调，老板先付了一半工钱。",
     "government_intervention"),
    ("超市说关就关，几十名员工轮流守在店里，工会主席跟我们站在一起，要求公司给足补偿。",
     "union_intervention"),
    ("Staff at a supermarket have been occupying the store for a week over severance; the "
     "store's union chairman has sided with the employees.", "union_intervention"),
])
def test_more_responses_told_in_real_reports(text: str, response: str) -> None:
    ex = run(text)
    r = ex.record()
    assert response in r["responses"], (text, r["responses"])
    assert_evidence(ex, text)


@pytest.mark.parametrize("text", [
    "三百多名员工今天罢工，要求公司坐下来跟工会谈判，厂方至今没有回应。",
    "上千名工人罢工要求加薪，但厂方一直不肯对话。",
])
def test_talks_asked_for_or_refused_are_no_negotiation(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["strike"], (text, r["forms"])
    assert r["responses"] == [], (text, r["responses"])


def test_talks_with_a_union_asked_for_are_no_negotiation() -> None:
    r = run("Staff at a hotel went on strike on Monday over unpaid wages, demanding that "
            "management negotiate with their union.").record()
    assert r["forms"] == ["strike"], r["forms"]
    assert "negotiation" not in r["responses"], r["responses"]


def test_talks_held_are_negotiation() -> None:
    r = run("三百多名员工今天罢工，下午厂方和工人代表协商，答应下月起加薪。").record()
    assert "negotiation" in r["responses"]


# -- kind and industry --------------------------------------------------------------------


def test_a_fall_told_as_a_misstep_is_an_accident() -> None:
    r = run("昨天下午城东那个工地，一名工人从脚手架上一脚踩空，十几米高摔下来，人没了。").record()
    assert r["kind"] == "workplace_accident"
    assert r["industry"] == "construction"


def test_a_burst_pipe_with_deaths_told_loosely_is_an_accident() -> None:
    r = run("热电厂下午锅炉爆了，听说死了好多人，医院门口全是家属。").record()
    assert r["kind"] == "workplace_accident"
    assert r["industry"] == "energy_utilities"


def test_a_power_plant_outweighs_the_plant_named_again() -> None:
    r = run("Nine workers were killed when a boiler exploded at a coal-fired power plant on "
            "Tuesday. The plant is run by a provincial company.").record()
    assert r["industry"] == "energy_utilities"


def test_demolition_work_is_construction() -> None:
    r = run("原化肥厂地块在拆除作业中发生坍塌，造成3名工人死亡。").record()
    assert r["industry"] == "construction"


def test_a_hong_kong_hospital_authority_strike_is_not_mainland() -> None:
    r = run("医管局员工发起的罢工进入第三天，数千名医护参与。").record()
    assert r["is_incident"] is False


def test_an_ordinary_price_rise_is_no_accident() -> None:
    assert run("最近菜价真是火爆了，猪肉又涨了两块。").record()["is_incident"] is False


def test_a_small_raise_asked_colloquially_is_pay() -> None:
    r = run("那家模具厂两千多人全停了，就为了涨点工资。").record()
    assert r["kind"] == "collective_action"
    assert "pay" in r["demands"]


@pytest.mark.parametrize("text", [
    "评论：近来沿海工厂罢工潮此起彼伏，分析认为劳动力供应趋紧正在推高工资。",
    "Analysts say the wave of strikes across coastal factories reflects a tighter labour market.",
])
def test_comment_on_a_wave_of_strikes_is_no_incident(text: str) -> None:
    r = run(text).record()
    assert r["is_incident"] is False, (text, r["kind"])


def test_a_strike_wave_word_leaves_the_days_strike_standing() -> None:
    r = run("罢工潮还在蔓延，今天又有一家电子厂三百多名工人停工，要求加薪。").record()
    assert r["kind"] == "collective_action"
    assert "strike" in r["forms"]


def test_a_gate_pushed_over_in_a_strike_is_part_of_it() -> None:
    r = run("酒厂数千名员工今天罢工，上午有工人推倒铁门，占据了办公楼。").record()
    assert "protest" not in r["forms"], r["forms"]
    assert "strike" in r["forms"]



def test_a_meagre_buy_out_is_no_pay_claim() -> None:
    r = run("六百多名职工今天上街游行，抗议改制方案只给每人一笔微薄的买断金。").record()
    assert r["demands"] == ["severance"], r["demands"]
