"""Round 28, employer and ownership: what the new rules read, in plain words.

- A role or a line of work before 公司 names no firm (承建公司, 城建公司, 货车公司, 物业管理公司,
  施工公司); a name before it still does (金河城建公司), and a city's utility is named by its
  city (鞍山市热力公司).
- A confinement-care centre (X月子中心, X月子会所) is a named employer.
- A place or a group, then 一 ("a"), then only what the firm is (X县一煤业公司, X镇一玩具厂,
  X集团一煤矿) is a headline's kind of firm: the firm the body names employs; a numbered mine
  (平禹一矿) is still a name.
- The one the workers worked for, right after 给 and before the work (给X建司干工地, 给开发商X干活,
  给周老板做装修), is the employer where nothing better is named; not "a" boss or a pronoun.
- A firm that is "state-controlled" is state-owned.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.reading import employer, value

_emp = partial(value, name="employer")
_own = partial(value, name="ownership")


@pytest.mark.parametrize("text", [
    "工友们说，承建公司迟迟不给包工头结账，大家的工钱也就没了着落。",
    "他拿着欠条去找包工头，包工头说城建公司一直没打钱过来。",
    "出事后司机、货车公司老板先后被警方带走，八名工人窒息身亡。",
    "去年起一家物业管理公司接手了小区保洁，保洁员每天要多干四个钟头。",
    "施工公司的人说钱早就打给包工头了，工人们只好去劳动监察大队反映。",
])
def test_a_role_before_the_firm_word_names_no_firm(text: str) -> None:
    assert employer(text) is None


def test_a_name_before_the_role_is_still_one() -> None:  # near miss
    text = "金河城建公司欠了六十多个工人半年工资，今天工人堵了公司大门。"
    assert employer(text) == "金河城建公司"


def test_a_city_utility_is_named_by_its_city() -> None:  # near miss
    found = employer("鞍山市热力公司的锅炉工四个月没开支，昨天晚上集体停工了。")
    assert found is not None and found.endswith("热力公司")


@pytest.mark.parametrize(("text", "name"), [
    ("馨悦月子中心突然关门，三十多个月嫂两个月工资没拿到，今天都守在门店里。", "馨悦月子中心"),
    ("贝安月子会所老板失联了，几十个护理员堵在会所门口讨工资。", "贝安月子会所"),
    ("我们是康宁月子中心的月嫂，公司已经欠了我们三个月的工资，求帮忙转发。", "康宁月子中心"),
])
def test_a_confinement_care_centre(text: str, name: str) -> None:
    assert employer(text) == name


def test_a_care_centre_of_no_name() -> None:  # near miss
    assert employer("一家月子中心突然关门，几十个月嫂的工资没了着落。") is None


@pytest.mark.parametrize(("text", "name"), [
    ("平安县一煤业公司发生透水事故 三人被困。昨日，平安县旺达煤业公司井下发生透水。",
     "旺达煤业公司"),
    ("金山县一建材公司发生爆炸 两人死亡。昨天下午，金山县瑞丰建材公司车间发生爆炸。",
     "瑞丰建材公司"),
    ("青石区一物流公司拖欠工资 百余司机停运。昨天，青石区捷运达物流公司的司机到区政府上访。",
     "捷运达物流公司"),
])
def test_a_kind_of_firm_in_the_headline(text: str, name: str) -> None:
    found = employer(text)
    assert found is not None and name in found


def test_a_numbered_mine_is_a_name() -> None:  # near miss
    assert employer("平禹一矿昨天发生瓦斯突出，井下还有十几个人没上来。") == "平禹一矿"


@pytest.mark.parametrize(("text", "name"), [
    ("我爸前年带着二十几个老乡给宏达建司干工地，八十多万工钱一直拖着不给。", "宏达建司"),
    ("他们去年给开发商王德顺干活，到现在还欠着六万多块钱。", "开发商王德顺"),
    ("我们四个人在城东给周老板做装修，干了三个月，还差我们五万多。", "周老板"),
])
def test_the_one_worked_for(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize("text", [
    "我们几个给一位姓陈的老板干活，干了半年一分钱没拿到。",
    "他在外面给人家干工地，摔断了腿，老板不管。",
    "我们给油田干活干了十年，现在说辞就辞。",
])
def test_no_name_worked_for(text: str) -> None:  # near misses
    assert employer(text) is None


@pytest.mark.parametrize("text", [
    "Two workers died at a coal mine run by Hongyuan Energy, a state-controlled firm, on Monday.",
    "Dozens of staff at a state-controlled steel maker in Hebei stopped work over unpaid wages.",
    "Workers at Lanfeng Chemical, which is state-controlled, blocked the gate demanding back pay.",
])
def test_state_controlled(text: str) -> None:
    assert _own(text) == "state_owned"


def test_a_private_firm_is_not_state_controlled() -> None:  # near miss
    text = "Workers at Lanfeng Chemical, a privately held firm, blocked the gate over back pay."
    assert _own(text) != "state_owned"


@pytest.mark.parametrize(("text", "name"), [
    ("#凯瑞达 #后街 今天一早全厂停工了，说下个月整条线要搬去外省，一分补偿都没有。", "凯瑞达"),
    ("厂里三个月没发工资了，我们今天都坐在车间门口不干了 #永信德 #讨薪", "永信德"),
    ("#华锐通 老板跑了，工资谁来给？几百个人守在厂门口", "华锐通"),
])
def test_a_name_tagged_with_one_hash(text: str, name: str) -> None:
    assert employer(text) == name


@pytest.mark.parametrize("text", [
    "厂里三个月没发工资了，我们今天都坐在车间门口不干了 #农民工工资 #讨薪",
    "老板跑了，工资谁来给？几百个人守在厂门口 #月嫂讨薪",
])
def test_a_tag_that_is_no_name(text: str) -> None:  # near misses
    assert employer(text) is None


@pytest.mark.parametrize("text", [
    "两千多名钢厂工人上街讨薪。据工人说，钢厂原是国企，改制后转为私有，已经半年没发工资。",
    "这家厂原来是国营的，改制后成了私人的，老板拖欠工人半年工资，工人们今天堵了厂门。",
    "这座煤矿早年是国营矿，后来改制成私营企业，昨天井下发生透水，三名矿工被困。",
])
def test_a_firm_turned_private(text: str) -> None:
    assert _own(text) == "private"


def test_a_firm_only_restructured() -> None:  # near miss
    text = "原国营红旗机械厂改制，买断工龄每年只给五百元，上千名职工到市政府门口请愿。"
    assert _own(text) == "state_owned"
