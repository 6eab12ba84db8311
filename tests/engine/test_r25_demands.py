"""Round 25: demands told in everyday wording (made-up sentences).

The round's rules read: a heating fee owed beside a pension, or with no wage named (other); a
pension docked, which is no pay claim; riders barred from riding into a compound (working
conditions); wages pursued with the months between the verb and the word, and English wages
told late (arrears); one day off in many (hours); pay not risen, and English pay being cut (pay).
Round 26 adds: wages with no word of when they come (没个准话, 不给个说法: arrears), and a firm
gone under with a word between (厂子直接倒了, "after the company collapsed": closure).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record

# each code, and sentences the round's rules read as a claim of it
TOLD = {
    "other": [  # a heating fee owed
        "双鸭山五百多名退休老职工今天上街，退休金被扣，去年的取暖费到现在都没给。",
        "佳木斯上千名退休工人聚集在集团门口，抗议拖欠养老金和取暖费。",
        "In Jixi some 2,000 retired workers marched on Tuesday over pension cuts and unpaid "
        "heating fees.",
    ],
    "working_conditions": [  # riders barred from riding into a compound
        "杭州滨江一个小区物业不准外卖员骑电动车进去，三百多名骑手今晚围在大门口抗议。",
        "成都高新区两百多名骑手今晚堵住小区大门，抗议物业禁止骑车穿行，只能推着车走。",
        "Over 150 delivery riders gathered outside a Wuxi housing estate on Friday after the "
        "management company barred e-bikes from riding through the complex.",
    ],
    "wage_arrears": [  # wages pursued with the months between; wages late
        "数百名工人在厂门口聚集，追讨去年十二月至今年三月的工资。",
        "五十多名装修工人今天在售楼处门口聚集拉横幅，讨要拖欠了三年多的工钱。",
        "More than 200 sanitation workers in Lanzhou stopped work on Monday because their wages "
        "are late.",
        "Some 300 bus drivers went on strike on Wednesday, saying their wages were delayed for two "
        "months.",
        # wages with no word of when they come
        "南宁几百名环卫工人今天集体罢工，在区政府门口聚集，工资到现在还是没个准话。",
        "芜湖一家电子厂三百多个工人今天堵在厂门口，两个月工资不给个说法谁也不走。",
        "佛山一間傢俬廠兩百多名工人今日罷工，三個月工資到現在都沒個準話。",
    ],
    "hours_overtime": [  # one day off in many
        "糖厂一千多名工人今天罢工，说活多了一倍，干二十天只能歇一天。",
        "冷库三百多名搬运工今天集体停工，抗议连着干二十五天只能休一天。",
        "電子廠數百名工人罷工，抗議工作12天才能休息1天。",
    ],
    "pay": [  # pay not risen; English pay being cut
        "上千名员工罢工，抗议工作量加倍而工资未涨。",
        "啤酒廠數百名工人今天停工，不滿三年來工資未漲。",
        "Hundreds of bus drivers in Nanning struck on Monday after the operator began cutting "
        "monthly pay by 800 yuan.",
    ],
    "relocation_closure": [  # a firm gone under with a word between
        "嘉兴这边一家鞋厂，过完年大家刚回来，厂子直接倒了，三百多人堵在门口要工资。",
        "我们几百个工友今天在镇政府门口坐着，公司突然倒了，工资一分没结。",
        "About 400 workers at a Jiangmen furniture maker blocked a road on Tuesday, demanding "
        "three months of unpaid wages after the company collapsed.",
    ],
}
POSITIVE = [(text, code) for code, texts in TOLD.items() for text in texts]


@pytest.mark.parametrize(("text", "code"), POSITIVE)
def test_demand_told_in_everyday_words(text: str, code: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert code in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(("text", "code"), [
    # a heating fee beside wages owed goes with them
    ("两千多名矿工今天罢工，四个月工资没发，取暖费也一直拖着不给。", "other"),
    # a heating fee charged to tenants, none owed
    ("两百多名商户今天在市政府门口聚集，抗议取暖费翻倍。", "other"),
    # a ban on smoking, not on riding
    ("工厂三百多名工人今天罢工，说车间禁止吸烟，工资也三个月没发。", "working_conditions"),
    # a raise asked for, not wages pursued
    ("两百多名工人今天停工，索要提高工资的书面承诺。", "wage_arrears"),
    # "late" of the hour, not of the wages
    ("Some 300 workers struck late on Monday over a cut in their piece rates.", "wage_arrears"),
    # pay cut, no days off named
    ("纺织厂两百多工人今天停工，抗议老板把工资砍了三成。", "hours_overtime"),
    # a raise with no word, no wages owed
    ("三百多名工人今天停工，涨工资的事厂里一直没个准话。", "wage_arrears"),
    # a plant's building fell: an accident, no closure
    ("昨天下午暴雨，一家鞋厂的厂房突然倒了，两名工人被压伤送医。", "relocation_closure"),
    # a doubting question, the firm still there
    ("几百号工人堵着大门要工资，这么大的企业就这么倒了？", "relocation_closure"),
    # a worker collapsed, not the firm
    ("Some 200 workers struck on Monday after a colleague collapsed on the line; they want "
     "shorter shifts.", "relocation_closure"),
])
def test_not_read_as_a_claim(text: str, code: str) -> None:
    r = record(text)
    assert code not in r["demands"], (text, r["demands"])


@pytest.mark.parametrize("text", [
    "七百多名退休职工围堵集团大门，抗议集团克扣养老金。",
    "上万名退休老矿工今天上街，养老金被克扣，医药费也报不了。",
    "三百多名退休工人今天围堵厂部，抗议退休金遭克扣。",
])
def test_pension_docked_no_pay(text: str) -> None:
    r = record(text)
    assert "pension" in r["demands"], (text, r["demands"])
    assert "pay" not in r["demands"], (text, r["demands"])


def test_wages_docked_still_pay() -> None:
    r = record("三百多名工人今天停工，抗议厂里克扣工资。")
    assert "pay" in r["demands"] or "wage_arrears" in r["demands"], r["demands"]


def test_no_wage_named_drops_arrears() -> None:
    r = record("鹤岗上万名退休工人今天上街，退休金被扣，取暖费两年没给。")
    assert "other" in r["demands"], r["demands"]
    assert "wage_arrears" not in r["demands"], r["demands"]


@pytest.mark.parametrize("text", [
    "三百多名工人今天罢工，抗议公司搬迁不给补偿。下午公司在厂里食堂召开说明会。",
    "东莞一家电子厂五百多名工人今天停工，说加班费被克扣，大家在食堂坐了一下午。",
    "四百多名员工今天停工讨要欠薪，镇劳动所的人到公司食堂开会，答应月底前发放。",
])
def test_canteen_as_a_venue(text: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert "working_conditions" not in r["demands"], (text, r["demands"])


def test_canteen_complained_of() -> None:
    r = record("两百多名工人今天罢工，抗议宿舍太挤、食堂饭菜难吃。")
    assert "working_conditions" in r["demands"], r["demands"]


@pytest.mark.parametrize("text", [
    "转发求扩散：一名老矿工干活时受过伤，认定了工伤却一分伤残补助都拿不到，家属今天到公司门口拉横幅。",
    "三十多名工人今天到厂门口聚集，抗议工伤的医药费不给报，护理补贴也没有。",
    "石料厂二十多名工人今天堵住厂门，要求给受伤的工友工伤赔偿和误工补贴。",
])
def test_injury_subsidy_no_pay(text: str) -> None:
    r = record(text)
    assert "injury_compensation" in r["demands"], (text, r["demands"])
    assert "pay" not in r["demands"], (text, r["demands"])


def test_heat_subsidy_still_pay() -> None:
    r = record("两百多名工人今天停工，抗议高温补贴被取消，还有人受了工伤没人管。")
    assert "pay" in r["demands"], r["demands"]
