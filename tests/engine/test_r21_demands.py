"""Round 21: demands told in plain phrases (made-up sentences).

The round's rules read: a worker's account shut or deposit docked (fines and management), a
payoff below the statutory formula (只给N+0, severance), pay cut by a told share or sum and
overtime not paid at all (pay), masks withheld and dust or fumes in the shop (conditions), charges
laid on drivers by ports or operators (other), production moved elsewhere (relocation); and three
hurts that are no claim for an injury's compensation: a worker who set himself on fire, a bone
broken by a beating, a shove with the police (推撞) beside a compensation claimed; and a small
monthly subsidy the old live on, told beside a pension missing, which is no pay claim.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record

# each code, and sentences the round's rules read as a claim of it
TOLD = {
    "fines_management": [  # a worker's account shut, a deposit docked
        "骑手们今天在站点门口聚集，站点把好几个人的帐号给封了，申诉也没人理。",
        "Dozens of couriers protested outside the depot on Monday after the app deactivated "
        "their accounts without warning.",
        "五十多名网约车司机今天到公司楼下聚集，公司把他们的账号停了，还扣了每人两千块押金。",
    ],
    "severance": [  # a payoff below the statutory one, named by its formula
        "电子厂今天三百多工人停工，厂里说年底要关，只给N+0，大家不答应。",
        "纺织厂门口两百多工人拉横幅，老板要把人都裁掉，连N都不给。",
        "印刷厂一百多工人今天停工，公司说裁员不给N，只发当月工资。",
    ],
    "pay": [  # pay cut by a share or a sum; overtime worked and not paid for
        "公交司机今天集体停驶，说新办法实行后月入少了八百多。",
        "酒店员工今天集体罢工，说新方案实行后月薪减少近千元。",
        "Hundreds of couriers stopped work on Tuesday after the company cut delivery fees by a "
        "quarter.",
        "服装厂一百多名工人今天停工，每天加班到深夜却从来不付加班费。",
        "超市员工今天在门口拉横幅，说长期加班也没有加班费，店长不出面。",
        "Around 200 warehouse workers went on strike on Friday, saying they had been made to work "
        "weekends without paying overtime.",
    ],
    "working_conditions": [  # masks withheld, dust and fumes
        "家具厂两百多工人今天停工，车间粉尘大得睁不开眼，口罩也不发。",
        "铸造厂工人今天集体罢工，车间油漆味熏得人头疼，老板连手套都不给。",
        "纺织厂两百多工人今天停工，车间灰尘很大，厂里口罩都没发过。",
    ],
    "other": [  # charges laid on drivers
        "两百多名货车司机今天在码头停运，抗议码头收费太高，附加费一项接一项。",
        "Hundreds of truck drivers blocked the port gates on Thursday, demanding the removal of "
        "extra fees imposed by terminal operators.",
        "三百多辆中巴今天罢运，司机抗议客运公司收费过高。",
    ],
    "relocation_closure": [  # production moved elsewhere
        "Around 500 workers at an electronics plant went on strike on Monday after learning "
        "production was being moved to Vietnam.",
        "Some 300 workers at the shoe factory walked out on Tuesday, demanding compensation for "
        "the move to Anhui.",
        "About 400 workers at the plant struck after managers said the firm would merge its "
        "production into a site in Hubei.",
        "两百多工人们今天停工，老板半夜把设备往广西运，一分补偿都没有。",
    ],
}
POSITIVE = [(text, code) for code, texts in TOLD.items() for text in texts]


@pytest.mark.parametrize(("text", "code"), POSITIVE)
def test_demand_told_in_a_phrase(text: str, code: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert code in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(("text", "code"), [
    # a deposit owed back, none docked
    ("骑手们今天在站点门口聚集，要求退还入职时交的押金和拖欠的工资。", "fines_management"),
    # overtime pay owed: arrears
    ("两百多工人今天在厂门口聚集，说加班费被拖了三个月没发。", "pay"),
    # a mask factory
    ("口罩厂一百多名工人今天聚集讨要工资，说工资三个月没发了。", "working_conditions"),
    # orders moved, no plant
    ("Workers at the appliance maker struck on Monday as orders move to Vietnam and overtime "
     "dries up.", "relocation_closure"),
    # the statutory payoff asked: no charge
    ("电子厂两百多工人今天停工，要求按N+1给补偿。", "other"),
])
def test_near_misses_left_alone(text: str, code: str) -> None:
    r = record(text)
    assert code not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize("text", [
    # set himself on fire to press his claim
    "前天上午，一名快递员在网点门口往身上泼汽油点火，幸好被同事拦下送医。同事说他被网点拖欠了两个多月工资，"
    "讨了很久没结果。网点表示会先垫付治疗费。",
    "今天上午，三十多名工人在工地门口讨薪，其中一人往身上泼汽油点火，被工友拦下送医，项目部答应先付医疗费。",
    "Dozens of unpaid builders protested at the site office on Monday; one of them set himself "
    "on fire and was taken to hospital, and the contractor agreed to pay his medical bills and "
    "the wages owed.",
    # a bone broken by a beating
    "我叫老王，在工地干了五个月泥水活，老板还差我一万三千多块。上个月我拿着欠条去要，被老板叫人殴打，鼻骨骨折。求求大家帮帮我！",
    "在建筑工地干了半年的农民工老张说，包工头欠他两万多工钱，他上门讨要时遭包工头殴打，肋骨骨折，现在求助无门。",
    "我在装修队干了四个月，工头欠我九千块，去要钱的时候被他打断了手臂，骨折住院，求好心人帮忙转发！",
])
def test_hurt_that_is_no_injury_claim(text: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert "wage_arrears" in r["demands"], (text, r["demands"])
    assert "injury_compensation" not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize("text", [
    "两百多工人今天堵在厂门口，抗议工厂停产外迁，要求补偿，警察到场后与工人发生推撞。",
    "工厂宣布倒闭，三百多工人今天堵路要求赔偿，与到场民警发生推撞。",
    "公司宣布关厂，两百多员工今天在厂门口拉横幅讨要补偿，保安上前阻拦，双方发生推撞。",
])
def test_a_shove_leaves_the_compensation_a_severance(text: str) -> None:
    r = record(text)
    assert "severance" in r["demands"], (text, r["demands"])
    assert "injury_compensation" not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize("text", [
    "我在工地干活时从架子上摔下来，腿骨折了，老板不给医药费，求帮忙。",  # a fall at work: an injury
    "我在厂里干活时被机器压断了手指，老板不给医药费，也不给赔偿，求帮忙。",
])
def test_a_work_injury_still_claimed(text: str) -> None:
    assert "injury_compensation" in record(text)["demands"]


@pytest.mark.parametrize("text", [
    "三十多个老村医今天去县卫健委请愿，干了一辈子，老了没有养老金，每月就两百多块补助。",
    "上百名退休的民办教师今天到县政府门口，说至今没有养老保险，一个月只有三百块生活补助，要求解决养老问题。",
    "几十名老赤脚医生今天聚在市政府外，说没有退休金，每个月才一百五十元补贴，日子过不下去。",
])
def test_old_age_subsidy_beside_a_missing_pension_is_no_pay(text: str) -> None:
    r = record(text)
    assert "pension" in r["demands"], (text, r["demands"])
    assert "pay" not in r["demands"], (text, r["demands"])


def test_a_workers_allowance_is_still_pay() -> None:
    r = record("环卫工今天集体停工，说每月就三百块高温补贴，要求提高补贴。")
    assert "pay" in r["demands"], r["demands"]
