"""Forms and responses read from more ways of telling (round 17): a union the workers ask to act,
or the employer asked to meet, is no union intervention; an office that said when the money
comes or what the employer must do has stepped in; the day's work told undone by those who do
it is a strike. Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed

# -- the union asked to act, or asked to be met: no union intervention --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 300 workers at a shoe factory went on strike on Monday and asked the union to back "
        "their claim for unpaid wages.",
        "Some 200 workers at a garment plant went on strike over unpaid wages and called on "
        "management to hold talks with the union.",
        "About 400 workers at an electronics plant went on strike over pay cuts, urging the "
        "company to negotiate with their trade union.",
        "About 400 workers at an electronics plant went on strike over pay cuts and want the local "
        "union to support them.",
    ],
)
def test_a_union_asked_to_act_is_no_intervention(text: str) -> None:
    assert "union_intervention" not in listed(text, "responses"), text


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the union acted, with a wish told earlier in another clause
        "About 400 workers at an electronics plant went on strike demanding higher pay and the "
        "union stepped in on Tuesday.",
        "About 400 workers at an electronics plant went on strike over pay cuts; management "
        "negotiated with their union on Tuesday.",
    ],
)
def test_a_union_that_acted_is_still_read(text: str) -> None:
    assert "union_intervention" in listed(text, "responses"), text


# -- an office said when the money comes, or what the employer must do --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "三百多名工人今天到区人社局上访，人社局说月底前把工资发下来。",
        "四十多名木工今天去了住建局，住建局的同志说一周之内让总包拿出付款方案。",
        "两百多名工人今天停工，镇里说先垫发一部分工资。",
        "八十多名工人在县人社局大厅坐着不走，有个副局长出来，说三天内给答复。",
    ],
)
def test_an_office_that_said_when_is_intervention(text: str) -> None:
    assert "government_intervention" in listed(text, "responses"), text


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the office's excuse; the boss's word, not an office's
        "八十多名工人今天去区人社局讨薪，人社局说不归他们管，让先去仲裁。",
        "八十多名工人今天罢工讨薪，老板说月底前发。",
    ],
)
def test_an_excuse_or_the_boss_word_is_no_intervention(text: str) -> None:
    assert "government_intervention" not in listed(text, "responses"), text


# -- the day's work told undone: a strike --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "义乌一个快递网点的二十多个快递员今天全都没出去派件，站点老板扣了两个月工资不发，大家在网点里讨说法。",
        "城东好几条街今天早上没人扫，一百多个环卫工围在外包公司办公楼下讨要工资。",
        "西安一所大学的食堂今天中午没开饭，三十多个厨师和打饭阿姨坐在食堂门口，讨要被拖欠的三个月工资。",
    ],
)
def test_work_told_undone_is_a_strike(text: str) -> None:
    assert "strike" in listed(text, "forms"), text


def test_work_undone_only_threatened_is_no_strike() -> None:
    text = "一百多个环卫工围在外包公司办公楼下讨要工资，说再不发就没人上班了。"
    assert listed(text, "forms") == ["protest"], text


# -- the police called and come, told by the number or by the call ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "三个工友今天爬上一个工地的塔吊讨薪，老板欠了二十多万不给，110和消防都来了。",
        "二十多名工人今天在厂门口拉横幅讨薪，报了警，派出所说这是劳资纠纷让找劳动局。",
        "宁波一个工地三十多个工人拉横幅讨薪，110也到了，劝大家先回去。",
    ],
)
def test_the_police_called_and_come(text: str) -> None:
    assert "police" in listed(text, "responses"), text


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: a bus line, a call only meant
        "四十多名工人今天堵在项目部门口讨要工钱，大家坐110路公交车过去的。",
        "四十多名工人今天堵在项目部门口讨要工钱，有人说要打110。",
    ],
)
def test_no_police_come(text: str) -> None:
    assert "police" not in listed(text, "responses"), text


# -- a visit to an office only meant, in English: no petition ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of workers owed six months' wages confronted the boss at his office on Monday; "
        "workers say they will take the case to the labour bureau.",
        "About 80 workers owed wages went on strike on Monday and intend to take the dispute to "
        "the county government.",
        "Some 60 builders owed wages blocked the site gate on Monday; they vowed to go to the "
        "housing bureau if not paid.",
    ],
)
def test_a_visit_only_meant_is_no_petition(text: str) -> None:
    assert "petition" not in listed(text, "forms"), text


def test_a_visit_made_is_a_petition() -> None:
    text = "About 80 workers owed wages went to the labour bureau on Monday to demand their pay."
    assert listed(text, "forms") == ["petition"], text


# -- an office's act told in more words ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 400 workers at an electronics plant went on strike on Monday over relocation; "
        "a town official told them the company had been asked to respond.",
        "About 400 workers at an electronics plant went on strike on Monday; a district official "
        "assured the strikers that the company would pay.",
        "About 300 workers at a shoe factory went on strike on Monday; a labour official told the "
        "strikers the wages would be paid by Friday.",
        "近千名下岗职工今天聚集在区政府前，要求补缴社保，有关部门正在做解释工作。",
        "近千名下岗职工今天聚集在区政府前，有关部门正在做疏导工作。",
        "三百多名工人今天在厂门口讨薪，市国资委召集企业负责人开会。",
        "二百余名职工今天在厂办公楼前聚集，反映内退待遇，市国资委派员到场了解情况。",
    ],
)
def test_an_office_act_told_in_more_words(text: str) -> None:
    assert "government_intervention" in listed(text, "responses"), text


@pytest.mark.parametrize(
    "text",
    [
        "东莞一家电子厂约两千名员工停工，要求支付搬迁补偿，镇劳动分局当晚召集劳资双方谈判。",
        "三百多名工人今天停工讨薪，镇劳动分局组织劳资双方坐下来谈。",
        "三百多名工人今天停工讨薪，镇劳动分局召集包工头和工人到镇里对账。",
    ],
)
def test_a_branch_office_that_called_the_sides(text: str) -> None:
    assert "government_intervention" in listed(text, "responses"), text


def test_a_branch_office_asked_for_is_no_intervention() -> None:
    text = "三百多名工人今天停工讨薪，希望区人社分局组织厂方和工人代表对话。"
    assert "government_intervention" not in listed(text, "responses"), text


def test_company_officials_are_no_office() -> None:
    text = ("About 400 workers at an electronics plant went on strike on Monday; company officials "
            "told the strikers to go back to work.")
    assert "government_intervention" not in listed(text, "responses"), text


# -- "sat in on" the talks: attended, no sit-in ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 400 workers at an electronics plant in Kunshan stopped work on Monday over "
        "relocation. Officials from the development zone sat in on three rounds of talks.",
        "About 400 workers at an electronics plant in Kunshan stopped work on Monday over "
        "relocation; a union official sat in on the meeting with managers.",
        "About 300 workers at a garment factory walked out on Tuesday over pay cuts, and a labour "
        "bureau official sat in on the negotiations.",
    ],
)
def test_sat_in_on_talks_is_no_sit_in(text: str) -> None:
    assert listed(text, "forms") == ["strike"], text


def test_sat_in_at_an_office_is_a_sit_in() -> None:
    text = "About 60 workers sat in at the labour bureau on Monday demanding unpaid wages."
    assert "sit_in" in listed(text, "forms"), text


# -- banners carried at an office: the petition's, no protest besides ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "两百多名农民工今天跑到区住建局门口请愿，拉着还我血汗钱的横幅。",
        "三十多名环卫工今天到区城管局反映欠薪，打出“还我血汗钱”的横幅。",
        "上千名老师现在聚在县政府门口，拉着横幅“我们要吃饭”，特警也来了。",
        "昨天，一家机械公司两百多名工人拉出多条横幅，聚集到市政府追讨拖欠半年的工资。",
    ],
)
def test_banners_at_an_office_are_the_petition(text: str) -> None:
    assert listed(text, "forms") == ["petition"], text


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: the banners at the plant first, the office after
        "两百多名工人上午在厂门口拉横幅讨薪，下午又去了市政府上访。",
        "一百多名工人今天拉着横幅堵在工地门口，随后又去了区人社局反映。",
    ],
)
def test_banners_elsewhere_stay_a_protest(text: str) -> None:
    assert sorted(listed(text, "forms")) == ["petition", "protest"], text


# -- vehicles parked across a road, in English: a blockade ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of coal truck drivers parked their rigs across a road in Ordos yesterday over "
        "fines and a cut in haulage rates.",
        "Hundreds of taxi drivers parked their cabs along Zhongshan Road on Monday morning in a "
        "strike against high monthly fees.",
        "About 200 bus drivers parked their buses in the middle of a main street on Tuesday to "
        "protest unpaid wages.",
    ],
)
def test_vehicles_parked_across_a_road_are_a_blockade(text: str) -> None:
    assert "road_blockade" in listed(text, "forms"), text


@pytest.mark.parametrize(
    "text",
    [
        # near-misses: parked in a depot, at the roadside
        "Hundreds of taxi drivers parked their taxis at the depot on Monday in a strike against "
        "high monthly fees.",
        "Hundreds of taxi drivers parked their cabs on the roadside on Monday in a strike against "
        "high monthly fees.",
    ],
)
def test_vehicles_parked_off_the_road_are_no_blockade(text: str) -> None:
    assert listed(text, "forms") == ["strike"], text


# -- a sit on the steps, or a sit that refuses the work: a sit-in ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "上百名退休老工人今天又去了市政府门口，老人们拄着拐坐在台阶上，要求恢复养老金待遇。",
        "寿光一个物流园的装卸工今天罢工了，几百个人坐在停车场不卸车，抗议装卸费抽成翻倍。",
        "一百多名工人坐在机台前不开工，要求补发加班费。",
    ],
)
def test_a_sit_on_the_steps_or_refusing_work_is_a_sit_in(text: str) -> None:
    assert "sit_in" in listed(text, "forms"), text


def test_a_rest_on_the_steps_is_no_sit_in() -> None:
    text = "两百多名工人今天停工讨薪，中午大家坐在台阶上休息，等老板来谈。"
    assert "sit_in" not in listed(text, "forms"), text


# -- the work refused, told in English: a strike -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 500 workers at a garment plant in Ningbo put down their tools on Monday over a "
        "pay cut.",
        "About 500 workers at a garment plant in Ningbo stayed off the production lines on Monday "
        "over a pay cut.",
        "About 500 workers at a garment plant in Ningbo refused to run the machines on Monday "
        "over a pay cut.",
        "About 500 workers at a garment plant in Ningbo left their machines idle on Monday over a "
        "pay cut.",
    ],
)
def test_work_refused_in_english_is_a_strike(text: str) -> None:
    assert listed(text, "forms") == ["strike"], text


def test_work_refusal_only_threatened_is_no_strike() -> None:
    text = ("About 500 workers at a garment plant in Ningbo protested at the gate on Monday, "
            "saying they will put down their tools if not paid.")
    assert listed(text, "forms") == ["protest"], text
