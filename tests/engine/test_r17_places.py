"""Round 17, places and dates: a building, canteen, gate or dormitory numbered with 号 is no day
of the month (3号宿舍, 5号岗); the place a few tradesmen say they come from (我们是X县的几个
电焊工) is their home, not their workplace; a county's short name in a firm's (响水煤矿,
海棠陶瓷) beside a place of another province named in full (盘州市, 台山市) is the firm's alone;
a place compared as another event's (跟郫都上周那个不是一个项目); the day of the harm a
worker's own call for help tells of, when it is yesterday or the day before (我爸前天在工地摔下
来); the first day of an action still going on (周一到今天已经停工三天了); an accident's Nth
anniversary, whose "today" is that day N years back; and a press headline's end (｜) closes
its sentence, so that the story's first sentence is read apart from the headline's action.
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from labourmap.engine.dates import find_dates
from labourmap.engine.text import normalise
from tests.engine.conftest import assert_evidence, run

# 2024-10-18 (the default day of posting) is a Friday.


def record(text: str, posted: str = "2024-10-18T21:00:00") -> dict[str, object]:
    ex = run(text, posted)
    assert_evidence(ex, text)
    r = ex.record()
    assert r["is_incident"], text
    return r


# -- a numbered building, canteen or gate is no day ---------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("深圳一家电子厂9号饭堂关了，今天全厂工人罢工，要求补发加班费。", "2024-10-18"),
    ("苏州一家工厂的保安在5号岗拦住工人，今天三百多名工人停工讨薪。", "2024-10-18"),
    ("东莞一家鞋厂工人在2号厂区集合，15号上午在厂门口拉横幅讨薪。", "2024-10-15"),
    ("我们厂7号职工宿舍断电了，今天全厂工人停工，要求补发工资。", "2024-10-18"),
])
def test_a_numbered_site_is_no_day(text: str, day: str) -> None:
    assert record(text)["date"] == day


def test_near_miss_a_day_before_the_workers_stays() -> None:
    r = record("东莞一家鞋厂拖欠工资，12号员工在厂门口拉横幅讨薪。")
    assert r["date"] == "2024-10-12"


# -- where a few tradesmen come from ------------------------------------------------------------


@pytest.mark.parametrize(("text", "county"), [
    ("【求助】我们是石楼县的几个电焊工。去年包工头叫我们去交城县干管网改造，工钱拖到现在还欠三十万。",
     "141122"),
    ("我们是会宁县的十几个钢筋工。在永登县一个工地干了半年，老板欠了我们四十万。", "620121"),
    ("我们是南部县的一群木工，在彭州市一个楼盘工地干完活，包工头欠钱跑了，今天去项目部讨薪。",
     "510182"),
])
def test_where_a_few_tradesmen_come_from_is_their_home(text: str, county: str) -> None:
    assert record(text)["county"] == county


def test_near_miss_a_workplace_the_tradesmen_name() -> None:
    r = record("我们是龙岗区一家鞋厂的几个车工。老板拖欠三个月工资，今天我们去劳动局投诉。")
    assert r["county"] == "440307"


# -- the day of the harm a worker's own call tells of ---------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("我爸前天在兰州安宁区一个工地从三楼摔下来，人没了。包工头电话关机，项目部说不是他们招的人。"
     "一条命就这样白白没了吗？求大家帮帮我们。", "2024-10-16"),
    ("我老公是送外卖的，昨晚送餐时在路口被货车撞了，今天还在ICU。平台说他不是员工，求大家帮帮我们。",
     "2024-10-17"),
    ("我哥前天在厂里操作冲床，手被机器压伤了，老板今天说不算工伤，只给两千块。求懂法的朋友指点。",
     "2024-10-16"),
])
def test_the_day_of_the_harm_a_call_tells_of(text: str, day: str) -> None:
    assert record(text)["date"] == day


def test_near_miss_a_harm_told_a_month_back_leaves_the_call_its_day() -> None:
    text = "我爸上个月23号在工地摔伤了腿，包工头到现在不给医药费。今天我们去项目部讨说法，求帮助！"
    assert record(text)["date"] == "2024-10-18"


# -- a county's short name in a firm's, beside a place of another province named in full --------


@pytest.mark.parametrize(("text", "code"), [
    ("响水煤矿昨日发生瓦斯爆炸，盘州市应急局通报3人遇难。响水煤矿已停产整顿。",
     ("520000", "520281")),
    ("兰溪纺织厂的工人今天在南通市厂区门口停工讨薪，两百多人要求兰溪纺织厂补发工资。",
     ("320000", None)),
    ("武义五金厂设在芜湖市的车间今天停工，三百多名工人要求武义五金厂补发工资。", ("340000", None)),
])
def test_a_firms_place_name_beside_another_provinces_place(
    text: str, code: tuple[str, str | None]
) -> None:
    r = record(text)
    assert (r["province"], r["county"]) == code


def test_near_miss_a_firms_place_name_in_its_own_province() -> None:
    r = record("天台机械厂今天两百多名工人停工，天台县人社局到场协调。")
    assert r["county"] == "331023"


# -- a place told as another event's ------------------------------------------------------------


@pytest.mark.parametrize(("text", "county"), [
    ("昆山那边也是同一个老板的厂，今天三百多工人停工了。跟吴江上周那个不是一个厂。", "320583"),
    ("吴中那家电子厂今天上午两百多人停工讨薪，和相城前天那次不是一回事。", "320506"),
    ("今天南沙那个工地十几个工人拉横幅讨薪，跟番禺的那个工地不是同一个包工头。", "440115"),
])
def test_a_place_told_as_another_events(text: str, county: str) -> None:
    assert record(text)["county"] == county


def test_near_miss_a_place_not_compared() -> None:
    r = record("今天番禺一个工地十几个工人拉横幅讨薪，说跟去年不是一个老板。")
    assert r["county"] == "440113"


# -- the first day of an action still going on (周一到今天) ---------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("惠州一家家具厂的两百来个装配工，周二到今天已经停工四天了。厂里拖了我们三个月工资，一个人两万多。"
     "周三大家到惠阳区人社局去了一趟，局里说会查。", "2024-10-15"),
    ("东莞一家五金厂的三百多个冲压工，周一到现在已经停工五天了。老板欠了两个月工资，一个人一万多。"
     "周三大家到镇政府去了一趟，镇里说下周协调。", "2024-10-14"),
    ("佛山一家陶瓷厂的一百多个窑炉工，周二一直到现在都没开工。厂里欠了我们两个月工资。"
     "周四我们到区人社局去了一趟，说会查。", "2024-10-15"),
])
def test_a_day_till_today_is_the_first_day(text: str, day: str) -> None:
    assert record(text)["date"] == day


def test_near_miss_a_debt_till_today_is_no_action() -> None:
    text = "9月25号到今天，厂里一直拖着不发工资。今天上午三百多名工人停工，在厂门口拉横幅。"
    assert record(text)["date"] == "2024-10-18"


# -- the Nth anniversary of an accident ----------------------------------------------------------


@pytest.mark.parametrize(("text", "posted", "day"), [
    ("大同一处煤矿“4·12”矿难五周年。今天上午，遇难矿工的家属来到井口祭奠。", date(2024, 4, 12),
     date(2019, 4, 12)),
    ("“6·5”爆炸事故10周年，今天一早工友们在厂门口献花。", date(2024, 6, 5), date(2014, 6, 5)),
    ("今天是那场罢工事件的两周年，当年的工友们在网上发帖回忆。", date(2024, 10, 18),
     date(2022, 10, 18)),
])
def test_an_anniversarys_today_is_the_event_day(text: str, posted: date, day: date) -> None:
    days = {d.day for d in find_dates(normalise(text), posted)}
    assert days == {day}


def test_near_miss_a_firms_own_anniversary() -> None:
    text = "公司成立三周年，今天全厂工人停工，要求补发两个月工资。"
    assert [d.day for d in find_dates(normalise(text), date(2024, 10, 18))] == [date(2024, 10, 18)]


# -- a press headline's end (｜) before its story --------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("東莞鞋廠停產　數百工人堵路討薪｜東莞市長安鎮一間港資鞋廠於10月14日宣布停產，老闆不知去向。"
     "16日上午數百名工人在廠門聚集，其後堵路。", "2024-10-16"),
    ("电子厂关停 三百工人罢工讨补偿｜苏州一家台资电子厂10月12日贴出通知称将关厂。"
     "15日上午三百多名工人罢工，在厂门口拉横幅。", "2024-10-15"),
    ("玩具厂倒闭 工人围厂讨薪｜深圳龙岗一家玩具厂10月9日突然宣布倒闭，老板跑路。"
     "11日上午两百多名工人围住厂门讨薪。", "2024-10-11"),
])
def test_a_headlines_action_is_not_the_first_sentences(text: str, day: str) -> None:
    assert record(text)["date"] == day


def test_near_miss_the_action_told_in_the_stories_first_sentence() -> None:
    text = "电子厂工人罢工｜苏州一家台资电子厂三百多名工人10月12日罢工，15日厂方贴出通知称将关厂。"
    assert record(text)["date"] == "2024-10-12"
