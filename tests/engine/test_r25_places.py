"""Round 25, places and dates: a firm's registered home beside the site, estates named after a
district, breaking news told with no day, 上周X said on a Sunday, and another firm's strike
that these workers benefited from."""

from __future__ import annotations

import pytest

from tests.engine import reading

# -- a place heading a firm's registered name is the firm's home, not the site -------------------


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("安徽宏泰建筑工程有限公司承建的洛阳一处楼盘工地，二十多个工人今天堵门讨薪。", "410000"),
        ("湖南金桥劳务有限公司欠我们半年工钱，我们在南宁的楼盘干了一整年。", "450000"),
        ("浙江鼎盛建设有限公司的包工头跑了，合肥这个项目上四十多个工人没拿到钱。", "340000"),
    ],
)
def test_firm_home_gives_way_to_the_site(text: str, province: str) -> None:
    assert reading.where(text)[0] == province


def test_firm_named_as_where_they_work_stays_the_place() -> None:
    # 在 before the firm: the firm is where they work; the workers' home counts for little
    text = "我们在东莞明辉电子有限公司上班，老家是湖南的，厂里拖欠工资三个月。"
    assert reading.where(text)[:2] == ("440000", "441900")


def test_firm_home_holding_the_site_keeps_the_county() -> None:
    text = "苏州伟业精密有限公司在昆山的工厂今天停工，三百多人聚在厂门口。"
    assert reading.where(text)[2] == "320583"


# -- an estate named after a district (东湖雅苑) is no district ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "东湖雅苑那边的工地塔吊倒了，压到了两个工人。",
        "江汉花苑项目的几十个工人今天在售楼部门口讨薪。",
        "洪山名苑工地的外墙脚手架垮了。",
    ],
)
def test_estate_name_is_no_district(text: str) -> None:
    assert reading.where(text) == (None, None, None)


def test_district_full_name_before_an_estate_is_read() -> None:
    assert reading.where("洪山区名苑小区旁的工地今天塌了一面墙。")[2] == "420111"


# -- breaking news, or an action gone on all day, with no day named: the day of the post ----------


@pytest.mark.parametrize(
    "text",
    [
        "突发！城南一个工地的几十个工人爬上楼顶讨薪，底下围了好多人。",
        "工业园一家化工厂出大事了，车间里爆炸，好几个工人受伤。",
        "城西的环卫工罢工一整天了，街上垃圾没人收，说是三个月没发工资。",
    ],
)
def test_breaking_news_is_the_day_of_the_post(text: str) -> None:
    assert reading.record(text, "2024-10-18T20:00:00+08:00")["date"] == "2024-10-18"


def test_breaking_news_with_a_day_named_keeps_that_day() -> None:
    text = "突发！16日城南一个工地的几十个工人爬上楼顶讨薪。"
    assert reading.record(text, "2024-10-18T20:00:00+08:00")["date"] == "2024-10-16"


# -- 上周X said on a Sunday: the weekday just past ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("上周四厂里三百多人停工，要求补发加班费。", "2024-10-17"),
        ("上周二几十个司机把车停在公司门口罢运。", "2024-10-15"),
        ("上星期五工地上一百多个工人堵门讨薪。", "2024-10-18"),
    ],
)
def test_last_week_said_on_a_sunday(text: str, day: str) -> None:
    assert reading.record(text, "2024-10-20T18:00:00+08:00")["date"] == day  # a Sunday


def test_last_week_said_on_a_monday_is_the_week_before() -> None:
    text = "上周四厂里三百多人停工，要求补发加班费。"
    assert reading.record(text, "2024-10-21T18:00:00+08:00")["date"] == "2024-10-17"


def test_last_sunday_said_on_a_sunday_is_a_week_back() -> None:
    text = "上周日厂里三百多人停工，要求补发加班费。"
    assert reading.record(text, "2024-10-20T18:00:00+08:00")["date"] == "2024-10-13"


# -- 沾了X罢工的光: another firm's strike, not the employer ----------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("宏达五金厂的兄弟们昨天也停了一天，这次算是顺带沾了本田罢工的光吧。", "宏达五金厂"),
        ("华昌纸箱厂的工友们上周也停了半天，老板松口加薪，沾了格力罢工的光。", "华昌纸箱厂"),
        ("金利服装厂的女工前天也停了一天，厂里答应加薪，说到底是沾了海尔停工的光。", "金利服装厂"),
    ],
)
def test_benefited_from_another_firms_strike(text: str, firm: str) -> None:
    assert reading.employer(text) == firm


def test_a_firms_own_strike_is_its_own() -> None:
    assert reading.employer("本田的工人罢工了，要求加薪。") == "本田"
