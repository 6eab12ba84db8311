"""Round 25, employer and ownership: a short name ended by a trade word before what befell it
(employer_sites), a mine named by its own name and 矿 (employer_mines), a quoted building's name
no employer (employer_quoted), words run into a name (employer_trim, employer_words), one trade
name in two posts (firm_core), a mine counted in the other post (mine_names), a mining bureau
as a state firm (owner_overseers).

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine.firm_core import same_core
from labourmap.engine.mine_names import mine_terms
from labourmap.engine.text import normalise
from tests.engine.reading import employer, record

# 1. a short name ended by a trade word (印染, 纸业, 化学) before what befell it or its staff


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我在萧山锦华数码印染上班，老板三个月没发工资了，怎么办？", "锦华数码印染"),
        ("今天上午，恒茂纸业一百多个工友把厂门围住了，要求补发工资。", "恒茂纸业"),
        ("宏晟纸业的老职工说，单位十年没给交社保。", "宏晟纸业"),
        ("位于滨海化工园区的润丰化学周二中午发生爆炸，两人受伤。", "润丰化学"),
        ("远远看到瑞泽化学那边着火了，消防车都来了。", "瑞泽化学"),
    ],
)
def test_trade_word_name(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "印染行业的老职工都说这几年工资越来越低，大家今天在市里拉横幅。",  # a trade, no name
        "我们纸业这一块今年不好做，五十多个工人都回家了。",  # a pronoun, no name
    ],
)
def test_trade_word_no_name(text: str) -> None:
    assert employer(text) is None


# 2. a mine named by its own name and 矿


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("黑松坪矿的人今天都去了县政府，八个月没发工资。", "黑松坪矿"),
        ("突发 云岭金坪矿今天凌晨三点发生透水，井下还有六个人。", "云岭金坪矿"),
        ("昨天，金竹坪矿两千多名矿工上街游行，讨要欠发的工资。", "金竹坪矿"),
    ],
)
def test_short_mine(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "该矿今天发生透水，井下还有六个人。",  # the mine unnamed
        "村里的石膏矿今天发生坍塌，两人被埋。",  # a mine of another mineral
        "那个矿的人今天都去了县政府。",  # a pointer, no name
        "青峰矿难的家属今天到县里上访。",  # 矿难: a disaster, no mine named so
    ],
)
def test_short_mine_no_name(text: str) -> None:
    assert employer(text) is None


def test_mine_counted_after_name_is_a_term() -> None:
    # 矿上千名矿工: the mine, then its miners counted (not 矿上: at the mine)
    assert "岭南煤矿" in mine_terms(normalise("松岭南矿上千名矿工今天走上国道。"))
    assert not mine_terms(normalise("他在矿上干了十年。"))


# 3. a quoted building or project is the site, not the builder


@pytest.mark.parametrize(
    "text",
    [
        "五十多名工人在“翠湖名苑”项目干了一年，工钱一直拖着，今天拉横幅讨薪。",
        "“金桂华庭”工地今天上午发生塔吊倒塌，一名工人死亡。",
        "一百多个农民工堵住“滨江一号”楼盘的售楼部，讨要工钱。",
    ],
)
def test_quoted_project_no_employer(text: str) -> None:
    assert employer(text) is None


def test_quoted_works_still_named() -> None:
    # 在“X”的工程上干活: a firm whose works the workers were on (kept)
    assert employer("我们在“远方能源”的工程上干活，工钱拖了半年。") == "远方能源"


# 4. a verb of speech, or 和 after another firm's suffix, begins no name


@pytest.mark.parametrize(
    "text",
    [
        "三百多名工人堵路抗议，并指公司两年没交社保。",
        "员工聚集在厂门口，指控公司克扣加班费。",
        "工人们拉起横幅，直指公司违法裁员。",
    ],
)
def test_speech_verb_no_name(text: str) -> None:
    assert employer(text) is None


def test_speech_verb_then_name_kept() -> None:
    assert employer("三百多名工人堵路抗议，并指宏达五金公司两年没交社保。") == "宏达五金公司"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("劳务公司和鑫隆建设公司拖欠工人工资三个月。", "鑫隆建设公司"),
        ("施工方说，建筑公司和宏顺地产公司都没拨款。", "宏顺地产公司"),
        ("劳务公司和房地产公司到现在都不露面。", None),
    ],
)
def test_joined_firm_begins_after_and(text: str, name: str | None) -> None:
    assert employer(text) == name


def test_joined_generic_firms_no_name() -> None:
    assert employer("到现在劳务公司与建设公司还在互相推诿，工资没人管。") is None


# 5. one trade name in two posts' employers


@pytest.mark.parametrize(
    ("a", "b"),
    [("锦华集团", "锦华数码印染有限公司"), ("恒茂纸业", "恒茂集团"), ("润泽数码", "润泽公司")],
)
def test_same_core_trades(a: str, b: str) -> None:
    assert same_core(a, b)


def test_same_core_other_names() -> None:
    assert not same_core("锦华集团", "锦绣数码印染有限公司")


# 6. a mining bureau is a state firm


@pytest.mark.parametrize(
    "text",
    [
        "今天上午几千名退休矿工一路走到矿务局门口，要求补发取暖费。",
        "我们是原北山矿务局下属煤矿的退休矿工，养老金被少算了，求助！",
        "矿工们围住矿务局大楼，四个月没开工资了。",
    ],
)
def test_mining_bureau_state_owned(text: str) -> None:
    assert record(text)["ownership"] == "state_owned"


def test_former_mining_bureau_not_read() -> None:
    text = "昨天下午一家爆破器材厂爆炸，三名工人受伤，该厂前身是东川矿务局的配套厂。"
    assert record(text)["ownership"] != "state_owned"


# 7. well-known firms listed side by side: none of them the one employer (firm_rivals.listed)


@pytest.mark.parametrize(
    "text",
    [
        "美团饿了么的骑手今晚聚在商场门口，保安不让电动车进，大家一单都不接了。",
        "小区门口，美團與餓了麼的外賣員聚集抗議保安打人。",
        "滴滴、货拉拉的司机都来了，几十辆车停在园区门口抗议收费。",
    ],
)
def test_listed_firms_no_employer(text: str) -> None:
    assert employer(text) is None


def test_firm_beside_another_told_apart_kept() -> None:
    # the firm's riders, the other named later as those who did not join: not a list
    assert employer("美团骑手今天在站点罢工了，饿了么的骑手没有参加。") == "美团"
