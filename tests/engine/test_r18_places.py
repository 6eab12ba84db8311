"""Round 18, places, dates and head counts: an action's (or an accident's) N-th day told as now
(罢工已经是第六天, 垮塌第三天, "Day 3 of the 'collective leave'"); a start run into 连日 or 每天
(从5日起连日到区政府); the day told after 发生在 (happened on); the press's words for drivers and
migrant workers ("cabbies", "truckers", "farmers"); a place run straight after 搬 (说搬惠州就搬惠州)
is where a firm would move; a county or city whose short name is an everyday word run into a
township it holds (永安大湖镇); three everyday words that hold a place's name (平房, 大厦门口,
a temple's 寺); a trade's number in a whole town (全市有上千名环卫工) and "a dozen or so
workers"; a video passed around from a place; New Year's Day (新年第一天); a crowd told at its
peak (人数一度过万); and 和 joining two bodies before 县 (派出所和县公安局). Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from tests.engine.conftest import assert_evidence, run

# 2024-10-18 (the default day of posting) is a Friday.


def record(text: str, posted: str = "2024-10-18T21:00:00") -> dict[str, object]:
    ex = run(text, posted)
    assert_evidence(ex, text)
    r = ex.record()
    assert r["is_incident"], text
    return r


# -- the N-th day of an action or an accident, told as now ----------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("湖州一家丝绸厂的工人今天又去了镇政府。罢工已经是第六天，老板还是不露面。", "2024-10-13"),
    ("郴州一处煤矿垮塌第三天，已确认两名矿工遇难，还有五人被困井下。", "2024-10-16"),
    ("Day 3 of the 'collective leave' at a Foshan furniture factory: some 200 workers are still "
     "off work in protest at unpaid bonuses.", "2024-10-16"),
])
def test_the_nth_day_told_as_now(text: str, day: str) -> None:
    assert record(text)["date"] == day


def test_near_miss_the_next_day_alone_is_no_count() -> None:
    r = record("14日南宁一家工地的工人拉横幅讨薪，第二天包工头答应月底前结清。")
    assert r["date"] == "2024-10-14"


# -- a start run into 连日 or 每天 -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("东莞一家鞋厂两百多名工人的工资欠了三个月，从10月8日起连日到镇政府，请政府出面帮忙。"
     "16日镇政府大门一直锁着。", "2024-10-08"),
    ("岳阳一家纸厂的工人工资欠了半年，从9日起每天去厂门口等老板。15日还是没人出来说话。",
     "2024-10-09"),
    ("十多名环卫工被欠薪，自12号开始天天到街道办，要求发工资。17号街道办才答应协调。",
     "2024-10-12"),
])
def test_a_start_kept_up_day_after_day(text: str, day: str) -> None:
    assert record(text)["date"] == day


def test_near_miss_a_start_of_no_action_stays_weak() -> None:
    r = record("邯郸一家厂从10月8日起停发工资。16日，一百多名工人到区政府上访。")
    assert r["date"] == "2024-10-16"


# -- the day told after 发生在 ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("六盘水一家焦化厂爆炸的善后今天仍在进行，记者获悉事发在13日晚上，两名工人受伤。",
     "2024-10-13"),
    ("今天上午记者了解到，事故发生于15日下午，一名工人在工地坠落身亡。", "2024-10-15"),
    ("常州一家化工厂的爆炸善后今天仍在进行。事发在12日晚上，三名工人受伤。", "2024-10-12"),
])
def test_the_day_it_happened_on(text: str, day: str) -> None:
    assert record(text)["date"] == day


def test_near_miss_an_accident_told_today_stays_today() -> None:
    r = record("今天上午，常州一家化工厂发生爆炸，三名工人受伤。")
    assert r["date"] == "2024-10-18"


# -- the press's words for drivers and migrant workers -------------------------------------------


@pytest.mark.parametrize(("text", "bucket"), [
    ("Thousands of cabbies parked up in Nanning on Tuesday, angry at app-based car services.",
     "1000-9999"),
    ("More than a hundred truckers blocked the port gates in Ningbo on Monday over new fees.",
     "100-999"),
    ("Fourteen farmers who laid pipes for a Hefei developer protested outside its office on "
     "Monday over unpaid wages.", "10-99"),
])
def test_drivers_and_farmers_counted(text: str, bucket: str) -> None:
    assert record(text)["participants"] == bucket


def test_near_miss_cabbies_who_only_grumble_took_no_action() -> None:
    # cabbies are workers (the rules, not the model, find the strike above); a grumble is no act
    text = ("Cabbies in Nanning say app-based car services are eating into their income, "
            "and many plan to sell their licences.")
    assert not run(text, "2024-10-18T21:00:00").record()["is_incident"]


def test_near_miss_a_count_of_trucks_is_not_drivers() -> None:
    r = record("Drivers blocked the port gates in Ningbo on Monday over new fees; "
               "more than a hundred lorries were stuck.")
    assert r["participants"] != "10-99"


# -- a place run straight after 搬 ----------------------------------------------------------------


@pytest.mark.parametrize(("text", "city"), [
    ("顺德一家灯饰厂说搬惠州就搬惠州，今天三百多名工人停工要补偿。", "440600"),
    ("昆山的厂子要搬安徽了，一分补偿都没有，今天两百多工人堵在厂门口。", "320500"),
    ("番禺一家服装厂老板说下个月搬清远，今天工人罢工要求赔偿。", "440100"),
])
def test_where_a_firm_would_move(text: str, city: str) -> None:
    assert record(text)["city"] == city


def test_near_miss_a_porter_still_works_where_he_is() -> None:
    r = record("惠州一家仓库的搬运工今天集体停工，要求补发三个月工资。")
    assert r["city"] == "441300"


# -- an everyday word's place run into a township it holds ----------------------------------------


@pytest.mark.parametrize(("text", "county"), [
    ("永安大湖镇一个工地今天下午脚手架倒了，三名工人受伤。", "350481"),
    ("宝山罗店镇一家物流公司今天上百名司机罢工。", "310113"),
    ("南海狮山镇一家五金厂的工人今天停工讨薪。", "440605"),
])
def test_an_everyday_word_place_before_its_township(text: str, county: str) -> None:
    assert record(text)["county"] == county


def test_near_miss_an_everyday_word_alone_stays_none() -> None:
    r = record("永安小区门口今天有几十个装修工人拉横幅讨薪。")
    assert r["county"] is None


# -- everyday words that hold a place's name ------------------------------------------------------


@pytest.mark.parametrize(("text", "field", "value"), [
    ("今天下午，平房屋顶突然塌了，两名干活的工人受伤。", "province", None),
    ("一栋写字楼的二十多名保洁员今天在大厦门口拉横幅讨薪。", "province", None),
    ("镇江寺旁的一个工地今天有二十多名工人讨薪，遂宁市住建局到场协调。", "province", "510000"),
])
def test_everyday_words_holding_a_place(text: str, field: str, value: str) -> None:
    assert record(text)[field] == value


def test_near_miss_xiamen_itself_stays() -> None:
    r = record("厦门一栋大厦的保洁员今天拉横幅讨薪。")
    assert r["city"] == "350200"


# -- a trade's number in a whole town is no crowd; "a dozen or so workers" -----------------------


@pytest.mark.parametrize(("text", "bucket"), [
    ("临海两百多名环卫工人今天早上在市区罢工。据说全市有上千名环卫工，月薪不到两千。", "100-999"),
    ("江门八十多名出租车司机今天上午停运。据说全市有一千多名司机，份子钱都很高。", "10-99"),
    ("A dozen or so workers blocked the gate of a Baise cement plant on Monday over unpaid wages.",
     "10-99"),
])
def test_a_whole_towns_trade_and_a_rough_dozen(text: str, bucket: str) -> None:
    assert record(text)["participants"] == bucket


def test_near_miss_those_acting_in_the_whole_town_count() -> None:
    r = record("全市上千名环卫工人今天集体罢工，要求补发三个月工资。")
    assert r["participants"] == "1000-9999"


# -- a video passed around from a place ----------------------------------------------------------


@pytest.mark.parametrize(("text", "city"), [
    ("Video circulating today from Baise: about thirty workers block a highway to demand "
     "their unpaid wages.", "451000"),
    ("Footage circulating online from Jiangmen shows some forty workers blocking a road over "
     "unpaid wages.", "440700"),
    ("A clip circulating from Zhaoqing shows dozens of workers blocking a factory gate over "
     "unpaid wages.", "441200"),
])
def test_a_video_passed_around_from_a_place(text: str, city: str | None) -> None:
    assert record(text)["city"] == city


def test_near_miss_workers_from_a_place_are_its_natives() -> None:
    r = record("Thirty workers from Baise blocked a highway in Nanning on Monday over unpaid "
               "wages.")
    assert r["city"] == "450100"


# -- New Year's Day; a crowd told at its peak ----------------------------------------------------


@pytest.mark.parametrize(("text", "posted", "day"), [
    ("新年第一天，临沂一家公交公司的司机全部停运，八个月没发工资。", "2025-01-02T10:00:00",
     "2025-01-01"),
    ("新年的头一天，两百多名建筑工人在项目部门口拉横幅讨薪。", "2025-01-03T10:00:00", "2025-01-01"),
    ("Hundreds of bus drivers in Linyi walked off the job on New Year's Day over eight months of "
     "unpaid wages.", "2025-01-02T10:00:00", "2025-01-01"),
])
def test_new_years_day(text: str, posted: str, day: str) -> None:
    assert record(text, posted)["date"] == day


def test_near_miss_a_new_year_bonus_is_no_day() -> None:
    r = record("新年奖金没发，三百多名工人今天在厂门口拉横幅讨薪。", "2025-01-03T10:00:00")
    assert r["date"] == "2025-01-03"


@pytest.mark.parametrize(("text", "bucket"), [
    ("东莞一家鞋厂的工人今天罢工，听说人数一度过万，主干道堵了两个小时。", "10000+"),
    ("惠州一家电池厂工人今天上街，人数最多时超过三千，警察拉起了警戒线。", "1000-9999"),
    ("昨天苏州一家工厂门口聚集讨薪，人数高峰时有五百多，下午才散去。", "100-999"),
])
def test_a_crowd_told_at_its_peak(text: str, bucket: str) -> None:
    assert record(text)["participants"] == bucket


def test_near_miss_a_plants_headcount_is_no_crowd() -> None:
    r = record("东莞一家鞋厂员工人数过万，今天上午二十多名工人在厂门口讨薪。")
    assert r["participants"] == "10-99"


# -- 和 joining two bodies before 县 is no 和县 ------------------------------------------------


@pytest.mark.parametrize("text", [
    "运管站和县政府接到反映后介入协调，三十多名司机今天停运讨薪。",
    "派出所和县公安局都来了人，两百多名工人今天堵路讨薪。",
    "乡镇和县城的四十多名环卫工今天罢工讨薪。",
])
def test_and_before_a_county_body(text: str) -> None:
    assert record(text)["province"] is None


def test_near_miss_hexian_after_its_province_stays() -> None:
    r = record("安徽和县一家工地今天有三十多名工人讨薪。")
    assert r["county"] == "340523"
