"""Numbers as real posts word them, seventh set: a crowd named by its kind or its home (派遣护士,
四川老乡, 大爷大妈), counted after the verb that gathered it (聚了五六十个) or as it acts together
(二十多个一起去了), trucks of any load (拉煤车), trades in English ("machine operators"); not the
leaders (带头的两个), not places counted (好几个网点), and a year-ago anniversary is no earlier
action; the dead and hurt named by trade (矿卡司机, 女工) or by a short clause (正在加班的工人),
those who never came up (没能上来), workers found ill (查出血液病, "diagnosed with"), those still
in hospital ("two other workers remain in hospital"), one worker's death in English ("the death
of a worker") or hurt as people tell it (有个师傅……120拉走了), an earlier accident's dead left
out; sums added up as people say it (加起来), named as the amount after the arrears (金额逾), and
a sum wanted "unless they received" it.
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import casualties
from labourmap.engine.text import normalise
from tests.engine.reading import head_count, money, toll

# -- participants ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("三百多名外包护士昨天在住院部门口聚集，要求补发绩效。", "100-999"),
        ("我们五十多个湖南老乡在这个工地干了一年，今天去项目部讨说法。", "10-99"),
        ("二十几个大爷大妈把扫帚一放，坐在环卫所门口不走。", "10-99"),
        ("十几个保洁阿姨今天在物业办公室门口要工资。", "10-99"),
    ],
)
def test_people_named_by_kind_or_home(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_number_before_no_people_is_still_no_count() -> None:
    assert head_count("五十多个湖南的项目今年都停了。") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("昨天下午美团的骑手聚了七八十个，在配送站门口喊话。", "10-99"),
        ("厂里的工人围了两百多个，堵着办公楼不让老板走。", "100-999"),
        ("尘肺病的工人，昨天三十多个一起去了市信访局。", "10-99"),
        ("那家厂的员工今天四十多个一块去了劳动监察大队。", "10-99"),
    ],
)
def test_count_after_the_verb_or_acting_together(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_together_with_no_people_named_is_no_count() -> None:
    assert head_count("昨天三十多个一起去了市里。") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("国道上今天停了两百多辆拉煤车，司机都下车了。", "100-999"),
        ("港区门口五十多辆运砂车横在路口不走。", "10-99"),
    ],
)
def test_trucks_of_any_load(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_police_cars_are_no_crowd() -> None:
    assert head_count("现场来了二十多辆警车，路口拉了线。") is None


@pytest.mark.parametrize(
    "text",
    [
        "老板后来答应加钱，可带头的三个工友第二天就被开除了。",
        "罢工结束了，领头的两名司机被公司约谈。",
    ],
)
def test_leaders_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


def test_those_not_said_to_lead_are_counted() -> None:
    assert head_count("三个工友第二天又去了厂门口。") == "1-9"


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("About 60 crane operators at the port stopped work on Tuesday.", "10-99"),
        ("More than 200 welders at a shipyard in Nantong downed tools.", "100-999"),
        ("Some 40 sanitation workers in the district walked off the job.", "10-99"),
    ],
)
def test_trades_in_english(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_operators_of_a_firm_are_no_crowd() -> None:
    assert head_count("The city has 3 bus operators, and fares stay the same.") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("两年前的今天，那家电子厂三百多名工人停工讨薪。", "100-999"),
        ("三年前的这一天，五十多个司机把车停在了客运站门口。", "10-99"),
    ],
)
def test_anniversary_tells_the_action(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_an_earlier_action_is_still_not_counted() -> None:
    assert head_count("两年前，那家电子厂三百多名工人停工讨薪。今天厂门口又有人拉横幅。") is None


@pytest.mark.parametrize(
    "text",
    [
        "杭州好几个网点的快递小哥今天都不派件了。",
        "目前已有十多个省区出现骑手罢送。",
        "这个月有三个工地的农民工来讨过薪。",
    ],
)
def test_places_counted_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


def test_a_place_word_glued_to_the_people_is_a_crowd() -> None:
    assert head_count("三百多个车间工人今天停了线。") == "100-999"


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("今天全市的出租车都停了，一千多台停在火车站广场。", "1000-9999"),
        ("的士司机集体停运，几百辆都趴在路边。", "100-999"),
    ],
)
def test_cabs_counted_as_they_stand_idle(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_cars_with_no_cabs_named_are_no_crowd() -> None:
    assert head_count("停车场里几百台停在路边。") is None


# -- killed and injured ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("矿区排土场发生滑坡，三名运输车司机被埋遇难。", (3, None)),
        ("昨夜一处仓库起火，两名外卖骑手受伤。", (None, 2)),
        ("车间凌晨起火，三名正在值班的工人被烧伤，已送医。", (None, 3)),
        ("隧道内发生塌方，两名在作业的工人遇难。", (2, None)),
    ],
)
def test_dead_and_hurt_named_by_trade_or_clause(
    text: str, both: tuple[int | None, int | None]
) -> None:
    assert toll(text) == both


def test_a_count_of_places_beside_a_diagnosis_is_no_one() -> None:
    assert toll("本市一家陶瓷厂日前确诊尘肺病。") == (None, None)


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("一家电池厂已有9名工人确诊镉中毒，其中2人较重。", (None, 9)),
        ("他们车间已经有二十几个女工查出血液病。", (None, 20)),
        ("那家石材厂先后有6名工人被查出矽肺。", (None, 6)),
    ],
)
def test_workers_found_ill(text: str, both: tuple[int | None, int | None]) -> None:
    assert toll(text) == both


def test_villagers_found_ill_are_not_counted_as_hurt() -> None:
    assert toll("村里二十几个人查出尘肺病。") == (None, None)


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("化粪池里有人晕倒，另外两个工友下去救，结果三个人都没能上来。", (3, None)),
        ("矿井透水，五名矿工再也没上来。", (5, None)),
    ],
)
def test_those_who_never_came_up(text: str, both: tuple[int | None, int | None]) -> None:
    assert toll(text) == both


def test_those_still_missing_are_not_dead() -> None:
    assert toll("井下透水，三十个人下井，六个没上来，还在搜救。") == (None, None)


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "A blast at a plant killed two workers; three other workers remain in hospital.",
            (2, 3),
        ),
        (
            "Twelve workers at a denim laundry in Xintang have been diagnosed with silicosis.",
            (None, 12),
        ),
        (
            "At least 9 miners from a gold mine in Shaanxi were diagnosed with lung disease.",
            (None, 9),
        ),
    ],
)
def test_english_in_hospital_or_found_ill(text: str, both: tuple[int | None, int | None]) -> None:
    assert toll(text) == both


def test_one_case_diagnosed_is_no_count() -> None:
    text = "One of the new cases, a 31-year-old who sanded panels, was diagnosed with lung damage."
    assert toll(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Police are looking into the death of a worker who fell from scaffolding on Monday.",
        "The family wants answers about the death of a 23-year-old courier on the ring road.",
    ],
)
def test_english_death_of_one_worker(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


def test_death_of_no_worker_is_no_death() -> None:
    assert (
        casualties.single_death(normalise("The death of a business model, says the union.")) is None
    )


@pytest.mark.parametrize(
    "text",
    [
        "刚才工地有个师傅从架子上摔下来，120拉走了。",
        "仓库里有个搬运工被叉车撞了，伤得很重。",
        "下午有位电工从梯子上摔伤了。",
    ],
)
def test_one_hurt_as_people_tell_it(text: str) -> None:
    hurt = casualties.single_injury(normalise(text))
    assert hurt is not None and hurt.value == 1


def test_one_worker_not_hurt_is_none() -> None:
    assert casualties.single_injury(normalise("有个师傅说老板跑了，工钱一直没结。")) is None


@pytest.mark.parametrize(
    "text",
    [
        "一名焊工在车间被飞溅的铁水烫伤，已送医。该厂前年曾发生造成2人死亡的爆炸事故。",
        "一名操作工的手被卷进机器受伤。这家厂曾经发生过一起事故，当时有工人身亡。",
    ],
)
def test_an_earlier_accident_leaves_one_hurt(text: str) -> None:
    norm = normalise(text)
    hurt = casualties.single_injury(norm)
    assert hurt is not None and hurt.value == 1
    assert casualties.single_death(norm) is None


def test_a_death_in_this_accident_is_still_one() -> None:
    assert casualties.single_death(normalise("一名焊工从平台坠落，经抢救无效死亡。")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "我们厂昨天有个工友在车间晕倒，送医院没救过来。",
        "咱们工地上午有个师傅从楼上掉下来，当场死亡。",
    ],
)
def test_we_is_the_writer_not_several(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


def test_they_still_tell_of_several() -> None:
    assert casualties.single_death(normalise("工友们说，有个师傅从楼上掉下来，当场死亡。")) is None


# -- amount ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("我们六个人四个月工资没发，加起来七万多。", 70000),
        ("班组二十多个人的工钱，算下来一共三百二十万元。", 3200000),
        ("三个月的工资加在一起有十五万元，老板一分没给。", 150000),
    ],
)
def test_sums_added_up(text: str, value: int) -> None:
    assert money(text) == value


def test_a_sum_added_up_per_person_is_none() -> None:
    assert money("加起来每人每月才三千元。") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("公司拖欠员工三个月工资，金额逾800万元。", 8000000),
        ("项目方积欠农民工工资，总额约260万元。", 2600000),
    ],
)
def test_amount_named_after_the_arrears(text: str, value: int) -> None:
    assert money(text) == value


def test_an_amount_with_no_arrears_is_none() -> None:
    assert money("该项目合同金额逾800万元。") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Six painters refused to leave the site unless they received 90,000 yuan in back pay.",
            90000,
        ),
        ("The drivers vowed to stay until they were paid 45,000 yuan in unpaid wages.", 45000),
    ],
)
def test_sum_wanted_unless_received(text: str, value: int) -> None:
    assert money(text) == value


def test_a_sum_received_is_still_no_amount() -> None:
    assert money("Each of the workers finally received 3,000 yuan on Monday.") is None
