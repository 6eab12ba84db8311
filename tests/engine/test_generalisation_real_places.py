"""Places and employers as real reports write them: datelines, routes, lists of provinces, firm
names that hold a place, townships that name their county, and the words that stand before a
firm's name without being part of it. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.conftest import run
from tests.engine.reading import employer, where

# -- places ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # 台资中型: 资 ends an ownership word, it starts no county (资中县)
    ("昆山一家台资中型鞋厂的工人罢工", ("320000", "320500", "320583")),
    ("东莞一家外资中型玩具厂停工", ("440000", "441900", None)),
    # …but a county whose name starts with 资 is still read where it is one
    ("资中县一家砖厂的工人讨薪", ("510000", "511000", "511025")),
    ("资阳的一家建筑工地发生坍塌", ("510000", "512000", None)),
])
def test_an_ownership_word_is_no_place(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("江宁开发区一家电子厂失火", ("320000", "320100", "320115")),
    ("昆山开发区的一家模具厂欠薪", ("320000", "320500", "320583")),
])
def test_a_township_named_after_its_county_names_the_county(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_a_place_inside_a_firm_name_after_a_county_is_no_place() -> None:
    # 宣威市 (Yunnan) then 六盘水 (a city of Guizhou) in the mine's name
    assert where("宣威市六盘水矿业有限公司井下发生透水，六盘水矿区停产") == (
        "530000", "530300", "530381")


def test_a_county_then_its_own_township_is_still_the_place() -> None:
    assert where("威海市文登区一家工厂的工人停工") == ("370000", "371000", "371003")


@pytest.mark.parametrize(("text", "expected"), [
    # the dateline is where the report was filed; the story's city is where it happened
    ("SHENZHEN - Workers at a plant in Huizhou walked out on Monday.", ("440000", "441300", None)),
    ("NANJING - Staff of a hospital in Yangzhou stopped work over unpaid bonuses.",
     ("320000", "321000", None)),
    # alone, the dateline is the place
    ("SHENZHEN - Workers at an electronics plant walked out on Monday.",
     ("440000", "440300", None)),
])
def test_a_dateline_counts_less_than_the_place_in_the_story(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize("text", [
    "Workers on the Changshu-Taicang expressway in Jiangsu protested unpaid wages.",
    "Builders of the Changshu-Taicang highway in Jiangsu have not been paid since May.",
])
def test_the_ends_of_a_route_are_no_county(text: str) -> None:
    assert where(text) == ("320000", None, None)


def test_a_county_before_a_road_word_that_is_no_route_is_kept() -> None:
    assert where("Workers in Changshu, Jiangsu, blocked a highway on Monday.") == (
        "320000", "320500", "320581")


@pytest.mark.parametrize("text", [
    "湖南、江西两地的环卫工人同时停工",
    "这几天塔吊司机陆续停工，云南和贵州最先开始。",
    "Crane operators have been striking since May, first in Yunnan and Guizhou.",
])
def test_two_provinces_listed_side_by_side_are_no_place(text: str) -> None:
    assert where(text) == (None, None, None)


def test_two_provinces_named_several_times_still_give_the_first() -> None:
    # each named three times: not a bare list of two
    text = "深圳宝安区一家厂的工人停工，反对公司把车间搬到东莞、湖北黄石和恩施"
    assert where(text)[0] == "440000"


def test_a_bare_county_short_name_loses_a_tie_to_a_city() -> None:
    # 钟楼 is also a district of Changzhou; the post names Xi'an
    assert where("在钟楼一带停运的出租车司机拉起横幅。#西安#") == ("610000", "610100", None)


def test_a_full_county_name_keeps_a_tie_it_wins_first() -> None:
    assert where("钟楼区一家工厂停工，老板跑回了西安")[0] == "320000"


@pytest.mark.parametrize(("text", "expected"), [
    ("大朗镇一家毛织厂的工人停工讨薪", ("440000", "441900", None)),
    ("石碣镇的电子厂工人聚集在厂门口", ("440000", "441900", None)),
])
def test_a_township_no_other_bears_gives_its_city(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize("text", [
    "长安镇一家工厂的工人停工讨薪",  # several townships bear the name
    "新华街道的环卫工停工",
])
def test_a_township_several_bear_gives_no_city(text: str) -> None:
    assert where(text)[:2] == (None, None)


def test_a_unique_township_does_not_outvote_a_named_city() -> None:
    assert where("大朗镇来的工人在深圳宝安区讨薪")[1] == "440300"


# -- employers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("一家台资企业华星金属制品有限公司发生粉尘爆炸", "华星金属制品有限公司"),
    ("南方医科大学附属医院的护士停工讨薪", "南方医科大学附属医院"),
])
def test_a_stop_character_inside_a_word_of_the_name(text: str, expected: str) -> None:
    assert employer(text) == expected


def test_ownership_words_after_a_place_are_no_part_of_the_name() -> None:
    assert employer("苏州工业园区台资企业宏丰精密电子有限公司停工") == "宏丰精密电子有限公司"


@pytest.mark.parametrize("text", [
    "被裁员工举牌抗议，批评公司暴力裁员。",
    "市长承认集团仍拖欠矿工工资。",
    "全市中小学教师集体罢课",
    "伤者已送往附近多家医院救治",
    "上千名矿工把集团总部围得水泄不通",
    "装修公司老板跑路了，工人到处讨薪",
    "当年他们在爆破公司打风钻，如今都得了尘肺病",
])
def test_a_verb_a_quantity_or_a_kind_of_firm_is_no_name(text: str) -> None:
    assert employer(text) is None


def test_a_named_decoration_firm_is_still_a_name() -> None:
    assert employer("金鹏装饰公司拖欠二十多名工人的工资") == "金鹏装饰公司"


@pytest.mark.parametrize(("text", "expected"), [
    ("中铁二十局项目部拖欠农民工工资，工人聚集讨薪", "中铁二十局"),
    ("工人说，中建五局承建的工地拖欠他们半年工资", "中建五局"),
    ("中交路桥局集团有限公司的工地发生坍塌", "中交路桥局集团有限公司"),
])
def test_a_central_state_firms_numbered_bureau(text: str, expected: str) -> None:
    assert employer(text) == expected


def test_a_public_bureau_is_no_employer() -> None:
    assert employer("工人们到劳动局和公安局反映情况") is None


@pytest.mark.parametrize("text", [
    "Migrant workers staged a sit-in outside the project office on Thursday.",
    "Sanitation workers in the city walked out over unpaid wages.",
])
def test_an_adjective_before_workers_is_no_name(text: str) -> None:
    assert employer(text) is None


def test_the_firm_after_mine_of_is_the_employer() -> None:
    text = "Nine miners died in a flood at the No. 3 mine of Hengyuan Coal in Shanxi on Friday."
    assert employer(text) == "Hengyuan Coal"


def test_the_place_of_a_whole_post_with_a_firm_holding_a_place() -> None:
    ex = run("宣威市六盘水矿业有限公司昨天发生透水事故，造成3人死亡。")
    assert (ex.value("province"), ex.value("city"), ex.value("county")) == (
        "530000", "530300", "530381")


# -- where the hurt were taken, where a worker threatens to go -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("我在孝感一家砖厂上班时被机器压伤了腿，老板把我送到武汉做完手术就不见了。",
     ("420000", "420900", None)),
    ("佛山顺德一家家具厂起火，伤者已转往广州、深圳等地救治。", ("440000", "440600", "440606")),
])
def test_where_the_hurt_were_taken_is_not_the_place(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert where(text) == expected


def test_a_hospital_trip_alone_still_gives_the_place() -> None:
    assert where("工友受伤后被送往长沙抢救")[1] == "430100"


@pytest.mark.parametrize("text", [
    "包工头一直拖着不结账，实在不行过年前我就去北京上访。",
    "工人们说，再拿不到钱就去北京！",
])
def test_a_threatened_trip_to_petition_in_beijing_is_no_place(text: str) -> None:
    assert where(text) == (None, None, None)


@pytest.mark.parametrize("text", [
    "我们在北京朝阳区一处工地干活，老板欠薪半年",
    "上个月我去北京一家饭店打工，老板至今不给工钱",
])
def test_work_in_beijing_is_still_beijing(text: str) -> None:
    assert where(text)[0] == "110000"


# -- employers named without a firm's suffix ---------------------------------------------------

def test_a_quoted_name_whose_works_the_workers_were_on() -> None:
    assert employer("他们说去年一直在“宏远置地”的工程上干活，工钱至今没结。") == "宏远置地"


def test_a_quoted_slogan_is_no_name() -> None:
    assert employer("他们在“还我血汗钱”的横幅下坐了一整天") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("城南街道社区卫生服务中心的医护人员集体停工", "城南街道社区卫生服务中心"),
    ("安溪县龙门镇卫生院的医生护士讨要绩效工资", "安溪县龙门镇卫生院"),
])
def test_a_public_clinic_is_an_employer(text: str, expected: str) -> None:
    assert employer(text) == expected


def test_a_kind_of_clinic_is_no_name() -> None:
    assert employer("乡镇卫生院的医护人员集体停工讨薪") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("曲靖二中今天上午老师们罢课，学生也跟着跑到校门口", "曲靖二中"),
    ("东莞三中的老师集体停课讨要绩效工资", "东莞三中"),
])
def test_a_school_named_by_its_place_and_number(text: str, expected: str) -> None:
    assert employer(text) == expected


@pytest.mark.parametrize("text", [
    "深圳一中年男子在工地坠亡",
    "广州一中型企业拖欠工资",
])
def test_a_place_then_one_is_no_school(text: str) -> None:
    assert employer(text) is None, text


def test_an_english_firm_before_project_is_the_employer() -> None:
    text = "A foreman on a Hengtai Engineering Division project in Wuxi says his crew is unpaid."
    assert employer(text) == "Hengtai Engineering Division"


def test_a_place_before_project_is_no_employer() -> None:
    assert employer("Workers at the Guizhou coal mine project protested on Monday.") is None


@pytest.mark.parametrize(("text", "expected"), [
    # 东莞港 is also a township; before 资 the 港 begins 港资 (Hong Kong-owned)
    ("东莞港资玩具厂数百名工人停工", ("440000", "441900", None)),
    ("深圳台资电子厂的工人罢工", ("440000", "440300", None)),
])
def test_a_place_before_an_ownership_word(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


def test_a_county_starting_with_an_admin_word_is_passed_whole() -> None:
    # 乡宁县 starts with 乡: after 山西 the whole county is passed, not its first character
    assert employer("山西乡宁县鑫盛焦煤公司的一座煤矿发生透水，数十人被困。") == "鑫盛焦煤公司"


@pytest.mark.parametrize("text", [
    "上月底厂方突然贴出停产通知，工人守在厂门口要工资",  # 厂方: the factory's managers
    "这几天好多快递网点都关了门，快递员的押金没人退",  # 好多: "many", no name
    "员工在总部楼下拉横幅，指责公司“卸磨杀驴”",  # a charge in quotes, no name
])
def test_no_name_in_a_managers_word_a_quantity_or_a_charge(text: str) -> None:
    assert employer(text) is None


def test_a_branch_in_brackets_is_not_the_name() -> None:
    text = "那家开了二十年的万佳福超市（人民路店）突然关门，员工坐在卖场里要补偿"
    assert employer(text) == "万佳福超市"


@pytest.mark.parametrize(("text", "expected"), [
    ("Eight miners died at the Huangling mine of state-owned Yongfa Mining Group on Sunday.",
     "Yongfa Mining Group"),
    ("Rescuers reached the Dashan Mine of Hengtai Coal Industry Group on Monday.",
     "Hengtai Coal Industry Group"),
])
def test_the_firm_that_owns_a_mine_is_the_employer(text: str, expected: str) -> None:
    assert employer(text) == expected


def test_a_mine_alone_is_still_named() -> None:
    assert employer("Six miners were trapped at the Lujiawan coal mine on Sunday.") == (
        "Lujiawan coal mine")
