"""Facts told indirectly (没抢救过来, 一千多号工人, "the 300-strong staff", 厂叫…): each example
is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run


def _field(text: str, name: str, posted: str = "2024-10-18T09:00:00") -> object:
    ex = run(text, posted)
    assert_evidence(ex, text)
    return ex.record()[name]


# -- the dead and the injured ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "killed"), [
    ("佛山一家铝材厂昨天熔炉爆炸，两个工人没抢救过来，还有三人烧伤住院。", 2),
    ("A crane toppled at a building site in Hefei on Monday, leaving one worker dead.", 1),
])
def test_death_told_indirectly(text: str, killed: int) -> None:
    assert _field(text, "killed") == killed


def test_dead_among_those_taken_to_hospital() -> None:
    text = "临沂一家化工厂昨日发生硫化氢泄漏，五名工人被送医，其中两人抢救无效死亡。"
    assert _field(text, "killed") == 2
    assert _field(text, "injured") == 3


# -- head counts -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "bucket"), [
    ("东莞一家玩具厂拖欠工资，今天两百来号工人围在厂门口讨薪。", "100-999"),
    ("合肥一个工地拖欠工资，四五十口子今天拉横幅堵了项目部的门讨薪。", "10-99"),
    ("The 600-strong workforce of a shoe factory in Putian walked out on Monday over unpaid "
     "wages.", "100-999"),
    ("Around 50 of us sat down in the canteen at our factory in Dongguan today over unpaid "
     "overtime.", "10-99"),
])
def test_head_count_in_speech(text: str, bucket: str) -> None:
    assert _field(text, "participants") == bucket


def test_a_day_is_no_head_count() -> None:
    text = "我们厂12号员工食堂停了，今天全厂工人罢工，要求补发两个月工资。"
    assert _field(text, "forms") == ["strike"]
    assert _field(text, "participants") is None
    assert _field(text, "date") == "2024-10-18"  # 12号食堂 names a canteen, not the 12th


# -- employers -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("我们厂两个月没发工资了，今天全体工人停工在厂门口坐着。厂叫永丰塑胶制品，在东莞常平。",
     "永丰塑胶制品"),
    ("昆明一个煤矿拖欠矿工三个月工资，几十个矿工今天去矿上讨薪。矿名叫金沙煤矿。", "金沙煤矿"),
])
def test_employer_named_after_what_it_is(text: str, name: str) -> None:
    assert _field(text, "employer") == name


def test_we_are_no_employer() -> None:
    text = "苏州我们厂今天停工了，一百多号工人在厂门口要求补发工资。"
    assert _field(text, "forms") == ["strike"]
    assert _field(text, "employer") is None


def test_an_earlier_actions_crowd_is_not_counted() -> None:
    text = ("惠州一家家具厂八年前那次，上千人停工讨薪。今天厂里又拖欠两个月工资，"
            "三百多名工人在厂门口拉横幅讨薪。")
    assert _field(text, "participants") == "100-999"


# -- places ----------------------------------------------------------------------------------


def test_home_village_is_not_the_workplace() -> None:
    text = ("My uncle and six other men from our village in Shangqiu, Henan protested on Monday at "
            "a metro site in Pudong, Shanghai, where they worked for a year without pay. The "
            "subcontractor owes them 150,000 yuan in unpaid wages.")
    assert _field(text, "province") == "310000"
