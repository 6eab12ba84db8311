"""Coded fields read from more ways real events are retold: yearly statistics, anniversaries
and trials that are no incident; a case taken to a labour group, a clip shared online; a hand
caught in a machine; a stoppage told as going on; a road named by its name, a depot's exit,
vehicles driven across a way in, traffic at a standstill; banners carried in a march; an
office weighed, or built, and not petitioned; a boss seized; trades named by their site or
product; multinationals named by their brand; grievances told as base pay, a raise, a working
day, a union election, a fine in yuan; words that tell who someone is, not what they claim;
the state asked for, listed, pressing or meeting; force told by the hurt. Every sentence here
is written for these tests and stands for a rule, not a case (2024-10-18, the default post day,
is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run

# -- no incident ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # yearly statistics of deaths
    "应急管理部通报：2019年全国工矿商贸事故死亡2000余人，十万人死亡率继续下降。",
    "去年全省煤矿百万吨死亡率降到0.1以下，全年死亡15人，创历史新低。",
    # an old strike remembered on history's day (told by its years, 四十年前的今天, it is retold:
    # see test_r24_kinds)
    "历史上的今天：1922年的这一天，一条铁路的工人举行大罢工。",
    # a trial over an old accident
    "一家化工厂爆炸事故所涉案件今天一审宣判，厂长被判处有期徒刑五年。",
    "A court sentenced the owner of a fireworks workshop to six years over a blast there.",
    # a customer's prepaid card
    "游泳馆的会员卡充了五千块，现在前台换了人也不给退，打12315投诉了，想问问还能怎么办。",
    "美容院办的年卡还没用完就换了老板，店员说不认账，我准备打12315。",
])
def test_statistics_anniversaries_trials_and_customers_are_no_incident(text: str) -> None:
    r = run(text).record()
    assert r["is_incident"] is False, (text, r["kind"])


@pytest.mark.parametrize("text", [
    "贵州一家建筑公司在柬埔寨承建的酒店工地发生坍塌，造成3名中国工人死亡。",
    "A Jiangsu contractor's site in Laos saw a scaffold collapse on Monday; three workers died.",
])
def test_an_event_told_in_a_place_abroad_is_no_incident(text: str) -> None:
    r = run(text).record()
    assert r["is_incident"] is False, (text, r["kind"])


def test_a_move_abroad_leaves_the_action_at_home() -> None:
    r = run("工厂要把生产线搬到越南，东莞三百多名工人今天罢工，要求先谈补偿。").record()
    assert r["kind"] == "collective_action", r["kind"]


# -- kind -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Li, a welder who lost two fingers at a furniture plant in Jiangxi, took his case to a "
    "labour rights group after the owner stopped paying his medical bills.",
    "A clip shared widely this week shows a dozen plasterers in Hebei asking a developer to pay "
    "the 300,000 yuan it owes them.",
    "A former quarry hand with silicosis told her story to a labour group in May; her old "
    "employer refuses to pay for treatment.",
])
def test_a_case_taken_to_a_labour_group_or_a_clip_is_a_call_for_help(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "call_for_help", (text, r["kind"])


@pytest.mark.parametrize("text", [
    "On Friday about 60 workers demanding unpaid wages outside a hotel site in Guiyang met a line "
    "of guards.",
    "Dozens of drivers demanding their back pay outside a logistics depot in Wuhan on Monday "
    "were met by police.",
])
def test_workers_demanding_wages_at_a_place_is_a_protest(text: str) -> None:
    ex = run(text)
    r = ex.record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "protest" in r["forms"]
    assert "wage_arrears" in r["demands"]
    assert_evidence(ex, text)


@pytest.mark.parametrize("text", [
    "工友在工地上被钢管砸中，腿骨折了，老板不肯出医药费，求大家帮帮忙。",
    "他搬货时被货架砸伤头部，厂里一直拖着不给报销医药费，求助。",
])
def test_a_body_struck_is_no_riot(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == [], (text, r["forms"])
    assert r["kind"] == "call_for_help", (text, r["kind"])


@pytest.mark.parametrize("text", [
    "他的胳膊被搅拌机卷了进去，人一下子晕了过去，工友赶紧关了电闸。",
    "一名冲压工的左手被机器卷入，痛晕在车间里。",
])
def test_a_hand_caught_in_a_machine_is_an_accident(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["accident_type"] == "machinery", (text, r["accident_type"])


@pytest.mark.parametrize("text", [
    "南郊的五金厂前天起停工，一直持续到今天。我们就想要回被拖欠的工资。",
    "开发区一家灯具厂昨天上午停工，到现在仍未复工。大家要求厂里补缴社保。",
])
def test_a_stoppage_told_as_going_on_is_a_strike(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "strike" in r["forms"]


@pytest.mark.parametrize("text", [
    "纸品厂下午车间都停了，院子里站满了人。厂里欠着两个月工钱。",
    "五金厂今天早上机器都停了，大门外挤满了人。老板拖了三个月工资。",
])
def test_a_crowd_standing_stands_for_the_workers_of_a_stoppage(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "strike" in r["forms"]


@pytest.mark.parametrize("text", [
    "网友拍视频称，八十多名工人在公司楼下讨说法，保安还动了手。",
    "网传视频：五十多个农民工在售楼部讨薪，现场有警察。",
])
def test_a_claim_made_by_a_crowd_is_an_action_whoever_filmed_it(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", (text, r["kind"])


@pytest.mark.parametrize("text", [
    "今早公交场站的车一辆也没开出来，司机们说工资被扣了一半。",
    "出租车公司今天一辆都没开出场，的哥们抗议份子钱上涨。",
])
def test_no_vehicle_leaving_the_depot_is_a_strike(text: str) -> None:
    r = run(text).record()
    assert "strike" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize("text", [
    "几名讨薪工人把包工头扣在工棚里，要他当场结清工钱。",
    "Workers owed three months' pay held their manager hostage in the office for six hours.",
])
def test_the_boss_seized_is_another_form(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "other" in r["forms"], (text, r["forms"])


# -- forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "两百多名工人讨薪，滨江大道被堵了半个小时。",
    "上百名货车司机堵住收费站入口，抗议运费一降再降。",
    "十几辆渣土车横在路口，司机们要求公司结清运费。",
    "四百多名员工聚在工业区门口抗议降薪，附近交通瘫痪了两个小时。",
    "Hundreds of laid-off miners protested over unpaid severance and traffic was brought to a "
    "standstill for hours.",
])
def test_roads_exits_and_traffic_stopped_are_a_blockade(text: str) -> None:
    r = run(text).record()
    assert "road_blockade" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize("text", [
    "Some 200 workers spent the day sitting on the ground outside the plant's office, demanding "
    "their overtime pay.",
    "Cleaners sat on stools at the entrance of the mall all afternoon over unpaid wages.",
])
def test_sitting_outside_is_a_sit_in(text: str) -> None:
    r = run(text).record()
    assert "sit_in" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize("text", [
    "上百名工人打着横幅沿街游行，要求厂方补发工资。",
    "Workers marched through the town centre with banners over six months of unpaid wages.",
])
def test_banners_carried_in_a_march_are_the_march(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["march"], (text, r["forms"])


@pytest.mark.parametrize("text", [
    "工地上几十个人围在项目部门口，商量着是去住建局还是直接去法院。",
    "工友们在考虑要不要去信访局，老板已经三个月没露面，工资一分没发。",
])
def test_an_office_weighed_is_no_petition(text: str) -> None:
    # an office only talked of, with nothing done and no call made, is no event at all
    r = run(text).record()
    assert r["is_incident"] is False, (text, r["forms"], r["responses"])


@pytest.mark.parametrize("text", [
    "他们承包的区政府大楼装修工程完工一年了，工钱还欠着八十万，今天在工地拉横幅讨薪。",
    "工人们说市政府大院里的改造工程款到现在没结，昨天他们在项目部门口聚集讨薪。",
])
def test_an_office_that_is_the_worksite_is_no_petition(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["protest"], (text, r["forms"])


@pytest.mark.parametrize("text", [
    "上百名环卫工早上聚集区政府，要求补发工资，中午抗议还在继续。",
    "三百多名教师上午聚集县政府，追讨拖欠的绩效，下午抗议仍未结束。",
])
def test_a_protest_going_on_at_an_office_is_the_petition(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["petition"], (text, r["forms"])


# -- industry -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "industry"), [
    ("一家船舶公司的分段车间里，钢板从行车上滑落，砸死了两名工人。", "manufacturing"),
    ("某空调公司两百多名员工今天停工讨薪。", "manufacturing"),
    ("A dyeing company in Shaoxing has not paid 80 staff since May, and they walked out.",
     "manufacturing"),
    ("村里一座废弃厂房里发生爆燃，造成3人死亡。", "manufacturing"),
    ("机场改扩建项目的工人住在山脚的工棚里，夜里被山洪冲垮，5人遇难。", "construction"),
    ("一条省道的加固工程完工半年，二十多名工人至今没拿到工钱，今天到交通局门口讨说法。",
     "construction"),
    ("Dozens of labourers who were building a school gym in Hefei posted a video asking the "
     "firm to pay the wages it owes them.", "construction"),
    ("核酸采样员集体罢工，说三个月没发工资。", "healthcare"),
    ("城西的核酸检测点今天停工，采样人员抗议被拖欠工资。", "healthcare"),
    ("一家湘菜酒楼欠了厨师和服务员三个月工资，二十多人今天堵门讨薪。", "services"),
    ("火锅饭馆突然关门，老板欠着两个月工资，十几名员工到店里讨说法。", "services"),
    ("我在牧民家的草场放羊三年，老板一直压着工钱不给，求好心人帮帮忙。", "agriculture"),
    ("掘进工作面突水，12人被困，其中5人已升井。", "mining"),
])
def test_trades_named_by_their_site_or_product(text: str, industry: str) -> None:
    r = run(text).record()
    assert r["industry"] == industry, (text, r["industry"])


def test_a_former_school_is_no_school() -> None:
    r = run("一所停办的小学被改作厂房，今天发生爆燃，2名工人死亡。").record()
    assert r["industry"] == "manufacturing", r["industry"]


# -- ownership ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "More than 500 workers at a Taiwan-invested furniture plant in Dongguan went on strike.",
    "港商老板突然关厂，三百多名工人围在厂门口讨薪。",
    "Workers at a Sony camera plant in Guangzhou walked out over pay cuts.",
    "几千名工人在西门子的开关工厂停工，要求加薪。",
    "Staff at Philips's lighting factory in Zhuhai struck over the closure.",
])
def test_foreign_owners_named_by_origin_or_brand(text: str) -> None:
    r = run(text).record()
    assert r["ownership"] == "foreign_invested", (text, r["ownership"])


def test_a_supplier_of_a_brand_is_not_the_brand() -> None:
    r = run("一家为耐克代工的民营鞋厂，一千多名工人今天罢工。").record()
    assert r["ownership"] == "private", r["ownership"]
    r = run("Workers at a private shoe factory that makes orders for Adidas went on strike."
            ).record()
    assert r["forms"] == ["strike"], r["forms"]
    assert r["ownership"] != "foreign_invested", r["ownership"]


@pytest.mark.parametrize("text", [
    "我爸从脚手架上摔下来，在县人民医院住了一个月，包工头一分钱都不出，求助。",
    "我爸在砖厂被砸伤，住在市人民医院，厂里一分钱都不出，求助。",
])
def test_a_patients_hospital_is_not_the_employer(text: str) -> None:
    r = run(text).record()
    assert r["ownership"] != "government", (text, r["ownership"])


@pytest.mark.parametrize("text", [
    "一处无证生产的作坊发生爆燃，造成2人死亡。",
    "两人合伙开的小加工点发生火灾，3名工人遇难。",
])
def test_an_unlicensed_workshop_is_private(text: str) -> None:
    r = run(text).record()
    assert r["ownership"] == "private", (text, r["ownership"])


# -- accident type --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("施工路段突然塌陷，2名工人被埋，经抢救无效死亡。", "collapse"),
    ("山泥倾泻冲毁了工地宿舍，4名工人死亡。", "collapse"),
    ("台风刮倒了工地的广告架，3名工人被砸身亡。", "collapse"),
    ("暴雨中一堵围墙倒下，压垮了旁边的工棚，2名工人遇难。", "collapse"),
    ("引水隧洞里透水，上方路面跟着塌陷，3名工人遇难。", "collapse"),
    ("工地脚手架突然倒塌，一声巨响后2名工人被压，当场死亡。", "collapse"),
    ("化工厂车间发生爆炸，3人死亡，附近居民担心有毒气体泄漏。", "explosion_fire"),
    ("An explosion at a pesticide plant killed four workers; residents feared a toxic gas leak.",
     "explosion_fire"),
])
def test_accident_types_told_by_what_followed(text: str, kind: str) -> None:
    r = run(text).record()
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["accident_type"] == kind, (text, r["accident_type"])


def test_water_in_a_mine_is_still_a_mine_accident() -> None:
    r = run("煤矿井下透水后又突水，巷道局部塌陷，5名矿工被困。").record()
    assert r["accident_type"] == "mine", r["accident_type"]


# -- demands --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "demand"), [
    ("A porter injured at a market in Kunming worked without an employment contract, his wife "
     "says, asking for help.", "employment_relationship"),
    ("Workers struck after hearing that a rival group is buying their plant.",
     "relocation_closure"),
    ("The owners want to close the workshop by June, and 300 workers walked out.",
     "relocation_closure"),
    ("厂子要被卖掉了，两百多名工人今天罢工要求补偿。", "relocation_closure"),
    ("老板放话厂不办了，工人们今天停工要说法。", "relocation_closure"),
    ("工人们罢工，要求把底薪从2000元提到3000元。", "pay"),
    ("Teachers petitioned for the performance awards paid in the next county.", "pay"),
    ("Cleaners struck over low pay and long hours.", "pay"),
    ("每月份钱涨到六千，出租车司机今天集体停运。", "pay"),
    ("三百多名教师罢课，要求提高待遇。", "pay"),
    ("工人们停工，要求把工资提升到每月五千元。", "pay"),
    ("工人们说每天早七点干到晚十点，今天车间两百人集体罢工。", "hours_overtime"),
    ("早上六点做到夜里十一点，装配线两百名工人今天停工。", "hours_overtime"),
    ("Warehouse staff walked out because managers refuse to let anyone take leave.",
     "hours_overtime"),
    ("工人们罢工后，要求改选工会主席。", "other"),
    ("Workers at a toy plant went on strike; they also demanded an election for the union "
     "committee.", "other"),
    ("Taxi drivers struck over unlicensed cabs taking their fares.", "other"),
    ("二十几个装修工今天在小区门口讨工资，说干完活三个月了。", "wage_arrears"),
    ("十几名搬运工堵在仓库门口，说工钱拿不到手已经三个月了。", "wage_arrears"),
    ("包工头拿了工程款就失联了，血汗钱分文未付，五十多名工人今天堵住大门。", "wage_arrears"),
    ("司机们罢工，说迟到一次扣五十元。", "fines_management"),
    ("公交司机今天集体停运，说油耗一超标就要被罚钱。", "fines_management"),
    ("老板从没给工人买过工伤保险，三百名工人今天罢工。", "social_insurance"),
])
def test_more_grievances_told_in_real_reports(text: str, demand: str) -> None:
    r = run(text).record()
    assert demand in r["demands"], (text, r["demands"])


# each post with the one grievance its words might be taken for (in the comment) and the
# demands it does tell
@pytest.mark.parametrize(("text", "demands"), [
    ("老板从没给工人买过工伤保险，三百名工人今天罢工。", ["social_insurance"]),  # injury pay
    ("每月扣掉社保，到手只有两千出头，三百多名工人今天罢工要求加薪。", ["pay"]),  # insurance
    ("讨薪现场，一名怀孕的女工被保安推倒，几十名工人围住了厂门。", ["wage_arrears"]),  # bias
    # pension
    ("老周是退休工人，得了矽肺病，厂里一分钱不赔，他儿子发帖求助。", ["injury_compensation"]),
    ("他在工地打工时摔伤，老板不管，求助。", []),  # hours (打工时)
    ("Staff at a toy maker downed tools, saying the firm plans to lay them off without paying "
     "compensation.", ["severance"]),  # arrears
    ("Packers walked out over missing social insurance payments and fear the owner will shut "
     "the plant without compensation.",
     ["social_insurance", "relocation_closure", "severance"]),  # injury pay
    ("渣土车司机们停运抗议运费太低，交警赶来给路边的车开了罚单。", ["pay"]),  # fines
    ("Strikers want compensation for all their years of service before the plant changes hands.",
     ["severance"]),  # employment relationship
    ("After the strike the women were granted maternity pay and a heat allowance they had been "
     "denied.", ["pay"]),  # discrimination, working conditions
])
def test_words_that_tell_who_or_what_are_no_grievance(text: str, demands: list[str]) -> None:
    r = run(text).record()
    assert r["is_incident"], text
    assert r["demands"] == demands, (text, r["demands"])


def test_a_pregnant_worker_dismissed_is_still_discrimination() -> None:
    r = run("三名怀孕的女工被厂里辞退，今天她们和几十名工友在厂门口抗议。").record()
    assert "discrimination" in r["demands"], r["demands"]


# -- responses ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "几十名工人在工地门口讨薪，盼着政府出面帮他们把钱要回来。",
    "五十多名农民工在县政府门口等了一上午，请政府出面帮他们要回工钱。",
])
def test_the_government_asked_for_is_no_intervention(text: str) -> None:
    r = run(text).record()
    assert r["is_incident"], text
    assert r["responses"] == [], (text, r["responses"])


@pytest.mark.parametrize(("text", "code"), [
    ("上百名工人到市政府门前讨薪，市里随即组织信访、公安等部门接待工人代表。",
     "government_intervention"),
    ("五十多名农民工到售楼处讨薪，住建局第二天就向开发商施压。", "government_intervention"),
    ("Drivers struck for two days before the transport bureau ordered the company to restore "
     "their pay.", "government_intervention"),
    ("上千名的哥停运，交通运输局连夜召开协调会。", "government_intervention"),
    ("罢工第三天，双方终于谈妥：每人每月加薪三百元。", "negotiation"),
    ("停工一周后，工人终于和公司谈下来每人补偿一万元。", "negotiation"),
    ("三百多名工人罢工，推选五名代表与厂方谈判。", "negotiation"),
    ("Striking workers blocked the gate until police arrived; a dozen were taken into custody and "
     "others were dragged off the road.", "detention"),
    ("Striking workers blocked the gate until police arrived; a dozen were taken into custody and "
     "others were dragged off the road.", "violence"),
    ("上百名教师到教育局讨薪，民警执法粗暴，多人被带走。", "violence"),
    ("工人们在镇政府门前静坐，派出所来人强行带走六人，有两名女工在拉扯中受伤住院。", "violence"),
])
def test_state_and_talks_told_in_real_reports(text: str, code: str) -> None:
    r = run(text).record()
    assert code in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(("text", "responses"), [
    # the police listed among the offices the city sent
    ("上百名工人到市政府门前讨薪，市里随即组织信访、公安等部门接待工人代表。",
     ["government_intervention"]),
    # representatives chosen, with no talks
    ("八十多名环卫工停工后选出三名代表，去区信访办递交了材料。", []),
    ("八十多名工人罢工后推举了五名代表，晚上在宿舍里商议下一步。", []),
])
def test_offices_listed_and_representatives_alone_are_no_response(
    text: str, responses: list[str]
) -> None:
    r = run(text).record()
    assert r["is_incident"], text
    assert r["responses"] == responses, (text, r["responses"])


# -- the same words where they say something else ---------------------------------------------


def test_an_office_ordering_the_employer_is_still_an_intervention() -> None:
    r = run("两百多名工人到县政府讨薪，县政府要求开发商三天内结清工资，并派员协调。").record()
    assert "government_intervention" in r["responses"], r["responses"]


def test_the_police_department_alone_is_the_police() -> None:
    r = run("三十多名工人在工地门口讨薪时被打，公安部门已介入调查。").record()
    assert "police" in r["responses"], r["responses"]


@pytest.mark.parametrize("text", [
    "Hundreds of workers struck on Monday as the pay dispute dragged on into a third month.",
    "Workers at a garment plant struck over brutal working hours and pushed back against the "
    "new rules.",
])
def test_a_dispute_dragging_on_is_no_violence(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["strike"], (text, r["forms"])
    assert r["responses"] == [], (text, r["responses"])


def test_a_claim_carried_into_a_government_building_is_still_a_petition() -> None:
    r = run("六十多名农民工来到区政府大楼讨要工程款。").record()
    assert "petition" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", [
    "工友受伤后被转去医院，公司至今不给报销，三十多名工人今天罢工。",
    "Workers struck after the firm said it is buying new machines and cutting piece rates.",
])
def test_a_transfer_or_a_purchase_is_no_closure(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["strike"], (text, r["forms"])
    assert "relocation_closure" not in r["demands"], (text, r["demands"])


def test_tests_in_a_factory_leave_it_a_factory() -> None:
    r = run("电子厂封闭管理，每天做核酸，上千名工人今天冲出厂区抗议。").record()
    assert r["industry"] == "manufacturing", r["industry"]
