"""Numbers as real posts word them, thirteenth set: a crowd counted with 号 and a trade
(一百多号搬运工), by where it comes from (数百皖籍工人) or by what it drives (上千货车司机); the
workers named just before their count (保洁员二十几个今天……); "with more than a thousand
gathering"; a crowd that dares not act (几十个人都不敢吭声); one worker's own sum told as
我一个人就被欠; a part of the sum singled out (光我们班组就欠) beside the total; the owed
word far back in the sum's clause (欠我们车队十二个人运费三十一万); the hurt named by
trade (后厨员工, 厨师), rescued (获救送医) or found over a limit (查出血铅超标); the dead
who never came up (再没有上来).
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import head_count, money, toll

# -- participants: glued to a trade, a home or a vehicle ------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("芜湖港那边两百来号搬运工昨天一起没上班。", "100-999"),
        ("绵阳这家食品厂的一百多号操作员今天都坐在食堂不走。", "100-999"),
        ("东莞塘厦一家鞋厂数百皖籍工人今天停工。", "100-999"),
        ("据说全城上千货车司机都把车停在了收费站外。", "1000-9999"),
        ("听说三十多出租车司机一早就去了交通局。", "10-99"),
    ],
)
def test_a_crowd_glued_to_its_trade_home_or_vehicle(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    "text", ["他住在幸福路12号楼，门口贴着通知。", "厂里15号员工食堂停了，今天全厂罢工。"]
)
def test_a_house_or_a_day_is_no_crowd(text: str) -> None:
    assert head_count(text) is None


# -- participants: the workers named at once before their count ---------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("商场要撤柜，营业员二十几个今天都在柜台后面不肯走。", "10-99"),
        ("镇上的环卫工今天有三十来个在街道办门口坐着。", "10-99"),
        ("学校的老师们昨天有四十多个没进教室。", "10-99"),
    ],
)
def test_the_workers_named_just_before_their_count(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_the_staff_size_told_and_left_is_no_crowd() -> None:
    assert head_count("这家店不大，员工二十几个，老板是本地人。") is None


# -- participants: in English, a count that acts after "with" -----------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("Nurses walked out, with more than a hundred gathering at the gate.", "100-999"),
        ("Miners stopped work, with some two thousand marching to the town hall.", "1000-9999"),
        ("Couriers downed tools, with dozens protesting outside the depot.", "10-99"),
    ],
)
def test_a_count_acting_after_with(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_with_a_sum_is_no_crowd() -> None:
    assert head_count("The firm closed with more than a thousand orders unfilled.") is None


# -- participants: a crowd that dares not act ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我在厂里干了三年，车间里几十个人都不敢吭声，怕被辞退，想问问该怎么维权。",
        "仓库里三十多名工友敢怒不敢言，我一个人出来发帖求助。",
        "工地上二十几个人也不敢去问，我只好在网上发出来。",
    ],
)
def test_those_who_dare_not_act_are_no_crowd(text: str) -> None:
    assert head_count(text, call=True) is None


def test_a_crowd_that_acts_is_counted() -> None:
    assert head_count("车间里几十个人今天都不干了，一起坐在厂门口。") == "10-99"


# -- amount: one worker's own sum, a part, the owed word far back ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "厂里欠了我们四个月工资，我一个人就被欠了两万三。",
        "公司拖欠全体员工工资，他一个人就被拖欠了三万多元。",
        "老板欠了大家半年工钱，她一个人也被欠了一万八千元。",
    ],
)
def test_one_workers_own_sum_in_a_crowd_is_no_total(text: str) -> None:
    assert money(text, many=True) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("整个项目拖欠工程款，加起来有3000多万元，光我们这个木工班就欠了八十多万。", 30_000_000),
        ("开发商一共欠了两千多万元工程款，单是他一家就拖欠了五十万元。", 20_000_000),
        ("光我们这个班组就欠了六十多万元，工人都回不了家。", 600_000),
    ],
)
def test_a_part_of_the_sum_singled_out_yields_to_the_total(text: str, value: int) -> None:
    assert money(text, many=True) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("包工头欠我们车队十二个人运费三十一万，电话也不接。", 310_000),
        ("物业公司拖欠我们保洁组九个人半年工资十四万元，至今没给。", 140_000),
        ("老板欠了装修队七个师傅的工钱八万六千元，人跑了。", 86_000),
    ],
)
def test_the_owed_word_far_back_in_the_clause(text: str, value: int) -> None:
    assert money(text) == value


def test_a_sum_in_another_clause_is_not_owed() -> None:
    assert money("去年厂里欠过一次工资，后来都补上了。今年营业额三千万元。") is None


# -- killed and injured --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一家饭店后厨液化气罐爆炸，1名厨师死亡，3名后厨员工受伤。", (1, 3)),
        ("矿井透水后，2名被困人员获救送医，另4人确认遇难。", (4, 2)),
        ("一家电池厂28名工人被查出血铅超标，其中9人需住院治疗。", (None, 28)),
        ("那年矿下透水，7名矿工再没有上来。", (7, None)),
    ],
)
def test_the_dead_and_hurt_as_posts_word_them(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert toll(text) == expected


def test_a_check_under_the_limit_is_no_injury() -> None:
    assert toll("厂里组织120名工人体检，血铅都没有超标。") == (None, None)


def test_a_callers_total_outranks_a_whole_sites_told_far_back() -> None:
    text = (
        "工地还欠我们夫妻俩两个月工资，一共一万二千元。"
        "记者了解到，该项目共拖欠三百多名外地农民工工资一千二百万元。"
    )
    assert money(text) == 12_000
