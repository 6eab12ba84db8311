"""Employers as reports name them, round 17: a firm named only by its short name as the one that
stops, owes or (a platform) tells; a firm said outright to employ ("was employed by X"); a firm
named like a place, told as a firm in apposition ("X, the city's biggest taxi firm"); a public
firm named only by its level of government ("the prefecture's transport group"); and the client
of the workers' employer, whose ownership and place are not the post's ("a subcontractor
supplying state-owned X"). Every sentence is written for these tests and stands for a rule, not
a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import employer, record

# -- a short name as the one that stops work ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("凯丰今天罢工了，五百多人站在厂门口不进车间。", "凯丰"),
        ("龙岗区宏昌从昨天下午停工，今天还没复工。", "宏昌"),
        ("听说了吗？联盛今早全线停产了，几百人坐在食堂里。", "联盛"),
        # near-misses: a role, the workers themselves, a trade
        ("骑手今天罢工了，一百多人聚在站点门口。", None),
        ("大家今天停工了，要求补发加班费。", None),
        ("出租车昨天集体罢运，抵制打车软件。", None),
    ],
)
def test_a_short_name_that_stops_work(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- a short name as the one that owes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我们在镇政府门口等了一上午，金岭欠工人八十多万，拖了一年。", "金岭"),
        ("拖了半年了，顺捷欠工人四十多万，包工头也找不到。", "顺捷"),
        ("年底了，鸿运一直拖着工钱不给，工友们只能去劳动局。", "鸿运"),
        # near-misses: the boss, one that owes "us" (a gang master may be named so), a verb
        # before 欠, a promise in an advertisement
        ("老板欠我们三个月工资，一直不露面。", None),
        ("我们在镇政府门口等了一上午，金岭欠我们八十多万。", None),
        ("走了一个钟头，就是要问问欠我们的钱到底啥时候给。", None),
        ("每月准时发薪，绝不拖欠工资！有意者请私信。", None),
    ],
)
def test_a_short_name_that_owes(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- a platform by its short name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("站点门口挤满了骑手。飞驰平台这个月又改规则，超时一单扣三块。", "飞驰"),
        ("昨天那件事的后续：速帮平台回应称将核实扣款。", "速帮"),
        ("重庆回兴快达网点的老板今天出来谈了，派费回到一块。", "快达"),
        # near-misses: a kind of platform, a verb before it, a branch unnamed
        ("外卖员今天发起罢送，抗议平台调低每单运费。", None),
        ("直播平台又改规则了，主播们都在骂。", None),
        ("网点今天停了，老板跑了。", None),
    ],
)
def test_a_platform_by_its_short_name(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- a firm said outright to employ --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He fell from scaffolding at the Riverside Garden estate on Monday; he was employed by "
         "Jinhui Glass, his wife said.", "Jinhui Glass"),
        ("Workers at Greenfield Mall said the cleaner who fell had been hired by Tongfa Glazing "
         "last spring.", "Tongfa Glazing"),
        ("A cleaner at the Hilltop Towers complex, on the payroll of Meijing Cleaning, fell from "
         "a ladder.", "Meijing Cleaning"),
        # "Co." ends the name and its sentence
        ("The worker was employed by Hengda Curtain Wall Engineering Co. Police said he had no "
         "harness.", "Hengda Curtain Wall Engineering Co."),
        # near-miss: "employed by then", no firm
        ("两名工人从脚手架上摔下。Ma had been employed by then for two years at the Riverside "
         "Garden estate.", "Riverside Garden"),
    ],
)
def test_a_firm_said_to_employ(text: str, name: str) -> None:
    assert employer(text) == name


# -- a firm named like a place, in apposition ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Drivers from Xinhui, the city's biggest taxi firm, parked their cabs outside the city "
         "hall.", "Xinhui"),
        ("Hundreds of drivers from Shunde, a Foshan taxi company, staged a protest.", "Shunde"),
        ("Workers at Changle, a Fuzhou textile maker, walked out on Monday.", "Changle"),
        # near-miss: the place, where the drivers come from
        ("Drivers from Shunde staged a protest over fees.", None),
    ],
)
def test_a_firm_named_like_a_place(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- a public firm named by its level of government -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Buses were off the roads as 124 owner-drivers, who run them under the licence of the "
         "prefecture's transport group, kept up a stoppage.", "prefecture's transport group"),
        ("Drivers of the city bus company walked out on Monday over unpaid wages.",
         "city bus company"),
        ("Cleaners of the county sanitation company stopped work over two months of unpaid wages.",
         "county sanitation company"),
        # near-misses: where teachers gather to be heard; an office workers complain to
        ("Teachers gathered outside the city education bureau demanding unpaid bonuses.", None),
        ("Workers complained to the district labour bureau about unpaid wages.", None),
    ],
)
def test_a_public_firm_by_its_level(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- the client of the workers' employer ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Workers at a subcontractor supplying state-owned Dongfang Motors blocked a road on Monday "
        "to protest unpaid wages.",
        "Hundreds of workers at a parts maker that is a supplier to state-owned Xiangtan Steel "
        "went on strike on Monday over unpaid wages.",
        "Staff at a contractor for state-run Wanning Shipping blocked the gate on Monday over "
        "unpaid wages.",
    ],
)
def test_the_clients_ownership_and_place_are_not_read(text: str) -> None:
    rec = record(text)
    assert rec["is_incident"], text
    assert (rec["ownership"], rec["province"], rec["city"]) == (None, None, None)


def test_the_client_in_chinese_gives_no_ownership() -> None:
    rec = record("一家为国有车企供货的配件厂三百多名工人昨天在惠州罢工，抗议欠薪。")
    assert (rec["ownership"], rec["city"]) == (None, "441300")


@pytest.mark.parametrize(
    ("text", "owner", "city"),
    [
        # near-misses: the firm itself, state-owned and named after its city
        ("Workers at state-owned Dongfang Motors blocked a road on Monday to protest unpaid wages.",
         "state_owned", "469007"),
        ("一家国有车企的三百多名工人昨天在惠州罢工，抗议欠薪。", "state_owned", "441300"),
    ],
)
def test_the_firm_itself_gives_its_ownership(text: str, owner: str, city: str) -> None:
    rec = record(text)
    assert (rec["ownership"], rec["city"]) == (owner, city)


# -- the rival taxi drivers protest against ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("的哥们拉着横幅“我们要吃饭，打击滴滴专车快车”，三条车道堵得严严实实。", None),
        ("深圳的士司机昨日集体罢驶，抗议“滴滴”、Uber等网约车抢客。", None),
        ("Taxi drivers went on strike in protest against app-based car services such as Didi "
         "and Uber.", None),
        # near-misses: the app's own drivers, protesting against its fees
        ("滴滴司机今天集体下线，抗议平台抽成。", "滴滴"),
        ("Didi drivers protested against new fees on Monday.", "Didi"),
    ],
)
def test_the_rival_of_taxi_drivers_is_no_employer(text: str, name: str | None) -> None:
    assert employer(text) == name
