"""Demands read from more ways of telling (round 17): wages paid only in part or put off, wages
kept back, fees paid to the firm, a shop closed with a month's wages; and what is none: a wage
named as the base of a compensation, a closure named as a pretext, another event set apart,
wages that have not risen, an accident's compensation already met, protective clothing worn,
a pay item's way of reckoning, a
canteen or dormitory as a place, a parking fee.
Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import demands_of


@pytest.mark.parametrize(
    "text, code",
    [
        # wages paid only in part
        ("五十多个装修工人今天集体罢工，堵了项目部大门，干了半年只拿了生活费。", "wage_arrears"),
        ("三十多名修路工人今天停工，拦下施工队的车，"
         "说干了五个月一共只给了两千块生活费。", "wage_arrears"),
        ("More than 300 miners stopped work on Tuesday after being paid only 30% of their wages "
         "since March.", "wage_arrears"),
        # wages put off to a later month
        ("老板说资金紧张，三月的工资要拖到六月，四十多名工人今天集体停工。", "wage_arrears"),
        ("Some 150 workers walked out after the boss said September wages would be paid after "
         "the Spring Festival.", "wage_arrears"),
        ("厂里通知工资推到年后再发，两百多名工人今天停工。", "wage_arrears"),
        # wages kept back
        ("工地上三十多名工人今天罢工，包工头一直押着工资不给。", "wage_arrears"),
        ("老板拖着我们的工资不发，六十多个工友今天去镇政府上访。", "wage_arrears"),
        ("二十多名木工今天集体罢工，项目部压着我们的工资不结。", "wage_arrears"),
        # fees paid to the firm
        ("两百多辆中巴车今天停运，司机们抗议公司每年要交的风险抵押金太高。", "other"),
        ("几百名果农工人聚在农场场部门口，抗议承包费一年比一年涨。", "other"),
        ("Hundreds of taxi drivers protested outside the city hall, demanding a refund of the "
         "licence fees the company had collected.", "other"),
        # a shop closed, its staff sent off with a month's wages
        ("商场通知这家店月底要撤，只给一个月工资，三十多名员工今天罢工。", "severance"),
        ("超市突然关门只给一个月工资，八十多个员工坐在店里不走。", "severance"),
        ("工厂倒闭，老板才给半个月的工资，两百多人堵在门口。", "severance"),
    ],
)
def test_demands_told_without_the_codebook_words(text: str, code: str) -> None:
    assert code in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: pay laid off told without a sum paid in part, a pay day kept, fees of
        # the rent a driver counts against his pay, a closure with no wages named
        ("公司放假，只发每月一千二的生活费，三百多名工人今天聚在厂门口。", "wage_arrears"),
        ("老板答应工资拖不到下个月，五十多个工人今天还是停工了。", "wage_arrears"),
        ("三十多名工人今天罢工，拖着行李去车站。", "wage_arrears"),
        ("两百多名出租车司机停运，说份子钱一个月六千太高了。", "other"),
        ("Workers at a mall shop went on strike, saying they were only given a month to find a "
         "new job.", "severance"),
    ],
)
def test_near_misses_tell_no_such_claim(text: str, code: str) -> None:
    assert code not in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # a wage named as the base of a compensation
        ("厂方宣布关厂，只肯按最低工资标准算补偿，八百多人停工。", "pay"),
        ("厂方只肯按最低工资算赔偿，三百多名工人今天罢工。", "pay"),
        ("两百多名员工停工，说补偿只按底薪算，不含绩效。", "pay"),
        # wages paid in part: the item given is the wages owed, no pay claim
        ("医院从年初起一直没有发工资，上月只向每人发了1000元临时补助，"
         "两百多名医护人员集体讨薪。", "pay"),
        ("工地欠了半年工资，老板只发了三百块补贴当生活费，四十多名工人今天罢工。", "pay"),
        ("Some 60 builders walked off the site, saying the boss had paid them only 600 yuan a "
         "month as a living allowance since May.", "pay"),
        # a fee to the firm: no pay claim
        ("上百名农场工人今天罢工，聚在场部门口抗议承包费上涨。", "pay"),
        # a closure named as a pretext
        ("厂里借口停产拖着工资不发。八十多个工人今天去劳动局上访。", "relocation_closure"),
        ("老板以停产为由不发工资，四十多名工人今天去了劳动局。", "relocation_closure"),
        ("公司拿停业当借口一直不发工资，三十多名员工今天集体上访。", "relocation_closure"),
        # another event set apart
        ("五金厂的二十多个工人今天堵了厂门讨薪，跟开发区那家厂搬迁不是一回事。",
         "relocation_closure"),
        ("一百多名在岗工人今天停工讨薪，跟城里退休工人上访养老保险不是一码事，别搞混了。",
         "social_insurance"),
        ("镇上的鞋厂几十个工人讨薪，和上周那家厂倒闭不是同一件事。", "relocation_closure"),
        # protective clothing worn
        ("数十名身穿白色防护服的防疫人员昨天在街头聚集，高喊还我血汗钱。", "working_conditions"),
        ("几十个穿着蓝色防护服的工人在厂门口拉横幅讨薪。", "working_conditions"),
        ("三十多名穿一次性防护服的保洁工今天罢工讨薪。", "working_conditions"),
        # a pay item's way of reckoning
        ("这个月起加班费算法变了，周末不再按双倍算，两百多名工人停工。", "fines_management"),
        ("公司改了工资算法，几百名员工今天罢工。", "fines_management"),
        ("提成算法又改了，三十多名销售今天集体不干了。", "fines_management"),
        # a canteen or dormitory as a place
        ("学院的食堂今天中午没开，四十多个打饭阿姨在门口坐着讨薪。", "working_conditions"),
        ("我宿舍一个兄弟头被打破了，上千人今天在厂里聚集抗议。", "working_conditions"),
        ("老板带人拿着木棍到宿舍赶人，三十多个工人今天去劳动局讨薪。", "working_conditions"),
        ("About 200 workers sat down in the canteen on Monday, refusing to work until their "
         "wages are paid.", "working_conditions"),
        ("Some 300 workers staged a sit-in in the factory canteen after the plant announced a "
         "move.", "working_conditions"),
        # a parking fee is no fine
        ("几十个货车司机今天集体停运，把车横在物流园门口，说新收的停车管理费太离谱。",
         "fines_management"),
        ("几百名出租车司机今天罢运，反对机场新收的停车管理费。", "fines_management"),
        ("上百名货车司机今天停运，说园区的停车管理费一个月涨到八百。", "fines_management"),
    ],
)
def test_words_that_tell_no_such_claim(text: str, code: str) -> None:
    assert code not in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: a minimum wage claimed, a halt announced, a protective suit missing, an
        # algorithm managing, a dormitory complained of or kept from, a fine for parking
        ("三百多名工人罢工，要求把工资提高到最低工资标准以上。", "pay"),
        ("厂里宣布停产，两百多名工人今天聚在厂门口。", "relocation_closure"),
        ("一百多名护工今天罢工，说连一件防护服都不发。", "working_conditions"),
        ("几百名骑手今天停止接单，抗议平台算法不断压缩送餐时间。", "fines_management"),
        ("工人们回到宿舍热得睡不着，三百多人今天罢工。", "working_conditions"),
        ("六十多名工人今天停工，不准回宿舍睡觉，也不放人回家。", "working_conditions"),
        ("几百名骑手聚集抗议，说停车罚款一次就罚两百。", "fines_management"),
    ],
)
def test_near_misses_keep_the_claim(text: str, code: str) -> None:
    assert code in demands_of(text)


def test_wages_not_risen_are_pay_not_arrears() -> None:
    assert demands_of("工资一直没涨，三百多名工人今天罢工。") == ["pay"]
    assert demands_of("工资一直没上来，两百多名老师今天到县政府门口聚集。") == ["pay"]
    assert demands_of("工资一直没加过，五十多名工人今天停工。") == ["pay"]
    # near-miss: wages not paid are wages owed
    assert demands_of("工资一直没发，两百多名工人今天罢工。") == ["wage_arrears"]


@pytest.mark.parametrize(
    "text",
    [
        "历时五年，一名中暑死亡的农民工终于被确认为工伤。他在工地基坑里干活时晕倒，抢救无效死亡。",
        "冲压车间一名工人右手被冲床压伤，送医治疗，企业已垫付医药费。",
        "An explosion at a chemical plant killed four workers, while nine others remain under "
        "treatment.",
        "A gas explosion at a coal mine killed 11 miners last year; families say compensation was "
        "paid only after months of petitioning.",
    ],
)
def test_an_accidents_compensation_met_is_no_claim(text: str) -> None:
    assert "injury_compensation" not in demands_of(text)


def test_an_accidents_compensation_refused_is_a_claim() -> None:
    # near-miss: the compensation refused
    text = "矿上发生透水事故，11名矿工遇难，家属说矿方至今拒绝赔偿。"
    assert "injury_compensation" in demands_of(text)
