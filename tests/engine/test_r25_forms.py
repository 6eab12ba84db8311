"""Round 25: forms told in plain words (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.engine.reading import record

# the gate blocked, the firm's name between the verb and the gate
GATE_NAMED = [
    "3月5日，绵阳涪城，三十多名装修工人堵住华信置业的大门，讨要拖欠了一年多的工钱。",
    "南通这边启东一家船厂的外协队两百多人今天堵了船厂大门，拖欠的工程款快半年了，工钱一分没发。",
    "衡阳蒸湘区：服装厂倒闭，约三百名工人轮流封堵大门，要求结清拖欠的三个月工资。",
    "二十多名搬运工今天堵死了恒通物流园的大门，说装卸费三个月没结，老板不见人。",
]
# the gate named with no crowd blocking it: a jam, a guard's door
NOT_GATE_NAMED = [
    "3月5日，绵阳涪城，华信置业的大门口车堵住了，几十名装修工人说工钱拖了一年多，准备明天去劳动局。",
]
# a crowd of workers walking out of its plant: a strike
WALKED_OUT = [
    "惠州一家灯饰厂两千多名工人今天上午冲出厂区，在门口的大道上拉横幅，不满厂方降低计件单价。",
    "10月8日上午，嘉兴一家织造公司四百余名职工走出公司封堵了门前的公路，抗议公司搬迁却不给补偿。",
    "东莞一家鞋厂今天一早几千人涌出厂门，把镇上的主干道堵住了，新厂规把加班费全砍了。",
]
# going home at the end of a shift, or a crowd not the plant's own
NOT_WALKED_OUT = [
    "惠州一家灯饰厂两千多名工人昨晚下班后走出厂区，才知道这个月工资又拖了，工厂已经拖欠三个月。",
    "几十名村民冲出厂区追赶来讨薪的工人，这家工厂拖欠工资已经半年。",
]
# a complaint lodged at a labour office, however the workers got there: no petition
LODGED = [
    "今年5月，李某等人到区劳动监察大队投诉，称被一家装饰公司拖欠工资二十多万元，监察大队调查后责令公司支付。",
    "车间里空气差，夏天没有高温补贴，听说已经有人去县人社局举报了，今天下午一百多个工人在办公楼前聚集要说法。",
    "去年11月，王某等人到县劳动监察部门投诉，称建筑公司拖欠工资，监察人员当天联系公司，促成双方约定付清。",
]
# a crowd gone to the labour office to press its claim: a petition still
NOT_LODGED = [
    "今天我们二十多个装卸工一起去了区人社局投诉，物流公司拖了四个月运费。",
    "今天上午，八十多名工人来到区人社局门口，要求政府出面解决拖欠半年的工资。",
]
# an office sought before, in vain or again and again: the grievance's history, no petition
SOUGHT_BEFORE = [
    "宏远家具欠我们四个月工资，找政府找了好几次，一直拖着。今天三百多人上路拦车，警察来了把人赶散了。",
    "新源鞋厂拖欠工人三个月工资，工人多次找镇政府都没有结果，今天上午数百名工人停工，把厂门口的公路堵死了。",
    "老板跑了半年，我们找区政府没人理，今天两百多个工友在厂门口拉横幅讨薪。",
]
# a crowd gone to an office today: the petition it is
NOT_SOUGHT_BEFORE = [
    "宏远家具欠我们四个月工资，今天三百多个工人一起去找区政府，在门口等了一上午。",
]

# a crowd moved into the office where it presses its claim, to stay there: a sit-in
MOVED_IN = [
    "六十多名装修工人讨薪无果，昨天卷着被子住进了装饰公司的办公室，说拿不到三个月的工钱就不走。",
    "宁乡一批搬运工因工资被拖欠半年，今天直接搬进镇政府大厅，在地上铺了纸板，要求政府出面。",
    "About 80 plasterers owed six months' wages moved into the offices of the developer on Monday, "
    "saying they would stay until paid.",
]
# a firm moving house, a worker taken to hospital: no sit-in
NOT_MOVED_IN = [
    "星河物流上个月搬进了新办公楼，可司机的运费还是拖了三个月没结。",
]

@pytest.mark.parametrize("text", GATE_NAMED)
def test_gate_blocked_with_the_firm_named_is_a_protest(text: str) -> None:
    r = record(text)
    assert r["kind"] == "collective_action", text
    assert "protest" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", NOT_GATE_NAMED)
def test_a_jam_at_the_gate_is_no_protest(text: str) -> None:
    r = record(text)
    assert "protest" not in (r["forms"] or []), r["forms"]


@pytest.mark.parametrize("text", WALKED_OUT)
def test_crowd_walking_out_of_the_plant_is_a_strike(text: str) -> None:
    r = record(text)
    assert r["kind"] == "collective_action", text
    assert "strike" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", NOT_WALKED_OUT)
def test_shift_going_home_is_no_strike(text: str) -> None:
    r = record(text)
    assert "strike" not in (r["forms"] or []), r["forms"]


@pytest.mark.parametrize("text", LODGED)
def test_complaint_at_a_labour_office_is_no_petition(text: str) -> None:
    r = record(text)
    assert "petition" not in (r["forms"] or []), r["forms"]


@pytest.mark.parametrize("text", NOT_LODGED)
def test_crowd_at_the_labour_office_petitions(text: str) -> None:
    r = record(text)
    assert "petition" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", SOUGHT_BEFORE)
def test_office_sought_in_vain_before_is_no_petition(text: str) -> None:
    r = record(text)
    assert "petition" not in (r["forms"] or []), r["forms"]


@pytest.mark.parametrize("text", NOT_SOUGHT_BEFORE)
def test_office_gone_to_today_is_a_petition(text: str) -> None:
    r = record(text)
    assert "petition" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", MOVED_IN)
def test_crowd_moved_into_the_office_sits_in(text: str) -> None:
    r = record(text)
    assert r["kind"] == "collective_action", text
    assert "sit_in" in r["forms"], r["forms"]


@pytest.mark.parametrize("text", NOT_MOVED_IN)
def test_firm_moving_house_is_no_sit_in(text: str) -> None:
    r = record(text)
    assert "sit_in" not in (r["forms"] or []), r["forms"]
