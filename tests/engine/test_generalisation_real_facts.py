"""Counts, casualties, sums and days as real reports word them: totals that grow (死亡人数增至),
bodies found (具遗体), the dead of an earlier accident told as background, crowds counted by
their size (过百名, "by the hundreds"), a workforce that is no crowd, sums paid that are no sums
owed, the Nth day of an action, the day work resumed. Every example is written for these tests
(2024-10-18, the default post day, is a Friday) and stands for a rule, not a case.
"""

from __future__ import annotations

from datetime import date

import pytest

from labourmap.engine import casualties, counts
from labourmap.engine.dates import find_dates
from labourmap.engine.numbers import zh_quantities
from labourmap.engine.text import normalise
from tests.engine.conftest import assert_evidence, run

POSTED = date(2024, 10, 18)


def _field(text: str, name: str, posted: str = "2024-10-18T09:00:00") -> object:
    ex = run(text, posted)
    assert_evidence(ex, text)
    return ex.record()[name]


def _casualties(text: str) -> tuple[int | None, int | None]:
    norm = normalise(text)
    killed, injured = casualties.casualties(norm, counts.quantities(norm))
    return (
        int(killed.value) if killed else None,
        int(injured.value) if injured else None,
    )


def _participants(text: str) -> object:
    norm = normalise(text)
    found = counts.participants(norm, counts.quantities(norm))
    return found.value if found else None


def _amount(text: str) -> object:
    norm = normalise(text)
    found = counts.amount(norm, counts.quantities(norm))
    return found.value if found else None


def _first_day(text: str, posted: date = POSTED) -> str | None:
    """The day the pipeline would pick: a start, else the first that is no report."""
    found = find_dates(normalise(text), posted)
    starts = [d for d in found if d.start_marker]
    if starts:
        return min(starts, key=lambda d: d.day).day.isoformat()
    plain = [d for d in found if not d.report]
    return plain[0].day.isoformat() if plain else None


# -- the dead and injured ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # a total outranks the counts told before it
    ("一家烟花厂仓库爆炸，当场8人死亡，另有3人送医后不治，事故共造成11人死亡、20人受伤。", 11, 20),
    ("某矿透水事故死亡人数已升至12人，另有5名矿工下落不明。", 12, None),
    # bodies found are the dead
    ("搜救队已在井下找到7具遗体，仍有2人失联。", 7, None),
    ("截至昨晚，救援人员共发现4具遇难者遗体。", 4, None),
    # the injured named by their injury, before the noun
    ("5名矿工当场遇难，另有3名受伤工人被送往县医院。", 5, 3),
    # 轻微伤 is an injury
    ("仓库起火造成2人死亡，4人轻微伤。", 2, 4),
    # died on the way to hospital
    ("货车侧翻，车上一人在送医途中不治，另有三人受伤。", 1, 3),
    # spoken counts: 死了N个、伤了N个
    ("听说那边厂里炸了，死了五个、伤了十几个。", 5, 10),
    # the toll of an earlier accident, told as background, is not this one's
    ("化工厂昨日爆燃，2名工人受伤。该厂2019年曾发生泄漏事故，造成3人死亡、6人受伤。", None, 2),
])
def test_casualties_as_reports_word_them(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert _casualties(text) == (killed, injured)


@pytest.mark.parametrize(("text", "killed"), [
    ("Nine steel workers were killed when a furnace burst at a mill in Hebei.", 9),
    ("The company says 6 miners are confirmed dead and 2 remain trapped.", 6),
    ("The warehouse fire toll stands at 15, officials said.", 15),
])
def test_english_deaths_in_more_words(text: str, killed: int) -> None:
    assert _casualties(text)[0] == killed


@pytest.mark.parametrize(("text", "injured"), [
    ("共有154名矿工当时在井下作业，全部安全升井。", None),  # those at work: no casualty
    ("共有154名矿工，54名伤者已送院治疗。", 54),  # those at work, not those hurt (54 are)
    ("The toll road to the quarry was closed to 30 trucks.", None),  # a toll road, no death toll
    ("一名重伤的工友还在医院。", None),  # which worker, not how many were hurt
    ("老板说累死了，三个工人都不肯加班。", None),  # 累死了: tired, no death
])
def test_no_casualties_counted(text: str, injured: int | None) -> None:
    assert _casualties(text) == (None, injured)


def test_one_worker_later_died_in_english() -> None:
    assert casualties.single_death("one worker later died of his injuries in hospital.") == 1


# -- accident types ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    # the fire is the accident; the carbon monoxide it gave off is how it killed
    ("某煤矿井下输送带起火燃烧，导致一氧化碳超标，3名矿工中毒死亡。", "explosion_fire"),
    ("A coal and gas outburst at a mine in Guizhou killed four miners on Tuesday.", "mine"),
    ("两名工人从脚手架上坠下，当场死亡。", "fall"),
])
def test_accident_type(text: str, kind: str) -> None:
    assert _field(text, "accident_type") == kind


