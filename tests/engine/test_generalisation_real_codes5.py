"""Coded fields read from more ways real events are retold: a stoppage told as 停了工 or as
taxis idle at the kerb; a crowd come round to an office; an apology demanded; a death told as
not saved in time, miners shut in, a hurt man taken by ambulance; machines, falling objects and
gas in a pit; tunnels and sites; owners told by their country or as owned by the whole people;
wages in Cantonese; fees per order; a plant sold off or folded into another; rest denied and
nights worked; fines; unlicensed cabs; the police at the station; a plea sent to a paper; a
denial; a petition at the labour inspectors and a case filed for arbitration; one man up a
crane; an action dated beside a year's count; a protest joined to a petition; a stoppage that
goes on; accidents called frequent; pay for years of service; hurt at the hands of the police;
surgery unpaid; workers a platform says it does not employ; traffic police fining; workers
dragged into vans; an executive arrested; offices that hand a case on or pay. Every sentence
here is written for these tests and stands for a rule, not a case (2024-10-18, the default
post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record as _rec

# -- kind and forms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "宜宾一家纸箱厂的员工因为三个月没发工资，今天上午停了工，车间里一个人都没有。",
        "听说南昌那家电池厂的工人昨天也停了工，说是计件单价又被压了。",
    ],
)
def test_a_stoppage_told_as_ting_le_gong_is_a_strike(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "strike" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "绵阳的出租车今天全趴窝了，司机们说份子钱太高，跑一天还不够交的。",
        "自贡的的哥今天把车都停在路边不拉客了，说网约车抢生意，黑车也没人管。",
        "Taxi drivers in Yichang kept their cabs off the streets on Tuesday over a rise in the "
        "monthly fee paid to the company.",
    ],
)
def test_taxis_idle_at_the_kerb_are_a_strike(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert r["forms"] == ["strike"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "二十多个快递员一起围到站点办公室门口，要求站长把扣的派件费退回来。",
        "保安打了一个送餐的小哥，附近的骑手一下子围过来三四十个，要物业给个说法、要道歉。",
        "清远几百个环卫工今天聚起来了，说已经三个月没发工资。",
    ],
)
def test_a_crowd_come_round_with_a_grievance_is_a_protest(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "protest" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "三十多名外卖员聚集在商场门口，要求物业公开道歉，就要一句道歉。",
        "Dozens of couriers gathered outside the mall's management office on Monday, "
        "demanding an apology after a guard slapped a rider.",
    ],
)
def test_an_apology_demanded_is_another_claim(text: str) -> None:
    r = _rec(text)
    assert "other" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "汉中一个工地的基坑昨天塌了，两名工人被埋，挖出来送到医院没能救过来。",
        "南宁一栋在建楼的吊篮昨天翻了，上面两个工人掉下来，一个当场就没了。",
        "下午工地上有个师傅从架子上摔下来，120拉走的时候看着伤得很重。",
        "Shaanxi's housing department has published its report on the death of a worker who "
        "fell from a gondola at a school construction site in Baoji in March.",
    ],
)
def test_a_death_or_harm_told_in_plain_words_is_an_accident(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "宝鸡一条在建隧道今天塌方，三个工人堵在里面，救援队正在打通风孔。",
        "桂林一个隧道工地下午塌了一段，五名工人困在里头，消防还在挖。",
    ],
)
def test_workers_shut_in_by_a_collapse_are_an_accident_not_a_blockade(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["accident_type"] == "collapse", (text, r["accident_type"])
    assert r["forms"] == [], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "【辟谣】网上传的“本厂停产、拖欠工资半年”消息不实，公司一切正常。",
        "关于网传某物流公司倒闭欠薪一事，当地人社局辟谣称，该公司经营正常，工资已按时发放。",
    ],
)
def test_a_denial_is_no_report(text: str) -> None:
    r = _rec(text)
    assert r["is_incident"] is False, (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "A scaffolder in Foshan fell to his death on Friday; investigators found his safety "
        "clip had been left open.",
        "A window cleaner died on Monday after falling from the 12th floor in Xiamen; the "
        "release clip on his harness had failed.",
    ],
)
def test_a_clip_on_a_harness_is_no_video(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "About 60 workers went to the Xingqing district labour inspection brigade on "
        "Monday to demand three months of unpaid wages.",
        "More than 50 migrant builders returned to the county labor inspection bureau on "
        "Friday, still owed wages for a finished housing block.",
    ],
)
def test_workers_at_the_labour_inspectors_petition(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "petition" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "我姐在一家奶茶店干了两个月，老板一分工资没给，她和同事昨天去区劳动局申请了仲裁，求大家帮忙转发。",
        "我在一家装修公司做了半年，工钱一直拖着，上周去县人社局申请劳动仲裁，到现在没消息，怎么办？",
    ],
)
def test_an_arbitration_filed_at_the_bureau_is_no_petition(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "call_for_help", (text, r["kind"])
    assert r["forms"] == [], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "黄石一个工地上午有个大叔爬到塔吊顶上坐着不下来，说包工头欠他一万二工钱，民警在下面劝了两个小时。",
        "一名中年男子今天站上了商场楼顶，说装修老板欠他四万块钱，警察和消防都到了。",
    ],
)
def test_one_man_up_a_crane_asks_for_help(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "call_for_help", (text, r["kind"])
    assert "police" in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "黄冈一个工地，三个工人爬上塔吊，说包工头欠了大家半年工钱。",
        "两名男子爬上塔吊讨薪，下面还有十几个工友拉着横幅。",
    ],
)
def test_several_up_a_crane_act_together(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "9日，南宁一批饿了么骑手集体停工，抗议配送费下调。据统计，今年以来全国已有十余个城市出现类似停工。",
        "12日，佛山一家家具厂数百名工人罢工，要求补发加班费。数据显示，上半年广东劳资纠纷同比上升。",
    ],
)
def test_a_dated_action_beside_a_count_is_still_an_action(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])


@pytest.mark.parametrize(
    "text",
    [
        "唐山一个小区项目的三百多名工人被拖欠半年工资，已到市政府上访及抗议。",
        "Some 200 builders owed a year's pay have petitioned city officials and protested "
        "outside government offices in Baoding.",
    ],
)
def test_a_protest_joined_to_a_petition_is_both(text: str) -> None:
    r = _rec(text)
    assert {"petition", "protest"} <= set(r["forms"]), (text, r["forms"])


def test_a_stoppage_that_goes_on_with_a_crowd_counted() -> None:
    for text in (
        "松下苏州厂从5号停工到今天，两千多人守在厂里，要求公司说清楚补偿方案。",
        "日立惠州厂从周一停工到现在，上千人都不肯复工，说收购以后的补偿一分没见。",
    ):
        r = _rec(text)
        assert "strike" in r["forms"], (text, r["forms"])


@pytest.mark.parametrize(
    "text",
    [
        "昆明两百多名外卖骑手今天集体停工，说平台压单严重，交通事故频发却没有保险。",
        "长沙一百多名外卖员昨天停止接单，说送餐时限一压再压，路上事故多发。",
    ],
)
def test_accidents_called_frequent_are_no_accident(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])


# -- industry, ownership, accident type ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A lathe operator at a valve plant in Wenzhou was killed on Tuesday when his sleeve "
            "caught in the spindle of the lathe.",
            "machinery",
        ),
        ("衡水一家板材厂昨天发生机械伤害事故，造成一名工人死亡。", "machinery"),
        ("工地上搅拌机料斗的钢丝绳断了，一个工人被卷到料斗下面，送医后死亡。", "machinery"),
        ("丽水一家阀门厂前天发生物体打击事故，一名工人被吊装的钢板砸中，经抢救无效死亡。", "other"),
        ("两名工人在化粪池清淤时吸入有毒气体昏倒，送医后一人死亡。", "poisoning_disease"),
        (
            "Three workers died on Sunday after entering a sewage tank at a paper mill in "
            "Dongying; the confined space had not been ventilated.",
            "poisoning_disease",
        ),
    ],
)
def test_more_words_for_the_accident_type(text: str, kind: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["accident_type"] == kind, (text, r["accident_type"])


@pytest.mark.parametrize(
    "text",
    [
        "At least six people were trapped after part of a highway tunnel being dug in Enshi "
        "collapsed on Wednesday night.",
        "Two welders were killed when a steel frame collapsed at the construction site of a "
        "new school gymnasium in Zibo; no pupils or teachers were hurt.",
    ],
)
def test_tunnels_and_construction_sites_are_construction(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert r["industry"] == "construction", (text, r["industry"])


@pytest.mark.parametrize(
    "text",
    [
        "济南一处地铁工地昨天发生坍塌，造成2名工人死亡，承建方为全民所有制企业某工程局。",
        "全民所有制企业某矿务局下属一处煤矿发生透水，三名矿工遇难。",
    ],
)
def test_owned_by_the_whole_people_is_state_owned(text: str) -> None:
    r = _rec(text)
    assert r["ownership"] == "state_owned", (text, r["ownership"])


@pytest.mark.parametrize(
    "text",
    [
        "日本电子大厂在苏州的工厂今天罢工，上千名员工要求加薪。",
        "无锡一家工厂几百名员工昨天起罢工，要求日籍总经理出来解释新的工资方案。",
        "About 800 workers struck at a Kunshan plant run by a Japanese auto parts maker on "
        "Monday, demanding a bigger pay rise.",
    ],
)
def test_a_firm_told_by_its_country_is_foreign_invested(text: str) -> None:
    r = _rec(text)
    assert r["ownership"] == "foreign_invested", (text, r["ownership"])


# -- demands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("東莞一間五金廠幾十個工友今日罷工，話已經三個月冇出粮。", "wage_arrears"),
        ("二十多名工人在厂门口聚集，老板卷款失联，一年的工资落空。", "wage_arrears"),
        ("武汉的外卖骑手今天集体停工，一单最低才三块二，还天天超时罚款。", "pay"),
        (
            "About 200 couriers stopped work in Hefei, saying the fee per delivery had been cut "
            "to 2.8 yuan.",
            "pay",
        ),
        ("深圳一家玩具厂的员工聚集在厂门口，老板说卖就卖，一句交代都没有。", "relocation_closure"),
        ("宁波一家服装厂贴出停工待岗通知，几百名员工拉着横幅在门口讨说法。", "relocation_closure"),
        (
            "About 500 workers protested in Zhongshan after their plant was folded into a rival "
            "group without notice.",
            "relocation_closure",
        ),
        ("昆山一家电子厂上千名员工今天罢工，周末不让休，每个月都要连上三十天。", "hours_overtime"),
        (
            "我弟弟在一家游戏公司，连着一个月天天熬到凌晨两点，上周突然晕倒住院，公司不认工伤，求帮忙。",
            "hours_overtime",
        ),
        (
            "The family of a 26-year-old worker at a game studio who had been working until 3 am "
            "for weeks before he collapsed is appealing for help over his compensation.",
            "hours_overtime",
        ),
        ("襄阳的货车司机今天集体停运，说路政和交警罚得太狠，一天被罚好几回。", "fines_management"),
        ("宜春的出租车司机今天集体停运，不满有关部门对无证营运车辆放任不管。", "other"),
        ("惠州一家电机厂被收购后，两千多名员工罢工，说没有按工龄给予补偿。", "severance"),
        (
            "Some 1,500 workers struck at a Suzhou plant after it was sold, with nothing paid "
            "for their years of service.",
            "severance",
        ),
        (
            "南京一百多名外卖骑手今天停止接单，说自己并非平台直接雇用，出了事没人管。",
            "employment_relationship",
        ),
        (
            "About 300 riders in Xi'an logged off on Monday; they are not employed by the "
            "platform, they say, yet it sets every rule.",
            "employment_relationship",
        ),
    ],
)
def test_more_ways_a_claim_is_told(text: str, code: str) -> None:
    r = _rec(text)
    assert code in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "惠州一家电子厂被卖后，三千名工人罢工要求补偿。警察到场后发生冲突，几名工人受伤。",
        "佛山一家厂被收购，工人罢工讨补偿金，今天防暴警察进厂，推搡中有人受伤，还带走了五个人。",
    ],
)
def test_hurt_at_the_hands_of_the_police_is_no_injury_claim(text: str) -> None:
    r = _rec(text)
    assert "injury_compensation" not in r["demands"], (text, r["demands"])
    assert "severance" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(
    "text",
    [
        "替我哥求助，他在工地从脚手架上摔下来，腿断了，手术费到现在还没着落，老板电话也不接。",
        "我爸在厂里被机器轧断了两根手指，住院费到今天都没着落，求好心人指条路。",
    ],
)
def test_surgery_unpaid_is_no_wage_claim(text: str) -> None:
    r = _rec(text)
    assert "wage_arrears" not in r["demands"], (text, r["demands"])
    assert "injury_compensation" in r["demands"], (text, r["demands"])


# -- responses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "今天赣州的出租车几乎全停了，司机们说交警天天突击开罚单，一天能罚三四回。",
        "柳州的货车司机集体停运，起因是交警罚得太凶，有人一天被罚了五百块。",
    ],
)
def test_traffic_police_fining_are_no_police_on_the_spot(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "collective_action", (text, r["kind"])
    assert "police" not in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "About 80 workers blocked a road in Zunyi over a year of unpaid wages; police moved in "
        "and dragged several of them into vans.",
        "Police bundled a dozen protesting cleaners into waiting buses outside the district "
        "office in Nanning on Friday.",
    ],
)
def test_workers_dragged_into_vans_are_detained(text: str) -> None:
    r = _rec(text)
    assert "detention" in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "About 600 workers at a tile factory in Foshan went on strike, fearing closure after "
        "the company's executives were arrested.",
        "东莞一家鞋厂上千名工人罢工，起因是公司董事长日前被警方拘留，工人担心工资没着落。",
    ],
)
def test_an_executive_arrested_is_no_detention_of_workers(text: str) -> None:
    r = _rec(text)
    assert r["forms"] == ["strike"], (text, r["forms"])
    assert "detention" not in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "二十多名工人今天又到厂门口讨薪，劳动局已将案件移交公安，老板至今没露面。",
        "几十名工人在公司门口拉横幅讨薪，区劳动监察大队已经来厂里查过两次。",
        "The township government has paid about 400 workers most of their back wages after "
        "they protested outside the shuttered shoe factory.",
        "After the protest, the district government offered each worker 3,000 yuan to go "
        "home for the holiday.",
    ],
)
def test_an_office_that_hands_a_case_on_or_pays_intervenes(text: str) -> None:
    r = _rec(text)
    assert "government_intervention" in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "几十个骑手聚集在商场物业门口讨说法，派出所已介入处理。",
        "上百名工人围在厂门口讨薪，当地派出所介入后人群才散去。",
    ],
)
def test_the_police_station_stepping_in_is_police(text: str) -> None:
    r = _rec(text)
    assert "police" in r["responses"], (text, r["responses"])


@pytest.mark.parametrize(
    "text",
    [
        "Worker representatives at a ceramics plant in Zibo have put out an open appeal: "
        "300 employees are owed four months of wages.",
        "几名农民工向本报反映，他们在一处工地干了八个月，工钱一直没拿到。",
    ],
)
def test_an_appeal_or_a_tip_to_the_paper_is_a_call_for_help(text: str) -> None:
    r = _rec(text)
    assert r["kind"] == "call_for_help", (text, r["kind"])
