"""Numbers as real posts word them, ninth set: English crowds told roughly by what they did
("several hundred stopped work"), set off after the people they count ("- a dozen or so,"), named
as new hires or brothers, or as drivers' rigs; coaches and the sick counted in Chinese (教练, 病人);
sums owed told after the number ("CNY 2 million owed", "in wages owed"), after pay withheld
("has not paid a cent"), in yuan after another currency ("$1.2 million (8.5 million yuan)"), the
arrears a case involves (涉及工资), pay that cannot be drawn (提不出来) and a sum due by the rules
(应获赔); the dead and hurt named by trade ("two welders were killed", 两名当值保安……身亡), those
still under treatment or in hospital (仍在留医, 躺在医院里), dug out alive and taken to hospital,
cases of an occupational disease ("17 silicosis cases"), a hurt worker who died, the dead named
first (死的三个人), and one life lost as people say it (当场就没了, 掉下来人就没了).
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import casualties
from labourmap.engine.text import normalise
from tests.engine.reading import head_count, money, toll

# -- participants ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("Staff at the call centre say several hundred walked out after lunch.", "100-999"),
        ("Thousands downed tools at the steel mill over the new shift rota.", "1000-9999"),
        ("Organisers told us several thousand rallied outside the depot.", "1000-9999"),
    ],
)
def test_a_rough_crowd_told_by_what_it_did(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_a_rough_sum_of_money_is_no_crowd() -> None:
    assert head_count("The plant lost several hundred thousand yuan in orders.") is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        (
            "Nurses gathered outside the hospital on Friday, several hundred, by their own count.",
            "100-999",
        ),
        (
            "Cleaners sat in at the depot this morning - a dozen or so, all from the night shift.",
            "10-99",
        ),
        (
            "Couriers blocked the hub gate today: some two hundred, waving their unpaid slips.",
            "100-999",
        ),
        (
            "Drivers from three logistics firms in the port district parked across the main "
            "road outside the freight platform's office this morning - about eighty rigs.",
            "10-99",
        ),
    ],
)
def test_a_rough_head_count_set_off_after_the_people(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    "text",
    [
        "Workers said the monthly fine was raised - 300, up from 200.",
        "The order book shrank this quarter - several hundred, analysts said.",
    ],
)
def test_no_set_off_count_without_people_or_with_an_exact_figure(text: str) -> None:
    assert head_count(text) is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("Thousands of new hires walked off the assembly line at dawn.", "1000-9999"),
        ("We are 40-plus brothers at this depot and nobody is taking orders today.", "10-99"),
        ("Truckers parked across the toll plaza overnight, some three hundred rigs.", "100-999"),
    ],
)
def test_new_hires_brothers_and_drivers_rigs(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


@pytest.mark.parametrize(
    "text",
    [
        "The firm plans 300 hires next year in its new plant.",
        "The port handled 400 trucks a day before the slowdown.",
    ],
)
def test_hires_planned_and_trucks_without_drivers_are_no_crowd(text: str) -> None:
    assert head_count(text) is None


@pytest.mark.parametrize(
    ("text", "bucket"),
    [
        ("二十多名健身教练今天到公司总部讨要工资。", "10-99"),
        ("我们十几个尘肺病人一起去了信访局。", "10-99"),
        ("四十多个游泳教练和救生员在门口拉横幅。", "10-99"),
    ],
)
def test_coaches_and_the_sick_counted(text: str, bucket: str) -> None:
    assert head_count(text) == bucket


def test_coaches_taken_away_are_no_crowd() -> None:
    assert head_count("三十多名教练被带走了。") is None


# -- amount ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "They refuse to come down until the firm pays 460,000 yuan in wages owed since June.",
            460_000,
        ),
        ("The crew worked out CNY 2.4 million owed, overtime included.", 2_400_000),
        ("Builders say 900,000 yuan unpaid since the spring festival is due.", 900_000),
    ],
)
def test_a_sum_then_owed(text: str, value: int) -> None:
    assert money(text) == value


def test_wages_paid_are_no_sum_owed() -> None:
    assert money("The company paid 30,000 yuan in wages on time last month.") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The contractor has not paid a cent since May. 800,000 yuan. Please help us.", 800_000),
        ("Our boss hasn't paid us for the whole season, about 260,000 yuan.", 260_000),
        ("The agency never paid the 52,000 yuan for the interns.", 52_000),
    ],
)
def test_a_sum_after_pay_withheld(text: str, value: int) -> None:
    assert money(text) == value


def test_a_sum_paid_is_no_sum_withheld() -> None:
    assert money("The contractor has paid 800,000 yuan so far.") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Workers are claiming severance pay they now put at about "
            "US$500,000 (3.6 million yuan).",
            3_600_000,
        ),
        (
            "Staff are demanding back wages which they reckon come to "
            "$1.1 million (7.9 million yuan).",
            7_900_000,
        ),
        (
            "The drivers say they are owed, all told and by their own sums, "
            "$40,000 (280,000 yuan).",
            280_000,
        ),
    ],
)
def test_a_sum_in_yuan_after_the_same_sum_in_dollars(text: str, value: int) -> None:
    assert money(text) == value


def test_revenue_converted_is_no_sum_owed() -> None:
    assert money("The firm's revenue was $5 million (36 million yuan) last year.") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("厂里一百多名工人聚集，涉及工资约三十万元。", 300_000),
        ("这起欠薪案涉及欠薪近两百万元。", 2_000_000),
        ("劳动监察介入后查明，涉及劳务费约四十五万元。", 450_000),
    ],
)
def test_the_arrears_a_case_involves(text: str, value: int) -> None:
    assert money(text) == value


def test_an_investment_involved_is_no_arrears() -> None:
    assert money("该项目涉及总投资五亿元。") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("平台里还有五千多块余额提不出来，房租都交不上了。", 5000),
        ("卡里两千块工资取不出来，老板说要等审核。", 2000),
        ("跑了一年单，账上6400元流水提不了。", 6400),
    ],
)
def test_pay_that_cannot_be_drawn(text: str, value: int) -> None:
    assert money(text) == value


def test_no_evidence_drawn_is_no_sum() -> None:
    assert money("我提不出什么证据，手里只有一张两千块的收据。") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("按规定他应获赔偿约20万元，厂里一直拖着。", 200_000),
        ("律师算了算，她应得补偿六万多元。", 60_000),
        ("按伤残等级应该获赔十五万元左右。", 150_000),
    ],
)
def test_a_sum_due_by_the_rules(text: str, value: int) -> None:
    assert money(text) == value


def test_a_sum_only_offered_is_no_claim() -> None:
    assert money("厂方只愿意赔三万元。") is None


# -- killed and injured ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three electricians were killed when the switch room caught fire.", (3, None)),
        ("Two scaffolders were injured when the frame gave way.", (None, 2)),
        ("Four crew members died after the barge capsized.", (4, None)),
    ],
)
def test_the_dead_and_hurt_named_by_trade(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert toll(text) == expected


def test_a_trade_hired_is_no_casualty() -> None:
    assert toll("Three electricians were hired after the fire.") == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One worker died at the scene and four others remain under treatment.", (1, 4)),
        ("The blast killed two; five others are receiving treatment at a county hospital.", (2, 5)),
        ("A welder died on Monday while three others were being treated for burns.", (None, 3)),
    ],
)
def test_others_still_under_treatment(text: str, expected: tuple[int | None, int | None]) -> None:
    assert toll(text)[1] == expected[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trench caved in, burying six workers. "
            "Four were pulled out alive and rushed to hospital; two died.",
            (2, 4),
        ),
        (
            "A wall fell on the site, trapping three men. "
            "Two were freed after an hour and taken to hospital.",
            (None, 2),
        ),
    ],
)
def test_dug_out_alive_and_taken_to_hospital(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert toll(text) == expected


def test_dug_out_and_sent_home_is_no_injury() -> None:
    assert (
        toll(
            "A wall fell, trapping three men. "
            "Two were freed after an hour and went home; one was hurt."
        )[1]
        != 2
    )


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("A clinic has found 23 silicosis cases among former quarry workers.", 23),
        ("Doctors logged 9 cases of black lung among retired miners.", 9),
        ("The union says 14 former workers have been diagnosed with pneumoconiosis.", 14),
    ],
)
def test_cases_of_an_occupational_disease(text: str, hurt: int) -> None:
    assert toll(text)[1] == hurt


def test_workers_fighting_for_silicosis_pay_are_not_counted_ill() -> None:
    assert toll("17 former workers have been fighting for silicosis compensation.") == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("仓库起火，两人当场死亡，另有五人仍在留醫。", (2, 5)),
        ("塔吊倒了，走了一个，还有三个工友现在躺在医院里。", (1, 3)),
        ("车间爆燃致一人死亡，另有两人目前还在医院治疗。", (1, 2)),
    ],
)
def test_those_still_in_hospital(text: str, expected: tuple[int | None, int | None]) -> None:
    assert toll(text) == expected


def test_others_waiting_are_not_hurt() -> None:
    assert toll("仓库起火，两人当场死亡，另有五人仍在排队等消息。") == (2, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一名重伤工人经抢救无效死亡，另有4人受伤。", 4),
        ("一名受伤矿工送医后不治，死亡人数升至3人。", None),
    ],
)
def test_a_hurt_worker_who_died_is_not_counted_hurt(text: str, expected: int | None) -> None:
    assert toll(text)[1] == expected


def test_a_hurt_worker_in_hospital_stays_hurt() -> None:
    assert toll("爆炸致一人死亡，4名受伤工人仍在医院。") == (1, 4)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("死的两个人都是外地来打工的。", 2),
        ("两名值班保安没能逃出来，不幸身亡。", 2),
        ("三个外包清洗工下去以后中毒，送医后不治身亡。", 3),
    ],
)
def test_the_dead_named_first_or_by_trade(text: str, killed: int) -> None:
    assert toll(text)[0] == killed


def test_guards_who_got_out_are_not_dead() -> None:
    assert toll("两名值班保安及时逃了出来，仓库烧毁。") == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "我表哥在工地上干活，脚手架一倒当场就没了。",
        "一个河南老乡在平台上干活 安全带没挂住掉下来人就没了 才三十出头",
        "我老乡当场就没了，还有两个兄弟现在躺在医院里。",
    ],
)
def test_one_life_lost_as_people_say_it(text: str) -> None:
    assert casualties.single_death(normalise(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "厂子倒闭了，好多人没了工作。",
        "车间起火，三个工友当场就没了。",
    ],
)
def test_no_single_death_when_jobs_are_lost_or_several_died(text: str) -> None:
    assert casualties.single_death(normalise(text)) is None
