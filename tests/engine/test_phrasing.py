"""Incidents told in everyday, trade or reported wording, and look-alikes that are none.

Every example is written for these tests (2024-10-18, the default post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run


@pytest.mark.parametrize("text", [
    # riots, brawls and break-outs
    "惠州一家电子厂宿舍区昨晚上千名工人和保安打起来了，厂门口的岗亭被砸，警车来了好几辆。",
    "東莞一間玩具廠前晚爆發群毆，數百名工人與管理人員對峙，警方到場。",
    "苏州一家电脑代工厂封闭管理一个月，昨天夜里几百个员工推倒围栏冲出厂区。",
    "Hundreds of workers at an electronics plant in Chengdu pushed past guards and barriers "
    "on Tuesday night after weeks of lockdown in their dormitories.",
    "A brawl broke out between some 500 workers and security staff at a car-parts factory "
    "in Wuhan on Monday; police detained several people.",
    # strikes and sit-ins in trade or colloquial words
    "哈尔滨一所中学的老师们今天集体罢课，说绩效工资两年没发了。",
    "重庆渝北的外卖骑手昨天集体停跑，抗议平台又降了配送费。",
    "今天早上兰州的公交车一辆都没出，听说司机们三个月没拿到工资。",
    "南京鼓楼区的保洁阿姨们上午在区政府门口坐了一排，说年底的工钱到现在还没发。",
    "Crane operators at building sites across Hunan downed tools on Monday over pay.",
    "市长说工资都发了，那今天鹤岗街上举着牌子的上千名矿工是谁？",
])
def test_collective_action_in_plain_words(text: str) -> None:
    ex = run(text)
    assert ex.record()["kind"] == "collective_action", text
    assert ex.record()["forms"], text
    assert_evidence(ex, text)


@pytest.mark.parametrize("text", [
    "朋友在临沂那家化工厂上夜班，昨晚厂里一声巨响，十几个人没了。",
    "云南一处铜矿昨天发生山体滑坡，三十多名工人被埋压，救援正在进行。",
    "A fire at a furniture factory in Foshan killed 12 people and injured three on Tuesday.",
    "Rescuers are searching for 9 miners buried when a landslide hit a mine in Guizhou on Sunday.",
])
def test_accidents_in_plain_words(text: str) -> None:
    assert run(text).record()["kind"] == "workplace_accident", text


@pytest.mark.parametrize("text", [
    "我在乌鲁木齐工地干了半年，老板一直拖着不给钱，欠我两万三。求求大家帮忙转发！",
    "我女儿在温州一家鞋厂上班，上周被机器压断了手指，厂里说没签合同不管。求好心人帮帮我们。",
    "我们是在贵阳修地铁的三十多名工人，包工头欠我们工资八十万，请有关部门帮帮我们！",
])
def test_calls_for_help_in_plain_voice(text: str) -> None:
    assert run(text).record()["kind"] == "call_for_help", text


@pytest.mark.parametrize("text", [
    "据统计，去年全国共发生罢工和集体维权事件1200多起，欠薪是主要原因。",
    "The group's map recorded 1,100 strikes and protests by workers in 2019, most over "
    "unpaid wages.",
    "我们公司今天发年终奖，老板发了红包，食堂加了鸡腿，员工们都很开心！",
    "今天是安源路矿工人大罢工一百周年，萍乡举行了纪念活动。",
    "烂尾三年了，几百个业主今天联名宣布停贷：工地不复工，就不还房贷。",
    "Thousands of workers rioted at a nickel smelter in Sulawesi, Indonesia, on Saturday.",
])
def test_look_alikes_are_no_incident(text: str) -> None:
    assert run(text).record()["is_incident"] is False, text


def test_rooftop_protest_by_a_group_is_collective() -> None:
    r = run("西宁一处工地二十多名工人站上楼顶边缘，举着牌子讨要工钱。").record()
    assert r["kind"] == "collective_action" and r["forms"] == ["self_harm_threat"]


def test_an_open_letter_by_a_group_is_a_call_for_help() -> None:
    r = run("Thirty builders posted an open letter on 5 March saying a contractor in Nanning "
            "owed them 300,000 yuan.").record()
    assert r["kind"] == "call_for_help" and r["forms"] == []


@pytest.mark.parametrize(("text", "industry"), [
    ("石家庄一家制药公司数百名工人今天停工，抗议降薪。", "manufacturing"),
    ("Workers at a poultry slaughterhouse in Shandong went on strike on Monday over pay.",
     "manufacturing"),
    ("包头一个露天煤矿的运煤车司机昨天集体停运，说运费一降再降。", "transport_logistics"),
    ("The blast at a gas plant in Henan killed 5 workers on Friday.", "energy_utilities"),
])
def test_industry_from_product_and_trade_words(text: str, industry: str) -> None:
    assert run(text).record()["industry"] == industry


@pytest.mark.parametrize(("text", "code"), [
    ("包头的货车司机昨天集体停运，说运费一降再降，油钱都不够。", "pay"),
    ("Bus drivers in Harbin walked out on Monday over pay.", "pay"),
    ("深圳一家港资厂数百工人昨天罢工，抗议工厂被出售给另一家公司。", "relocation_closure"),
    ("中山一家五金厂工人昨天罢工，要求加薪并重组工会。", "other"),
])
def test_grievance_wording(text: str, code: str) -> None:
    assert code in run(text).record()["demands"]


def test_arrears_of_allowances_are_not_a_pay_claim() -> None:
    r = run("几十名乡村教师昨天到县政府门口，讨要被拖欠的补贴和绩效工资。").record()
    assert r["demands"] == ["wage_arrears"]


def test_compensation_for_a_disease_is_injury_compensation() -> None:
    r = run("Some 200 workers with silicosis went to the Guangzhou government offices on "
            "Monday to demand compensation.").record()
    assert r["demands"] == ["injury_compensation"]


def test_dust_explosion_is_an_explosion() -> None:
    r = run("昨天上午，常州一家五金厂抛光车间发生粉尘爆炸，造成8名工人死亡。").record()
    assert r["accident_type"] == "explosion_fire" and r["killed"] == 8


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("The explosion at a chemical plant in Jiangsu killed 47 people, 12 of them firemen, "
     "and injured 640.", 47, 640),
    ("A boiler blast at a factory in Hebei killed two workers and injured four on Monday.", 2, 4),
    ("The death toll from a mine flood in Shanxi rose to 9, with 6 people seriously injured.",
     9, 6),
    ("山西一处煤矿昨天透水，11名被困人员全部遇难。", 11, None),
    ("那场大火，厂里四十多个工人没了。", 40, None),
])
def test_tolls(text: str, killed: int, injured: int | None) -> None:
    r = run(text).record()
    assert (r["killed"], r["injured"]) == (killed, injured)


@pytest.mark.parametrize(("text", "employer"), [
    ("广东省东莞市长安镇宏泰精密五金有限公司两百多名工人今天罢工。", "宏泰精密五金有限公司"),
    ("四川省成都市华兴玩具厂上百名工人今天停工讨薪。", "华兴玩具厂"),
    ("该厂以“违反厂规”为由开除了十名工人代表，上千名工人今天罢工。", None),
    ("嘉兴一家童装厂老板跑路，五十多名工人今天在厂门口拉横幅讨薪。", None),
    ("Forty migrant workers from Sichuan protested in Xiamen on Monday over unpaid wages.", None),
])
def test_employer_names(text: str, employer: str | None) -> None:
    r = run(text).record()
    assert r["is_incident"], text
    assert r["employer"] == employer


def test_a_firm_named_like_a_county_does_not_move_the_city() -> None:
    r = run("武汉市江岸区的新丰鞋厂一百多名工人今天罢工讨薪。").record()
    assert (r["province"], r["city"]) == ("420000", "420100")


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("昆明一处工地塔吊倒塌，2死5伤。", 2, 5),
    ("昨天东莞一家五金厂发生爆炸，造成3人死亡、12人烧伤。", 3, 12),
    ("The explosion at a chemical plant in Hebei left 4 dead and 9 people in hospital.", 4, 9),
])
def test_short_tolls(text: str, killed: int, injured: int) -> None:
    r = run(text).record()
    assert (r["killed"], r["injured"]) == (killed, injured)


def test_a_county_named_by_an_everyday_word_counts_after_its_city() -> None:
    r = run("佛山南海一家汽车零部件厂数百名工人今天罢工，要求加薪。").record()
    assert (r["city"], r["county"]) == ("440600", "440605")
    assert run("南海一家汽车零部件厂数百名工人今天罢工。").record()["province"] is None


def test_an_earlier_event_named_for_comparison_gives_neither_place_nor_employer() -> None:
    r = run("继东莞裕元之后，位于广东中山的一家锁具厂上千名工人今天罢工，要求加薪。").record()
    assert (r["province"], r["city"], r["employer"]) == ("440000", "442000", None)


def test_a_latin_brand_glued_to_chinese_is_the_employer() -> None:
    r = run("HP苏州工厂上千名工人今天罢工，抗议工厂被出售。").record()
    assert r["employer"] == "HP"


@pytest.mark.parametrize(("text", "code"), [
    ("Cleaners in Wuxi who had not been paid since June staged a sit-in on Monday.",
     "wage_arrears"),
    ("佛山一家家具厂工人今天停工，要求涨薪。", "pay"),
    ("东莞一家电子厂工人今天罢工，要求恢复双休。", "hours_overtime"),
])
def test_more_grievance_wording(text: str, code: str) -> None:
    assert code in run(text).record()["demands"]


def test_injured_told_as_varying_degrees() -> None:
    r = run("昨天淮南一处煤矿发生瓦斯爆炸，造成3人死亡、7人不同程度受伤。").record()
    assert (r["killed"], r["injured"]) == (3, 7)


def test_a_combined_casualty_count_is_neither_dead_nor_injured() -> None:
    r = run("昨天临沂一家化工厂发生爆炸，造成9人伤亡。").record()
    assert r["kind"] == "workplace_accident"
    assert (r["killed"], r["injured"]) == (None, None)


@pytest.mark.parametrize(("text", "kind", "forms"), [
    ("Workers picketed outside a shoe factory in Putian on Monday over unpaid wages.",
     "collective_action", ["protest"]),
    ("Drivers blocked the highway near Dongguan on Monday over a fare cut.",
     "collective_action", ["road_blockade"]),
])
def test_more_english_forms(text: str, kind: str, forms: list[str]) -> None:
    r = run(text).record()
    assert (r["kind"], r["forms"]) == (kind, forms)


def test_electrocution_of_one_worker() -> None:
    r = run("昨天下午，杭州一处工地一名电工触电身亡。").record()
    assert (r["kind"], r["accident_type"], r["killed"]) == ("workplace_accident", "other", 1)
