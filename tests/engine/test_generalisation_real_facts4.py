"""Places and days as real reports word them, fourth set: a month and day of last year, a
statement's day (公布, "said in a statement on Monday") beside an event dated only vaguely, the
N-th day of an action told at length, right after its day or up to the post, "for a third day",
a part of the day just past; a short name split from a word of time, a county's short name run
on after a township's, origins told in a list or by a nickname, a country that is a firm's
nationality or a trip's end, a person's pinyin name, a post that names only where its workers
come from, and news sent from a place. Every sentence is written for these tests (2024-10-18,
the default post day, is a Friday) and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record as _rec
from tests.engine.reading import where

# -- days --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("河南平顶山一座煤矿去年3月9日发生瓦斯爆炸，造成五名矿工遇难。", "2023-03-09"),
        ("前年11月2号，成都一处工地的脚手架垮塌，两名工人死亡。", "2022-11-02"),
        ("今年6月5日，数十名环卫工人在县政府门口讨要拖欠的工资。", "2024-06-05"),
    ],
)
def test_a_month_and_day_of_a_year_named_by_its_distance(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "应急管理厅今天公布了调查报告：2024年7月3日，某化工厂反应釜爆炸，三名工人死亡。",
            "2024-07-03",
        ),
        ("市安监局昨日披露，9月12日一家石材厂发生粉尘爆炸，致两人死亡。", "2024-09-12"),
    ],
)
def test_the_day_a_finding_was_published_is_no_day_of_the_accident(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "Some 300 bus drivers in Harbin staged a sit-in last week over unpaid overtime; the "
        "transport bureau said in a brief statement on Wednesday that talks were under way.",
        "Nurses at a Hefei clinic walked out earlier this month, and the hospital said in an "
        "online notice on Tuesday that bonuses would be restored.",
    ],
)
def test_a_statements_day_is_no_day_of_an_event_dated_vaguely(text: str) -> None:
    rec = _rec(text)
    assert rec["is_incident"], text
    assert rec["date"] is None, text


@pytest.mark.parametrize(
    ("text", "posted", "day"),
    [
        (
            "12日已是这些装修工人在区劳动局门口静坐讨薪的第四天，仍无人出面。",
            "2024-10-13T09:00:00",
            "2024-10-09",
        ),
        (
            "这家电子厂的工人罢工到今天第五天了，厂方还是不肯谈。",
            "2024-10-18T20:00:00",
            "2024-10-14",
        ),
        (
            "三百多个工人在项目部门口静坐已经第四天了，老板还是躲着不见，工钱一分没拿到。",
            "2024-10-18T20:00:00",
            "2024-10-15",
        ),
    ],
)
def test_the_nth_day_of_an_action_gives_its_first_day(text: str, posted: str, day: str) -> None:
    assert _rec(text, posted)["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Couriers in Jinan went on strike for a third day on October 16, demanding "
            "the return of withheld deposits.",
            "2024-10-14",
        ),
        (
            "Miners at a Datong pit kept up their strike for a fourth straight day on October 17 "
            "over cuts to hardship pay.",
            "2024-10-14",
        ),
    ],
)
def test_for_an_nth_day_gives_the_first_day(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "湘潭那个烟花厂下午又炸了，好几个工人被抬出来，听说有人没救过来。",
        "新区的一个工地中午脚手架塌了，压死了一个工人，还有三个受伤。",
    ],
)
def test_a_part_of_the_day_just_past_is_the_day_of_the_post(text: str) -> None:
    assert _rec(text, "2024-10-18T21:30:00")["date"] == "2024-10-18"


def test_a_part_of_the_day_not_yet_come_gives_no_day() -> None:
    text = "湘潭那个烟花厂下午又炸了，好几个工人被抬出来，听说有人没救过来。"
    rec = _rec(text, "2024-10-18T08:00:00")
    assert rec["kind"] == "workplace_accident"
    assert rec["date"] is None


# -- places ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老板跑了，我们今天全厂停工，一起去找人要说法。",
        "昨天全体工人都没上班，大家堵在厂门口。",
    ],
)
def test_a_short_name_split_from_a_word_of_time_is_no_place(text: str) -> None:
    assert where(text) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("东莞市长安镇新民工业区一家五金厂的冲床伤了两名工人。", ("440000", "441900", None)),
        ("江门市杜阮镇龙溪工业园一家塑料厂欠薪，工人聚集。", ("440000", "440700", None)),
    ],
)
def test_a_county_name_run_on_after_a_township_is_a_place_in_it(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "苏州工业园区一家光伏厂的车间起火，受伤的是四川和贵州籍工人。",
            ("320000", "320500", None),
        ),
        ("杭州萧山一处工地塔吊倒塌，死者是湖南、江西籍的钢筋工。", ("330000", "330100", "330109")),
    ],
)
def test_a_list_of_homes_ending_in_ji_is_all_origin(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("莆田涵江一处工地的升降机坠落，遇难的多是江西老表。", ("350000", "350300", "350303")),
        ("温州瓯海区一个鞋厂着火，车间里多是江西老表。", ("330000", "330300", "330304")),
    ],
)
def test_a_home_told_by_a_nickname_is_origin(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("德国汽车配件公司在太仓的工厂宣布裁员，上百名工人罢工。", ("320000", "320500", "320585")),
        ("韩国老板连夜跑路，青岛城阳一家假发厂数百名工人讨薪。", ("370000", "370200", "370214")),
        (
            "Workers at a shoe plant in Huizhou, whose Taiwan owner has vanished, blocked "
            "the gate.",
            ("440000", "441300", None),
        ),
    ],
)
def test_a_country_that_is_a_firms_nationality_is_no_place(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


def test_a_countrys_firm_abroad_still_tells_of_abroad() -> None:
    assert _rec("韩国现代汽车公司工会今天举行全面罢工。")["is_incident"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xiong Dewei, a welder, lost two fingers at a plant in Foshan.",
            ("440000", "440600", None),
        ),
        (
            "Zhong Lifang fell from scaffolding on a Changsha site and broke her leg.",
            ("430000", "430100", None),
        ),
    ],
)
def test_a_pinyin_surname_before_a_given_name_is_a_person(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "我是河南信阳人，在工地干了大半年，老板一分钱没给，求大家帮帮忙。",
        "A bricklayer from Zhaotong, Yunnan, says the site still owes him 8,000 yuan for summer.",
    ],
)
def test_a_post_naming_only_a_workers_home_gives_no_place(text: str) -> None:
    assert where(text) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Update from Yiwu: about 80 warehouse workers walked out this morning over "
            "unpaid bonuses.",
            ("330000", "330700", "330782"),
        ),
        (
            "Reporting from Baotou, Inner Mongolia: steelworkers gathered at the gate on Friday.",
            ("150000", "150200", None),
        ),
    ],
)
def test_news_sent_from_a_place_is_no_origin(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert where(text) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "5号早上到厂里，发现大门锁了，老板卷钱跑了。今天上午两百多名工人到区政府门口请愿讨薪。",
            "2024-10-18",
        ),
        (
            "12日，厂方贴出停产通知，工资一直没结。15日，上百名工人把厂门口的公路堵了。",
            "2024-10-15",
        ),
    ],
)
def test_the_day_of_the_action_beats_a_day_of_background(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("14日，数百名工人到县政府讨薪。县委宣传部16日再发通报，称已垫付部分工资。", "2024-10-14"),
        ("上百名司机9日在公司门口聚集抗议。公司11日又发通报，否认拖欠提成。", "2024-10-09"),
    ],
)
def test_a_statement_made_again_is_no_day_of_the_action(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "工地门口二十多个河南民工拉横幅讨薪，包工头说没钱。",
        "看到一群四川农民工坐在项目部门口要工钱，老板一直不露面。",
    ],
)
def test_a_province_before_migrant_workers_is_their_home(text: str) -> None:
    assert where(text) == (None, None, None)


def test_a_capital_before_migrant_workers_is_where_they_work() -> None:
    assert where("上海农民工在工地门口讨要工资。")[0] == "310000"


@pytest.mark.parametrize(
    "text",
    [
        "Around 60 laid-off cooks have been sleeping outside the hotel's kitchen door since late "
        "September to stop equipment being sold; guards pushed them back on 10 October.",
        "10月15日，南宁一家物流公司的四十多名司机仍在公司门口讨薪，据说已经在这里守了十几天了。",
    ],
)
def test_an_action_under_way_since_a_day_not_told_has_no_first_day(text: str) -> None:
    rec = _rec(text)
    assert rec["is_incident"], text
    assert rec["date"] is None, text
