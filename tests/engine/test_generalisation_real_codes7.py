"""Coded fields read from more ways workers tell of a dispute in their own words: stoppages told
as leave taken, orders refused, brooms put down, shifts not taken, lines stopped or overtime
refused; a gate blocked, a crowd standing below an office block or gone to the gate; petitions
only meant, or told by the office itself; a pay item withheld, hours counted, fines told by
their sum, shops closed by the count, pay compared with staff on the books, contracts ended,
canteens and dormitories named only as places; offices stationed in a plant, receiving a
petition only, or named inside a place; unions at the table, representatives met, arrests
denied, heads broken. Every sentence here is written for these tests and stands for a rule, not
a case (2024-10-18, the default post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed as _field
from tests.engine.reading import record as _rec

# -- forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新学期第一天，我们镇中学三十多个老师集体请了假，上学期的课时费一分没发。",
        "5月6日，部分教师因课时补贴未按时发放而请假，教育局称将尽快筹措资金。",
        "望城这个站点的骑手今天集体不跑单了，配送费又降了五毛。",
        "我们车间两百多个工人今天都没来上班，年终奖被砍了一半。",
        "厂里一个月加班一百多个小时，今天起四百多名员工拒绝加班。",
        "区里一百多名环卫工人今天未上岗，三个月工资没发了。",
        "About 60 doctors at a clinic in Luoyang stopped seeing patients over unpaid wages.",
        "市区几百辆出租车今天停在路边不载客，司机们说份子钱太高。",
        "今天一早一百多个环卫工把扫帚放下了，新公司扣钱扣得太狠。",
        "我们网点二十几个快递员今天一起罢派，投诉一次罚三百。",
        "箱包厂一百来个工人昨天停了线，计件单价砍了两成。",
        "三矿今天夜班一个都没下井，五个月工资没发了。",
        "今晚我们病区三十多个合同护士都没来接夜班，绩效拖了半年。",
    ],
)
def test_stoppages_in_workers_words_are_strikes(text: str) -> None:
    assert "strike" in _field(text, "forms"), text


@pytest.mark.parametrize(
    "text",
    [
        "周一早上的我：人到了工位，灵魂已经罢工了，谁来救救打工人",
        "加班到十点，脑子已经罢工了，明天还得早起。",
    ],
)
def test_a_mind_on_strike_is_no_strike(text: str) -> None:
    assert not _rec(text)["is_incident"], text


@pytest.mark.parametrize(
    "text",
    [
        "五金厂三百多名工人今天轮流堵住厂门，不让老板把设备拉走，要求支付经济补偿。",
        "About 500 workers at a furniture plant in Foshan blockaded the gate on Tuesday to stop "
        "machinery being moved out, demanding severance.",
    ],
)
def test_a_gate_blocked_is_a_protest(text: str) -> None:
    forms = _field(text, "forms")
    assert "protest" in forms and "road_blockade" not in forms, text


def test_a_highway_blockaded_is_still_a_road_blockade() -> None:
    text = "Hundreds of unpaid builders blockaded the highway outside Zhoukou on Monday."
    assert "road_blockade" in _field(text, "forms")


@pytest.mark.parametrize(
    "text",
    [
        "县医院一百多个临聘护士今天在行政楼下站了一下午，绩效拖了七个月没发。",
        "热电厂几百个职工今天一早都在办公楼前站着，五个月工资没发。",
        "农场的割胶工今天都去场部门口了，几百号人，承包费又涨了，工资也拖着没发。",
    ],
)
def test_a_crowd_standing_below_an_office_block_is_a_protest(text: str) -> None:
    assert "protest" in _field(text, "forms"), text


def test_one_man_waiting_below_a_block_is_no_protest() -> None:
    r = _rec("我在楼下站着等外卖，风好大。")
    assert not r["is_incident"]


@pytest.mark.parametrize(
    "text",
    [
        "这个月起周末加班不算双倍了，工资少了一千多，我们组十几个人想一起去劳动局投诉，求懂法的朋友指点要准备什么。",
        "老板欠我们工资半年了，我们打算去劳动监察大队反映，求大家帮忙转发。",
    ],
)
def test_a_petition_only_meant_is_none(text: str) -> None:
    r = _rec(text)
    assert (r["kind"], r["forms"]) == ("call_for_help", []), text


@pytest.mark.parametrize(
    "text",
    [
        "今天我们十几个工友一起去了劳动局投诉，老板欠了半年工资。",
        "3月2日，31名农民工到我局反映被拖欠工资问题，经调查属实，已责令企业支付。",
    ],
)
def test_a_petition_made_is_one(text: str) -> None:
    assert "petition" in _field(text, "forms"), text


# -- demands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天区医院三十多个合同护士没来上班，半年没发绩效了。",
        "镇上几所小学的老师今天一起去了教育局，两百多人，拖了一年的绩效工资还没给。",
        "三十多名教师因年度绩效奖励未及时发放，今天集体到县政府反映。",
    ],
)
def test_a_pay_item_withheld_is_wage_arrears(text: str) -> None:
    demands = _field(text, "demands")
    assert "wage_arrears" in demands and "pay" not in demands, text


def test_a_bonus_cut_is_still_pay() -> None:
    text = "电子厂一百多名工人今天停工，绩效工资被砍了一半。"
    assert "pay" in _field(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "物流园一百多个分拣工人今晚罢工了，双十一连着一个月一天干十四个小时。",
        "我们总装车间三百多名工人今天集体停工，上个月加了一百二十个小时班。",
        "网点十几个快递员今天罢工了，每天要求晚上十一点才能签退。",
    ],
)
def test_hours_counted_are_overtime(text: str) -> None:
    assert "hours_overtime" in _field(text, "demands"), text


def test_an_ordinary_day_is_no_overtime() -> None:
    text = "鞋厂两百多名工人今天停工，一天干八个小时，老板三个月没发工资。"
    assert "hours_overtime" not in _field(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "县城几十个外卖骑手今天一起停止接单，超时一单罚三十。",
        "出租车公司新规，乘客投诉一次罚两百，今天上百名的哥停运。",
        "工地一百多名工人停工，迟到一次罚五十块。",
    ],
)
def test_a_fine_told_by_its_sum_is_fines_management(text: str) -> None:
    assert "fines_management" in _field(text, "demands"), text


def test_a_ticket_is_no_fine_by_sum() -> None:
    text = "几十名货车司机今天在物流园停工，运费一吨降了十块，还说交警天天开罚单。"
    assert "fines_management" not in _field(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "连锁超市突然关了四家店，五十多名员工今天在总部楼下拉横幅要工资。",
        "老板一下关了两个厂，三百多名工人今天聚集讨要补偿。",
        "商场一夜之间关了三家门店，一百多名营业员今天聚集讨要工资。",
    ],
)
def test_shops_closed_by_the_count_are_a_closure(text: str) -> None:
    assert "relocation_closure" in _field(text, "demands"), text


@pytest.mark.parametrize(
    "text",
    [
        "我们一百多个派遣工今天在厂门口拉横幅，同样的活正式工拿我们两倍。",
        "医院六十多个派遣护士今天聚集，绩效只有在编的三分之一。",
    ],
)
def test_dispatched_workers_paid_less_than_staff_is_pay_and_their_status(text: str) -> None:
    demands = _field(text, "demands")
    assert "pay" in demands and "employment_relationship" in demands, text


def test_contract_nurses_paid_less_is_pay_only() -> None:
    text = "今晚五十多个合同护士一起没来接夜班，在编的绩效是我们三倍。"
    demands = _field(text, "demands")
    assert "pay" in demands and "employment_relationship" not in demands


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of truck drivers stopped work on Monday over a 15 yuan cut in haulage rates.",
        "Riders in Wuxi went on strike after cuts to their delivery fees.",
        "Couriers walked out over a cut in per-parcel fees.",
    ],
)
def test_a_rate_cut_in_english_is_pay(text: str) -> None:
    assert "pay" in _field(text, "demands"), text


@pytest.mark.parametrize(
    "text",
    [
        "几百号人今晚堵在宿舍楼下面喊话，说好的返费一分没给。",
        "食堂承包商欠了阿姨们两个月工资，三十多人今天在食堂门口一起不干了。",
        "Hundreds of workers gathered outside dormitories on Tuesday night over unpaid bonuses.",
    ],
)
def test_a_canteen_or_dormitory_named_as_a_place_is_no_condition(text: str) -> None:
    assert "working_conditions" not in _field(text, "demands"), text


def test_a_dormitory_described_is_a_condition() -> None:
    text = "工地两百多个工人今天停工，宿舍十二个人挤一间，饭菜天天馊的。"
    assert "working_conditions" in _field(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "酒店停业，八十多名员工今天在大堂聚集，要求依法支付解除劳动合同的经济补偿。",
        "公司宣布与全体员工解除劳动合同，三百多人今天停工讨要补偿。",
    ],
)
def test_a_contract_ended_is_severance(text: str) -> None:
    demands = _field(text, "demands")
    assert "severance" in demands and "employment_relationship" not in demands, text


def test_no_contract_signed_is_still_the_employment_relationship() -> None:
    text = "工地三十多个工人今天停工，干了两年从来没签劳动合同。"
    assert "employment_relationship" in _field(text, "demands")


@pytest.mark.parametrize(
    "text",
    [
        "老板突然关园了，欠我们十个老师两个月工资，我们该去哪投诉？",
        "因酒店停业，六十余名员工今日聚集讨要工资。",
        "工人轮班守着厂门，不让老板把设备运走，已经停工三天。",
    ],
)
def test_closing_down_told_by_more_words(text: str) -> None:
    assert "relocation_closure" in _field(text, "demands"), text


@pytest.mark.parametrize(
    "text",
    [
        "三十多个退休前的代课老师今天去教育局门口，说干了二十年没给交社保。",
    ],
)
def test_who_they_were_before_retirement_is_no_pension(text: str) -> None:
    assert "pension" not in _field(text, "demands"), text


def test_a_pension_claimed_is_still_one() -> None:
    text = "上千名退休职工今天聚集在市政府门前，要求落实养老金调整。"
    assert "pension" in _field(text, "demands")


def test_a_boss_who_blocks_on_wechat_is_no_blacklist() -> None:
    text = "幼儿园突然关了，老板欠我们十一个老师三个月工资，微信也把我们拉黑了，我们该去哪里投诉？"
    assert "fines_management" not in _field(text, "demands")


def test_a_platform_blacklist_is_management() -> None:
    text = "我们二十多个骑手今天一起不接单，平台动不动就把人拉黑。"
    assert "fines_management" in _field(text, "demands")


# -- responses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "两千多名员工停工要求补缴社保，区人社局、区总工会已进驻企业协调。",
        "数百名员工停工，开发区劳动保障部门和总工会工作人员当天已进驻企业。",
    ],
)
def test_offices_stationed_in_the_plant_step_in(text: str) -> None:
    responses = _field(text, "responses")
    assert "government_intervention" in responses and "union_intervention" in responses, text


@pytest.mark.parametrize(
    "text",
    [
        "官渡区长水机场的保洁今天早上二百来人没上岗，外包公司扣了每人四百。",
        "五华区长春路上一家饭店三十来人今天停工讨薪。",
    ],
)
def test_about_so_many_people_is_no_official_come(text: str) -> None:
    r = _rec(text)
    assert r["forms"] == ["strike"], (text, r["forms"])
    assert r["responses"] == [], (text, r["responses"])


def test_an_office_acting_after_a_demand_clause_is_no_ask() -> None:
    text = "数百名员工停工，聚集在厂门口要求发薪，区人社局已介入协调。"
    assert "government_intervention" in _field(text, "responses")


@pytest.mark.parametrize(
    "text",
    [
        "三十多名农民工今天到区人社局讨薪，区人社局接待人员表示会登记情况。",
        "二十多名工友今天来到县人社局上访，县人社局接待人员表示会登记情况。",
    ],
)
def test_a_petition_only_received_is_no_intervention(text: str) -> None:
    assert "government_intervention" not in _field(text, "responses"), text


def test_representatives_only_elected_are_no_talks() -> None:
    text = "About 200 miners stopped work on Monday and elected five representatives."
    assert "negotiation" not in _field(text, "responses")


def test_officials_come_to_the_workers_still_step_in() -> None:
    text = "三百多人堵在厂门口讨薪，镇里也来人了，说先帮我们登记。"
    assert "government_intervention" in _field(text, "responses")


@pytest.mark.parametrize(
    "text",
    [
        "About 300 bus drivers stopped work on Monday; the company met driver "
        "representatives the same afternoon.",
        "Riders logged off on Friday over fee cuts; the station manager met rider representatives "
        "on Saturday.",
    ],
)
def test_representatives_met_are_talks(text: str) -> None:
    assert "negotiation" in _field(text, "responses"), text


@pytest.mark.parametrize(
    "text",
    [
        "Workers at a parts maker ended a go-slow after management agreed to negotiate bonuses "
        "with the factory union.",
        "Garment workers struck on Monday; after mediation by the township government and union, "
        "the owner agreed to pay severance.",
        "三百多名员工连续停工，昨天厂工会主席跑到车间，说要组织员工代表跟厂里谈。",
        "几百名职工在办公楼前聚集讨薪，市总工会今天来人了。",
    ],
)
def test_the_union_at_the_table(text: str) -> None:
    assert "union_intervention" in _field(text, "responses"), text


@pytest.mark.parametrize(
    "text",
    [
        "Around 300 smelter workers stopped work, and the city's human resources bureau had sent "
        "officials to the plant.",
        "Five workers on a roof were talked down by police; the district labour bureau says it is "
        "looking into the arrears.",
        "The strike ended after the district government brokered an agreement on Friday.",
    ],
)
def test_officials_step_in_told_in_more_english_verbs(text: str) -> None:
    assert "government_intervention" in _field(text, "responses"), text


def test_an_arrest_denied_is_none() -> None:
    text = "数百名工人前晚在宿舍区抗议入职返费被拒发，目前暂未有人被捕的消息。"
    assert "detention" not in _field(text, "responses")


@pytest.mark.parametrize(
    "text",
    [
        "几十个工人去老板办公室讨薪，保安冲出来动手，我表哥头被打破了。",
        "上千名矿工堵路讨薪，有矿工被按倒在地后带走。",
        "Dozens of workers owed wages confronted the boss; security guards attacked them.",
    ],
)
def test_workers_beaten_in_more_words_is_violence(text: str) -> None:
    assert "violence" in _field(text, "responses"), text


def test_a_gate_pushed_down_is_no_violence() -> None:
    text = "三百多名工人今天推倒大门冲出厂区，抗议欠薪。"
    assert "violence" not in _field(text, "responses")


@pytest.mark.parametrize(
    "text",
    [
        "五六十个骑手在站点门口喊话讨说法，后来派出所来人了，大家才散。",
        "几百名员工连日在公司办公楼前聚集讨薪，总工会派员介入，与资方商讨分期发放方案。",
    ],
)
def test_police_come_and_talks_held_in_more_words(text: str) -> None:
    responses = _field(text, "responses")
    assert "police" in responses or "negotiation" in responses, text


# -- kind -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "学校食堂的饭越来越难吃还涨价，今天几百个同学在食堂门口拍照抗议。",
        "宿舍一直断网，今天一百多个同学在宿舍楼下抗议。",
    ],
)
def test_students_protesting_are_no_labour_incident(text: str) -> None:
    assert not _rec(text)["is_incident"], text


def test_street_sweepers_in_a_letter_do_not_take_to_the_streets() -> None:
    text = (
        "致区领导的一封公开信：我们是52名环卫工人，公司连续三个月没发工资，"
        "我们每天凌晨四点上街扫地，恳请领导帮我们讨回血汗钱！"
    )
    r = _rec(text)
    assert r["kind"] == "call_for_help" and "protest" not in r["forms"]
