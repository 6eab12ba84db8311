"""Coded fields read from more ways real events are retold: miners trapped and not brought up;
a disease named in a plea; a crowd at a gate, workers come to the boss's door, a lobby slept
in, a plant or a fleet at a standstill, a road stood on; the police's ring round the workers;
a crowd at an office's door as the petition; pay told as too low, docked or cut by hours;
allowances, a fee to the company, a contract to sign; a closure told by its workshops; a
release demanded; words that tell who or what, not what is claimed; the police, arrests and
force told in more words; offices that investigate; talks refused, an arrest tried, a boss
taken, an earlier clash; owners from Hong Kong; a disaster named and a blast told. Every
sentence here is written for these tests and stands for a rule, not a case (2024-10-18, the
default post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run

# -- kind -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "鸡西一座煤矿前天夜里突水，七名矿工困在井下，到今天上午都没救回来。",
        "听说阳泉那个矿又透水了，五个人困在矿井里，家属在井口哭了一夜，最后还是没能救回来。",
    ],
)
def test_miners_trapped_and_not_brought_up_are_an_accident(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "workplace_accident", (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "求助：我在采石场打了六年眼，上个月拍片查出矽肺，公司说不归他们管，该去哪里说理？",
        "各位帮帮忙，我哥在隧道工地干了八年，现在确诊尘肺病，老板电话都不接了。",
    ],
)
def test_a_disease_named_in_a_plea_is_a_call_for_help(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "call_for_help", (text, r["kind"])
    assert "injury_compensation" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "A nanny in Nanjing says her employer still owes her four months of wages; she is "
        "asking people online to share her story.",
        "Two cooks at a Wuxi canteen say the owner owed them wages since spring and asked "
        "friends to share their story on Weibo.",
    ],
)
def test_a_story_shared_online_is_a_call_for_help(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "call_for_help", (text, r["kind"])


# -- forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天电机厂门口围了两百来号人，都是被裁的老员工，嫌补偿给得太少。",
        "Crowds of workers stood at the gate of a Foshan furniture plant on Monday, saying "
        "the firm owed them two months' wages.",
        "一群装修工人昨天找上门讨工钱，老板躲在楼上不肯露面。",
        "几名保洁员在商场门口拿喇叭喊“还我工资”，拖欠了三个月了。",
        "十来个店员用喇叭在火锅店门口喊话，要老板把欠的两个月工资结了。",
        "五六个外卖骑手上门讨要被拖欠的配送费，站长一直不露面。",
        "仓库门前围了上百名搬运工，说公司三个月没发工资。",
        "Crowd of workers outside a Ningbo textile mill on Friday over unpaid wages.",
    ],
)
def test_a_crowd_at_the_gate_or_at_the_bosss_door_is_a_protest(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert r["forms"] == ["protest"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "包工头跑了，六十多个农民工在开发商的售楼处或坐或睡，已经第四天了，工钱还是没着落。",
        "Unpaid builders have been sleeping on the floor of the developer's sales office in "
        "Hefei for a week, waiting for their wages.",
        "大厅里躺满了讨薪的农民工，有人已经在这里睡了三个晚上。",
        "The unpaid cleaners sat there for six hours in the lobby of the property company.",
    ],
)
def test_a_lobby_slept_in_is_a_sit_in(text: str) -> None:
    r = run(text).record()
    assert r["forms"] == ["sit_in"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "电子厂今天全厂停了，三千多人不上班，就因为年终奖一分没发。",
        "Hundreds of bus drivers in Jiujiang parked up on Tuesday over pay cuts.",
        "玩具厂全厂都停了，工人们说不补齐社保就不开工。",
        "Some 300 coaches stayed off the roads in Wuhu as drivers protested unpaid wages.",
        "Dozens of taxi drivers parked up outside the depot over unpaid wages.",
        "About 600 taxis stayed off the road in Baotou on Thursday as drivers protested a "
        "rise in the monthly fee.",
    ],
)
def test_a_plant_or_a_fleet_at_a_standstill_is_a_strike(text: str) -> None:
    r = run(text).record()
    assert "strike" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "鞋厂几百个工人站到马路中间，车根本过不来，要厂里先把工资结清。",
        "Workers from a Zhuhai shipyard owed three months' pay spilled onto the main road "
        "and jammed traffic for two hours.",
        "More than 300 unpaid builders blocked National Highway 205 outside Linyi on Sunday.",
        "讨薪的民工走到马路中间坐下，车根本过不来。",
        "Unpaid porters jammed traffic at the gate of a Yiwu market on Monday.",
    ],
)
def test_a_road_stood_on_is_a_blockade(text: str) -> None:
    r = run(text).record()
    assert "road_blockade" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("六十多名环卫工在区政府门口静坐讨薪，下午上百名警察到场包围，带走了三人。",
         ["petition", "sit_in"]),
        ("Some 200 miners went on strike over pay; police officers surrounded them at the "
         "pithead.", ["strike"]),
    ],
)
def test_the_police_ring_round_the_workers_is_no_protest(text: str, forms: list[str]) -> None:
    r = run(text).record()
    assert r["forms"] == forms, (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "服装厂的工人昨天一起去区人社局门口等了一整天，欠的工资还是没人管。",
        "三百多名司机停运后又聚集到市政府门外示威，要求取消新增的管理费。",
        "欠薪的保安昨天一起去县住建局门口等了一上午，没人出来答复。",
        "上百名教师聚集到区政府门前示威，讨要拖欠的绩效工资。",
    ],
)
def test_a_crowd_at_an_offices_door_is_the_petition(text: str) -> None:
    r = run(text).record()
    assert "petition" in r["forms"], (text, r["forms"])
    assert "protest" not in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "纺织厂上千人停工，都站在厂门口，不满搬迁补偿方案。",
        "物流园的搬运工今天聚在仓库门口，三个月的工钱一分没见。",
    ],
)
def test_workers_standing_at_the_gate_protest(text: str) -> None:
    r = run(text).record()
    assert "protest" in r["forms"], (text, r["forms"])


# -- demands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "保定二十多名保安今天罢工，工资已经被拖了三个月。",
        "汽修厂的师傅们集体停工，年底的奖金拖着不发。",
        "砖厂十几个工人罢工，干了半年没拿到一分钱。",
        "Around 90 workers at a toy plant whose owner fled owing them two months' pay "
        "blocked the gate.",
        "Drivers at a Jinan bus company struck over overtime that was never paid.",
        "A hundred welders protested at a Nantong shipyard, demanding 3 million yuan in wages.",
    ],
)
def test_wages_held_back_told_in_more_words(text: str) -> None:
    r = run(text).record()
    assert "wage_arrears" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "几百名环卫工聚集在区政府门口，质问为啥工资这么低。",
        "Hundreds of cleaners struck in Kunming, saying their pay had been too low for years.",
        "芯片厂上千工人罢工，不满工资过低。",
    ],
)
def test_pay_told_as_too_low(text: str) -> None:
    r = run(text).record()
    assert "pay" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "电池厂三千人罢工，厂里乱扣工资，大家忍不了了。",
        "Line workers at a Suzhou laptop plant struck over wage deductions and poor treatment.",
        "五金厂工人集体罢工，抗议厂方克扣工资。",
    ],
)
def test_pay_docked_is_a_pay_claim_not_a_fine(text: str) -> None:
    r = run(text).record()
    assert r["demands"] == ["pay"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "印刷厂四百多人罢工，高温费和夜班费发得不公平。",
        "Some 500 workers at a packaging plant struck over unfair heat allowances.",
    ],
)
def test_allowances_are_pay_not_heat(text: str) -> None:
    r = run(text).record()
    assert "pay" in r["demands"], (text, r["demands"])
    assert "working_conditions" not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "劳务公司宣布每天工时减少两小时，环卫工人一个月少拿四百多，当天就罢工了。",
        "Cleaners in Xuhui struck after contractors cut their working hours and bonuses.",
    ],
)
def test_hours_cut_are_a_pay_claim(text: str) -> None:
    r = run(text).record()
    assert "pay" in r["demands"], (text, r["demands"])
    assert "hours_overtime" not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "保安们罢工，一个月到手才1500，想涨到2200。",
        "Guards at a Hefei mall struck over take-home pay of just 1,800 yuan.",
        "两百多名的哥停运抗议，每月承包金高达六千元。",
        "Taxi drivers in Nanning stopped work to protest a monthly rental fee of 8,000 yuan.",
    ],
)
def test_take_home_pay_and_fees_to_the_company_are_pay(text: str) -> None:
    r = run(text).record()
    assert "pay" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "出租车司机停运两天，反对公司把承包合同改为一年一签。",
        "环卫工人罢工，要求补缴社保、签订新合同。",
        "Sanitation workers struck in Yulin and asked for a new contract with paid leave.",
        "保洁员罢工三天，要求签正式合同、交社保。",
    ],
)
def test_a_contract_to_sign_is_the_employment_relationship(text: str) -> None:
    r = run(text).record()
    assert "employment_relationship" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "Sanitation workers in Guilin struck for paid leave and a raise.",
        "快递员罢工，要求公司给带薪年假、按时发工资。",
    ],
)
def test_paid_leave_is_a_claim_on_hours(text: str) -> None:
    r = run(text).record()
    assert "hours_overtime" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "无锡一家电子厂关掉部分车间，上百名工人今天罢工，要求结算工资。",
        "那家印染厂说倒就倒了，两百多个工人堵在厂门口要工资。",
        "Workers at a Dongguan lamp factory struck over compensation for moving the factory "
        "to Huizhou.",
    ],
)
def test_a_closure_told_by_its_workshops(text: str) -> None:
    r = run(text).record()
    assert "relocation_closure" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "钢厂工人罢工进入第二天，厂门口挂出“立即放人”的标语，要求释放前天被抓的工友。",
        "Thousands of steelworkers stayed on strike, demanding the release of colleagues held "
        "after a clash.",
    ],
)
def test_a_release_demanded_alone_is_another_claim(text: str) -> None:
    r = run(text).record()
    assert r["demands"] == ["other"], (text, r["demands"])


def test_a_release_demanded_in_a_wage_claim_is_no_claim_of_its_own() -> None:
    r = run("讨薪的农民工又去堵了路口，要求放人，他们已经一年没拿到工钱。").record()
    assert r["demands"] == ["wage_arrears"], r["demands"]


@pytest.mark.parametrize(
    "text",
    [
        "六百多辆出租车停运，司机们到市政府门口，反对收回出租车运营权。",
        "Taxi drivers in Jilin struck for three days against a plan to take back their "
        "operating rights.",
        "电力公司几百名职工到市政府门口，讨要被拖欠的集资款。",
    ],
)
def test_operating_rights_and_funds_raised_from_workers_are_other(text: str) -> None:
    r = run(text).record()
    assert "other" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text, absent",
    [
        ("环卫工人罢工，其中一家劳务派遣公司宣布取消夜班补贴。", "employment_relationship"),
        ("清洁工受雇于两家劳务派遣公司，今天一起罢工，抗议降薪。", "employment_relationship"),
        (
            "Builders petitioned the bureau after the labour contractor vanished owing them wages.",
            "employment_relationship",
        ),
        (
            "Unpaid workers gathered outside the county's labour and social security bureau.",
            "social_insurance",
        ),
        (
            "Miners marched to the county government over layoffs after months of unpaid leave.",
            "wage_arrears",
        ),
        ("矿上逼人提前退休、降价买断，几百名矿工游行到区政府，要求按标准补偿。", "pension"),
        ("厂要搬走，补偿方案一出来大家就炸了，上千人罢工。", "injury_compensation"),
        ("Dockers struck over pay; officials threatened fines and jail.", "fines_management"),
        ("港口工人罢工抗议降薪，当局威胁要罚款拘留。", "fines_management"),
        (
            "Dockers struck over pay, and the port authority was threatening fines.",
            "fines_management",
        ),
        (
            "Hundreds of workers gathered at the social security bureau over unpaid wages.",
            "social_insurance",
        ),
        (
            "A labor contractor led 40 builders to the county government to demand unpaid wages.",
            "employment_relationship",
        ),
        ("Workers at a mill sent home on unpaid leave struck over pay cuts.", "wage_arrears"),
        (
            "Early retirement and a cut-price buyout: 500 miners marched to the city government "
            "to demand fair compensation.",
            "pension",
        ),
        ("一说要关厂，群里炸了锅，第二天三百多人罢工讨补偿。", "injury_compensation"),
    ],
)
def test_words_that_tell_who_or_what_are_no_claim(text: str, absent: str) -> None:
    r = run(text).record()
    assert r["is_incident"], text
    assert absent not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "求扩散！鞋厂老板连夜把机器全运走了，我们二十几个人三个月工资没拿到，谁能帮帮我们？",
        "求助：厂里的机器被债主拉走了，我们九个人的工钱没人给，怎么办？",
    ],
)
def test_machines_carried_off_are_no_injury(text: str) -> None:
    r = run(text).record()
    assert r["kind"] == "call_for_help", (text, r["kind"])
    assert "injury_compensation" not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "我老公在模具厂上班，捧着断指去医院，厂里连社保都没给买，求大家帮帮。",
        "A welder in Jiaxing asked for help after his finger was severed at work; the firm "
        "never paid his social insurance.",
    ],
)
def test_a_severed_finger_in_a_plea_is_an_injury_claim(text: str) -> None:
    r = run(text).record()
    assert "injury_compensation" in r["demands"], (text, r["demands"])


# -- responses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, code",
    [
        ("几百名工人在厂外聚集抗议降薪，数十名警员到场戒备。", "police"),
        ("上百名环卫工罢工，当天二十多人被警方拘捕。", "detention"),
        ("十几个工友去工地讨薪，跟保安吵起来，结果三个人被带回派出所。", "detention"),
        ("工人堵了厂门讨薪，后来好几个被塞进警车拉走了。", "detention"),
        ("公司保安拿水枪冲上门讨薪的工人。", "violence"),
        ("工人堵住马路讨薪，有人被打倒在地。", "violence"),
        ("五百多人聚在厂门口抗议补偿太低，两辆警车被掀翻。", "violence"),
        ("Striking drivers blocked a depot; police took several away.", "detention"),
        (
            "Unpaid builders went to the site office; police took four of them to a station.",
            "detention",
        ),
    ],
)
def test_the_police_arrests_and_force_told_in_more_words(text: str, code: str) -> None:
    r = run(text).record()
    assert code in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "二十多名工人举着牌子在填埋场门口讨薪，镇维稳办表示正在联系协调。",
        "农民工到市政府门口讨薪，市劳动保障监察支队随后到工地调查。",
        "About 80 cleaners struck in Minhang; the district government said it was talking to "
        "the contractors.",
        "Workers protested outside the site over unpaid wages; labour inspectors later found "
        "the project owed 300 people.",
        "被欠薪的工人来到镇政府门口，希望早点拿到钱。劳动部门调查后确认了欠薪数额。",
        "讨薪的木工在区政府门前盼着拿到钱。住建局调查以后责令开发商付款。",
    ],
)
def test_offices_that_investigate_intervene(text: str) -> None:
    r = run(text).record()
    assert "government_intervention" in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text, absent",
    [
        ("八十多名工人游行到街道办讨薪，始终没有官员出来对话。", "negotiation"),
        ("The drivers struck over pay; the company refused talks with them.", "negotiation"),
        ("工人们堵路讨薪，民警企图带走一名领头的工人，没有成功。", "detention"),
        ("司机们罢工，现场防暴警察试图带走一名司机，被工友拉了回来。", "detention"),
        ("三十名工人到人社局讨薪，包工头拒不配合，后被刑事拘留。", "detention"),
        ("Builders petitioned over unpaid wages; the labour contractor was detained.", "detention"),
        ("钢厂工人罢工第三天，要求释放早前在路口冲突中被抓的工友。", "violence"),
        (
            "Steel workers stayed on strike to free colleagues held after an earlier clash.",
            "violence",
        ),
    ],
)
def test_talks_refused_arrests_tried_a_boss_taken_and_an_earlier_clash(
    text: str, absent: str
) -> None:
    r = run(text).record()
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert absent not in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "清洁工罢工第二天，近三十人被警方拘捕，两名老人事后送医。",
        "Some 40 cleaners were arrested at a strike; two were taken to hospital after the arrests.",
    ],
)
def test_workers_taken_to_hospital_where_force_came_were_hurt(text: str) -> None:
    r = run(text).record()
    assert "violence" in r["responses"], (text, r["responses"])


# -- ownership and accident type --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "厚街一家鞋厂的港籍老板失踪，三百多名工人到镇政府门口讨薪。",
        "玩具厂的台籍老板卷款走人，五百多名工人今天罢工，要求政府先垫付工资。",
    ],
)
def test_an_owner_from_hong_kong_is_foreign(text: str) -> None:
    r = run(text).record()
    assert r["ownership"] == "foreign_invested", (text, r["ownership"])


@pytest.mark.parametrize(
    "text",
    [
        "Unpaid workers of a glove plant run by a private group gathered outside its office.",
        "Staff of a private firm making batteries struck over pay in Ningde.",
    ],
)
def test_a_private_group_is_private(text: str) -> None:
    r = run(text).record()
    assert r["ownership"] == "private", (text, r["ownership"])


@pytest.mark.parametrize(
    "text",
    [
        "又是矿难！晋城一座煤矿今天凌晨瓦斯爆炸，9人遇难。",
        "又一起矿难：淮南一处煤矿井下起火，4名矿工身亡。",
    ],
)
def test_a_mine_disaster_named_and_a_blast_told_is_the_blast(text: str) -> None:
    ex = run(text)
    r = ex.record()
    assert r["accident_type"] == "explosion_fire", (text, r["accident_type"])
    assert_evidence(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Eight builders were killed when a site lift plunged from the 19th floor in Wenzhou.",
        "A hoist carrying five workers plummeted down its shaft in Xi'an; all five died.",
    ],
)
def test_a_lift_that_plunged_is_a_fall(text: str) -> None:
    r = run(text).record()
    assert r["accident_type"] == "fall", (text, r["accident_type"])
