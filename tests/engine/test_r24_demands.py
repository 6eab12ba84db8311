"""Round 24: demands told in the words people use, and words that tell none (made-up sentences).

Read as a claim: app cars or black cabs taking the taxis' fares (other), a worker the firm says
was brought in by a gang boss or runs a business of his own (employment relationship), pay docked
for a cause or a charge (fines and management), wages not received (未领到…工资) and an owner who
fled leaving the wages behind (wage arrears).
Read as none: 工伤 only named in an accident's report (【某地工伤】, 做了工伤鉴定, 这不算工伤吗),
and overtime worked short of its pay as a practice (加班费未足额发放, "without paying overtime"),
which is a claim on the hours and their pay, no wages owed.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record

# each code, and sentences the round's rules read as a claim of it
TOLD = {
    "other": [  # app cars taking the fares
        "今天宜昌的出租车全停了，的哥们说满街专车抢单，一天跑下来挣不到一百块。",
        "荆州三百多辆出租车今天停在市政府门口，司机们抗议网约车乱拉客，交通局不管。",
        "Hundreds of cabbies in Yantai parked outside the transport bureau on Tuesday, angry at "
        "ride-hailing apps stealing their passengers.",
    ],
    "employment_relationship": [  # disowned: brought in by a gang boss, or self-employed
        "我在鄂州的工地上从架子上摔下来断了腿，公司不给报工伤，说我是包工头找来的人，跟他们没关系。求帮忙！",
        "送快递摔断了胳膊，公司说我是“个体工商户”不归他们管，医药费全是自己掏的，求大家帮帮我。",
        "My brother lost two fingers at a press in Foshan last month; the factory says he was "
        "hired by a labour contractor and refuses to pay his medical bills. Please help.",
    ],
    "fines_management": [  # pay docked for a cause or a charge
        "石狮一家鞋厂两百多名工人今天停工，说老板定的规矩请假扣两百，每天要干十二个小时。",
        "惠州一家电子厂一百多名工人今天在厂门口聚集，厂里说试用期没过就不发最后一个月工资，还要扣他们工服钱。",
        "两百多辆货车今天堵在钢厂门口不拉了，运价一降再降，还要扣什么磅差。",
    ],
    "wage_arrears": [  # wages not received; the owner fled
        "抚远一家木材加工厂停产，一百多名工人未领到十月至十二月的工资，今天到市人社局反映。",
        "南海一家灯具厂老板跑了，两百多个工人今天围在镇政府门口，三个月工资加起来一百多万。",
        "More than 300 workers of a shoe factory in Jinjiang marched to the town offices on Monday "
        "after the plant shut and its owners fled.",
    ],
}
POSITIVE = [(text, code) for code, texts in TOLD.items() for text in texts]


@pytest.mark.parametrize(("text", "code"), POSITIVE)
def test_demand_told_in_plain_words(text: str, code: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert code in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(("text", "code"), [
    # the subsidies, not the app cars, took the fares: the writer's claim is pay
    ("兰溪上百辆出租车今天停在路边，师傅们说网约车补贴把生意抢光了，份子钱一分不降。", "other"),
    # an outlet named a franchise, not the worker
    ("我是圆通快递一个网点的快递员，网点老板跑路了，欠我们两个月工资，总部说网点是加盟的，让我们自己找老板。",
     "employment_relationship"),
    # a passenger late for work
    ("今天早上公交司机集体停驶，说工资少了一大截，理解归理解，上班迟到扣的钱谁给我补。",
     "fines_management"),
    # the boss fled from an injury's claim: no wages owed
    ("我老公在小煤窑打风钻十年，查出尘肺病三期，现在煤窑关了、老板失联，没法做工伤认定，求帮忙。",
     "wage_arrears"),
    # the boss came back
    ("前天说老板跑了又回来了，今天厂里照常开工，工人们在食堂开会。", "wage_arrears"),
])
def test_near_misses_left_alone(text: str, code: str) -> None:
    r = record(text)
    assert code not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize("text", [
    "【昆山工伤】昨天晚上，昆山一家五金厂的冲压车间里，一名工人左手被冲床压伤，三根手指骨折。",
    "昨天下午，常州武进区一家机械厂发生事故，一名工人右手被卷进机器，三根手指被绞断，他后来自己去做了工伤鉴定。",
    "郑州一名环卫工中暑倒下，送医后不治，车间那么热连空调都没有，这都不算工伤？",
])
def test_work_injury_only_named_is_no_claim(text: str) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert "injury_compensation" not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize("text", [
    "无锡一家纺织厂工人右手被卷进梳棉机，三根手指骨折，厂方拒绝为他申报工伤。",
    "昨天上午，太原小店区一家机械厂发生事故，一名工人被吊件砸伤腿部，家属要求厂方承担医疗费和工伤赔偿。",
    "An explosion at a chemical plant in Ningbo's Beilun district injured four workers on "
    "Monday; their families say the firm has refused to pay any compensation.",
])
def test_work_injury_claimed_stays(text: str) -> None:
    r = record(text)
    assert r["kind"] == "workplace_accident", (text, r["kind"])
    assert "injury_compensation" in r["demands"], (text, r["demands"])


@pytest.mark.parametrize("text", [
    "宜宾一家电子厂约两千名员工本周停工，称周末无法休息、加班费未足额发放。",
    "Hundreds of supermarket staff in Xi'an signed a letter against a new scheme that lets "
    "managers schedule long shifts without paying overtime.",
    "About 300 designers at a games studio in Chengdu stopped work on Monday, saying they work "
    "9am to 11pm and overtime is 'voluntary' but unpaid.",
])
def test_overtime_short_of_its_pay_is_no_arrears(text: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert "wage_arrears" not in r["demands"], (text, r["demands"])
    assert r["demands"], text


@pytest.mark.parametrize("text", [
    "龙华一家电子厂几千人今天罢工堵路，加班费拖着不发，说好的加薪也没影。",
    "两百多工人今天在厂门口聚集，说上个月的加班费至今仍被拖欠。",
    "About 500 workers struck at a Shenzhen plant on Sunday: they want back pay for the unpaid "
    "overtime of the last two years.",
])
def test_overtime_pay_held_back_is_still_arrears(text: str) -> None:
    assert "wage_arrears" in record(text)["demands"], text


@pytest.mark.parametrize("text", [
    "长沙一家鞋厂又罢工了！去年闹的是社保，今年是老板要把厂搬去湖北，不愿意去的一分补偿没有。今天三百多人停工堵在厂门口。",
    "今天晋江这家服装厂两百多人停工了，计件单价降了两成。三年前为社保闹过一次，没想到又来。",
    "这个月12号，佛山这家电器厂六百多名工人在厂门口拉起横幅，抗议取消高温补贴。2016年那次，上千人为了社保停了两天工，"
    "最后公司补缴了一部分。",
])
def test_an_earlier_actions_grievance_is_background(text: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert "social_insurance" not in r["demands"], (text, r["demands"])
    assert r["demands"], text


@pytest.mark.parametrize("text", [
    # the grievance is still the claim now
    "去年这家厂的工人为社保罢工过一次，今年社保还是没交，今天又有两百多人停工。",
    # the post only recalls the action
    "一年前的今天，昆山一家电子厂数百名员工为了社保停工维权，最后公司补缴了。",
])
def test_a_grievance_still_claimed_stays(text: str) -> None:
    assert "social_insurance" in record(text)["demands"], text


@pytest.mark.parametrize("text", [
    "南宁一家民营医院几十名医护今天聚集在院长办公室外讨薪，院方说受医保结算延迟影响，资金周转困难。",
    "衡阳一家医院五十多名护士今天集体到院办门口讨薪，从三月起工资一分没发，院长说医保款没回来。",
    "县医院部分临聘人员今天在院内聚集，院方称因医保资金拨付滞后，拖欠了两个月工资。",
])
def test_a_hospitals_insurance_money_is_no_claim(text: str) -> None:
    r = record(text)
    assert "wage_arrears" in r["demands"], (text, r["demands"])
    assert "social_insurance" not in r["demands"], (text, r["demands"])


def test_the_workers_medical_insurance_is_still_claimed() -> None:
    r = record("成都一家医院三十多名护士今天聚在门口，医院一直没给她们交医保和社保。")
    assert "social_insurance" in r["demands"], r["demands"]
