"""Demands read from more ways of telling (round 15): work through a holiday, housing with the
infected, poor lodgings, food or fumes, guards or managers who beat or harass, a platform's
rules, pay told low or put off, staff kept on by a new contractor or a contract imposed, an
apology chanted, a plant sold or its machines carried off, contributions paid at the floor,
overtime pay; and what is none: a pregnant worker beaten, injury insurance missing beside an
injury, the dormitory as a place, pay told "without overtime", contributions never paid.
Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import demands_of


@pytest.mark.parametrize(
    "text, code",
    [
        # work through a holiday
        ("电子厂五百多名工人今天停工，说春节被迫上班，厂里一句解释都没有。", "hours_overtime"),
        ("Workers at a toy plant in Dongguan struck on Monday, angry at being made to work through "
         "the Spring Festival holiday.", "hours_overtime"),
        ("Couriers at a depot in Wuhan staged a walkout, saying there had been no Golden Week off "
         "for three years.", "hours_overtime"),
        # housed with the infected
        ("三百多名新员工昨晚聚集抗议，说公司让他们跟确诊的老员工同住一层。", "working_conditions"),
        ("New hires protested at the plant on Tuesday night, saying they had been housed with "
         "colleagues who had tested positive.", "working_conditions"),
        ("几百名工人罢工，说担心被感染，要求公司先做核酸检测再复工。", "working_conditions"),
        # lodgings, food and fumes told poor
        ("四十多名建筑工人今天停工，说项目部让他们住进简陋的铁皮房。", "working_conditions"),
        ("食品厂三百多名工人停工，就想吃口像样的饭，每天都是白水煮菜。", "working_conditions"),
        ("喷漆车间的六十多名工人集体罢工，车间里连个排风扇都没有。", "working_conditions"),
        # guards or managers who beat or harass
        ("昨晚一名保安踹了女工一脚，上千名工人冲出宿舍讨说法。", "fines_management"),
        ("一名工人被四五个警卫围殴，几千名员工冲出宿舍抗议。", "fines_management"),
        ("Some 400 workers struck, demanding the dismissal of two supervisors who had shouted at "
         "them.", "fines_management"),
        # a platform's rules
        ("货车司机们今天集体停运，不满平台的计价规则。", "fines_management"),
        ("一百多名骑手今天在站点门口聚集，说"
         "配送时间从三十分钟压到二十五分钟。", "fines_management"),
        ("Drivers on a freight app stopped taking orders,"
         " complaining they must pay a membership fee "
         "on top of a commission.", "fines_management"),
    ],
)
def test_grievances_told_without_the_codebook_words(text: str, code: str) -> None:
    assert code in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: a holiday, an infection, a guard and a fee cut told, none of those claims
        ("五百多名工人国庆节前停工，要求补发三个月工资。", "hours_overtime"),
        ("两百多名护士聚集讨薪，她们说有同事感染过流感。", "working_conditions"),
        ("保安站在门口，三百多名工人在厂门口拉横幅讨薪。", "fines_management"),
        ("骑手们今天集体停跑，配送费一单降了一块。", "fines_management"),
    ],
)
def test_near_misses_of_grievances(text: str, code: str) -> None:
    assert code not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "工人们说工资低，物价却一直在涨，三百多人今天停工。",
        "一个月才一千五百块钱，四百多名员工今天停工。",
        "网约车司机们在平台楼下聚集，要求提高计价标准。",
        "教师们认为这次工资调整不合理，三百多人上街游行。",
        "Some 300 workers at a parts plant struck over benefit cuts on Tuesday.",
        "新员工说入职时承诺的奖励被推迟到明年才发，几百人聚集在厂区。",
        "Some 300 workers at the plant went on strike, demanding 500 yuan more a month.",
    ],
)
def test_pay_told_low_cut_or_put_off(text: str) -> None:
    assert "pay" in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: a daily living allowance is no pay claim
        "工地上五十多名农民工讨薪，工头每天只有三十块生活费给大家。",
    ],
)
def test_a_living_allowance_is_no_pay_claim(text: str) -> None:
    assert "pay" not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "一百多名环卫工罢工，要求新接手的公司全员留用，并按工龄补偿。",
        "Some 200 cleaners went on strike; they want a guarantee that the incoming contractor will "
        "retain all of them.",
        "工人们说合同都乱签，三百多人今天停工。",
        "两百多名代课教师聚集在教育局门口，要求尽快入编。",
        "三十多名实习生在厂门口拉横幅，说要辞职也不准。",
        "四十多名被辞退的护士聚集在医院门口，要求恢复原岗位。",
        "Minibus drivers stayed off the road, objecting "
        "to being forced to sign operating contracts.",
    ],
)
def test_the_employment_relationship_told(text: str) -> None:
    assert "employment_relationship" in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: a new manager, no relationship in dispute
        "公司新来的经理说要加强管理，三百多名工人今天停工讨薪。",
    ],
)
def test_a_new_manager_is_no_relationship_claim(text: str) -> None:
    assert "employment_relationship" not in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ('Dozens of riders gathered outside the mall chanting "Apologise!" after a courier was '
         "slapped.", "other"),
        ("三百多名出租车司机集体停运，抗议交通局新增投放五百辆出租车。", "other"),
        ("Taxi drivers in the city struck on Monday in "
         "protest against app-based car services.", "other"),
        ("三百多名工人罢工，老板半夜偷偷把模具拉走了。", "relocation_closure"),
        ("纺织厂卖了，四百多名老职工聚集在厂门口要求安置。", "relocation_closure"),
        ("老板连夜拉了一批设备到新厂，三百多人罢工要求补偿。", "relocation_closure"),
        ("厂里这些年都是按最低档缴的，三百多名工人今天停工。", "social_insurance"),
        ("学校一直按最低标准给我们缴纳，二百多名老师今天停课。", "social_insurance"),
        ("公司按最低的基数缴，五百多名工人罢工。", "social_insurance"),
    ],
)
def test_other_claims_told_plainly(text: str, code: str) -> None:
    assert code in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: an apology made, machines switched off, a compensation at the minimum wage
        ("The company apologised on Thursday after "
         "some 500 workers protested over bonuses.", "other"),
        ("工人们把机器都关了，二百多人停工要求加薪。", "relocation_closure"),
        ("厂方只肯按最低工资标准算补偿，三百人停工。", "social_insurance"),
    ],
)
def test_near_misses_of_other_claims(text: str, code: str) -> None:
    assert code not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "四百多名工人停工，说周末加班费只按平时算。",
        "Some 600 workers walked out over overtime pay that is worked out at the basic rate.",
        "三十多名护士集体停工，要求按国家标准算加班工资。",
    ],
)
def test_overtime_pay_is_a_claim_about_hours(text: str) -> None:
    assert "hours_overtime" in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: overtime pay owed is arrears
        "三百多名工人停工，上月的加班费至今仍被拖欠。",
    ],
)
def test_overtime_pay_owed_is_arrears(text: str) -> None:
    demands = demands_of(text)
    assert "wage_arrears" in demands and "hours_overtime" not in demands


@pytest.mark.parametrize(
    "text",
    [
        "警察冲进厂里，一名怀孕五个月的女工被挤倒在地，二十多人被带走，罢工已经第六天。",
        "Guards kicked a pregnant worker as some 300 strikers were cleared from the plant.",
        "我怀孕三个月，老公在工地摔断了腿，包工头不管，求大家帮帮我们。",
    ],
)
def test_a_pregnant_worker_hurt_is_no_discrimination(text: str) -> None:
    assert "discrimination" not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: pregnancy the ground of a dismissal
        "怀孕后公司逼我辞职，我在这家厂干了六年，求大家帮我转发。",
    ],
)
def test_pregnancy_with_a_dismissal_is_discrimination(text: str) -> None:
    assert "discrimination" in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "我爸在工地摔断了腿，医药费花了五万，老板说没给他买工伤保险，求大家帮帮忙。",
        "我在厂里被机器绞断了两根手指，厂里也没给办工伤保险，求好心人帮帮我。",
        "丈夫从脚手架上摔下来，腰椎骨折，公司连工伤保险都没买，求媒体关注。",
    ],
)
def test_injury_insurance_missing_beside_an_injury_is_no_insurance_claim(text: str) -> None:
    demands = demands_of(text)
    assert "injury_compensation" in demands and "social_insurance" not in demands


@pytest.mark.parametrize(
    "text",
    [
        "厂里宣布开除带头的工人、关宿舍，三百多名工人继续罢工要求加薪。",
        "The company said it would close their dormitory unless the 200 strikers returned.",
        "老板把宿舍的电断了，二十多个工人还在项目部门口讨薪。",
        "警察冲进车间和宿舍抓人，罢工的三百多名工人四散。",
    ],
)
def test_the_dormitory_as_a_place_is_no_condition(text: str) -> None:
    assert "working_conditions" not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the dormitory's heat is a condition
        "三百多名工人罢工，说宿舍里热得睡不着，也没有空调。",
    ],
)
def test_a_hot_dormitory_is_a_condition(text: str) -> None:
    assert "working_conditions" in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "一个月不加班才拿一千多，四百多名工人罢工要求加薪。",
        "Some 300 workers struck for a raise; one said "
        "he earns 1,200 yuan a month without overtime.",
        "不加班的话工资只有一千八，三百多人停工要求加薪。",
    ],
)
def test_pay_told_without_overtime_is_no_hours_claim(text: str) -> None:
    assert "hours_overtime" not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: long hours
        "厂里天天加班到深夜，三百多名工人罢工了。",
    ],
)
def test_long_hours_are_a_claim(text: str) -> None:
    assert "hours_overtime" in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of workers struck; they say the company has never paid contributions on their "
        "real wages.",
        "Some 800 strikers said the firm owes contributions to their pension accounts.",
        "About 2,000 employees walked out, saying the employer hasn't paid contributions to their "
        "pension accounts.",
    ],
)
def test_contributions_unpaid_are_no_arrears(text: str) -> None:
    assert "wage_arrears" not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the workers themselves unpaid
        "Some 300 builders protested on Monday; the contractor "
        "has never paid them for three months.",
    ],
)
def test_workers_never_paid_are_arrears(text: str) -> None:
    assert "wage_arrears" in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        ("Some 400 workers struck, demanding pay for "
         "untaken annual leave and severance.", "hours_overtime"),
        ("八十多名工人聚集在项目部，说干了一年分文未见。", "wage_arrears"),
        ("About 200 drivers blocked the depot because "
         "they had not yet been paid for October.", "wage_arrears"),
        ("Several hundred contract workers petitioned the city government for formal employment "
         "status.", "employment_relationship"),
        ("Hundreds of taxi drivers struck on Monday over high monthly fees.", "pay"),
        ("一百多名中巴司机停运，不同意公司拿出的改制合同。", "employment_relationship"),
    ],
)
def test_claims_named_in_more_words(text: str, code: str) -> None:
    assert code in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "一百多名中巴司机停运，不同意公司拿出的改制合同。",
    ],
)
def test_a_restructuring_contract_is_no_closure(text: str) -> None:
    assert "relocation_closure" not in demands_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the restructuring itself opposed
        "三百多名职工反对改制，今天到市国资委上访。",
    ],
)
def test_a_restructuring_opposed_is_a_closure(text: str) -> None:
    assert "relocation_closure" in demands_of(text)
