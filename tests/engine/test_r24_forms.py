"""Round 24: forms and responses told in plain words (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.engine.reading import record

# a crowd of workers gone to the employer's own offices, its claim told or not
WENT = [
    "恒达电子要搬厂，补偿一分没有，今天三百多个员工去了厂办，要老板出来说清楚。",
    "启航教育突然关门，两个月工资没发，今天二十几个老师去了公司总部，前台都搬空了。",
    "青松机械厂要改制，买断一年只算九百块，今天上午两百多人去厂部，说方案太不公道。",
    "市第三医院的护工今天上午集体到院办门口讨要绩效，从五月起就没发过。",
    "盛達建築欠了半年工錢，今天六十多個工友去項目部，說不給錢就不走。",
]
# the visit only weighed, or asked about: no protest
NOT_WENT = [
    "光华培训学校拖了两个月工资，老师们在商量要不要去总部讨个说法。",
    "青松机械厂要改制，买断一年只算九百块，大家打算明天去厂部问问，有用吗？",
    "听说南岭水泥厂的工资又拖了，会不会有人去厂部问问？",
]
# the work refused together, or a "rest" taken together in quotes
REFUSED = [
    "东湖会所的二十多个服务员今天集体不出场，都在会所门口站着。新来的经理定了一堆罚款规矩，迟到罚三百，上个月有人工资被扣得只剩几百。",
    "仁和诊所的十几个医生今天集体不出诊，三个月工资一分没发，都在诊所门口站着。",
    "福满楼的三十多个厨师和服务员今天集体不营业，老板拖了两个月工资，大家在店门口等说法。",
    "恒远物流分拨中心一百多号人今天集体“休息”了一天，工资拖了一个半月没发，大家在仓库门口站着等老板给说法。",
]
NOT_REFUSED = [
    "恒远物流分拨中心一百多号人今天在仓库门口等老板给说法，工资拖了一个半月没发，中午集体休息半小时。",
    "丰源客运的司机说，公司要是再扣提成，就集体不出车了，这个月工资还欠着。",
]
# a service stopped, its drivers named after it, and a sit-in found besides
SERVICE_STOPPED = [
    "南川公交今天全城停运！司机五个月没发工资。大家都坐在公交公司门口，要个活路。",
    "溪口客运今天所有班车停运！驾驶员半年没拿到工资，几十个人都坐在客运站大厅里不走。",
    "临江的出租车今天全部停运！的哥们说份子钱又涨了，大家都坐在出租车公司门口。",
]
# the employer's side taking the claim up the line: talks begun
REFERRED = [
    "青禾热电厂五十多个派遣工今天聚在厂办楼下，要求直接跟电厂签合同。厂领导说要请示上级。",
    "明辉电子的一百多个工人在行政楼前站了一上午，要补缴社保。人事部表示会向总部请示。",
    "宏图纸业三十多个工人今天停工，要求把计件单价恢复原价，厂方说要请示董事会。",
]
NOT_REFERRED = [
    "青禾热电厂五十多个派遣工今天聚在厂办楼下，要求直接跟电厂签合同。厂领导说不用请示，不签就是不签，大家也不走。",
]
# a township's labour station gone to by a crowd: a petition
STATION = [
    "我们四十来号人五月的工资拖到现在，今天下午大家一起去了镇劳动所，站了一下午。",
    "服装厂老板欠了三个月工资，今天三十多个工友一起去了街道劳动站，说不给就不回去。",
    "沙河镇一家鞋厂拖欠工资，今天五十多名工人到镇劳动所门口讨薪。",
]
NOT_STATION = [
    "我们四十来号人五月的工资拖到现在，听说劳动所的人明天来厂里登记。",
]

# sat at the employer's own ground or offices
SAT = [
    "宝利电子今天几百人罢工，厂要搬去越南，补偿只给一半。大家都没进车间，在厂区空地坐着，天黑了还没散。",
    "渝黔高速三标的工友们今天又去项目部坐着了，四个多月工资没结。",
    "永丰煤矿拖了半年工资，今天一百多个矿工去了矿部坐着，要矿长出来给个说法。",
]
NOT_SAT = [
    "宏达机械两个月没发工资，老板在办公室坐着不出来，工人都在车间里干活。",
    "永丰煤矿拖了半年工资，今天一百多个矿工在矿部门口站着，有人去厂部坐着喝茶等消息。",
]


@pytest.mark.parametrize("text", SAT)
def test_sat_at_the_employers_ground_is_a_sit_in(text: str) -> None:
    r = record(text)
    assert "sit_in" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", NOT_SAT)
def test_boss_in_his_room_or_sitting_idle_is_no_sit_in(text: str) -> None:
    r = record(text)
    assert "sit_in" not in (r["forms"] or []), r["forms"]


@pytest.mark.parametrize("text", WENT)
def test_crowd_gone_to_the_employers_offices_protests(text: str) -> None:
    r = record(text)
    assert r["kind"] == "collective_action", text
    assert "protest" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", NOT_WENT)
def test_a_visit_only_weighed_is_no_protest(text: str) -> None:
    r = record(text)
    assert "protest" not in (r["forms"] or []), r["forms"]


@pytest.mark.parametrize("text", REFUSED)
def test_work_refused_together_is_a_strike(text: str) -> None:
    r = record(text)
    assert r["kind"] == "collective_action", text
    assert "strike" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", NOT_REFUSED)
def test_a_rest_or_a_threat_is_no_strike(text: str) -> None:
    r = record(text)
    assert "strike" not in (r["forms"] or []), r["forms"]


@pytest.mark.parametrize("text", SERVICE_STOPPED)
def test_a_service_stopped_beside_a_sit_in_is_a_strike(text: str) -> None:
    r = record(text)
    assert "strike" in r["forms"] and "sit_in" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", REFERRED)
def test_claim_taken_up_the_line_is_negotiation(text: str) -> None:
    r = record(text)
    assert "negotiation" in r["responses"], r["responses"]


@pytest.mark.parametrize("text", NOT_REFERRED)
def test_no_referral_no_negotiation(text: str) -> None:
    r = record(text)
    assert "negotiation" not in (r["responses"] or []), r["responses"]


@pytest.mark.parametrize("text", STATION)
def test_labour_station_gone_to_is_a_petition(text: str) -> None:
    r = record(text)
    assert "petition" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", NOT_STATION)
def test_labour_station_coming_is_no_petition(text: str) -> None:
    r = record(text)
    assert "petition" not in (r["forms"] or []), r["forms"]
