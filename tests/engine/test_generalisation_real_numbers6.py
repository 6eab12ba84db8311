"""Numbers and names as real posts word them, sixth set: a crowd of 老乡 or 老职工, "hundreds of
retirees", "hundreds of X and Y school teachers", a count after 日前 (no rank) or before 天天 (no
day), the workers named and then counted on their own (员工……，一百多个，); a sum "not a cent of
it got" (一分没拿到), the owed wages paid (垫付拖欠的工资); the trapped who later showed no sign
of life, a count with 一处 between it and 均告不治, two gone 当场就没了 and one 送去医院,
"another worker killed"; and a firm's name after a day, a pronoun or a verb (上礼拜, 她们, 清点),
before 归 (X归Y管), ended by 钢铁/光学, once state-run (原国营), after 一家国营 (no name), after
a label ("Company named as", "Company:"), after "chain", not a place after "at sites in", named
after 那家, not a quoted reply, not a pair (厂方和派遣公司), a courier brand's branch.
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import casualties
from labourmap.engine.text import normalise
from tests.engine.reading import employer, head_count, money, toll

# -- participants ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("工地干完了钱不给，六十多个老乡今天一早堵在项目部门口。", "10-99"),
        ("两百多名老职工昨天又到市政府门口讨说法。", "100-999"),
        (
            "Hundreds of retirees from a former textile mill gathered outside the city hall.",
            "100-999",
        ),
        ("Dozens of pensioners of a bankrupt steel works staged a sit-in on Monday.", "10-99"),
        (
            "Thousands of kindergarten and primary school teachers in the county walked out.",
            "1000-9999",
        ),
        ("Hundreds of bus and tram drivers in the city stopped work on Friday.", "100-999"),
    ],
)
def test_crowd_nouns(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("记者获悉，日前，28名装修工人在工地门口拉横幅讨薪。", "10-99"),
        ("目前300多名员工仍在厂门口聚集。", "100-999"),
        ("厂子停了半个月，两三百人天天在门口等老板。", "100-999"),
        ("从上周起，六七十个工人天天到镇政府门口坐着。", "10-99"),
        ("骑手们今天都不跑单了，八十几个，全在站点门口等说法。", "10-99"),
        ("工人从早上起就守在厂门口，三百多个，谁也不走。", "100-999"),
    ],
)
def test_count_after_a_day_word_or_the_noun(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_rank_is_still_no_count() -> None:
    assert head_count("公司评选前10名优秀员工。") is None


# -- amount ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("我们三十多个人干了半年，工钱五十多万，一分没拿到。", 500000),
        ("装修队十几个兄弟的工资十二万块，到现在一分钱都没给。", 120000),
        ("经调解，开发商当场垫付拖欠的农民工工资46万元。", 460000),
        ("劳动监察介入后，总包方已垫付所欠工人工资18万元。", 180000),
    ],
)
def test_sum_not_got_or_owed_and_paid(text: str, value: int) -> None:
    assert money(text) == value


def test_a_sum_paid_alone_is_still_no_amount() -> None:
    assert money("劳动监察介入后，总包方已垫付工人工资18万元。") is None


# -- killed and injured ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("透水后7人被困。经两天搜救，7名被困矿工已全部找到，均已无生命体征。", 7),
        ("4名失联工人于次日被找到，均已没有生命体征。", 4),
        ("2名工人下到一处化粪池清淤，先后晕倒，送医后均告不治。", 2),
        ("4名工人在一处地下管廊作业时中毒倒地，送医后均不治。", 4),
    ],
)
def test_those_counted_died_later(text: str, dead: int) -> None:
    assert toll(text)[0] == dead


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("脚手架塌了，上面四个工人，三个当场就没了，还有一个送去医院了。", (3, 1)),
        ("吊笼掉下来，两个工人当场就死了，还有一个送到医院了。", (2, 1)),
    ],
)
def test_gone_at_once_and_one_taken_away(text: str, both: tuple[int, int]) -> None:
    assert toll(text) == both


@pytest.mark.parametrize(
    "text",
    [
        "Another scaffolder killed on a Pudong site today, the harness snapped.",
        "Another delivery rider killed on the ring road last night.",
    ],
)
def test_another_worker_killed(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


# -- employer ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我爸在南开区扫了十年地，上周保洁公司说超过六十岁的都不要了。",
        "问了门口的大姐，说她们物业公司四个月没发钱了。",
        "镇政府成立工作组，清点工厂库存，承诺变卖后先发工资。",
        "双方谈了一下午，监察大队约了厂方和劳务公司明天再谈。",
        "女儿刚上幼儿园，老公就在工地出了事。",
    ],
)
def test_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "停产以后厂子就散了，我们红星林场二十多个老工人去了信访局，对方说林场归林业局管。",
            "红星林场",
        ),
        ("去了区里，人家说这个农场归农业局管，我们泰和农场的人只能回去等。", "泰和农场"),
        ("听说永盛钢铁轧钢车间今天全停了，几百人站在门口。", "永盛钢铁"),
        ("我们明视光学的员工今天全部停工了。", "明视光学"),
        ("原国营红光机械厂的两百多名退休工人到市政府门口请愿。", "红光机械厂"),
        ("原国有东风纺织厂的老职工又去了人社局。", "东风纺织厂"),
        ("大渡口那家金福隆超市的员工坐在店里不走了。", "金福隆超市"),
        ("这家百乐门酒店的服务员今天集体罢工了。", "百乐门酒店"),
        ("圆达快递西湖网点的快递员从昨天起停工。", "圆达快递"),
        ("捷运快递城东站点的小哥都不送了。", "捷运快递"),
    ],
)
def test_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "沈阳一家国营机床厂的数百名退休工人聚集。",
        "哈尔滨一家集体纺织厂的职工到区政府门口请愿。",
    ],
)
def test_a_kind_after_ownership_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "工人说工资由外包公司发，公司“按合同办事”。",
        "记者联系了该企业，企业“不予置评”。",
    ],
)
def test_a_quoted_reply_is_no_name(text: str) -> None:
    assert employer(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Blaze at a foam workshop in Yiwu overnight - 2 dead. "
            "Company named as Jinhua Foam Products. No comment yet.",
            "Jinhua Foam Products",
        ),
        (
            "Explosion at a paint plant in Nantong, 1 dead. Company: Nantong Baolong Chemical. "
            "Investigation under way.",
            "Nantong Baolong Chemical",
        ),
        (
            "About 60 staff of Hong Kong-owned restaurant chain Golden Lotus staged a sit-in.",
            "Golden Lotus",
        ),
        ("Workers at supermarket chain Freshway protested outside the store.", "Freshway"),
    ],
)
def test_en_name_after_a_label(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Delivery riders stopped work at stations in Minhang and Songjiang.",
        "Drivers idled their trucks at depots near Tianhe and Baiyun.",
    ],
)
def test_en_places_after_at_are_no_name(text: str) -> None:
    assert employer(text) is None
