"""Coded fields read from more ways posts tell of a dispute indirectly: wages cut off or paid
short, a rate per piece cut, pay falling month by month, a monthly sum demanded, workers dropped
at an age, no labour relation or contract, a contract not renewed, hires a firm disowns, capacity
cuts and mergers, buy-outs, taxis against ride-hailing; stoppages told as stopping together, a
man up a crane, traffic cut, a road named by 这条路, a crowd all at the gate; denials quoting a
rumour, shoving with the police, a disease cluster's plea, window cleaners, scaffolds come down,
the missing, novels; dock workers, a child's school; private hospitals, firms owned from abroad
and foreign buyers; officials and unions told by more names and verbs; an education bureau
named, not gone to. Every sentence here is written for these tests and stands for a rule, not
a case (2024-10-18, the default post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record as _rec


def _demands(text: str) -> list[str]:
    r = _rec(text)
    assert r["is_incident"], text
    demands = r["demands"]
    assert isinstance(demands, list)
    return demands


# -- demands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "芜湖那家纸箱厂的工人两个月没发钱了，今天三十多人一起停工。",
        "从今年三月起我们的工资就断了，五十多个职工到镇政府门口等说法。",
        "江门一家灯具厂停发工资已经四个月，两百多名员工今天聚集在厂门口。",
        "我们公交公司的司机半年没足额发过工资，今天一起罢工了。",
        "About 80 sanitation workers in Xiangtan stopped work on Monday, saying they had not "
        "received wages since August.",
    ],
)
def test_wages_cut_off_or_paid_short_are_arrears(text: str) -> None:
    assert "wage_arrears" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "我弟在平台跑腿送货被车撞断了腿，平台说跟他不存在劳动关系，只肯赔五千，求大家帮帮他。",
        "我爸在工地干了三年钢筋工，从来没签过合同，现在摔伤了老板不认，求好心人指条路。",
        "我在一家私立幼儿园当了四年老师，怀孕后园长说合同到期不续签了，求懂法的朋友帮帮我。",
        "三百多名劳务工今天在厂区聚集，要求公司把干满三年的劳务工转为正式员工。",
        "About 40 cleaners at a hospital in Hefei stopped work on Tuesday after being told their "
        "contracts would not be renewed and they must sign fresh contracts with a new agency.",
    ],
)
def test_no_labour_relation_or_contract_is_the_employment_relationship(text: str) -> None:
    assert "employment_relationship" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "我舅舅在一个厂房工地干活，从架子上摔下来腰椎骨折，总包说人不是他们招的，不管，求大家帮忙转发。",
        "我老公在矿上干活被砸伤了腿，工伤赔偿没人管，矿上说不是矿上雇的，求好心人指条路。",
    ],
)
def test_hires_a_firm_disowns_are_the_employment_relationship(text: str) -> None:
    assert "employment_relationship" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "嘉兴的外卖骑手今天集体不接单了，每单配送费从六块降到四块五。",
        "金华几个网点的快递员罢工了，一件派费又下调了一毛五。",
    ],
)
def test_a_rate_per_piece_cut_is_pay(text: str) -> None:
    assert "pay" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "邯郸那家铸造厂的工人今天全停工了，说工资一个月比一个月少，还说是效益不好。",
        "运城一家焦化厂几百名工人在厂门口聚集，工人说收入越来越少，活却越来越多。",
    ],
)
def test_pay_falling_month_by_month_is_pay(text: str) -> None:
    assert "pay" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of welders at shipyards in Zhoushan stopped work on Monday, demanding 9,000 "
        "yuan a month.",
        "Several dozen bus drivers in Zhuhai went on strike, demanding a basic wage of 6,500 yuan "
        "per month.",
    ],
)
def test_a_monthly_sum_demanded_is_pay(text: str) -> None:
    assert "pay" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "我爸在物业当了十年保安，公司突然说满六十岁一律辞退，一分补偿都没有，求大家评评理。",
        "四十多名保洁员今天在公司门口聚集，公司说超过55岁的全部清退。",
    ],
)
def test_workers_dropped_at_an_age_are_discrimination(text: str) -> None:
    assert "discrimination" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "本溪一家钢厂说要去产能关掉两座高炉，五百多名工人今天在厂门口聚集，要求安置。",
        "临沂一家国营机床厂要并入新组建的集团，三百多个老职工在办公楼前聚集。",
        "Hundreds of workers at a cement plant in Handan protested on Friday over capacity cuts "
        "that will end 600 jobs.",
        "About 900 workers at a toy factory in Heyuan went on strike on Monday after the Hong "
        "Kong owner said production is moving to Cambodia.",
    ],
)
def test_capacity_cuts_mergers_and_moves_are_relocation(text: str) -> None:
    assert "relocation_closure" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of laid-off miners in Pingdingshan blocked a road on Monday, rejecting a "
        "buyout of 1,200 yuan per year of service.",
        "More than 200 workers at a paper mill in Jiamusi protested on Tuesday, calling the "
        "buy-out offered for their jobs far too low.",
    ],
)
def test_a_buyout_is_severance(text: str) -> None:
    assert "severance" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "About 90 staff of a closing department store in Xuzhou held a sit-in on Monday, "
        "demanding compensation based on their full years of service.",
        "Some 300 workers at a shoe factory in Putian went on strike after it said it would "
        "close, asking for severance for their years of service.",
    ],
)
def test_years_of_service_counted_for_compensation_are_no_contract_claim(text: str) -> None:
    demands = _demands(text)
    assert "employment_relationship" not in demands, (text, demands)


@pytest.mark.parametrize(
    "text",
    [
        "沈阳一家国营机床厂的两百多名退休及买断工龄职工，今天到区政府门前请愿，要求补缴养老保险。",
        "鞍山三百多个买断工龄的老工人在市政府门口聚集，要求落实养老待遇。",
    ],
)
def test_workers_bought_out_long_ago_claim_no_severance_by_it(text: str) -> None:
    demands = _demands(text)
    assert "severance" not in demands, (text, demands)


@pytest.mark.parametrize(
    "text",
    [
        "绵阳的出租车今天集体停运了，司机们说网约车到处抢客，没人管。",
        "泸州的的哥今天都不出车了，说生意都抢光了，黑车满街跑。",
        "Taxi drivers in Liuzhou parked their cabs on Monday in protest against unlicensed "
        "ride-hailing cars.",
    ],
)
def test_taxis_against_ride_hailing_claim_other(text: str) -> None:
    assert "other" in _demands(text), text


@pytest.mark.parametrize(
    "text",
    [
        "八十多个工人在工地门口拉横幅讨薪，谁能答应这种拖法？",
        "宝鸡那家机械厂四百多工人罢工了，干了十年给三千块就打发，谁会答应？",
    ],
)
def test_a_rhetorical_who_would_agree_is_no_negotiation(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", text
    assert "negotiation" not in r["responses"], (text, r["responses"])


# -- kind and forms -------------------------------------------------------------------------


def _forms(text: str) -> list[str]:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])
    forms = r["forms"]
    assert isinstance(forms, list)
    return forms


@pytest.mark.parametrize(
    "text",
    [
        "听开车的师傅说，公司三个月没发工资，好几条线的司机一起停的。",
        "今天小区垃圾没人收，听说环卫公司欠了工资，四十多个环卫工集体停的。",
    ],
)
def test_workers_who_stopped_together_are_on_strike(text: str) -> None:
    assert "strike" in _forms(text), text


@pytest.mark.parametrize(
    "text",
    [
        "高新区那个工地有人上塔吊了，底下二十几个工友拉着横幅，说老板欠了四十多万。",
        "南湖那个楼盘又有人上了塔吊，十几个农民工在下面等着要工钱。",
    ],
)
def test_a_man_up_a_crane_beside_his_workmates_is_a_threat(text: str) -> None:
    assert "self_harm_threat" in _forms(text), text


@pytest.mark.parametrize(
    "text",
    [
        "三百多名工人因工资被拖欠，走上厂外的省道，一度阻断交通。",
        "两百多名司机把车停在收费站前讨要运费，中断交通近两个小时。",
    ],
)
def test_traffic_cut_by_workers_is_a_road_blockade(text: str) -> None:
    assert "road_blockade" in _forms(text), text


@pytest.mark.parametrize(
    "text",
    [
        "六十多个工人讨薪，堵住了厂外那条路，谁也过不去。",
        "我们三十几个人大半年工资没拿到，现在都堵在工地前面这条路上。",
    ],
)
def test_a_road_named_this_road_is_blocked(text: str) -> None:
    assert "road_blockade" in _forms(text), text


@pytest.mark.parametrize(
    "text",
    [
        "鞋厂两个月没发工资，三百多号人都在厂门口，谁也不肯走。",
        "四十几个装修工人全在物业门口，等老板把欠的工钱结了。",
    ],
)
def test_a_crowd_all_at_the_gate_is_a_protest(text: str) -> None:
    assert "protest" in _forms(text), text


def test_a_crowd_sitting_at_the_gate_is_no_protest_besides() -> None:
    forms = _forms("工钱拖了一年，五十多个老乡都在项目部门口坐着，不给钱不走。")
    assert "protest" not in forms, forms


@pytest.mark.parametrize(
    "text",
    [
        "【辟谣】网传“某纺织厂上千名工人罢工讨薪”的视频，经核实系外地旧视频，与本县无关。武陟县公安局",
        "【辟谣】近日有人发布“某工地农民工堵路讨薪”的消息，经查属于谣言，请勿转发。",
    ],
)
def test_a_denial_that_quotes_the_rumour_is_no_incident(text: str) -> None:
    assert _rec(text)["is_incident"] is False, text


@pytest.mark.parametrize(
    "text",
    [
        "湘潭一家服装厂老板拖欠三十多名工人工资，工人昨天在厂外堵路，与警察发生推撞，一人被带走。",
        "八十多名工人堵住园区大门讨薪，与保安推撞，三名工人受伤。",
    ],
)
def test_shoving_is_a_fray_not_a_traffic_accident(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert r["accident_type"] is None, text


@pytest.mark.parametrize(
    "text",
    [
        "惠州一家电池厂的十八名工人联名写信求助，其中七人已被诊断为职业病，厂方拒绝承担医药费。",
        "湖州一家石材厂的十二名工人联名写信求助，称其中五人确诊尘肺病，厂方不肯赔偿。",
    ],
)
def test_a_disease_cluster_asking_for_help_is_a_call_for_help(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "call_for_help", (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "国贸那边一个蜘蛛人从十几楼掉下来了，安全绳断了，人没了😭 #北京#",
        "珠江新城有个擦玻璃的师傅从吊绳上掉下来，人当场没了。",
    ],
)
def test_a_window_cleaner_falling_is_an_accident(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["accident_type"] == "fall", text


@pytest.mark.parametrize(
    "text",
    [
        "刚刚高新区一个工地的模板支架倒下来了，救护车来了好几辆 #成都#",
        "南湖路那个在建楼的脚手架整个倒了下来，救护车拉走了几个人。",
    ],
)
def test_a_structure_come_down_on_a_site_is_a_collapse(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["accident_type"] == "collapse", text


@pytest.mark.parametrize(
    "text",
    [
        "那个隧道塌了，我们村有三个人在里面打工，到现在还没消息。",
        "矿上透水了，我表哥那个班十几个人生死未卜。",
    ],
)
def test_workers_missing_after_an_accident_are_an_accident(text: str) -> None:
    assert _rec(text)["kind"] == "workplace_accident", text


@pytest.mark.parametrize(
    "text",
    [
        "Just read the novel about a Dongguan toy factory: the strike in it lasts nine days and "
        "the police come twice.",
        "A fictional mine in Shanxi, a strike over unpaid wages and a love story: the best book "
        "I read this year.",
    ],
)
def test_a_novel_is_no_incident(text: str) -> None:
    assert _rec(text)["is_incident"] is False, text


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers are searching for six miners after water burst into a coal mine in Hegang on "
        "Sunday night.",
        "Five miners were trapped by an inrush of water at a colliery in Liupanshui on Friday.",
    ],
)
def test_water_bursting_in_is_a_mine_accident(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["accident_type"] == "mine", text


# -- industry and ownership -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A dock worker was killed when a container fell on him at Qingdao's Qianwan terminal on "
        "Monday, colleagues say.",
        "Two dockworkers died on Tuesday when a gantry crane toppled at a wharf in Tianjin.",
    ],
)
def test_dock_workers_are_transport(text: str) -> None:
    assert _rec(text)["industry"] == "transport_logistics", text


@pytest.mark.parametrize(
    "text",
    [
        "我老公在化工厂上夜班被蒸汽烫伤了，孩子还在上小学，厂里一分钱不给，求大家帮帮我们。",
        "我哥在砖厂打工被机器绞断了手，他女儿刚上幼儿园，老板跑了，求好心人帮忙。",
    ],
)
def test_a_child_at_school_is_not_the_trade(text: str) -> None:
    assert _rec(text)["industry"] == "manufacturing", text


@pytest.mark.parametrize(
    "text",
    [
        "A nurse at a private hospital in Kunming says she was fired after asking for maternity "
        "leave; her post asking for help has gone viral.",
        "Teachers at a private school in Zhengzhou protested on Monday over three months of "
        "unpaid wages.",
    ],
)
def test_a_private_hospital_or_school_is_private(text: str) -> None:
    assert _rec(text)["ownership"] == "private", text


@pytest.mark.parametrize(
    "text",
    [
        "About 200 workers at a French-owned cosmetics plant in Suzhou went on strike on Monday "
        "over a pay cut.",
        "Staff at a German-owned auto parts maker in Changchun walked out on Friday over unpaid "
        "overtime.",
    ],
)
def test_a_firm_owned_from_abroad_is_foreign_invested(text: str) -> None:
    assert _rec(text)["ownership"] == "foreign_invested", text


@pytest.mark.parametrize(
    "text",
    [
        "About 500 workers at Hengfa Shoes in Jinjiang went on strike on Monday after piece "
        "rates were cut, blaming falling orders from European buyers.",
        "莆田一家为外资品牌代工的鞋厂数百名工人今天罢工，抗议计件单价下调。",
    ],
)
def test_foreign_buyers_are_not_the_owner(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", text
    assert r["ownership"] != "foreign_invested", text


# -- responses and petitions ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "镇卫生院的护士们今天停工了，说半年没发绩效，下午县卫计局来人了。",
        "一百多名环卫工停工第三天，区综合执法局与公司负责人、工人代表座谈。",
        "在镇劳动分局介入下，罢工的四百名工人与厂方达成协议。",
        "几百个老师聚在县政府门口讨绩效，县里派了个副县长出来答复。",
    ],
)
def test_offices_by_more_names_step_in(text: str) -> None:
    r = _rec(text)
    assert "government_intervention" in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "Talks between the company and the strikers, brokered by the county labour bureau, "
        "went on into the night.",
        "Hundreds of teachers rallied outside the city government on Monday over unpaid "
        "bonuses; a deputy mayor came out to speak to them.",
        "Workers at a wig factory protested after the owner fled; district officials said they "
        "had frozen the firm's assets.",
        "Bus drivers in Jiamusi went on strike over unpaid wages; the city transport bureau said "
        "it had arranged funds to pay them.",
        "About 300 workers at a plant in Dalian went on strike; the local labour office has "
        "urged both sides to talk.",
    ],
)
def test_officials_step_in_told_in_more_english_verbs(text: str) -> None:
    r = _rec(text)
    assert "government_intervention" in r["responses"], (text, r["responses"])


def test_officials_who_send_people_to_guard_are_no_intervention() -> None:
    r = _rec("一百多个工人在厂门口拉横幅讨薪，镇政府和保安公司都派了人守在门口。")
    assert r["forms"] == ["protest"], r["forms"]
    assert r["responses"] == [], r["responses"]


@pytest.mark.parametrize(
    "text",
    [
        "外卖骑手小刘送餐时被撞伤，发帖求助后，区总工会联系了他，为他提供法律援助。",
        "A courier in Wuxi hurt in a crash posted a video asking for help on Monday; the city "
        "trade union contacted the delivery platform the next day.",
    ],
)
def test_a_union_that_contacts_or_gives_legal_aid_steps_in(text: str) -> None:
    r = _rec(text)
    assert "union_intervention" in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "A kindergarten teacher in Dingxi posted an open letter saying she had not been paid "
        "her subsidy for a year; the county education bureau told her to wait.",
        "Teachers in a county in Shaanxi wrote online that the education bureau had stopped "
        "their allowance, asking for help.",
    ],
)
def test_an_education_bureau_named_is_no_petition(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "call_for_help", (text, r["kind"])
    assert "petition" not in r["forms"], (text, r["forms"])


def test_teachers_outside_an_education_bureau_petition() -> None:
    forms = _forms(
        "Hundreds of teachers gathered outside the Anshun education bureau on "
        "Monday demanding unpaid bonuses."
    )
    assert "petition" in forms, forms
