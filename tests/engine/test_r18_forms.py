"""Forms of action told in reporters' words, and the borders of kinds (round 18): a claim carried
to the boss, a night spent in a lobby, a march on an office, things thrown at the police, a threat
to jump told by its gesture or the air cushion under it, a hunger strike, a fleet told stopped;
and what is none: a video of a claim, a plan, a reporter at an office, a place surrounded by
rubbish. Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed, record

# -- a claim carried to the employer by a crowd: a protest -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "昨天二十多名工人到建筑公司讨要拖欠半年的工钱，老板一直不露面。",
        "上周装修工人们去项目部要工资，项目经理说钱还没到账。",
        "一群钢筋工今天到开发商售楼部要钱，要求结清去年的工钱。",
        "About 30 workers went back to the furniture factory on Monday to collect their unpaid "
        "wages.",
    ],
)
def test_a_claim_carried_to_the_employer_is_a_protest(text: str) -> None:
    assert "protest" in listed(text, "forms"), text


def test_one_workers_visit_to_the_boss_is_no_protest() -> None:
    # near-miss: the poster alone went to ask for his pay
    r = record("我昨天去公司要工资，老板说下个月再发，工地拖欠我三个月工钱了，求助。")
    assert "protest" not in (r["forms"] or []), r


# -- a crowd crammed into an office, a night spent there, a march on an office ----------------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Dozens of construction workers crowded into the developer's sales office on Friday "
         "demanding wages owed since spring.", "protest"),
        ("About 50 sanitation workers packed into the lobby of the cleaning company's headquarters "
         "to demand unpaid wages.", "protest"),
        ("Fifteen builders spent last night in the lobby of the contractor's office, demanding "
         "wages they have been owed for a year.", "sit_in"),
        ("Twenty cleaners spent two nights outside the hospital building over unpaid wages.",
         "sit_in"),
        ("More than 500 builders marched on the city government on Tuesday to demand unpaid wages.",
         "petition"),
        ("Hundreds of teachers marched on the county party committee over pay arrears.",
         "petition"),
    ],
)
def test_forms_told_in_english_phrases(text: str, form: str) -> None:
    assert form in listed(text, "forms"), text


def test_buyers_crammed_into_an_office_are_no_workers() -> None:
    # near-miss: investors in the lobby, no worker named before them
    r = record("Hundreds of people crowded into the lobby of a property developer's headquarters "
               "demanding repayment of the wealth management products they bought.")
    assert "protest" not in (r["forms"] or []), r


# -- a march counted, not the month -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 30 March more than 200 marched to the labour bureau over unpaid housing fund "
        "contributions.",
        "Over 300 marched through the town on Monday demanding their unpaid wages from the shoe "
        "factory.",
        "About 1,000 marched from the plant to the county government over unpaid wages.",
    ],
)
def test_a_march_after_a_count_is_a_march(text: str) -> None:
    assert "march" in listed(text, "forms"), text


def test_the_month_after_a_day_is_no_march() -> None:
    # near-miss: "30 March" is a day
    r = record("Workers at a toy factory went on strike on 30 March over unpaid wages.")
    assert "march" not in (r["forms"] or []), r


# -- a crowd that went round an office: the petition -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天上千名出租车司机停运，围到市政府外抗议网约车抢生意。",
        "数百名环卫工人昨天围到区政府门口，讨要三个月的欠薪。",
        "一百多名教师围到县教育局门前讨说法，要求补发绩效工资。",
    ],
)
def test_a_crowd_gone_round_an_office_petitions(text: str) -> None:
    forms = listed(text, "forms")
    assert "petition" in forms and "protest" not in forms, (text, forms)


def test_a_crowd_round_the_boss_stays_a_protest() -> None:
    # near-miss: gone round the boss, not an office
    assert "protest" in listed("几十名工人围到老板办公室门口讨要欠薪。", "forms")


# -- a threat to jump, told by its gesture or the air cushion -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5日，六名农民工爬上商场外墙作势要跳，讨要拖欠的工钱。",
        "十几个护士坐在四楼窗台上，楼下消防铺了气垫，说工资拖了半年。",
        "一群装修工人站在办公楼外的平台边，消防在楼下铺设气垫，工人说老板欠了他们八个月工钱。",
        "三名工人站在商场外墙边作势要跳，称包工头拖欠工资半年。",
    ],
)
def test_a_threat_to_jump_told_by_its_gesture(text: str) -> None:
    assert "self_harm_threat" in listed(text, "forms"), text


def test_a_cushion_for_a_stunt_show_is_no_threat() -> None:
    # near-miss: an air cushion at no workers' dispute
    r = record("商场今天搞活动，在广场上铺了气垫给小朋友玩。")
    assert not r["is_incident"], r


# -- a hunger strike, a burial: other ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "三十多名老师一起到县教育局绝食，要求补发两年的工资。",
        "Twelve workers owed wages went on a hunger strike outside the factory gate.",
        "A group of builders half-buried themselves in the ground to demand unpaid wages.",
    ],
)
def test_a_hunger_strike_or_a_burial_is_other(text: str) -> None:
    r = record(text)
    assert r["kind"] == "collective_action" and "other" in r["forms"], r
    assert "strike" not in r["forms"], r


def test_a_strike_beside_a_hunger_strike_stays() -> None:
    # near-miss: a stoppage of its own beside the hunger strike
    forms = listed("About 200 workers went on strike on Monday over unpaid wages and three of "
                   "them began a hunger strike on Friday.", "forms")
    assert "strike" in forms and "other" in forms, forms


# -- a strike told in other words ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 teachers stayed out of their classrooms on Monday over unpaid bonuses.",
        "Day 3 of the 'collective leave' at the bottling plant: about 100 staff off work over "
        "severance pay.",
        "份子钱太高了，的哥们扛不住。昨天起全市一半的车都停了。",
        "份子钱又涨了，司机们扛不住。今天全城的出租车基本停了。",
    ],
)
def test_a_strike_told_in_other_words(text: str) -> None:
    assert "strike" in listed(text, "forms"), text


def test_cars_stopped_in_a_jam_are_no_strike() -> None:
    # near-miss: no share of a fleet, cars stopped in the traffic
    r = record("的哥们抱怨份子钱太高。晚高峰时路上的车都停了，堵得动不了。")
    assert "strike" not in (r["forms"] or []), r


# -- things thrown at the police, a crowd that would not leave, a case taken to an office -------


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Hundreds of workers hurled stools and crates at riot police after sudden layoffs and "
         "unpaid wages.", "protest"),
        ("Workers threw bottles at the police outside the plant over unpaid wages.", "protest"),
        ("几百名工人向防暴警察扔砖头，工厂突然裁员还欠着工资。", "protest"),
        ("开发商还欠着工钱，讨薪的20名工人仍没有离开工地。", "sit_in"),
        ("Twenty workers sacked without compensation took their case to the city federation of "
         "trade unions in May.", "petition"),
        ("The 40 cleaners took their complaint to the county labour bureau over unpaid wages.",
         "petition"),
    ],
)
def test_more_forms_told_in_phrases(text: str, form: str) -> None:
    assert form in listed(text, "forms"), text


def test_a_bus_stop_surrounded_by_rubbish_is_no_protest() -> None:
    # near-miss: things round a place, the cleaners on strike
    forms = listed("环卫工人集体罢工，街上垃圾成堆，公交站也被垃圾包围。", "forms")
    assert forms == ["strike"], forms


def test_a_gate_surrounded_by_workers_stays_a_protest() -> None:
    assert "protest" in listed("工厂大门被几百名工人包围，工人要求补发欠薪。", "forms")


# -- the road: named by its name, blocked only in a wish, a car stopped in it --------------------


@pytest.mark.parametrize(
    "text",
    [
        "几千名鞋厂工人冲出厂门，把黄江大道堵得死死的，抗议取消奖金。",
        "数百名工人把107国道堵了，要求老板结清工资。",
        "工人涌出厂区，镇上的主干道堵了两个小时，抗议厂方取消加班费。",
        "三个女员工把老板的一辆奔驰拦在马路上，几个月的工资一分没发。",
        "出租车司机集体停运，部分司机拦下仍在载客的同行，抗议油价上涨。",
    ],
)
def test_a_road_blocked_however_told(text: str) -> None:
    assert "road_blockade" in listed(text, "forms"), text


def test_a_road_only_wished_is_no_blockade() -> None:
    # near-miss: a wish to block the road, turned back
    forms = listed("三千多名工人今天下午罢工，有人想去堵107国道，被拦了回来。", "forms")
    assert "road_blockade" not in forms and "strike" in forms, forms


# -- an office door with a crowd counted and a claim: a petition --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2日，省水利厅门前，七八名农民工站了很久讨工钱。",
        "省人社厅门前，七八名戴着安全帽的农民工站了很久讨工钱。",
        "省住建厅门前，五六名戴着口罩的农民工站了一上午讨工钱。",
    ],
)
def test_a_crowd_at_an_office_door_with_a_claim_petitions(text: str) -> None:
    assert "petition" in listed(text, "forms"), text


# -- no act: a reporter at an office, a plan, a video of a claim, a visit told by a family -------


def test_a_reporter_at_the_office_is_no_petition() -> None:
    r = record("165名工人向本台反映五个月没拿到工资，记者到镇政府了解情况，工作人员说负责人不在。")
    assert "petition" not in (r["forms"] or []), r


def test_workers_at_the_office_petition() -> None:
    # near-miss of the reporter: the workers went
    text = "165名工人到镇政府讨要五个月的工资，工作人员说负责人不在。"
    assert "petition" in listed(text, "forms")


@pytest.mark.parametrize(
    "text",
    [
        "公交公司发布通告称亏损严重，员工工资无力支付，计划自3月1日起停运市区线路。",
        "司机们计划从明天开始停运，抗议公司拖欠工资。",
        "工人们打算于下周一起罢工，要求补发拖欠的工资。",
    ],
)
def test_a_plan_with_its_day_is_no_act(text: str) -> None:
    r = record(text)
    assert "strike" not in (r["forms"] or []), r


@pytest.mark.parametrize(
    "text",
    [
        "武汉一个包工头带着工友拍了段讨薪视频，一边跳一边喊还我工资。#讨薪#",
        "一位泥水工在微博上连发讨薪诗，被拖欠一万多元工钱，被转发上千次。",
        "几个农民工编了首讨薪歌发到网上，老板欠了他们半年工资。",
    ],
)
def test_a_video_or_a_poem_of_a_claim_is_no_protest(text: str) -> None:
    r = record(text)
    assert "protest" not in (r["forms"] or []), r


def test_a_claim_at_the_site_stays_a_protest() -> None:
    # near-miss: the claim made in person, filmed
    assert "protest" in listed("几十个农民工今天在工地门口讨薪，有人拍了视频。", "forms")


def test_offices_listed_then_visited_by_the_family_is_a_plea() -> None:
    r = record("我爸在工地干活被拖欠了八个月工资，公司没人管。信访办、人社局我们都跑过了，"
               "都说先走仲裁。求大家帮我们发声！")
    assert r["kind"] == "call_for_help", r


def test_a_crowd_at_the_offices_is_a_petition() -> None:
    # near-miss: thirty workers went together
    r = record("三十多名工人一起到人社局讨要欠薪，工作人员说先走仲裁。")
    assert r["kind"] == "collective_action" and "petition" in r["forms"], r


def test_credited_to_government_departments_is_no_petition() -> None:
    r = record("A crew of about 40 workers who uploaded a dance video received their back pay, "
               "which a newspaper credited to the coordination of government departments.")
    assert "petition" not in (r["forms"] or []), r


# -- a call for help in the first person, not in a chant -----------------------------------------


def test_a_chant_in_quotes_is_not_the_posters_own_call() -> None:
    text = ("A building contractor and his crew uploaded a video on 21 January chanting 'Pay me my "
            "wages so I can go home!' and asked netizens for help with their unpaid wages.")
    r = record(text, "2013-01-31T10:00:00")
    assert r["date"] != "2013-01-31", r


def test_a_plea_in_the_first_person_is_dated_by_its_post() -> None:
    # near-miss: the poster speaks of himself
    r = record("我在工地干了半年，老板拖欠我两万块工资不给，求助！", "2013-01-31T10:00:00")
    assert r["kind"] == "call_for_help" and r["date"] == "2013-01-31", r


# -- a rumour put down -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "网传“某厂工人集体罢工讨薪”，请广大市民不信谣、不传谣。",
        "网传“数百名工人堵厂门讨薪”，经派出所核实，并无此事。",
        "近日网传“某厂工人围堵厂门”的视频，请市民不信谣不传谣。",
    ],
)
def test_a_rumour_put_down_is_no_incident(text: str) -> None:
    r = record(text)
    assert not r["is_incident"], r


def test_a_protest_beside_the_official_reply_stays() -> None:
    # near-miss: no rumour put down, the action reported
    assert "protest" in listed("今天上千名工人堵厂门讨薪，老板已经跑路三天了。", "forms")


# -- investors and creditors who acted, a protest at an embassy abroad: no labour incident -------


@pytest.mark.parametrize(
    "text",
    [
        "数百名参与融资的民众聚集在钢铁公司办公楼前，要求兑付融资款，有人在厂外堵路。",
        "上百名投资者聚集在理财公司门口，要求兑付本金，公司员工也没领到工资。",
        "Dozens of creditors rallied outside the developer's office demanding repayment of loans; "
        "the firm also owes its workers wages.",
    ],
)
def test_investors_or_creditors_who_acted_are_no_incident(text: str) -> None:
    r = record(text)
    assert not r["is_incident"], r


def test_workers_owed_by_a_firm_in_debt_still_act() -> None:
    # near-miss: the workers acted; the creditors are named after them
    forms = listed("数百名工人聚集在钢铁公司办公楼前讨要欠薪，公司还欠着债权人十多亿元。", "forms")
    assert "protest" in forms, forms


@pytest.mark.parametrize(
    "text",
    [
        "Workers' groups in several countries protested outside Chinese embassies on Monday "
        "against the detention of labour activists.",
        "Workers' rights groups rallied outside Chinese consulates on Friday over the arrest of "
        "worker organisers and unpaid wages.",
        "多国工人团体昨天在中国驻当地使馆外集会抗议，要求释放被拘押的工人代表并补发欠薪。",
    ],
)
def test_a_protest_at_a_chinese_embassy_is_abroad(text: str) -> None:
    r = record(text)
    assert not r["is_incident"], r


def test_a_protest_at_home_over_the_detentions_stays() -> None:
    # near-miss: workers at home protest the detentions
    forms = listed("About 300 workers protested outside the factory in Panyu on Monday against the "
                   "detention of their colleagues and unpaid wages.", "forms")
    assert "protest" in forms, forms


# -- a service stopped as its drivers act: their strike -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bus services across the city stopped on Monday as drivers gathered at the company's "
        "headquarters over eight months of unpaid wages.",
        "Taxi services in the county halted on Tuesday while drivers protested outside the "
        "transport bureau over new fees.",
        "Delivery services in the district ground to a halt on Friday as couriers rallied against "
        "pay cuts.",
    ],
)
def test_a_service_stopped_as_its_drivers_act_is_a_strike(text: str) -> None:
    assert "strike" in listed(text, "forms"), text


def test_a_service_stopped_by_the_company_is_no_strike() -> None:
    # near-miss: the service stopped for want of money, the drivers only owed
    r = record("Bus services stopped on Monday after the company ran out of money; drivers say "
               "they are owed wages.")
    assert "strike" not in (r["forms"] or []), r
