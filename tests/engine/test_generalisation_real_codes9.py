"""Coded fields read from more ways of telling: walk-offs and threats to jump told as people say
them (撂挑子, 没上工, 喊着要跳, "stopped sorting"), an act only threatened under a condition (再不…
就不干了) or named as someone's pretext (以停课为由), a complaint sent on by the office
(找劳动监察说让我们去仲裁), a crowd kneeling at a door or ringing the boss, a boat capsized,
bodies of Hong Kong and Taiwan, a commentary's header, a firm folded, a talk brokered by the
union, workers held by the police, truck drivers and power-line crews. Every sentence
here is written for these tests and stands for a rule, not a case (2024-10-18, the default
post day, is a Friday).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed
from tests.engine.reading import record as _rec


def _forms(text: str) -> list[str]:
    return listed(text, "forms")


# -- forms: walk-offs told as people tell them ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "开发区那个物流仓的搬运工今天全撂挑子了，计件单价又降了一毛。",
        "码头上三十多个装卸工今天没上工，说加班费拖了两个月。",
        "公交公司改了考核办法，工资少了一大截，司机们集体不开了。",
        "About 60 warehouse workers stopped sorting parcels on Friday over two months' wages.",
        "Bus drivers in the city stayed off work on Friday over a cut in their pay.",
    ],
)
def test_a_walk_off_told_in_everyday_words_is_a_strike(text: str) -> None:
    assert "strike" in _forms(text), text


def test_one_man_off_sick_is_no_strike() -> None:
    assert _rec("老张昨天感冒发烧没上工，在家躺了一天。")["is_incident"] is False


# -- forms: a threat to jump shouted from a height ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "工地上十几个民工站在七楼楼顶边上喊着要跳，说干了一年没拿到一分钱。",
        "八个工人在厂房顶上嚷着要跳，老板欠了他们半年工钱。",
        "Ten builders were up on the tower crane all morning over wages the boss owed.",
    ],
)
def test_shouting_to_jump_from_a_height_is_a_self_harm_threat(text: str) -> None:
    assert "self_harm_threat" in _forms(text), text


def test_children_shouting_to_jump_into_a_pool_are_no_incident() -> None:
    assert not _rec("周末带孩子去游泳馆，几个小朋友在池边喊着要跳水。")["is_incident"]


# -- forms: a strike threatened under a condition, or named as a pretext ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "仓库里热得受不了，工友们说再不装空调大家就不干了。",
        "司机们说如果下个月还扣钱，就集体停运。",
        "学校以疫情停课为由，已经三个月没给我们老师发工资了。",
    ],
)
def test_a_strike_only_threatened_or_named_as_a_pretext_is_none(text: str) -> None:
    assert _rec(text)["is_incident"] is False, text


def test_a_stoppage_named_as_a_pretext_leaves_a_call_for_help() -> None:
    r = _rec("公司借口停产为由拖着工资不发，我们几个工人求助无门。")
    assert (r["kind"], r["forms"]) == ("call_for_help", [])
    # the halt is the firm's excuse, no closure; the wages kept back are the claim
    assert r["demands"] == ["wage_arrears"], r["demands"]


@pytest.mark.parametrize(
    "text",
    [
        "厂里三百多名工人今天罢工，说如果不补发工资就一直停下去。",
        "四十多名老师今天集体停课，抗议学校拖欠三个月工资。",
        "工资再不发，昨天一百多个工人已经全厂停了。",
    ],
)
def test_a_strike_done_beside_a_condition_is_still_a_strike(text: str) -> None:
    assert "strike" in _forms(text), text


# -- forms: the office's answer to a complaint -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我们十几个保安被物业欠了三个月工资，找劳动监察说让我们先去仲裁，写了封公开信求转发。",
         "call_for_help"),
        ("二十多个工人被拖欠工钱，找人社局叫我们等通知，求大家帮帮忙。", "call_for_help"),
        ("我们几个老乡找劳动局回复说证据不够，求懂法的朋友指条路。", None),
    ],
)
def test_a_complaint_sent_on_by_the_office_is_no_petition(text: str, kind: str | None) -> None:
    r = _rec(text)
    assert (r["kind"], r["forms"]) == (kind, []), text


def test_workers_gone_to_the_office_make_a_petition() -> None:
    assert "petition" in _forms("三十多个工人今天去人社局讨说法，说老板欠了半年工资。")


# -- forms: a crowd kneeling at the door, ringing the boss, standing at the gate -------------------


@pytest.mark.parametrize(
    "text",
    [
        "十几名工人今天跪在项目部门口，说包工头欠了一年工钱。",
        "几十个工人围着老板要说法，说三个月工资一直拖着。",
        "车间几百人围着HR讨说法，说裁员补偿太少。",
        "Around 80 workers stood at the gate all morning, saying the year-end bonus had been cut.",
        "Some 300 workers blocked its gates after the owner said the plant would close.",
    ],
)
def test_a_crowd_at_the_door_or_round_the_boss_is_a_protest(text: str) -> None:
    assert "protest" in _forms(text), text


def test_kneeling_at_a_door_with_no_claim_is_no_incident() -> None:
    assert not _rec("小朋友跪在家门口玩弹珠，玩了一下午。")["is_incident"]


# -- forms: gone to the city again -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "咱们厂的老职工今天又去市里了，一百多号人，养老金一直没给补上。",
        "矿上的退休工人昨天又到省里了，几十号人，说社保断了好几年。",
        "林场的老职工又去县里了，说改制以后医保没人管。",
    ],
)
def test_workers_gone_again_to_the_city_make_a_petition(text: str) -> None:
    assert "petition" in _forms(text), text


def test_a_trip_to_the_city_for_shopping_is_no_petition() -> None:
    assert not _rec("周末和家人去市里逛街，买了两件衣服。")["is_incident"]


# -- kind: a boat capsized, a man gone -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "一艘渔船昨天在海上作业时翻沉，船上5名船员2人失联。",
        "An inland cargo boat capsized on Friday; four crew members were missing.",
        "俺们厂里又出事了 一个老乡在平台上干活 没站稳掉下来人就没了",
    ],
)
def test_a_boat_capsized_or_a_worker_gone_is_a_workplace_accident(text: str) -> None:
    assert _rec(text)["kind"] == "workplace_accident", text


def test_a_pleasure_boat_capsized_with_tourists_is_no_workplace_accident() -> None:
    assert _rec("公园湖里一艘游船翻沉，两名游客落水被救起。")["is_incident"] is False


# -- kind: Hong Kong and Taiwan bodies; a commentary's header --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "九巴车长今日在总部外集会，要求加薪百分之十。",
        "长荣航空机师表示，若协商破裂将发动罢工。",
        "港铁维修员工今日在旺角站外集会，要求改善排班。",
        "The United Auto Workers union said its members would walk out at three plants.",
    ],
)
def test_a_hong_kong_taiwan_or_foreign_body_is_no_incident(text: str) -> None:
    assert not _rec(text)["is_incident"], text


def test_mainland_bus_drivers_on_strike_are_an_incident() -> None:
    assert _rec("昨天上百名公交司机集体罢工，抗议公司降薪。")["kind"] == "collective_action"


@pytest.mark.parametrize(
    "text",
    [
        "【评论】职业病工人的维权之路为何如此艰难？多数人缺乏劳动合同，难以认定工伤。",
        "【社论】欠薪治理需要长效机制，农民工讨薪难的问题不能年年讲。",
        "【时评】外卖骑手的社保，谁来交？平台与站点相互推诿，救助体系还需完善。",
    ],
)
def test_a_commentary_by_its_header_is_no_incident(text: str) -> None:
    assert not _rec(text)["is_incident"], text


# -- demands, responses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我们三十多个店员的公司停发工资，五家门店已全部关门，求媒体关注。",
        "我们二十几个教练的健身公司倒了，工资拖了三个月，求大家帮忙。",
        "About 400 workers protested after the company said it was closing the plant.",
    ],
)
def test_a_boss_gone_or_a_firm_folded_is_a_closure(text: str) -> None:
    assert "relocation_closure" in _rec(text)["demands"], text


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 workers ended a strike after a pay deal brokered by the district trade union.",
        "About 200 workers returned to work after a deal brokered by the union.",
    ],
)
def test_talks_brokered_by_the_union_are_its_intervention(text: str) -> None:
    assert "union_intervention" in _rec(text)["responses"], text


@pytest.mark.parametrize(
    "text",
    [
        "三百多名工人昨天在厂门口聚集讨薪，带头的两名工人被警方控制。",
        "工人集体停工讨要工资，区交通部门其后表示已介入。",
    ],
)
def test_a_manager_held_or_an_office_stepping_in_is_a_response(text: str) -> None:
    r = _rec(text)
    assert set(r["responses"]) & {"detention", "government_intervention"}, text


# -- industry --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "几十个货车司机今天把车横在矿区公路上，抗议煤矿排队收费太高。",
        "Coal truck drivers blocked a road near the mine on Friday over weighing fees.",
        "一名电力施工人员昨天在检修线路时从杆上摔下，送医后不治。",
    ],
)
def test_drivers_and_line_crews_are_told_by_their_own_trade(text: str) -> None:
    r = _rec(text)
    assert r["industry"] in ("transport_logistics", "energy_utilities"), text
