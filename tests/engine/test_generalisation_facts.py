"""Facts (places, days, counts, casualties, sums, employers) however a post words them: each
example is written for these tests (2024-10-18, the default post day, is a Friday) and stands
for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine.numbers import parse_zh
from tests.engine.conftest import assert_evidence, run
from tests.engine.reading import employer as read_employer


def _field(text: str, name: str, posted: str = "2024-10-18T09:00:00") -> object:
    ex = run(text, posted)
    assert_evidence(ex, text)
    return ex.record()[name]


# -- numbers and sums ----------------------------------------------------------------------


@pytest.mark.parametrize(("body", "value"), [
    ("三万八", 38_000),  # the unit left out after the last digit
    ("一千五", 1_500),
    ("三万零八", 30_008),  # 零 keeps the digit a unit
])
def test_elided_unit(body: str, value: int) -> None:
    assert parse_zh(body)[0] == value


@pytest.mark.parametrize(("text", "amount"), [
    ("包工头跑了，十几个老乡去讨薪，算下来一共欠我们二十三万多。", 230_000),
    ("一名油漆工爬上广告牌讨薪，说老板欠他两万六工资一直不给。", 26_000),
    ("工友在车间被机器轧断手指，厂方只愿赔偿5万元，家属要求赔偿30万元，发视频求助。", 300_000),
])
def test_amount_without_yuan_or_claimed(text: str, amount: int) -> None:
    assert _field(text, "amount_yuan") == amount


# -- days ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("HANGZHOU, Oct 18 - A boiler exploded at a dye works in Xiaoshan on Wednesday, killing "
     "two workers, the district government said.", "2024-10-16"),
    ("Workers at a shoe factory in Jinjiang walked out last weekend over cuts to piece "
     "rates.", "2024-10-12"),
    ("温州鹿城区一家鞋厂9日夜里发生火灾，两名工人死亡，消防部门今日(18日)通报了情况。",
     "2024-10-09"),
])
def test_day_of_the_event_not_of_the_report(text: str, day: str) -> None:
    assert _field(text, "date") == day


def test_call_for_help_is_dated_by_the_post() -> None:
    text = "我老公上个月12号在东莞一家模具厂被冲床压伤了手，厂里不给报工伤，请问我们该怎么办？"
    assert _field(text, "date") == "2024-10-18"


# -- places ----------------------------------------------------------------------------------


def test_home_place_is_not_the_place_of_the_event() -> None:
    text = ("我们是四川达州的，二十多个老乡在浙江宁波鄞州区一个工地干了一年，"
            "老板欠薪不给，今天去讨薪。")
    assert _field(text, "province") == "330000"
    text = "江西赣州的一群老乡在福建泉州的工厂打工，三十多人今天集体停工，抗议拖欠工资。"
    assert _field(text, "province") == "350000"


def test_ethnic_district_written_short() -> None:
    text = "洛阳瀍河区一个工地今天有四十多名农民工聚集讨薪。"
    assert _field(text, "county") == "410304"


def test_development_zone_is_no_county() -> None:
    text = "湖北武汉经济技术开发区一家汽配厂数百名工人今天罢工，抗议降薪。"
    ex = run(text)
    r = ex.record()
    assert r["city"] == "420100"
    assert r["county"] is None


# -- head counts -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "bucket"), [
    ("今天一早全市三百多辆出租车停运，司机抗议份子钱太高。", "100-999"),
    ("工业区附近数百工人在厂门口抗议公司拖欠工资。", "100-999"),
    ("Street cleaners in Liuzhou stopped work on Monday - nearly 50 of them gathered outside "
     "the sanitation office over unpaid wages.", "10-99"),
    ("几十个快递小哥今天在网点门口停工，抗议派费下调。", "10-99"),
])
def test_participants_in_other_words(text: str, bucket: str) -> None:
    assert _field(text, "participants") == bucket


# -- casualties --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("绍兴一家印染厂昨天起火，现在是2死5伤，还有一名重伤的工人在抢救。", 2, 5),
    ("常州一处工地今天脚手架倒塌，砸伤7个工人，其中3个伤势较重。", None, 7),
    ("一家电镀厂的4名工人昨天清洗药槽时中毒，其中1人经抢救无效死亡，3人受轻伤。", 1, 3),
    ("Nine workers at a battery plant in Xinxiang, Henan, have been hospitalised with lead "
     "poisoning, relatives said.", None, 9),
])
def test_casualty_counts(text: str, killed: int | None, injured: int | None) -> None:
    r = run(text).record()
    assert r["killed"] == killed, (text, r["killed"])
    assert r["injured"] == injured, (text, r["injured"])


@pytest.mark.parametrize("text", [
    "今天上午一个送水的小哥在工地门口被叉车撞倒，当场死亡，才三十岁。",
    "昨天下午我舅舅在宁波一个工地从脚手架上摔下来，送医后不治。",
])
def test_single_death_without_a_count(text: str) -> None:
    assert _field(text, "killed") == 1


def test_no_fatalities_and_another_accident() -> None:
    text = ("Five miners were hurt when a roof fell at a coal mine in Liupanshui, Guizhou on "
            "Monday; there were no fatalities. In a separate accident last year, a blast at a "
            "nearby mine killed four.")
    assert _field(text, "killed") == 0


# -- employers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "name"), [
    ("我在苏州一家培训机构（明德书院）教了两年书，上个月起工资一直拖着不发。", "明德书院"),
    ("宁波十多名司机今天聚集在一家物流公司（好像叫远通速运）门口，抗议运费被克扣。", "远通速运"),
    ("杭州几十名骑手今天在站点门口停工，抗议罚款太重，涉事平台“快达跑腿”回应称将核查。",
     "快达跑腿"),
    ("工人们说承建方中原路桥集团第三工程局（简称中原三局）已经拖欠工资半年了，今天集体停工。",
     "中原三局"),
    ("工人代表说总包单位是宏远建设集团有限公司下属的宏远第一建筑工程有限公司，欠薪八个月，今天堵路讨薪。",
     "宏远第一建筑工程有限公司"),
])
def test_employer_named_beside_what_it_is(text: str, name: str) -> None:
    assert _field(text, "employer") == name


@pytest.mark.parametrize("text", [
    "贵阳一家民营医院数十名护士今天停诊，要求发放拖欠的工资。",
    "三亚一酒店的员工今天集体停工，抗议降薪。",
    "温岭二十多名鞋厂工人发视频称，老板已于春节前关厂失联，欠薪不给。",
])
def test_no_employer_from_a_kind_of_firm(text: str) -> None:
    # the employer as read, whether or not the post is read as an incident (the nurses' is not)
    assert read_employer(text) is None


def test_english_place_and_generic_words_are_no_employer() -> None:
    text = ("Shaanxi coal mine flood traps six\nRescuers are pumping water from a mine in "
            "Tongchuan on Friday. The mine is run by Tongchuan Xinhe Coal Co. Ltd.")
    assert _field(text, "employer") == "Tongchuan Xinhe Coal Co. Ltd."
