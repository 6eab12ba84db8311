"""Forms of action read from more ways of telling (round 15): a plant held so its machines stay,
a vigil kept day and night, a crowd walking to an office or pressing its claim there, a crowd
at a gate, a road blocked in English, a stoppage told plainly in a post already read as an
action; and what is none: a site halted, "March" the month, a plant stormed by the police, the
door of a subdistrict office sat at, things smashed in a strike, workers sitting idle.
Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed


def _forms(text: str) -> list[str]:
    return listed(text, "forms")


# -- a plant held so that its machines stay: a sit-in ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "江门一家灯饰厂三百多名工人今天罢工，大家轮流待在车间里，不让老板把机床运出去。",
        "厂方要把设备运去江西，两百多名女工罢工，阻止厂方搬走设备和模具，要求支付经济补偿。",
        "Some 500 workers at a shoe factory in Putian went on strike and prevented the company "
        "from trucking its equipment away, demanding severance.",
        "About 300 workers at a toy plant in Heyuan went on strike and kept watch at the loading "
        "bay so that no equipment could leave before they are paid compensation.",
    ],
)
def test_a_plant_held_for_its_machines_is_a_sit_in(text: str) -> None:
    forms = _forms(text)
    assert "sit_in" in forms and "protest" not in forms, text


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the gate blockaded first stays a protest
        "惠州一家五金厂两百多名工人罢工，轮班堵住大门，不让老板把机器拉走，要求补偿。",
    ],
)
def test_a_gate_blockaded_before_the_machines_stays_a_protest(text: str) -> None:
    assert "protest" in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "昆山一家电子厂四百多名工人罢工第五天，大家轮着白天黑夜守在仓库门口，要求补缴社保。",
        "南通一家纺织厂的四百多名员工连着三天昼夜守在厂区大门，要求老板结清拖欠的工资。",
        "Several hundred teachers in a county of Hubei stopped teaching on Monday and sat on the "
        "stairs of the education bureau, demanding their unpaid performance pay.",
        "Around 150 cleaners walked out and were sitting on the pavement outside the labour "
        "bureau each day to demand their back pay.",
    ],
)
def test_a_vigil_and_a_sit_told_in_english_are_a_sit_in(text: str) -> None:
    assert "sit_in" in _forms(text)


# -- a crowd walking to an office, or pressing its claim there ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "宜春一家陶瓷厂的两百多名工人今天结伴走到了区政府，要求补发三个月工资。",
        "傍晚有两三百名讨薪的工人排成长队往区政府方向走，交警在路口疏导。",
        "More than 400 miners who have not been paid since spring walked from the pit head to the "
        "county government on Friday.",
    ],
)
def test_a_crowd_walking_to_an_office_is_a_march(text: str) -> None:
    assert "march" in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: a walk only meant
        "兰溪一家电机厂三百多名工人今天停工，大家说明天要走去市政府讨工资。",
    ],
)
def test_a_walk_only_meant_is_no_march(text: str) -> None:
    assert "march" not in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "五十多名砖厂工人今天在市人社局讨工钱，老板欠了他们大半年。",
        "六十多名被欠薪的木工上午在区住建局讨说法，工头已经失联半个月。",
        "三十多名环卫工一早在镇政府反映外包公司三个月没发钱的事。",
    ],
)
def test_a_claim_pressed_at_an_office_is_a_petition(text: str) -> None:
    assert "petition" in _forms(text)


# -- a crowd at a gate, a gate blocked, a road blocked in English ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "纸箱厂今天早上大门口挤了四五百个工人，都是为了补缴社保的事。",
        "昨天下午一百多名分拣工聚到仓库门前，要求发放拖欠的两个月工资。",
        "印刷厂三百多名工人把公司大门给堵上了，要老板先发工资。",
        "Workers at a furniture maker in Foshan were on strike for a second day, blocking the "
        "factory gates over unpaid wages.",
        "About 200 drivers were outside the depot gates on Sunday night, asking for two months "
        "of unpaid wages.",
    ],
)
def test_a_crowd_at_a_gate_is_a_protest(text: str) -> None:
    assert "protest" in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the police at the gate
        "Workers at a lens factory in Suzhou have been on strike since Monday over severance. "
        "Police were at the gate this morning.",
    ],
)
def test_the_police_at_the_gate_is_no_protest(text: str) -> None:
    assert "protest" not in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday some 800 workers at a garment plant "
        "in Jieyang blocked a busy provincial highway "
        "to demand months of unpaid wages.",
        "Hundreds of laid-off miners blocked the ring road around the port on Monday, demanding "
        "severance.",
        "Drivers owed freight fees blocked two bridges in Linyi on Thursday morning.",
    ],
)
def test_a_road_blocked_in_english_is_a_blockade(text: str) -> None:
    assert "road_blockade" in _forms(text)


# -- a stoppage told plainly, in a post already read as an action --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "乌鲁木齐的的哥今天都歇了，三百多个司机把车开到公司门口拉横幅，说份子钱又涨了。",
        "那家做汽车座椅的工厂今天也停了，厂门口站了好几百人，就为了社保按最低档交的事。",
        "冲压车间两百多人这几天都在磨洋工，一天的活三天干，还在车间门口拉起横幅，要求恢复年终奖。",
    ],
)
def test_a_stoppage_told_plainly_is_a_strike(text: str) -> None:
    assert "strike" in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: a thing claimed stopped
        "食品厂八十多名工人今天在厂门口拉横幅，说工资半年没发，社保也停了。",
    ],
)
def test_insurance_stopped_is_no_strike(text: str) -> None:
    assert "strike" not in _forms(text)


# -- what is none ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老板的资金链断了，厂子停工，四百多名员工半年没拿到工资。昨天员工们一起跑到镇政府讨说法。",
        "这个楼盘的工地去年秋天停工后，三百多名农民工的工钱就没人管了，今天大家去了区政府。",
        "事故后工程停工三个月，复工后工资一直没发，上周五十多名工人到住建局反映。",
    ],
)
def test_a_site_halted_is_no_strike(text: str) -> None:
    assert "strike" not in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the workers stopped
        "资金链断了，两百多名员工停工讨薪，今天还在厂门口。",
    ],
)
def test_workers_who_stop_still_strike(text: str) -> None:
    assert "strike" in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of new hires protested at the plant overnight after their bonuses were put back "
        "to March.",
        "Teachers gathered outside the county government on Monday, saying pay owed before March "
        "had still not arrived.",
        "About 200 workers protested at the gate on Friday: the company had said wages would be "
        "settled after March but nothing came.",
    ],
)
def test_march_the_month_is_no_march(text: str) -> None:
    assert "march" not in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of riot police stormed a garment plant "
        "in Shenzhen on Friday to end a strike over "
        "unpaid social insurance.",
        "Riot police stormed the dormitories of a striking electronics plant in Suzhou at dawn, "
        "workers said.",
        "On Monday police stormed the factory where some "
        "600 workers had been on strike for a week.",
    ],
)
def test_a_plant_stormed_by_the_police_is_no_protest(text: str) -> None:
    assert "protest" not in _forms(text)


@pytest.mark.parametrize(
    "text",
    [
        "城关镇一百多名清洁工停工后坐在街道办门口，要外包公司补发工资。",
        "八十多名保洁员停工后，坐在街道办门口的台阶上，要求新来的物业公司全员接收。",
        "环卫阿姨们今天罢扫，六十多个人坐在街道办门口，说三个月工资没发。",
    ],
)
def test_a_subdistrict_door_sat_at_is_no_petition(text: str) -> None:
    forms = _forms(text)
    assert "sit_in" in forms and "petition" not in forms, text


@pytest.mark.parametrize(
    "text",
    [
        "The city's taxi drivers stayed off the roads for "
        "a second day; a few cabs that kept working "
        "had their windows smashed.",
        "罢驾的第二天，几辆照常拉客的出租车被罢驾司机打砸，全市四千多辆车都停在路边。",
        "Bus drivers stopped work over unpaid wages; some smashed the windows of buses that kept "
        "running.",
    ],
)
def test_things_smashed_in_a_strike_are_part_of_it(text: str) -> None:
    forms = _forms(text)
    assert "strike" in forms and "protest" not in forms, text


@pytest.mark.parametrize(
    "text",
    [
        "裕丰鞋厂的罢工进入第三天，几千名工人打卡后不上线，不少人在厂区里坐着聊天。",
        "二百多个工人今天一个都没进车间，就在厂门口坐着打牌，抗议周日上班不算加班。",
        "电子厂的停工还在继续，工人们在车间里坐着玩手机，等老板答复社保的事。",
    ],
)
def test_sitting_idle_in_a_stoppage_is_no_sit_in(text: str) -> None:
    assert "sit_in" not in _forms(text)


@pytest.mark.parametrize(
    "text, form",
    [
        ("玩具厂一千多名工人罢工、占厂已经二十天，要求搬迁补偿。", "sit_in"),
        ("欠薪三个月，四十多名农民工穿着孝服来到项目部，说包工头跑了。", "protest"),
        ("几千名工人砸毁了门卫室和两辆车，起因是保安打伤了一名女工。", "protest"),
    ],
)
def test_an_occupation_mourning_dress_and_a_riot_are_read(text: str, form: str) -> None:
    assert form in _forms(text)
