"""Facts as real reports word them, second set: a county's short name that is an everyday word
(大厂, "a big factory"), a news agency named like a district ((Xinhua)), a county written in
pinyin (Zhaoxian county), an emergency number dialled (经120确认), a body without signs of
life (已无生命体征), a list of days (15、16日), a court's award, the police sent, the size of a
workforce, English trade words and nationalities written with capitals, the client of a
supplier, another event's firm and place told as background, and a landmark place (near
Shanghai). Every example is written for these tests (2024-10-18 is a Friday) and stands for a
rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record as _rec

# -- places ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "國內一家家電大廠的工人昨天集體停工，要求補發加班費。",
        "这家饮料大厂的三百多名工人昨天罢工，抗议降薪。",
    ],
)
def test_big_factory_is_no_county(text: str) -> None:
    # 大厂 is also a county of Hebei (131028)
    rec = _rec(text)
    assert rec["forms"] == ["strike"], text
    assert (rec["province"], rec["county"]) == (None, None), text


@pytest.mark.parametrize(
    "text",
    [
        "廊坊大厂一家食品厂昨天三百多名工人罢工讨薪。",
        "大厂回族自治县一家食品厂昨天三百多名工人罢工讨薪。",
    ],
)
def test_dachang_named_as_a_county_still_counts(text: str) -> None:
    assert _rec(text)["county"] == "131028"


def test_news_agency_is_no_district() -> None:
    rec = _rec(
        "HARBIN, Oct 17 (Xinhua) -- Four workers died on Thursday after a gas leak at a coking "
        "plant in Heilongjiang province."
    )
    assert rec["province"] == "230000"
    assert rec["county"] is None


def test_xinhua_district_written_in_full_still_counts() -> None:
    rec = _rec(
        "About 200 workers at a textile mill in Xinhua District, Shijiazhuang went on strike "
        "on Thursday."
    )
    assert rec["county"] == "130105"


def test_county_written_in_pinyin_with_xian() -> None:
    rec = _rec(
        "Three workers were killed on Thursday when a boiler blew up at a paper mill in "
        "Zhaoxian county, Hebei province."
    )
    assert (rec["province"], rec["county"]) == ("130000", "130133")


def test_landmark_city_near_another_is_not_the_place() -> None:
    rec = _rec(
        "KUNSHAN, China - About 300 workers at an electronics plant in this city near Shanghai "
        "went on strike on Thursday over unpaid overtime."
    )
    assert rec["province"] == "320000"
    assert rec["county"] == "320583"


def test_place_of_an_earlier_wave_of_unrest_is_background() -> None:
    rec = _rec(
        "XIAMEN, China - Hundreds of workers at a shoe factory stopped work on Thursday over cuts "
        "to their pay. The strike is the latest in a wave of stoppages that began in Zhejiang "
        "earlier this year."
    )
    assert rec["province"] == "350000"


# -- the dead --------------------------------------------------------------------------


def test_emergency_number_is_no_count_of_the_dead() -> None:
    rec = _rec("昨天下午一家建筑公司的工地上，一名钢筋工从八楼坠落，经120确认死亡。")
    assert rec["killed"] == 1


def test_emergency_number_dialled_is_no_count() -> None:
    rec = _rec("昨天一家化工厂发生爆炸，工友拨打119求助，事故造成4人受伤。")
    assert rec["injured"] == 4
    assert rec["killed"] is None


def test_a_real_count_of_120_stays() -> None:
    assert _rec("昨天一家化工厂发生爆炸，经统计120人受伤。")["injured"] == 120


def test_no_signs_of_life_is_a_death() -> None:
    rec = _rec("昨天上午，一处工地的基坑塌方，一名工人被埋，三小时后挖出时已没有生命体征。")
    assert rec["killed"] == 1


def test_stable_signs_of_life_are_no_death() -> None:
    rec = _rec("昨天上午，一处工地的脚手架倒塌，一名工人被砸伤，送医后生命体征平稳。")
    assert (rec["killed"], rec["injured"]) == (None, 1)


# -- days ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,day",
    [
        ("一家电子厂的上千名工人9、10日连续两天罢工，抗议降薪。", "2024-10-09"),
        ("一家电子厂的上千名工人10月9和10日连续两天罢工，抗议降薪。", "2024-10-09"),
    ],
)
def test_first_of_a_list_of_days(text: str, day: str) -> None:
    assert _rec(text)["date"] == day


# -- head counts -----------------------------------------------------------------------


def test_police_sent_are_no_participants() -> None:
    rec = _rec("昨天一家纺织厂的几十名工人在厂门口拉横幅讨薪，当地出动了三百多名警察。")
    assert rec["participants"] == "10-99"


def test_workforce_size_told_as_a_fact_is_no_crowd() -> None:
    rec = _rec(
        "昨天上午，一家机械厂的数十名工人堵在厂门口讨要欠薪。"
        "该厂是本地最大的企业，员工超过三千人。"
    )
    assert rec["participants"] == "10-99"


def test_workforce_count_acting_still_counts() -> None:
    rec = _rec("昨天上午，一家机械厂的员工超过三千人参加罢工，要求补发工资。")
    assert rec["participants"] == "1000-9999"


def test_colleagues_counted() -> None:
    rec = _rec("超市突然宣布关店，补偿方案我们不接受，昨天起店里三十多个同事一起守在店里不走。")
    assert rec["participants"] == "10-99"


@pytest.mark.parametrize(
    "text",
    [
        "求助！我们一大帮人在工地干了一年，包工头跑了，工资一分没拿到，恳请政府帮帮我们。",
        "尊敬的领导：我们是某某纺织厂改制时被买断工龄的下岗职工，至今没有拿到补偿金，恳请领导为我们做主！",
    ],
)
def test_a_group_asking_is_of_no_stated_size(text: str) -> None:
    rec = _rec(text)
    assert rec["kind"] == "call_for_help", text
    assert rec["participants"] is None, text


# -- sums ------------------------------------------------------------------------------


def test_sum_a_court_awarded_is_claimed() -> None:
    rec = _rec("我在工地摔断了腿，法院判老板赔我十二万，可他一直拖着不给，求大家帮帮我。")
    assert rec["amount_yuan"] == 120000


# -- employers in English --------------------------------------------------------------


def test_trade_word_at_a_sentence_head_is_no_firm() -> None:
    rec = _rec("Taxi drivers in two cities parked their cars on Monday to protest rising fees.")
    assert rec["is_incident"]
    assert rec["employer"] is None


def test_nationality_is_no_firm_and_maker_names_it() -> None:
    rec = _rec(
        "Hundreds of workers at a plant run by Korean phone maker Hanbit Mobile walked out on "
        "Monday over unpaid overtime."
    )
    assert rec["employer"] == "Hanbit Mobile"


def test_client_of_a_supplier_is_no_employer() -> None:
    rec = _rec(
        "Workers at a subcontractor supplying state-owned Dongfang Motors blocked a road on "
        "Monday to protest unpaid wages."
    )
    assert rec["forms"] == ["road_blockade"]
    assert rec["employer"] is None


def test_firm_of_an_earlier_wave_is_background() -> None:
    rec = _rec(
        "Workers at Lakeview Precision Electric downed tools on Tuesday demanding higher pay, in "
        "the latest sign that the unrest that hit Honda's suppliers is spreading."
    )
    assert rec["employer"] == "Lakeview Precision Electric"


def test_shipbuilder_which_employs() -> None:
    rec = _rec(
        "Hundreds of workers blocked a road on Monday after three months without pay. "
        "Minjiang Shipbuilding Industry, which employs 2,000 people, did not comment."
    )
    assert rec["employer"] == "Minjiang Shipbuilding Industry"


def test_a_wave_that_reached_here_is_this_place() -> None:
    rec = _rec(
        "The wave of sanitation strikes in Guangdong has reached Boluo county, outside Huizhou. "
        "On Wednesday about 300 cleaners walked out over unpaid wages."
    )
    assert (rec["province"], rec["city"], rec["county"]) == ("440000", "441300", "441322")


@pytest.mark.parametrize(
    "text,posted,day",
    [
        ("五一这天一家电子厂的三百多名工人罢工，要求涨工资。", "2018-05-03T09:00", "2018-05-01"),
        ("国庆节当天，一家电子厂的三百名工人罢工，要求加班费。", "2018-10-03T09:00", "2018-10-01"),
    ],
)
def test_holiday_named_as_a_day(text: str, posted: str, day: str) -> None:
    assert _rec(text, posted)["date"] == day


def test_street_named_for_a_holiday_is_no_day() -> None:
    rec = _rec("五一路上一家工厂的三百名工人昨天罢工讨薪。", "2018-05-03T09:00:00")
    assert rec["date"] == "2018-05-02"


def test_strike_entered_its_nth_day() -> None:
    rec = _rec(
        "A strike at a furniture plant in Foshan entered its fourth day on Friday, with hundreds "
        "of workers refusing to return until their pay is raised."
    )
    assert rec["date"] == "2024-10-15"


def test_bare_second_day_is_no_count_back() -> None:
    rec = _rec(
        "About 500 workers at a toy factory in Dongguan went on strike on Monday. On the second "
        "day, police came to the plant."
    )
    assert rec["date"] == "2024-10-14"


def test_land_a_firm_once_stood_on_is_no_employer() -> None:
    rec = _rec("28日上午，城东原东方化工二厂地块在拆除作业中挖断燃气管道，引发爆炸，造成3人死亡。")
    assert rec["killed"] == 3
    assert rec["employer"] is None


def test_the_firm_itself_still_employs() -> None:
    assert _rec("28日上午，东方化工二厂发生爆炸，造成3人死亡。")["employer"] == "东方化工二厂"


def test_city_of_the_hospital_the_hurt_were_taken_to_is_not_the_place() -> None:
    rec = _rec(
        "A welder burned in a blast at a steel plant in Tangshan on Monday was flown to a Beijing "
        "burns hospital, where he remains in a serious condition."
    )
    assert rec["province"] == "130000"


def test_nurses_at_a_city_hospital_are_there() -> None:
    rec = _rec("Hundreds of nurses at a Nanjing hospital struck on Monday over unpaid bonuses.")
    assert rec["province"] == "320000"


def test_app_names_the_platform() -> None:
    rec = _rec(
        "Hundreds of couriers went on strike on Monday over fee cuts imposed by the food "
        "delivery app Kuaipao, which they say cut their pay by a third."
    )
    assert rec["employer"] == "Kuaipao"
