"""Employers as feeds name them, seventh set: a short name ended by a trade word (铝业, 乳业,
重工, 建工, 百货, 时装, 五金, 零部件, 宾馆), with a hidden character (蒙X乳业); a central
firm's bureau with its number hidden (中建X局); the main contractor named as such (总包X, 由X
承建) before a project's name; the former works whose retirees these are (原X厂的退休职工); an
unnamed firm under a named group (X集团下属某煤业公司); a kind, not a name, in brackets (学校
（民办）); and no name in a time, a part, a place word or a verb run into the suffix (中午公司,
部分中小学, 周边小煤矿, 我旗一煤矿, 堵住厂门, 一间德资零件厂), nor in a trade written in
English ("Agency workers", "Food-delivery riders").
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer

# -- a short name ended by a trade word ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("肇庆高要金泰铝业两百多名工人昨天停工，计件单价又降了。", "金泰铝业"),
        ("呼和浩特新城区草原X乳业的奶工今天集体停工。", "草原X乳业"),
        ("大连甘井子那边海通船舶重工的老职工又去上访了。", "海通船舶重工"),
        ("合肥万顺百货关门了，几十个营业员拿不到工资。", "合肥万顺百货"),
        ("港资厂宏亿五金宣布下月关厂，员工要求补偿。", "宏亿五金"),
        ("台资企业佳美时装三百多人停工，要求补缴社保。", "佳美时装"),
        ("昆明春城宾馆说关就关，几十个服务员坐在大堂不走。", "昆明春城宾馆"),
    ],
)
def test_a_short_name_ends_in_a_trade_word(text: str, name: str) -> None:
    assert employer(text) == name or name in (employer(text) or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("项目完工半年了，广西建工还欠我们八十多万。", "广西建工"),
        ("钢筋班十几个人在工地门口等着，总包湖南建工说钱早就拨下去了。", "湖南建工"),
    ],
)
def test_a_province_and_its_building_group(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "电厂扩建工程的工人宿舍昨夜起火。",  # 扩建工程: a building word, not 建工
        "在建工地塔吊倒了，两人受伤。",
        "一家汽车零部件厂的工人今天停工。",  # what a plant makes
        "江门那家日资汽配厂两百人磨洋工。",
    ],
)
def test_a_building_word_or_what_a_plant_makes_is_no_name(text: str) -> None:
    assert employer(text) is None


# -- bureaus and main contractors ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("这个安置房项目的总包是中铁X局，二十多个木工被欠了半年工资。", "中铁X局"),
        ("隧道工地塌方，该标段由中建X局承建，两人被困。", "中建X局"),
        ("分包老板跑了，总包中交X局说跟他们没关系。", "中交X局"),
    ],
)
def test_a_bureau_with_its_number_hidden(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "“翠湖名苑二期”工地三十多个农民工拉横幅，总包鼎力建设公司说开发商没给钱。",
            "鼎力建设公司",
        ),
        ("“海棠湾一号”工地的工人今天停工，总承包方恒达建筑公司一直不露面。", "恒达建筑公司"),
        # near miss: no main contractor named, the quoted site's name stands
        ("我们在“方远能源”的工程上干了一年，钱一直不给。", "方远能源"),
    ],
)
def test_the_main_contractor_named_as_such(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_short_name_in_brackets_still_wins_over_a_main_contractors_full_name() -> None:
    text = "承建方南方路桥集团第五工程局（简称南方五局）欠薪半年，工人停工。"
    assert employer(text) == "南方五局"


# -- former works, unnamed subsidiaries, brackets -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("原长春东风机械厂的退休职工今天去市里上访。", "长春东风机械厂"),
        ("原太原红光纺织厂的下岗工人聚在厂门口讨说法。", "太原红光纺织厂"),
    ],
)
def test_the_former_works_of_its_retired_workers(text: str, name: str) -> None:
    assert name in (employer(text) or "")


def test_a_former_school_as_a_site_is_still_no_employer() -> None:
    assert employer("工地在沙河村原向阳小学院内，两名工人受伤。") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("晋城的潞安集团下属某煤业有限公司井下透水，三人被困。", "潞安集团"),
        ("长沙公交集团旗下某客运分公司几十名司机停运。", "长沙公交集团"),
    ],
)
def test_an_unnamed_firm_under_a_named_group(text: str, name: str) -> None:
    assert employer(text) == name


def test_an_unnamed_firm_alone_is_no_name() -> None:
    assert employer("某建材有限公司的工人今天停工。") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("城南育才学校（民办）的老师集体停课，工资拖了三个月。", "城南育才学校"),
        ("一家外资企业（港资）搬走了，工人围在门口。", None),
        # near miss: a name in brackets is still read
        ("一家教培机构（博学优课）关门跑路，老师讨薪。", "博学优课"),
    ],
)
def test_a_kind_in_brackets_is_no_name(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- no name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "中午公司负责人出来跟司机谈了一次。",
        "我县部分中小学教师到县政府反映绩效工资问题。",
        "都是当年在周边小煤矿挖煤的，现在赔偿没人管。",
        "我旗一露天煤矿发生边坡坍塌，两人被埋。",
        "当年工人堵住厂门，最后拿到了补偿。",
        "湖南多所乡镇学校教师集体请假讨要绩效。",
        "上海一间德资汽车零件厂宣布裁员三百人。",
        "Agency workers at a car parts plant protested at the gate.",
        "Food-delivery riders logged off en masse on Monday.",
    ],
)
def test_a_time_a_part_a_place_word_or_a_trade_is_no_name(text: str) -> None:
    assert employer(text) is None


def test_a_named_firm_after_a_time_word_is_still_read() -> None:
    assert employer("中午宏发公司负责人出来跟司机谈了一次。") == "宏发公司"
