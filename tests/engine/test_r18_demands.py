"""Demands and responses told in reporters', officials' and workers' plain words: wages unpaid
told verb first or a sum still owed, income fallen, a workshop hot as an oven, rules made harsher,
a plant moved at will, a long day from dawn, a provident fund, a compensation named by the job's
end, a term before a closing quote, a cut named by the pay it cuts; people put into vehicles or
taken away, bloodied heads, a working group set up, an office's own notice, a hotline's reply, an
office's people or leaders come, a union brought in, the employer's offer, a meeting an office
called; and what is none: "maternity nurses", a timesheet, arrears denied, guards' e-bikes, the
police among offices gone round. Every sentence here is written for these tests and stands for a
rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import demands_of, responses_of


@pytest.mark.parametrize(
    "text, code",
    [
        # wages unpaid told verb first, a sum still owed, English clauses
        ("五金厂两百多名工人今天停工，半年了没给过一分钱的工资。", "wage_arrears"),
        ("五十多名工人今天堵在项目部门口，说包工头一共差我们二十多万，年底了还不"
         "见人。", "wage_arrears"),
        ("About 80 plasterers sat in at a housing site in Hefei on Friday over wages their subcon"
         "tractor had not paid.", "wage_arrears"),
        ("Some 300 road builders marched to the county offices, saying last year's work was never"
         " fully paid.", "wage_arrears"),
        # income fallen, pay cut, the pay structure, the minimum wage
        ("三百多名货车司机今天集体停运，说这两年挣的钱缩水了。", "pay"),
        ("上百名快递员今天在网点门口聚集，说这两年收入不如从前。", "pay"),
        ("Some 500 bus drivers struck on Tuesday over cuts in their wages announced last m"
         "onth.", "pay"),
        ("About 600 workers at a garment plant struck to be paid the provincial minimum wa"
         "ge.", "pay"),
        # a workshop as hot as an oven
        ("玩具厂两百多名工人今天停工，喷漆房热得像火炉，风扇也不开。", "working_conditions"),
        ("五金厂的工人集体罢工，说车间里热得像烤箱，一天要喝好几瓶水。", "working_conditions"),
        ("Some 400 workers walked out of sweltering workshops at a shoe plant in Putian on Monday.",
         "working_conditions"),
        # the rules made harsher
        ("电子厂上千名工人罢工，公司上周修改了员工手册，请假一律算旷工。", "fines_management"),
        ("两百多名工人今天停工，抗议厂方加重考核。", "fines_management"),
        ("服装厂三百多名工人今天罢工，抗议新规定迟到两回就警告。", "fines_management"),
        # the plant moved at will, its machines carried out
        ("家具厂四百多名工人今天堵住厂门，老板说搬就搬，连招呼都不打。", "relocation_closure"),
        ("五金厂工人连续三天守在门口，老板半夜派人往外拉设备。", "relocation_closure"),
        ("鞋厂两百多名工人今天罢工，守在仓库门口，要求补偿谈妥前别搬设备。", "relocation_closure"),
        # a long day from dawn
        ("六十多名环卫工今天罢工，夏天从清晨四点一直做到晚上八点。", "hours_overtime"),
        ("搬运站一百多名工人停工，说每天清晨六点上班到晚上十点。", "hours_overtime"),
        ("菜市场两百多名搬运工今天停工，从清晨四点半做到深夜。", "hours_overtime"),
        # a provident fund
        ("Some 300 miners stopped work, saying the company stopped paying their provident fund la"
         "st year.",
         "social_insurance"),
        ("About 200 teachers protested outside the county offices, saying the provident fund had "
         "not been paid for two years.", "social_insurance"),
        ("Nurses at a county hospital staged a sit-in over unpaid provident fund contributions.",
         "social_insurance"),
    ],
)
def test_demands_told_in_plain_words(text: str, code: str) -> None:
    assert code in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: a firm's revenue fallen, a neutral change of appraisal, guards' own act,
        # machines taken by a boss who fled, wages paid in the active voice of insurance
        ("上百名工人在厂门口讨薪，老板说厂里营业收入锐减，拖欠的工资年底再说。", "pay"),
        ("两百多名司机今天停运，说公司调整了考核办法以后，每月到手少了几百块"
         "。", "fines_management"),
        ("Some 200 workers struck over social insurance their employer had not pa"
         "id.", "wage_arrears"),
        ("上百名工人堵厂门讨薪，说工资已经拖了三个月，夏天车间倒也不热。", "working_conditions"),
        # a job named by "maternity", a timesheet, arrears denied
        ("Some 200 maternity nurses at a private clinic chain in Chengdu struck on Monday, owed t"
         "wo months' wages.", "discrimination"),
        ("我叔在装修队干了三个月，被拖了八千多，监察大队说要拿出工时单才能立案"
         "。", "hours_overtime"),
        ("【情况通报】近日网传我区数十名保安聚集维权视频，所谓“讨薪”一说不实，系对岗位调整有异议"
         "，现已回岗。", "wage_arrears"),
    ],
)
def test_demands_none_of_these(text: str, code: str) -> None:
    assert code not in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # put into a vehicle, a number seized, statements taken, "hauled away"
        ("三百多名工人到区政府门口讨薪，为首的三人被塞进面包车，其他人也被拉上大巴。", "detention"),
        ("上千名出租车司机今天停运，几名带头的司机被架上了小车。", "detention"),
        ("两百多名工人昨天堵路讨薪，有几名工人被带到镇上做笔录。", "detention"),
        ("Riot police broke up the strike at a toy plant and hauled some twenty stri"
         "kers away.", "detention"),
        # bloodied heads, things hurled at police, beaten by a crowd
        ("Thousands of workers at a shoe plant struck on Thursday; pictures online showed bloodie"
         "d strikers on the road.", "violence"),
        ("Hundreds of workers at an electronics plant threw bottles and bricks at rio"
         "t police.", "violence"),
        ("上千名工人罢工讨薪，几十人围殴了前来劝阻的车间经理。", "violence"),
    ],
)
def test_force_told_in_plain_words(text: str, code: str) -> None:
    assert code in responses_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # a working group set up, an office's own notice, the party committee, a hotline's reply
        ("上百名工人在工地讨薪，当天区里成立了联合工作组。", "government_intervention"),
        ("【情况通报】近日我区部分教师聚集反映绩效问题，我局已介入核查"
         "。", "government_intervention"),
        ("有网友在留言板反映镇卫生院欠薪，区委核查后回复称情况属实。", "government_intervention"),
        ("两百多名骑手在站点门口讨薪，市民服务热线就此给予回复，称欠款"
         "已经结清。", "government_intervention"),
        ("两百多名工人罢工要求加薪，下午镇政府的人都进来了。", "government_intervention"),
        ("A courier protested outside a depot in Suzhou; the county government formed a special t"
         "eam to look into it.", "government_intervention"),
        ("About 40 builders got their back pay within a week after the coordination of local auth"
         "orities.", "government_intervention"),
        ("Hundreds of retired drillers with silicosis held a sit-in outside the provincial office"
         "s for compensation; the authorities were offering 20,000 yua"
         "n each.", "government_intervention"),
        # the union brought in
        ("Staff have picketed the mill since March over redundancy terms; the labour bureau and t"
         "he county trade union were brought in.", "union_intervention"),
        ("Some 500 workers struck over severance, and the city union was called in.",
         "union_intervention"),
        ("Staff at a closing plant staged a sit-in; the district union was brought in on Monday.",
         "union_intervention"),
    ],
)
def test_offices_told_in_plain_words(text: str, code: str) -> None:
    assert code in responses_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: guards drag a worker onto an e-bike, a working group asked for, the police
        # among offices gone round, a hotline that never replied
        ("一名工人被三个保安拖上三轮车打了一顿，车间里几百人停工抗议。", "detention"),
        ("两百多名工人在厂门口讨薪，要求市里成立工作组。", "government_intervention"),
        ("求助！我哥在矿上受了伤，药费花了八万多，老板不给赔，劳动局、信访局、公安局我们都找过了"
         "，谁也不管。", "police"),
        ("上百名工人讨薪，打了好几次市长热线，一直没回复。", "government_intervention"),
        ("上百名工人讨薪三个月没结果，街道、劳动监察、公安我们都去过了。", "police"),
        ("两百多名工人堵在项目部讨薪，说人社局、公安、住建局大家都跑遍了。", "police"),
    ],
)
def test_responses_none_of_these(text: str, code: str) -> None:
    assert code not in responses_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # a compensation named by the job's end is severance, though someone was hurt beside it
        ("两百多名工人罢工反对工厂搬迁，与保安推撞中有工人受伤，厂方最后答应给搬迁补"
         "偿。", "severance"),
        ("上百名员工停工，一名工友上个月被机器压伤，公司只肯给裁员补偿。", "severance"),
        ("A worker was crushed by a machine last month; now 300 staff are striking for relocation"
         " compensation as the plant moves.", "severance"),
        # a term just before a closing quote
        ("Hundreds of workers held up signs demanding 'proper compensation' on the second day of "
         "their strike.", "severance"),
        ("Some 300 staff marched with placards reading 'no more overtime' outsi"
         "de the plant.", "hours_overtime"),
        ("Drivers struck on Monday, chanting 'pay our wage arrears' at the depot "
         "gate.", "wage_arrears"),
        # a cut named by the pay it cuts
        ("More than 1,000 workers walked off the job over a roster change cutting holiday "
         "pay.", "pay"),
        ("About 400 nurses protested after the hospital began cutting their weekend pay.", "pay"),
        ("Some 200 drivers struck after the depot cut basic wages by a fifth.", "pay"),
    ],
)
def test_demands_read_from_their_qualifier(text: str, code: str) -> None:
    assert code in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: a compensation for the injury itself, an apostrophe inside a word
        ("两百多名工人今天罢工，一名工友上周被机器压伤，大家要求厂方赔偿他的医药费。", "severance"),
        ("Workers at the plant's canteen struck over the manager's rudeness, not over compensatio"
         "n's size.",
         "hours_overtime"),
    ],
)
def test_demands_qualifier_near_misses(text: str, code: str) -> None:
    assert code not in demands_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # an office's people or leaders come, two offices come together
        ("上百名工人在厂门口讨薪，下午林业局的人出来收了名单。", "government_intervention"),
        ("五百多名工人围了工地讨薪，傍晚信访办和城管都来了。", "government_intervention"),
        ("两千多名工人今天全部停机，傍晚区里的干部到了，让大家先回去等"
         "消息。", "government_intervention"),
        # the employer's offer of compensation
        ("两百多名工人停工一周反对搬厂，老板最后提出按每年一个月工资补偿。", "negotiation"),
        ("三百多名员工罢工，厂方昨天提出了新的赔偿方案。", "negotiation"),
        ("四百多名工人停工，公司今天提出按工龄补偿的方案。", "negotiation"),
        # "took away" people
        ("Hundreds of workers stood at the gate all morning until police arrived and took away th"
         "ree workers.", "detention"),
        ("Riot police moved in on the strikers and took away several of them.", "detention"),
        ("Officers broke up the sit-in at the depot and took away a dozen drivers.", "detention"),
    ],
)
def test_responses_told_by_who_came(text: str, code: str) -> None:
    assert code in responses_of(text)


@pytest.mark.parametrize(
    "text, code",
    [
        # a meeting an office called is the office's act, not talks with the employer
        ("一百多名尘肺病工人在省政府门前静坐，下午省政府召集工人代表开"
         "会。", "government_intervention"),
        ("两百多名司机停运，区交通局约见司机代表座谈。", "government_intervention"),
        ("上百名教师罢课，县长约见教师代表座谈。", "government_intervention"),
    ],
)
def test_meeting_called_by_an_office(text: str, code: str) -> None:
    found = responses_of(text)
    assert code in found and "negotiation" not in found


@pytest.mark.parametrize(
    "text, code",
    [
        # near-misses: the employer's meeting is talks, workers' demands are not an offer
        ("两百多名工人罢工，厂长召集工人代表开会谈加薪。", "government_intervention"),
        ("三百多名工人停工，工人提出两个月工资的补偿要求，公司不理。", "negotiation"),
        ("Police came and took away the banners the workers had hung on the gate.", "detention"),
    ],
)
def test_responses_by_who_came_near_misses(text: str, code: str) -> None:
    assert code not in responses_of(text)


@pytest.mark.parametrize(
    "text, code, field",
    [
        # near-misses of the rules above: goods carted out, a dawn gathering, "maternity" as a
        # claim, hours as a claim, insults hurled at managers, the union asked for, the police come
        ("两百多名工人讨薪，说老板往外拉货时被大家拦下了。", "relocation_closure", "absent"),
        ("清晨五点大家就到厂门口集合，三百多名工人一起讨薪。", "hours_overtime", "absent"),
        ("Hundreds of nurses struck after the hospital sacked a colleague for asking for maternit"
         "y protection.", "discrimination", "present"),
        ("三百多名工人罢工，说每天工时超过十二个小时。", "hours_overtime", "present"),
        ("About 300 workers struck on Monday and hurled insults at managers"
         " at the gate.", "violence", "absent"),
        ("Some 400 workers struck over severance and demanded that the union be brought in.",
         "union_intervention", "absent"),
        ("上百名工人堵路讨薪，公安也来了人，我们都跑过好几趟了。", "police", "present"),
    ],
)
def test_near_misses_of_plain_words(text: str, code: str, field: str) -> None:
    found = demands_of(text) + responses_of(text)
    assert (code in found) == (field == "present")
