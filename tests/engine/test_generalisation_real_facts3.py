"""Facts as real reports word them, third set: a year or an adjective pair beside a head count,
those dragged off or held, one worker's own sum inside a group's, a temperature, the dead told
in two parts or as bodies found, those rescued and taken to hospital, a finger caught in a
machine; days of a start that is no action, of a win or a payment, of a toll that rose, of an
injury told as a call's background, of a call at the head of its sentence; two districts named
together, a move elsewhere, a migrant worker's home, a firm named after its city; and the
words that make an employer's name or none (外包公司, a hospital where the hurt lie, a former
school, a bureau, a restaurant, a numbered mine, a body that owes, "part of", "mine boss").
Every sentence is written for these tests (2024-10-18, the default post day, is a Friday)
and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import casualties
from labourmap.engine.text import normalise
from tests.engine.reading import employer, head_count, money, toll, where
from tests.engine.reading import record as _rec

# -- participants ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In 2020 workers at the same furniture plant had already struck over unpaid bonuses.",
    "Back pay owed since 2021 has left drivers at a Wuhan depot angry; they walked out on "
    "Tuesday.",
    "Teachers rallied on Monday over performance pay owed for 2023 which teachers elsewhere got "
    "long ago.",
])
def test_a_year_is_no_head_count(text: str) -> None:
    assert head_count(text) is None


@pytest.mark.parametrize(("text", "bucket"), [
    ("Over 500 junior and senior high school teachers gathered outside the county government "
     "on Monday demanding unpaid wages.", "100-999"),
    ("About 2,000 full-time and part-time delivery riders stopped taking orders on Wednesday.",
     "1000-9999"),
    ("Nurses at a hospital in Nanning held a sit-in over unpaid bonuses on Monday, and 150 took "
     "part in it.", "100-999"),
    ("Sanitation workers in Kunming stopped sweeping on Tuesday and around 60 joined in by "
     "noon.", "10-99"),
    # a word that begins like a month's name is no day: "junior", "marine"
    ("About 80 marine workers refused to sail on Friday.", "10-99"),
])
def test_heads_told_past_two_words_or_as_those_who_took_part(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize("text", [
    "昨天钢厂工人在厂门口拉横幅讨薪，几个工人被保安强行拖走了。",
    "上周建筑工人上街讨薪，事后12人被以寻衅滋事为由拘留。",
    "环卫工人在区政府门口讨要工资，十多个人被强行架走。",
])
def test_those_dragged_off_or_held_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


# -- sums owed ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "八十多名装修工人今天在商场门口讨薪，其中一名工人说老板欠他3万元。",
    "About 40 workers protested outside a property developer in Hefei on Monday; a bricklayer "
    "said he is still owed 52,000 yuan.",
    "上百名工友一起去讨薪，他本人也被拖欠了1.5万元。",
])
def test_one_workers_own_sum_is_no_groups_total(text: str) -> None:
    assert money(text, many=True) is None


def test_one_workers_own_sum_is_his_call_total() -> None:
    assert money("我在工地干了半年，老板欠我4万元工钱，求大家帮帮我。") == 40000


@pytest.mark.parametrize(("text", "value"), [
    ("Around 50 workers rallied on Monday to demand 3.2 million yuan from a developer.",
     3_200_000),
    ("A former quarry worker with silicosis is now suing for 120,000 yuan in damages.", 120_000),
])
def test_a_sum_demanded_or_sued_for(text: str, value: int) -> None:
    assert money(text) == value


# -- the dead and the injured -------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("工人中暑晕倒，送医时体温高达41摄氏度，诊断为热射病。", (None, None)),
    ("车间温度超过38度，三名工人被送医。", (None, 3)),
    ("工人晕倒后体温飙到42度，确诊为热射病。", (None, None)),
])
def test_a_temperature_is_no_count_of_the_hurt(text: str, expected: tuple[object, object]) -> None:
    assert toll(text) == expected


@pytest.mark.parametrize(("text", "killed"), [
    ("Six workers were killed instantly and two more died later in hospital.", 8),
    ("事故当场死亡5人，另有2人在送医途中死亡。", 7),
    ("3名工人当场死亡，另有1人经抢救无效死亡。", 4),
    ("Three workers were killed and two more later in the day.", 5),
    ("Searchers pulled three bodies from the collapsed tunnel.", 3),
    ("Four bodies were pulled from the rubble of the warehouse on Tuesday.", 4),
    ("The toll rose to 9 after two more bodies were found.", 9),
])
def test_the_dead_told_in_two_parts_or_as_bodies(text: str, killed: int) -> None:
    assert toll(text)[0] == killed


@pytest.mark.parametrize(("text", "injured"), [
    ("塌方后12名工人被救出并送医，仍有3人被困。", 12),
    ("井下已有6人被救起送院，搜救仍在继续。", 6),
    ("截至中午，共3人被挖出后送医，2人仍被埋。", 3),
])
def test_those_rescued_and_taken_to_hospital_are_the_injured(text: str, injured: int) -> None:
    assert toll(text)[1] == injured


@pytest.mark.parametrize(("text", "hurt"), [
    ("女工李某在冲床作业时，两根手指被压断，厂里至今不肯报工伤。", 1),
    ("他弯腰清理料斗，右手被搅拌机卷入，当场疼晕过去。", 1),
    ("三名工人的手指被机器压伤。", None),
])
def test_a_body_part_caught_in_a_machine_is_one_hurt(text: str, hurt: int | None) -> None:
    found = casualties.single_injury(normalise(text))
    assert (found.value if found else None) == hurt


# -- days ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("宏达制衣厂三百多名工人今天上午全部停工。厂方从本月5号起要求每天加班两小时，谁不加就扣钱。",
     "2024-10-18"),
    ("Workers at a toy factory in Shantou walked out on Thursday. Since 2 October the "
     "management has cut the night-shift allowance.", "2024-10-17"),
])
def test_a_start_told_of_no_action_is_no_first_day(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize("text", [
    "After a week-long strike, 400 workers at a bag factory in Guangzhou won a pay rise on "
    "10 October.",
    "纸品厂三百多名工人罢工一周，劳资双方15日达成协议，工人陆续返岗。",
    "Dock workers at a port in Ningbo reached an agreement with the operator on 9 October "
    "after a two-day stoppage.",
    "保洁员集体罢工讨薪，物业公司称16日已将拖欠的工资发放到位。",
])
def test_the_day_of_a_win_or_a_payment_is_no_day_of_the_action(text: str) -> None:
    rec = _rec(text)
    assert rec["is_incident"], text
    assert rec["date"] is None, rec["date"]


@pytest.mark.parametrize(("text", "day"), [
    ("Workers who won a lawsuit last year struck again on Monday at a shoe plant in Dongguan.",
     "2024-10-14"),
    ("玩具厂工人去年胜诉后拿到了补偿，17日又因欠薪集体罢工。", "2024-10-17"),
])
def test_an_action_told_after_an_earlier_win_keeps_its_day(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(("text", "day"), [
    ("The toll from the mine flood in Guizhou rose to 12 on Thursday; water burst into the pit "
     "on Tuesday night.", "2024-10-15"),
    ("The number of dead in the warehouse fire in Tianjin climbed to 6 on Wednesday. The blaze "
     "broke out on Monday afternoon.", "2024-10-14"),
])
def test_the_day_a_toll_rose_is_no_day_of_the_accident(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize("text", [
    "【转发求助】湖南一名电工8月12日在厂房检修时从梯子上跌落，腿部骨折，公司拒绝支付医药费，家属"
    "希望有人帮忙讨个说法。",
    "A warehouse porter in Hubei fell from a forklift on 3 September and broke his back; his "
    "employer refused to pay his medical bills, and his son asked a labour group for help.",
])
def test_an_injury_told_as_a_calls_background_gives_no_day(text: str) -> None:
    rec = _rec(text)
    assert rec["kind"] == "call_for_help", rec["kind"]
    assert rec["date"] is None, rec["date"]


@pytest.mark.parametrize(("text", "day"), [
    ("“我只想拿回我的工钱。”昨天下午，在工地摔伤的王师傅托人打电话向本报求助。", "2024-10-17"),
    ("“这钱我还能要回来吗？”前天上午，在餐馆打工时烫伤的刘女士在病房里向记者求助。",
     "2024-10-16"),
])
def test_the_day_heading_a_calls_sentence_is_its_day(text: str, day: str) -> None:
    rec = _rec(text)
    assert rec["kind"] == "call_for_help", rec["kind"]
    assert rec["date"] == day


# -- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("天河区、越秀区的环卫工人今天集体停工讨薪。", ("440000", "440100", None)),
    ("Sanitation workers in Guangzhou's Yuexiu and Haizhu districts stopped work on Monday.",
     ("440000", "440100", None)),
    ("长沙芙蓉区和天心区多家快递网点的快递员今天停工。", ("430000", "430100", None)),
])
def test_two_districts_named_together_are_neither_the_place(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("宝安富康电子厂传出要搬到惠州的消息，工人今天集体停工。", ("440000", "440300", "440306")),
    ("Plans to move production to Jiangxi set off a strike at a Shenzhen toy factory.",
     ("440000", "440300", None)),
])
def test_where_a_firm_would_move_is_not_where_it_is(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("四川达州农民工张某在西藏林芝一处工地摔伤，老板不肯赔偿。", ("540000", "540400", None)),
    ("河南周口民工在北京朝阳区讨薪被打。", ("110000", "110000", "110105")),
    # no other place where they are: the place before 农民工 is where they act
    ("宝安区农民工今天在工地讨薪。", ("440000", "440300", "440306")),
])
def test_a_migrant_workers_home_is_not_where_it_happened(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A gas explosion at Jincheng Anthracite Mining in Shanxi killed five miners.",
     ("140000", "140500", None)),
    ("Forty workers were hurt when a furnace burst at Tangshan Iron and Steel in Hebei.",
     ("130000", "130200", None)),
    ("DENGFENG, Henan - Twelve miners died at a pit run by Yuzhou Coal and Power on Monday.",
     ("410000", "410100", "410185")),
])
def test_a_firms_city_counts_beside_a_province_but_not_beside_a_city(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


# -- employers ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "东莞一家印染公司的工人今天停工讨薪。",
    "保洁员说外包公司已经三个月没发工资了。",
    "老板把厂里的钱转到了关联公司，工人讨薪无门。",
    "工人们昨天停工。今天公司贴出通知，说月底前发工资。",
    "住院花的两万元医药费公司只垫了一半。",
])
def test_a_kind_of_firm_or_a_word_run_into_it_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("大家都记得九月份温州华星电子那次停工。", "华星电子"),
    ("街道办委托鑫洁物业管理有限公司负责保洁，工资却迟迟不发。", "鑫洁物业管理有限公司"),
    ("工地由业主委托恒远劳务有限公司管理，工钱至今未结。", "恒远劳务有限公司"),
])
def test_a_name_begins_after_a_month_or_a_commission(text: str, name: str) -> None:
    found = employer(text)
    assert found is not None and found.endswith(name), found
    assert "记得" not in found and "委托" not in found


@pytest.mark.parametrize("text", [
    "受伤的焊工被送进市第一人民医院抢救。",
    "工友们到中心医院探望受伤的搬运工。",
    "事故发生在东坡村原希望小学操场边的小作坊。",
    "爆炸发生在城关镇原第二砖厂的空地上。",
    "大唐热电厂改建项目工地发生坍塌，多名工人被埋。",
    "华电火电厂扩建工程的工人宿舍昨夜起火。",
])
def test_a_hospital_a_former_school_or_a_plant_being_built_is_no_employer(text: str) -> None:
    assert employer(text) is None


def test_a_hospital_whose_staff_act_is_still_the_employer() -> None:
    assert "妇幼医院" in (employer("城南妇幼医院三十多名护士今天罢工，抗议绩效被砍。") or "")


@pytest.mark.parametrize(("text", "name"), [
    ("被困人员共十多名，其中中国交通建设第三工程局占了一半。", "中国交通建设第三工程局"),
    ("其中中国建筑第五工程局有12名工人。", "中国建筑第五工程局"),
])
def test_among_them_is_no_part_of_a_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("LG电子工厂（LGD）的工人今天罢工。", "LG电子"),  # (the firm's name, from employers.json)
    ("ABB厦门工厂（XAB）的员工集体停工。", "ABB"),
])
def test_a_latin_short_name_in_brackets_counts_no_more_than_the_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("中交三航局承建的码头工地发生事故。", "中交三航局"),
    ("中铁大桥局施工的大桥工地上，工人讨薪。", "中铁大桥局"),
    ("中交一公局的项目部门口聚集了几十名农民工。", "中交一公局"),
])
def test_more_bureaus_of_central_firms(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("福满楼酒家十几名厨师今天讨薪。", "福满楼酒家"),
    ("顺意大饭店拖欠员工三个月工资。", "顺意大饭店"),
    ("湘味轩餐厅的服务员集体停工。", "湘味轩餐厅"),
])
def test_a_restaurants_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("开发商华盛置地欠下两千多万工程款，工人围堵售楼处。", "华盛置地"),
    ("承包商鑫达建工拖欠了工人八个月工资。", "鑫达建工"),
    ("用人单位长期拖欠工资，工人无奈上访。", None),
])
def test_a_firm_named_after_what_it_is_and_before_what_it_owes(
    text: str, name: str | None
) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("平煤十矿井下发生瓦斯爆炸。", "平煤十矿"),
    ("鹤煤三矿井下发生透水，多名矿工被困。", "鹤煤三矿"),
])
def test_a_groups_numbered_mine(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("市政设施管理处拖欠工人工资一年多。", "市政设施管理处"),
    ("县公路管理站拖欠施工队工程款。", "县公路管理站"),
    ("工人到城市管理处反映情况。", None),
])
def test_a_public_body_that_owes(text: str, name: str | None) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Workers at Jinrui, a subsidiary of Hongfa Group, went on strike.", "Jinrui"),
    ("The fire broke out at Shunfa, part of the Tianyu Holdings group, on Monday.", "Shunfa"),
    ("The explosion happened at Xinda Coal, a unit of the Longmei Mining Group.", "Xinda Coal"),
])
def test_the_part_employs_not_the_whole(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Hengyuan Coal said nine miners were trapped after the flood.", "Hengyuan Coal"),
    ("Jinneng Power confirmed that two welders died in the blast.", "Jinneng Power"),
])
def test_a_coal_or_power_firms_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Workers at Hubei's Third Construction Company protested on Monday.",
     "Third Construction Company"),
    ("Unpaid builders say Yunnan's Second Highway Engineering Company owes them wages.",
     "Second Highway Engineering Company"),
])
def test_a_places_possessive_is_no_part_of_the_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize("text", [
    "Quarry boss Zhang Wei has not paid the stone crushers for a year.",
    "Workers say factory owner Chen Ming fled last week without paying them.",
    "They were hired by labour boss Wang Qiang, who vanished in May.",
    "Workers on a contract for Line 7 went unpaid for months.",
    "Workers digging a tunnel for Line 3 of the metro were trapped on Monday.",
    "Workers at the Lanxing hydropower station have not been paid for three months.",
    "A tunnel caved in on workers at the Hongyan dam on Monday.",
])
def test_a_person_a_metro_line_or_works_named_by_place_is_no_employer(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("The Lianhua Property Service Office still owes the cleaners four months' wages.",
     "Lianhua Property Service Office"),
    ("The workers say the Nanhu Sanitation Station still owes them 300,000 yuan.",
     "Nanhu Sanitation Station"),
])
def test_the_body_that_owes_the_workers(text: str, name: str) -> None:
    assert employer(text) == name
