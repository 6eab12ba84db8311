"""Coded fields read from the ways real events are retold: split verbs (停了两天工), a climb to
a roof told with its building, a road named before the verb that blocks it, deaths told by
euphemism, a plea that only names a wage claim, pay told as lower than elsewhere. Every sentence
here is written for these tests and stands for a rule, not a case (2024-10-18, the default post
day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run

# -- forms of action ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "form"), [
    ("昆山一家五金厂的工人周三停了两天工，要求厂里把计件单价调回去。", "strike"),
    ("听说开发区那边的环卫工三个月没领到钱，这两天都不扫了，路边垃圾堆得老高。", "strike"),
    ("Around 200 street sweepers in a Hunan county downed brooms on Monday over two months of "
     "unpaid wages.", "strike"),
    ("Teachers at three township schools have been boycotting classes since Tuesday, saying "
     "their pay is months in arrears.", "strike"),
    ("绍兴一家印染厂的一百多名工人昨天在厂区空地集会，抗议厂方削减夜班补贴。", "protest"),
    ("一名电工讨薪时被打，二十多个同乡工友当晚赶去声援，在公司门口讨公道。", "protest"),
    ("南通一家电子厂门口今天聚了上百个工人，说厂里已经两个月没发工资了。", "protest"),
    ("昨夜厂区宿舍发生大规模冲突，上千名员工与保安对峙，起因是工资又被推迟发放。", "protest"),
    ("三十多名木工今天用三轮车把工业园门前连接国道和县道的路口堵住，讨要被拖欠的工钱。",
     "road_blockade"),
    ("矿上四个月没发工资，今天上千名矿工上街，连铁路也给堵了。", "road_blockade"),
    ("数百辆出租车今天占据主要道路，司机们抗议网约车抢走生意。", "road_blockade"),
    ("Hundreds of unpaid miners marched on Friday, some occupying the railway line for an "
     "hour.", "road_blockade"),
    ("超市关门后，四十多名员工轮班驻守在仓库外，不让公司把货拉走，要求给足经济补偿。", "sit_in"),
    ("六十多名被裁员工在工厂门外搭帐篷，已经住了一个星期，要求公司补缴社保。", "sit_in"),
    ("芜湖一个楼盘的十几名工人今天爬上了售楼部的楼顶，讨要拖欠一年的工钱。",
     "self_harm_threat"),
    ("几名钢筋工站到了在建大楼的楼顶边上讨薪，楼下围了很多人。", "self_harm_threat"),
    ("一百多名工友站在厂房上喊，不给补偿就一起跳下去。", "self_harm_threat"),
    ("保洁公司拖欠工资三个月，承包公司的八十多名保洁工人至今仍未复工。", "strike"),
    ("封闭管理一个月后，上千名员工昨晚冲破厂区封锁线，抗议宿舍不让回、吃住都在车间。",
     "protest"),
    ("About 200 silicosis sufferers, former drillers on building sites, have been camping in "
     "the lobby of the city's social security bureau to demand compensation; several of "
     "their workmates have died of the disease.", "sit_in"),
])
def test_forms_told_in_real_reports(text: str, form: str) -> None:
    ex = run(text)
    r = ex.record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert form in r["forms"], (text, r["forms"])
    assert_evidence(ex, text)


def test_workers_ringing_a_gate_protest() -> None:
    r = run("隔离期满后，一百多名工人今天围住了隔离点大门，要求尽快发放补助。").record()
    assert r["kind"] == "collective_action"
    assert r["forms"] == ["protest"]


@pytest.mark.parametrize("text", [
    "公司派了十几个保安驻守仓库，防止货物被盗。",
    "景区门口搭帐篷的游客越来越多，保安正在劝离。",
    "急招普工！包吃包住，月薪冲破一万，加班费另算，欢迎工友们来厂里看看。",
    "疫情还没过去，开发区好几家工厂的工人仍未复工。",
    "午休的时候，几个员工坐在窗台边晒太阳聊天。",
    "工人们下班后在厂门口聚了一会儿，商量周末去哪里玩。",
])
def test_staying_words_without_a_grievance_are_no_action(text: str) -> None:
    assert run(text).record()["is_incident"] is False, text


def test_a_wish_to_change_jobs_is_no_action() -> None:
    # (the engine reads it as a call for help: the guard here is only that nothing was done)
    r = run("这几年工资一直没上来，我们几个工友也想换个工作。").record()
    assert r["kind"] != "collective_action", r["kind"]
    assert r["forms"] == [], r["forms"]
    # wages that have not risen are a grievance about pay, not wages owed
    assert r["demands"] == ["pay"], r["demands"]


@pytest.mark.parametrize(("text", "kind"), [
    ("一名工人爬上楼顶作业时不慎坠落，当场死亡。", "workplace_accident"),
    ("一名工人昨天爬上塔吊检修时摔下，摔断了腿，送医治疗。", "workplace_accident"),
    ("维修工站到屋顶上检查漏水，结果从屋顶上摔下来受了伤，老板不给医药费，求助！",
     "call_for_help"),
])
def test_a_climb_to_work_at_a_height_is_no_threat(text: str, kind: str) -> None:
    r = run(text).record()
    assert r["kind"] == kind, (text, r["kind"])
    assert "self_harm_threat" not in r["forms"]


def test_a_road_taken_is_no_sit_in() -> None:
    r = run("上千辆出租车今天上午停驶，占据主要道路，的哥们抗议专车冲击生意。").record()
    assert "road_blockade" in r["forms"]
    assert "sit_in" not in r["forms"]


@pytest.mark.parametrize("text", [
    "老师们上周罢课前，曾联名向市委市政府递交了一封信，要求落实工资待遇。",
    "Teachers at the school struck on Monday after circulating a joint petition over pay.",
    "镇上四百多名老师今天罢课，教育局放话说谁继续上访就开除谁。",
    "两千多名教师今天罢课。罢课前，教师们曾联名向县委县政府递交上访书，要求补齐乡村补贴。",
    "八十多名工人今天围住工地大门讨薪，住建局、信访局人员到场，但没给出答复。",
    "全县老师今天罢课，上级还放话说不许再去上访。",
    "Drivers stopped work on Monday; the account that published the petition for higher fares "
    "was shut down.",
    "A few dozen migrant workers are guarding a site in Ningxia over unpaid wages; months of "
    "complaints to government departments have got them nowhere, and they went on strike.",
])
def test_a_letter_to_the_government_is_no_petition(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", text
    assert "petition" not in r["forms"], (text, r["forms"])


@pytest.mark.parametrize("text", [
    "【数百教师聚集教育局 讨要拖欠绩效】三百多名中小学教师今天聚集在县教育局门外，"
    "要求发放拖欠的绩效工资。",
    "Hundreds of teachers rallied outside the county education bureau on Monday demanding a "
    "year of unpaid bonuses.",
    "两百多名环卫工今天一早聚在区政府前，讨要三个月的工资。",
    "四百多名退休职工今天在市政府门口等答复，要求补缴拖欠的养老保险。",
])
def test_a_crowd_at_an_office_is_the_petition_alone(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["petition"], (text, r["forms"])


def test_protesting_against_the_government_is_no_petition() -> None:
    r = run("上百名工人今天在厂门口抗议政府强拆厂房，要求补偿。").record()
    assert r["forms"] == ["protest"], r["forms"]


def test_a_strike_of_earlier_years_is_background() -> None:
    text = ("这家厂不是第一次出事。2016年那次，几百人在厂里停了两天工。"
            "这个月厂里取消了夜班补贴，三百多名工人今天在厂门口拉起了横幅。")
    r = run(text).record()
    assert r["kind"] == "collective_action"
    assert "strike" not in r["forms"], r["forms"]
    assert "protest" in r["forms"]


def test_a_jammed_road_is_no_blockade() -> None:
    r = run("我们十几个工友在工地干了半年没拿到工钱，每天去项目部的路口堵得要死，求大家帮帮忙！"
            ).record()
    assert (r["kind"], r["forms"]) == ("call_for_help", [])
    r = run("公司搬到城郊后，厂门外的路口被车堵得水泄不通，员工们每天要多花一个小时，工资却没涨。"
            ).record()
    assert r["is_incident"] is False


def test_a_traffic_jam_word_alone_is_no_blockade() -> None:
    r = run("我们十几个工友在工地干了半年没拿到工钱，今天早上路上堵得厉害，到项目部又没见到人。"
            "求大家帮帮忙！").record()
    assert (r["kind"], r["forms"]) == ("call_for_help", [])


# -- kind --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "今天凌晨一家化工厂车间发生爆炸，已造成6人死亡、12人受伤，附近村民的窗户都被震碎了。",
    "煤矿昨夜瓦斯爆炸，井下二十多个人，到现在还有五个没上来，找到的两个已经没气了。",
    "又是有限空间！一名工人清理化粪池时倒下，两个工友下去救，三个人都没能上来。",
    "A warehouse fire at a garment factory in Hebei killed workers overnight; most of the "
    "victims were seamstresses on the upper floor.",
    "Nine miners are confirmed dead after a coal-and-gas outburst at a mine in Guizhou.",
    "我在烘干车间准备交班，一声巨响后整个车间全是火。跟我同一车间上班的表姐没跑出来，"
    "昨天我去送了她最后一程。",
])
def test_accidents_told_by_euphemism_or_with_bystanders(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "workplace_accident", (text, r["kind"])


def test_villagers_run_over_by_a_lorry_are_no_workplace_accident() -> None:
    assert run("一辆货车昨晚撞倒三名村民，造成2人死亡。").record()["is_incident"] is False


def test_a_crowd_disaster_with_the_hurt_taken_to_hospital_is_no_workplace_accident() -> None:
    r = run("昨晚某广场跨年活动发生拥挤踩踏，造成12人死亡、30余人受伤，伤者已送往附近多家医院救治。"
            ).record()
    assert r["is_incident"] is False


def test_a_brawl_with_many_hurt_is_an_action_not_an_accident() -> None:
    r = run("周日深夜，工业园宿舍区发生大规模冲突，约两千名员工卷入，约30人受伤送医，"
            "起因是保安殴打一名工人。").record()
    assert r["kind"] == "collective_action"


def test_homeowners_scuffling_with_a_guard_are_no_workers() -> None:
    r = run("几十名业主今天聚集在售楼处抗议烂尾，业主和保安发生推搡，业主们要求开发商给说法。"
            ).record()
    assert r["is_incident"] is False


def test_drivers_asking_a_refund_still_act() -> None:
    r = run("Close to 800 taxi drivers staged a protest outside their company on Monday, "
            "demanding a refund of the licence fees they had paid for years.").record()
    assert r["kind"] == "collective_action"


@pytest.mark.parametrize("text", [
    "我们是一个工地上的农民工，去要工资反倒被保安赶出来。#讨薪# 求求大家帮忙转发！",
    "我表哥被公司拖欠工资，依法讨薪到现在半年了，希望有关部门看看！",
    "断指工人求助：老板付了3000元后失联。一名工人在车间被冲床压伤左手，现在医药费都交不上。",
    "刘师傅在领导留言板反映，他和二十多名工友的工资被拖欠了四个月。",
    "A construction worker who has been waiting to be paid since spring posted online asking the "
    "government to help him and a dozen co-workers recover their wages.",
])
def test_pleas_are_calls_for_help(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "call_for_help", (text, r["kind"])


@pytest.mark.parametrize("text", [
    "工人集体行动地图上半年共收录600多起事件，高于去年同期，其中建筑业讨薪占四成。",
    "多个劳工团体今天在立法院外集结抗议，批评修法砍掉七天假日、加班费计算不利劳工。",
    "Every week a friend quits the 996 grind and moves home. Not a strike, not a protest, just "
    "a quiet opting out by workers.",
])
def test_no_incident(text: str) -> None:
    assert run(text).record()["is_incident"] is False, text


def test_a_comparison_with_last_year_is_no_statistic() -> None:
    r = run("订单比去年同期减少三成，工厂宣布降薪两成，今天上午三百多名工人罢工。").record()
    assert r["kind"] == "collective_action"


# -- demands -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "demand"), [
    ("县里两千多名教师今天罢课，他们说工资比隔壁县还低八百元。", "pay"),
    ("一家电子厂的工人昨天罢工了，时薪从25块一刀砍到21块。", "pay"),
    ("Workers at a shoe plant walked out after their hourly rate was cut from 20 to 17 yuan.",
     "pay"),
    ("Nurses rallied outside the hospital, saying they earn 600 yuan a month less than "
     "nurses in the next county.", "pay"),
    ("两百多名尘肺病工人今天聚集在市政府门前，要求兑现一年前的承诺。", "injury_compensation"),
    ("Hundreds of sweepers stopped work on Tuesday, protesting that they had to work weekends "
     "with no extra pay.", "hours_overtime"),
    ("我们十几个人给小区做外墙，说好干完就结，剩下的钱拖到现在。求好心人帮帮我们！",
     "wage_arrears"),
    ("青岛的哥今天罢运，抵制打车软件抢走生意。", "other"),
    ("县医院上百名医护人员今天停工，聚集在大厅里喊着“还我奖金”。", "wage_arrears"),
    ("替我弟发个求助：他在一家木材厂上班，右手被电锯切断两根手指，老板垫了两千块就不见了。",
     "injury_compensation"),
    ("Crane operators stopped work, demanding a basic wage of 8,000 yuan a month.", "pay"),
])
def test_demands_told_in_real_reports(text: str, demand: str) -> None:
    r = run(text).record()
    assert demand in r["demands"], (text, r["demands"])


def test_a_hospital_bill_owed_or_a_day_of_lost_output_is_no_demand() -> None:
    r = run("替我弟发个求助：他在一家木材厂上班，手被电锯切伤，老板人跑了，"
            "现在在医院一天天欠着费。").record()
    assert "wage_arrears" not in r["demands"], r["demands"]
    r = run("工厂停产一天后今天复工。前晚宿舍区两千多名员工与保安发生大规模冲突，"
            "起因是保安殴打一名工人。").record()
    assert r["demands"] == ["fines_management"], r["demands"]


def test_insurance_owed_and_pensions_are_no_wage_or_pay_claim() -> None:
    r = run("一个国营农场近百名老职工今天到县政府上访，要求农场补缴拖欠多年的养老保险，"
            "落实养老待遇。").record()
    assert "wage_arrears" not in r["demands"], r["demands"]
    assert "pay" not in r["demands"], r["demands"]
    assert "social_insurance" in r["demands"]


def test_wages_named_among_other_dues_are_still_wages() -> None:
    r = run("一千多名工人今天走到区政府，要工资的、要社保的、要补偿的都有，好几家厂一起关门了。"
            ).record()
    assert "wage_arrears" in r["demands"], r["demands"]


def test_a_factory_without_power_is_no_strike() -> None:
    r = run("老板一周联系不上，厂里停电停工，两百多名工人今天聚集在厂门口讨要工资。").record()
    assert r["forms"] == ["protest"], r["forms"]


def test_a_floor_on_pay_is_no_pay_claim() -> None:
    r = run("一家电子厂三十多名工人今天罢工，讨要拖欠的两个月工资，厂里说工资不低于当地最低标准。"
            ).record()
    assert r["demands"] == ["wage_arrears"], r["demands"]


def test_a_raise_not_given_is_no_arrears() -> None:
    r = run("一家纸箱厂五十多名工人今天罢工，说工资三年都没给涨过。").record()
    assert r["forms"] == ["strike"], r["forms"]
    assert "wage_arrears" not in r["demands"], r["demands"]


def test_wages_not_yet_paid_are_no_pay_claim() -> None:
    r = run("一家服装厂三十多名工人今天罢工，工资已经两个月没发了。").record()
    assert "wage_arrears" in r["demands"]
    assert "pay" not in r["demands"]


# -- responses and ownership -------------------------------------------------------------


@pytest.mark.parametrize(("text", "response"), [
    ("三百多名工人爬上厂房屋顶要跳楼，后来市长都赶过来了，劝到半夜大家才下来。",
     "government_intervention"),
    ("医院门口聚了几十个护士讨薪，听说市卫健委已经知道了，说在想办法。",
     "government_intervention"),
    ("一百多名工人在工地拉横幅讨薪，有关部门此前已出面协调，要求开发商限期付清。",
     "government_intervention"),
    ("商场关店，八十多名员工轮班驻守仓库，工会主席一直和大家站在一起。", "union_intervention"),
    ("一百多名员工委托工会和公司谈补偿，此前他们在门店外静坐了两周。", "union_intervention"),
    ("Led by their union chairman, around 70 former employees have camped outside the store "
     "since March to stop the company moving stock out.", "union_intervention"),
    ("几十名农民工去工地讨薪，结果有六个人被关进派出所，一整天没吃饭。", "detention"),
    ("Police hauled off some 40 workers who had occupied the site over unpaid wages.",
     "detention"),
    ("一名装修工去找包工头要工钱被打进了医院，二十多名工友赶去讨公道。", "violence"),
    ("二十多名工人在酒店门口讨说法，派出所也来人了。", "police"),
    ("两百多名工人今天冲出工地大门讨薪，住建局、信访局人员随后到场。",
     "government_intervention"),
    ("Some 150 workers climbed onto a factory roof over compensation; the city's mayor came to "
     "the site and talked them down.", "government_intervention"),
    ("四十多名保洁员今天坐在物业公司门口讨薪，劳动监察的人也来了。", "government_intervention"),
    ("两百多名工人昨天停工，街道办和劳动保障所的人都到了。", "government_intervention"),
    ("八十多个老职工在区政府门口坐了一上午，信访局的人出来收了材料。",
     "government_intervention"),
    ("环卫工们今天集体不出工，讨要三个月工资，城管那边来人了，说先垫付一个月。",
     "government_intervention"),
    ("Hundreds of workers marched to the county government over unpaid wages; officials "
     "addressed the crowd.", "government_intervention"),
    ("上百名司机今天把装车站的路口给堵了，抗议运费下调，交警和派出所都来了。", "police"),
    ("五十多名骑手今天集体下线，站长叫来了片区经理，双方谈到晚上也没谈出结果。", "negotiation"),
    ("A subcontractor posted a video saying his workers were locked in a police station after "
     "asking for their unpaid wages.", "detention"),
])
def test_responses_told_in_real_reports(text: str, response: str) -> None:
    r = run(text).record()
    assert response in r["responses"], (text, r["responses"])


def test_talk_of_couriers_and_a_police_station_that_ignores_are_no_responses() -> None:
    r = run("三十多名快递员今天集体罢工，站长在群里谈到快递员的派件费要降，"
            "工人说报了警，派出所都不管。").record()
    assert r["kind"] == "collective_action"
    assert "negotiation" not in r["responses"], r["responses"]
    assert "police" not in r["responses"], r["responses"]


def test_urban_management_officers_are_no_police() -> None:
    r = run("Hundreds of street cleaners stopped work on Monday over unpaid wages; the city sent "
            "urban management officers out to sweep the streets.").record()
    assert r["forms"] == ["strike"], r["forms"]
    assert r["responses"] == [], r["responses"]


def test_people_at_an_office_door_are_no_officials() -> None:
    r = run("三百多名工人今天聚集在市政府门口讨薪，派出所的人来了。").record()
    assert r["responses"] == ["police"], r["responses"]


def test_an_office_asked_for_help_is_neither_a_response_nor_the_owner() -> None:
    r = run("建筑公司到今天还没给我们农民工发工资，大家滞留在工地回不了家，"
            "只能求政府部门出面帮我们讨回工钱。").record()
    assert r["kind"] == "call_for_help", r["kind"]
    assert r["responses"] == [], r["responses"]
    assert r["ownership"] != "government"


@pytest.mark.parametrize(("text", "owner"), [
    ("一个国有林场的一百多名老职工今天到县政府上访，要求落实养老待遇。", "government"),
    ("镇卫生院二十多名医护人员今天停工，说绩效工资已经十个月没发了。", "government"),
])
def test_public_institutions_are_government(text: str, owner: str) -> None:
    r = run(text).record()
    assert r["ownership"] == owner, (text, r["ownership"])


def test_the_hospital_the_hurt_were_taken_to_is_no_owner() -> None:
    r = run("今天上午一家砖厂的窑洞发生坍塌，3名工人受伤，已被送往县人民医院救治。").record()
    assert r["kind"] == "workplace_accident"
    assert r["ownership"] != "government"


def test_a_plea_for_help_before_a_union_is_no_union_refusal_test() -> None:
    r = run("一名摔伤的油漆工在网上求助。县总工会随后介入，帮他拿到了医药费。").record()
    assert "union_intervention" in r["responses"]


# -- industry ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "industry"), [
    ("十几名装修工人给一家酒店做完吊顶，酒店拖欠工钱快一年了，今天在酒店门口拉横幅。",
     "construction"),
    ("#求助# 我们几个是给一家商场楼上的宾馆做装修的工人，宾馆的工钱拖了一年不结，求大家帮帮忙。",
     "construction"),
    ("一家装饰公司拖欠工人工资，二十多名工人今天在公司门前拉起横幅讨薪。", "construction"),
    ("一家酒厂拖欠员工工资，几名工人今天爬上办公楼楼顶讨薪。", "manufacturing"),
    ("县医院门口今天聚了几十个医护，工资已经欠了半年了。", "healthcare"),
    ("Tower crane operators in three provinces stopped work on Monday, demanding a basic wage "
     "of 8,000 yuan.", "construction"),
    ("工人在车间被搅拌机绞伤右手，医生说要做两次手术，老板只付了两千块就不管了，求助！",
     "manufacturing"),
])
def test_industry_told_by_the_trade(text: str, industry: str) -> None:
    r = run(text).record()
    assert r["industry"] == industry, (text, r["industry"])