def test_poisoning_without_a_fire_stays_poisoning() -> None:
    text = "三名工人清理污水池时一氧化碳中毒，经抢救无效死亡。"
    assert _field(text, "accident_type") == "poisoning_disease"


# -- participants ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "bucket"), [
    ("过百名环卫工聚集在区城管局门口讨要工资。", "100-999"),
    ("过千名工人当天停工。", "1000-9999"),
    # who they are may run over a list (、) before the noun
    ("两百多名来自河南、安徽、四川的建筑工人在项目部门口拉横幅。", "100-999"),
    ("Drivers gathered by the hundreds outside the taxi company's office.", "100-999"),
    ("He and more than ten workmates have not been paid since spring.", "10-99"),
    # the part that acts, not the whole it is part of
    ("About 300 of the plant's 2,000 workers walked out on Monday.", "100-999"),
])
def test_participants_counted_in_more_words(text: str, bucket: str) -> None:
    assert _participants(text) == bucket


@pytest.mark.parametrize("text", [
    "该厂现有员工3000人，主要生产汽车座椅。",  # the workforce, not a crowd
    "The plant restarted 500 of its 12,000 staff.",
    "On 11 Feb his workers were told to leave the dormitory.",  # a day, then the workers
    "有几个工友被带走了，到现在还没消息。",  # those detained are no head count of the action
    "过3天工人们又来了。",  # 过 before a plain number is "after"
])
def test_no_participants(text: str) -> None:
    assert _participants(text) is None


def test_over_a_hundred_is_a_magnitude() -> None:
    [q] = zh_quantities("过百")
    assert (q.value, q.magnitude) == (None, 100)


def test_call_for_help_for_a_group_has_no_default_size() -> None:
    text = "我们农民工在工地干了一年，老板到现在不发工资，求有关部门帮帮我们！"
    assert counts.speaks_for_many(normalise(text))
    one = "我在工地干了一年，老板到现在不发工资，求有关部门帮帮我！"
    assert not counts.speaks_for_many(normalise(one))
    assert not counts.speaks_for_many(normalise("姐妹们帮我转发，公司欠我三个月工资。"))


# -- sums --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "amount"), [
    ("他和二十多名工友约35万元工资被拖欠半年。", 350_000),
    ("我们几个的工钱一共8万元早该结了，可包工头一直躲着。", 80_000),
    ("说好年底结清，到现在还差我12800元。", 12_800),
    ("项目经理拒付我们46000元工资。", 46_000),
    ("劳动监察要求开发商十天内付清1200多万元工资。", 12_000_000),
    ("The developer has still not agreed to pay the 8 million yuan in wages.", 8_000_000),
])
def test_sums_owed_in_more_words(text: str, amount: int) -> None:
    assert _amount(text) == amount


@pytest.mark.parametrize("text", [
    "矿上给工人补发了两个月工资，合共不到四千元，还欠着取暖费。",  # paid, and "less than"
    "老板垫付了3万元医药费后就不见了。",  # advanced, not owed
    "One miner showed a pay slip for 3,150 yuan covering two months of back pay.",
])
def test_sums_paid_are_no_sums_owed(text: str) -> None:
    assert _amount(text) is None


# -- days --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    # the Nth day of an action: it began N-1 days before the day named
    ("今天上午工人们又到区政府门口讨薪，这已是他们连续第三天上街。", "2024-10-16"),
    ("Nurses were in the fourth day of their strike on Friday.", "2024-10-15"),
    # a day followed by 又 (again): the earlier day named is the first
    ("工人们昨天又去堵了厂门。前天他们在厂门口拉横幅，被保安赶走。", "2024-10-16"),
    # the end of a span is no first day
    ("到10月5日，所有人的合同都到期了；8日，工人们围住了办公楼。", "2024-10-08"),
    # the day work resumed ended the action
    ("电子厂今天复工。周三晚上，上千名工人在厂区聚集抗议。", "2024-10-16"),
    # a day of an earlier year, named as background
    ("16日凌晨，一家化工厂发生爆炸。这是自2019年某厂“3·21”爆炸以来最严重的一起。", "2024-10-16"),
    # the day the news came is not the day of the event
    ("记者今天从市应急管理局获悉，15日晚一家木材厂发生火灾。", "2024-10-15"),
    # 三号井 is a shaft, not a day
    ("12日上午，三号井发生透水事故。", "2024-10-12"),
])
def test_day_in_context(text: str, day: str) -> None:
    assert _first_day(text) == day


