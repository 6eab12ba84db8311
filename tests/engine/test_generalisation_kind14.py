"""Kind and forms read from more ways of telling: a plea that names only visits to offices
(我们找过劳动所问过), an act asked about (怎么维权), a project's client named 业主, a stoppage
named as the subject of a follow-up (停工的后续) or as one more (今天也停工了), and a climb told
with a long way to the crane. Every sentence here is written for these tests and stands for a
rule, not a case (2024-10-18, the default post day, is a Friday).
"""

from __future__ import annotations

import pytest

from labourmap.engine.kind_checks import not_done
from labourmap.engine.matcher import Hit
from labourmap.engine.plea_reads import AS_EVENT, FAR_CLIMB
from labourmap.engine.text import normalise
from tests.engine.reading import record as _rec

# -- a plea that tells only of visits to offices ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "【求助】我们是洛川县华茂包装有限公司的十七名员工，老板拖欠我们四个月工资。"
        "我们去县劳动监察大队问过，说让我们去仲裁。请大家帮忙转发！",
        "我是临潼一家培训机构的老师，机构欠了我们六个老师半年工资。我们去区教育局，说归市场监管管；"
        "去市场监管，又让我们找劳动监察。请问到底该找谁？",
        "大家好，我们是莲都一家鞋厂的4个女工，老板欠我们三个月的工资。我们找过街道劳动保障所，"
        "说老板电话打不通。求求大家帮我们转发一下。",
    ],
)
def test_a_plea_naming_visits_to_offices_is_a_call_for_help(text: str) -> None:
    rec = _rec(text)
    assert rec["kind"] == "call_for_help", text


def test_a_crowd_going_together_to_an_office_is_no_plea() -> None:
    text = ("求助！今天我们四十多个工人一起到县人社局讨要工资，鼎盛建筑公司拖欠我们半年工钱，"
            "请大家帮忙转发。")
    rec = _rec(text)
    assert rec["kind"] == "collective_action", text


# -- an act asked about ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("他说车间里几十个人都不敢出声，想问怎么维权。", "维权"),
        ("工友们不知道该如何讨薪，老板已经跑了。", "讨薪"),
        ("请问这种情况怎样维权比较好？", "维权"),
    ],
)
def test_an_act_asked_about_is_not_done(text: str, act: str) -> None:
    norm = normalise(text)
    start = norm.index(act)
    assert not_done(norm, Hit(start, start + len(act), "form", "protest", act)), text


def test_why_it_happened_is_no_question_of_how() -> None:
    text = "家长都在群里问怎么停课了。"
    norm = normalise(text)
    start = norm.index("停课")
    assert not not_done(norm, Hit(start, start + 2, "form", "strike", "停课"))


def test_a_relative_telling_of_others_at_an_office_is_no_plea() -> None:
    text = ("铁岭一家老国企的退休工人今天又去市政府了，三百来人，说改制时答应的养老金一直没兑现。"
            "我爸也跟着去了，求大家关注。")
    rec = _rec(text)
    assert rec["kind"] == "collective_action", text


def test_an_act_told_after_a_how_word_elsewhere_is_done() -> None:
    text = "不管怎么说，工人们今天集体维权了。"
    norm = normalise(text)
    start = norm.index("维权")
    assert not not_done(norm, Hit(start, start + 2, "form", "protest", "维权"))


# -- the client of a project named 业主 --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "铜川新区体育馆项目，我们木工班组三十多号人今天上午在项目部门口拉横幅。"
        "华岳建设公司欠我们五个月的工钱，说是业主没付进度款。",
        "渭南高新区一个厂房项目，我们五十多号人今天在工地门口拉横幅讨薪，秦川路桥说业主方拖欠工程款。",
    ],
)
def test_a_project_client_named_owner_keeps_the_workers_post(text: str) -> None:
    rec = _rec(text)
    assert rec["kind"] == "collective_action", text


def test_homeowners_protesting_are_still_no_incident() -> None:
    text = "汉中一个楼盘延期交房两年，三百多名业主今天在售楼处拉横幅维权。"
    assert _rec(text)["is_incident"] is False


# -- a stoppage told as an event already known ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("停工的后续：", True),
        ("停工的事有结果了", True),
        ("停工那件事", True),
        ("停工整顿三天", False),
    ],
)
def test_a_stoppage_named_as_a_subject(text: str, found: bool) -> None:
    assert (AS_EVENT.match(text, 2) is not None) is found


@pytest.mark.parametrize(
    "text",
    [
        "讲讲前天泾阳宏达纺织停工的后续：厂里昨晚答应计件单价恢复原价，今天早班都进车间了。",
        "商洛永泰电子今天也停工了，这边两百多人，要厂里先把搬迁补偿写清楚。",
    ],
)
def test_a_stoppage_told_as_a_follow_up_is_a_collective_action(text: str) -> None:
    rec = _rec(text)
    assert rec["kind"] == "collective_action" and "strike" in rec["forms"], text  # type: ignore[operator]


def test_a_plant_halt_named_also_is_no_action() -> None:
    text = "受限电影响，宝鸡一家化工厂今天也停工了。"
    assert _rec(text)["is_incident"] is False


# -- a climb with a long way to the crane --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("三个工友今天爬上西安雁塔区曲江那边一个工地的塔吊", True),
        ("两名工人登上了城东新区一栋在建住宅楼的楼顶", True),
        ("他爬上去看了一眼，塔吊", False),
    ],
)
def test_a_far_climb(text: str, found: bool) -> None:
    assert (FAR_CLIMB.search(normalise(text)) is not None) is found


def test_three_workers_far_up_a_crane_over_arrears_is_a_threat() -> None:
    text = ("四个工友今天爬上咸阳秦都区渭滨那边一个工地的塔吊，底下的人都在喊。"
            "他们说老板欠了三十多万工钱不给。110都来了。")
    rec = _rec(text)
    assert rec["kind"] == "collective_action" and rec["forms"] == ["self_harm_threat"], rec