@pytest.mark.parametrize("text", [
    "三号井发生透水事故，井下有五名矿工。",
    "2号皮带附近起火。",
])
def test_numbered_equipment_is_no_day(text: str) -> None:
    assert find_dates(normalise(text), POSTED) == []


def test_day_before_a_shaft_is_still_a_day() -> None:
    [d] = find_dates(normalise("12日井下发生透水。"), POSTED)
    assert d.day == date(2024, 10, 12)


def test_second_day_after_a_day_is_still_the_next_day() -> None:
    """次日/第二天 with no 连续 or 已是 is the day after, not the second day of an action."""
    found = find_dates(normalise("10日工厂宣布停产，第二天工人们开始堵门。"), POSTED)
    assert any(d.day == date(2024, 10, 11) for d in found)
    assert not any(d.day == date(2024, 10, 9) for d in found)


@pytest.mark.parametrize(("text", "day"), [
    # 刚才/刚刚 are relative words: the day of the post
    ("工业园那边刚才一声巨响，听说是一家涂料厂爆炸了。", "2024-10-18"),
    # 昨日起 marks the start of an action (从今天起 marks an announcement)
    ("本周一工厂宣布裁员，昨日起约三百名员工在办公楼前聚集。", "2024-10-17"),
    # counted from a first day already named: 至今已是第三天 changes nothing
    ("工人们由周二（15日）起停工，至今已是第三天。", "2024-10-15"),
])
def test_more_days_in_context(text: str, day: str) -> None:
    assert _first_day(text) == day


def test_from_today_on_is_no_start() -> None:
    found = find_dates(normalise("公司宣布从今天起停发夜班补贴。"), POSTED)
    assert not any(d.start_marker for d in found)


@pytest.mark.parametrize(("text", "bucket"), [
    ("今天下午，二十多个姐妹一起去院办门口讨绩效。", "10-99"),
    ("全市两百多辆出租车停运，抗议份子钱太高。", "100-999"),  # vehicles, not residents
])
def test_participants_in_spoken_words(text: str, bucket: str) -> None:
    assert _participants(text) == bucket


def test_residents_are_no_crowd() -> None:
    assert _participants("我们守着全镇五万多人的饭碗，自己却拿不到工资。") is None


def test_one_speaker_for_a_group_is_still_one() -> None:
    text = "我是包工头，老板欠我们农民工工钱二十多万，求帮忙。"
    assert not counts.speaks_for_many(normalise(text))


def test_up_before_one_is_on() -> None:
    [q] = zh_quantities("车上一人")
    assert q.value == 1


@pytest.mark.parametrize("text", [
    "一个钢筋工从十几米高的架子上摔下来，当场就不行了。",
    "我表哥开货车在高速上追尾了，人没了，才四十岁。",
])
def test_single_death_in_spoken_words(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


def test_several_dead_are_no_single_death() -> None:
    assert casualties.single_death(normalise("三名工人中毒，当场就不行了两个。")) is None


def test_earlier_fine_is_no_earlier_accident() -> None:
    assert _casualties("该矿曾因违规被处罚，此次事故造成3人死亡。") == (3, None)


def test_crowd_told_after_its_noun_is_still_a_crowd() -> None:
    assert _participants("现场有工人200多人在门口静坐。") == "100-999"


def test_not_received_is_no_payment() -> None:
    assert counts.PAID_ZH.search("一直没有拿到") is None
    assert counts.PAID_ZH.search("只拿到") is not None


def test_year_named_before_a_day_of_that_year_keeps_it_an_event() -> None:
    found = find_dates(normalise("2024年底，12月28日工人们开始停工。"), date(2025, 1, 5))
    [d] = found
    assert d.day == date(2024, 12, 28)
    assert not d.report


@pytest.mark.parametrize("text", [
    "Most of the 30 workers the police hauled off on Monday are out again.",
    "Police detained 12 workers outside the plant.",
])
def test_those_detained_are_no_crowd(text: str) -> None:
    assert _participants(text) is None


def test_crowd_with_a_long_list_of_home_places() -> None:
    text = "上百名来自河南周口、驻马店、信阳三地的矽肺病患者在市政府门口聚集。"
    assert _participants(text) == "100-999"


@pytest.mark.parametrize(("text", "killed", "injured"), [
    # 走了 said of the dead, where an accident or disease is told
    ("工地上的脚手架塌了，听工友说走了三个，还有一个被救护车拉走了。", 3, 1),
    ("村里十几个人查出尘肺病，其中4个已经走了。", 4, None),
])
def test_gone_is_dead_where_an_accident_is_told(
    text: str, killed: int | None, injured: int | None
) -> None:
    assert _casualties(text) == (killed, injured)


def test_gone_is_left_where_no_accident_is_told() -> None:
    assert _casualties("厂里一降薪，走了两百多个，剩下的也在观望。") == (None, None)


def test_english_toll_is_a_total() -> None:
    text = ("Five workers died at the scene and two more in hospital, bringing the death toll "
            "to 7.")
    assert _casualties(text)[0] == 7


@pytest.mark.parametrize(("text", "amount"), [
    ("公司尚未支付的工程款共计86万元，工人们只好去住建局反映。", 860_000),
    ("项目部克扣了我们每个月的绩效，前后一共扣发工资4万元。", 40_000),
    ("The firm has withheld 260,000 yuan of the crew's wages since June.", 260_000),
])
def test_sums_withheld(text: str, amount: int) -> None:
    assert _amount(text) == amount


def test_english_day_work_resumed_is_no_first_day() -> None:
    text = "Production resumed on 14 October after workers walked out on 10 October over pay."
    assert _first_day(text) == "2024-10-10"


@pytest.mark.parametrize(("text", "bucket"), [
    ("全厂1000多名工人中有300多人参加了停工。", "100-999"),  # the part, not the whole
    ("参与罢工的300名工人在厂门口静坐。", "100-999"),
])
def test_the_part_that_acts_not_the_whole(text: str, bucket: str) -> None:
    assert _participants(text) == bucket


@pytest.mark.parametrize(("text", "killed"), [
    ("爆炸事故遇难者已增至9人，另有2人下落不明。", 9),
    ("The blast caused 4 fatalities at the plant.", 4),
])
def test_more_ways_to_count_the_dead(text: str, killed: int) -> None:
    assert _casualties(text)[0] == killed


def test_relative_day_after_an_earlier_year_is_still_relative() -> None:
    [d] = find_dates(normalise("这家厂2019年出过事，今日又发生火灾。"), POSTED)
    assert d.day == POSTED


@pytest.mark.parametrize("text", [
    "这家电子厂为港资企业，约有6000名员工，主要生产手机屏幕。",  # what a firm has
    "保洁站共有四五十名环卫工。目前站里从别处调人应急。",
    "已经有十几个兄弟因为讨薪被带走了。",  # detained, not the crowd
])
def test_more_counts_that_are_no_crowd(text: str) -> None:
    assert _participants(text) is None


@pytest.mark.parametrize(("text", "bucket"), [
    ("共有300多名员工参加了罢工。", "100-999"),  # the count, then the action
    ("Close to a thousand drivers protested outside the taxi company.", "100-999"),
])
def test_counts_with_has_and_close_to(text: str, bucket: str) -> None:
    assert _participants(text) == bucket


@pytest.mark.parametrize("text", [
    "我们是城南一个工地上的农民工，干了一年没拿到钱，求大家转发！",
    "Migrant workers at a housing site in Hefei say they have not been paid since March.",
])
def test_more_calls_for_a_group(text: str) -> None:
    assert counts.speaks_for_many(normalise(text))


def test_a_family_call_is_no_group() -> None:
    assert not counts.speaks_for_many(normalise("我们是他的家属，他在工地摔伤了，老板不管。"))


@pytest.mark.parametrize(("text", "amount"), [
    ("The crew is demanding back pay of 180,000 yuan from the subcontractor.", 180_000),
    ("劳动监察大队立案调查，涉及农民工36人，涉及金额52万元。", 520_000),
])
def test_sums_claimed_in_report_words(text: str, amount: int) -> None:
    assert _amount(text) == amount


def test_back_pay_received_is_no_claim() -> None:
    assert _amount("Each worker received 3,000 yuan in back pay last week.") is None
