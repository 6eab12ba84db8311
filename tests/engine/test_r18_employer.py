"""Employers and their ownership as reports tell them, round 18: a short name ended by a trade
word, with its staff or its trouble right after; a public hospital or media centre named by its
place; a firm "called X"; the part of a group, told as such ("X - a subsidiary of Y", "X belongs
to Y"); every client in a list ("makes shoes for A, B and C"); the firm that runs a mine ("the
mine, run by X"); a day run into 公司; kinds of workplace listed; English firms by their trade
or their workers; and ownership told by a public body's name, by a foreign country's capital or
boss, by a foreign parent, by "privately held", or by the word right before the employer's name.
Every sentence is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine.firm_core import same_core
from tests.engine.reading import employer, record

# -- a short name ended by a trade word, its staff or its trouble right after ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("宏达箱包的姐妹们今天又没开工，八个月工资没见着。", "宏达箱包"),
        ("听说是华美化学出事了，整个园区都是黄烟。", "华美化学"),
        ("昨天凌晨，鑫源商贸的董事长在井口被带走了。", "鑫源商贸"),
        ("莱州顺通公交的司机今早全停了，站台上挤满了人。", "顺通公交"),
        # near-misses: a trade, not a firm; the bus ride, not a bus firm
        ("做箱包的姐妹们今天又没开工，八个月工资没见着。", None),
        ("我每天坐公交的司机都认识我了。", None),
    ],
)
def test_a_short_name_ended_by_a_trade(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- a public hospital or media centre, named by its place --------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今天一早，舞阳县妇幼保健院的护士们在门口拉起横幅讨薪。", "妇幼保健院"),
        ("博白县妇幼保健院拖欠职工十个月绩效工资。", "妇幼保健院"),
        ("苍南县融媒体中心的员工在单位门口讨要拖欠的工资。", "苍南县融媒体中心"),
    ],
)
def test_a_public_body_by_its_place(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- kinds of workplace listed are no name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("欠薪不只出在工地和工厂，苍南县融媒体中心也拖了员工半年工资。", "苍南县融媒体中心"),
        ("讨薪不只在工地和酒店，舞阳县融媒体中心的员工也上街了。", "舞阳县融媒体中心"),
        ("不光车间和工厂，博白县卫生院也欠着工资。", "博白县卫生院"),
        # near-miss: a name that holds 和 (祥和), no list
        ("祥和公司的工人今天罢工了，三个月没发工资。", "祥和公司"),
    ],
)
def test_kinds_of_workplace_listed(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- a firm "called X", the name before what it is -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("小区保洁外包给了一家叫清源的公司，工资三个月没发。", "清源"),
        ("我在一个叫做新华的厂干了三年，现在厂子关了。", "新华"),
        ("我们是有家叫鑫达的劳务公司招来的，干完活一分钱没拿到。", "鑫达"),
        # near-miss: 叫 as "make someone do", no name
        ("当初是一个叫我们去干活的公司，现在人找不到了。", None),
    ],
)
def test_a_firm_called_x(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- the part of a group, told as such; the firm that runs a mine -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kanghui in Boluo county, Huizhou - an indirect subsidiary of Hong Kong's Sunway Textiles "
         "- has told its workers it will close.", "Kanghui"),
        ("Three thousand shoemakers in Putian struck on Monday. Meixin belongs to the Baolong "
         "group, which makes shoes for Reebok.", "Meixin"),
        ("About 400 workers at Hongli walked out on Friday. Hongli, a wholly owned subsidiary of "
         "Taiwan's Jiahe Group, makes bicycles.", "Hongli"),
        ("Nine died in a blast at the Dazhu coal mine in Guizhou. The mine, run by Liupanshui "
         "Hengda, had been fined twice.", "Liupanshui Hengda"),
        ("Twelve miners were trapped at the Songling colliery on Monday. The colliery, operated by "
         "Shuicheng Jinhai, had no permit.", "Shuicheng Jinhai"),
        ("A fire broke out at the Nanxi coal mine on Sunday. The state-owned mine, managed by "
         "Pingdingshan Tianrui, halted output.", "Pingdingshan Tianrui"),
        # near-misses: "The mine" is no name; a unit of a group, unnamed
        ("Forty miners were trapped on Monday. The mine is owned by a private company, Huanan "
         "Yongfeng Coal, which had been fined twice.", "Huanan Yongfeng Coal"),
        ("Miners at the Xinfa coal mine, run by Hebei Energy's Xingtai unit, stopped work over "
         "unpaid wages.", "Xinfa coal mine"),
    ],
)
def test_a_part_of_a_group_and_the_firm_that_runs_a_mine(text: str, name: str) -> None:
    assert employer(text) == name


# -- every client in a list ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 3,000 workers at Longyu Footwear, which makes shoes for Puma, Nike and Adidas, "
         "walked out on Monday.", "Longyu Footwear"),
        ("Workers at Hengfeng Garments, which sews jackets for Gap, Zara and Uniqlo, blocked the "
         "road.", "Hengfeng Garments"),
        ("Staff at Weida Electronics, which assembles tablets for Lenovo, Dell and HP, struck.",
         "Weida Electronics"),
        # near-miss: the brand itself, named as the firm whose workers struck
        ("Nike workers in Shanghai struck on Monday over unpaid overtime.", "Nike"),
    ],
)
def test_every_client_in_a_list(text: str, name: str) -> None:
    assert employer(text) == name


# -- English firms by their trade or their workers ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a trade word ends the name (Hardware, Jewellery, Knitting)
        ("Kaiyuan Knitting closed overnight, leaving 300 workers unpaid.", "Kaiyuan Knitting"),
        ("Jiali Jewellery shut its doors on Monday and 200 workers were left with nothing.",
         "Jiali Jewellery"),
        ("Workers who went back to Xinyi Hardware on Monday to ask for their pay were beaten.",
         "Xinyi Hardware"),
        # the name, its trade, then its workers
        ("Solidarity with the Meida jewellery workers, sacked after a strike last month!", "Meida"),
        ("Support the Hengli garment workers, who have been on strike for a week!", "Hengli"),
        ("Police detained three of the Hengxiang toy workers on Friday.", "Hengxiang"),
        # a city's radio and TV bureau
        ("Dozens of staff at the Wuzhou radio & TV bureau protested over unpaid wages on Friday.",
         "Wuzhou radio & TV bureau"),
        ("Staff of the Yulin radio and TV bureau have not been paid since March, they said on "
         "Friday.", "Yulin radio and TV bureau"),
        ("Forty employees of the Qinzhou radio and television bureau staged a sit-in on Monday.",
         "Qinzhou radio and television bureau"),
        # near-miss: a place, then its bus strike
        ("Lishui bus strike enters its third day as drivers demand back pay.", None),
    ],
)
def test_english_firms_by_trade_or_workers(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- a day run into 公司 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("东莞立信制衣厂准备关厂，3月2日公司还没公告，工人就聚在厂里了。", "东莞立信制衣厂"),
        ("惠州和泰鞋厂订单少了，12月5日公司突然宣布停工放假。", "惠州和泰鞋厂"),
        ("2023年8月公司就开始拖工资，现在都没补上。", None),
        # near-miss: a firm's name that holds 日 (日升), not a day
        ("日升公司的工人今天罢工了。", "日升公司"),
    ],
)
def test_a_day_run_into_the_firm(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- ownership told by a public body's name -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("汉川市中医院的医生护士今天集体讨薪，工资已经欠了十个月。", "government"),
        ("博白县妇幼保健院的护士们今天罢工，绩效工资一年没发。", "government"),
        ("苍南县融媒体中心的员工今天在单位门口讨薪，三个月没发工资了。", "government"),
        # near-miss: a hospital with a trade name, no public kind
        ("仁和中医院的护士们今天罢工，工资三个月没发。", None),
    ],
)
def test_ownership_by_a_public_bodys_name(text: str, owner: str | None) -> None:
    rec = record(text)
    assert rec["is_incident"], text
    assert rec["ownership"] == owner


# -- ownership told by a foreign country, a foreign parent, or "privately held" ------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("意大利家电零部件企业在苏州的工厂今天罢工，年终奖被砍了一半。", "foreign_invested"),
        ("昆山新加坡资本的电子厂要搬走，几百名工人今天罢工，要求补偿。", "foreign_invested"),
        ("花都那家箱包厂今天罢工了，工资一压再压。老板是德国人，从来不露面。", "foreign_invested"),
        ("Lida Knitting in Boluo county - an indirect subsidiary of Hong Kong's Sunway Textiles - "
         "saw 500 workers strike over severance on Monday.", "foreign_invested"),
        ("A fire at a warehouse run by the privately held Huaxing Logistics killed nine workers.",
         "private"),
        ("Two hundred workers at Jintai Plastics, a privately held firm in Dongguan, struck on "
         "Monday over unpaid wages.", "private"),
        ("The privately held Tianyu Steel has not paid 600 workers since May, and they struck on "
         "Friday.", "private"),
        ("Around 800 workers at HK-owned Fuli leather goods in Qingyuan struck on Monday over "
         "unpaid wages.", "foreign_invested"),
        # near-miss: a boss of no stated nationality
        ("花都那家箱包厂今天罢工了，工资一压再压。老板是本地人，从来不露面。", "private"),
    ],
)
def test_ownership_by_country_parent_or_private(text: str, owner: str) -> None:
    rec = record(text)
    assert rec["is_incident"], text
    assert rec["ownership"] == owner


# -- the ownership word right before the employer's name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("茂名工地上百名工人罢工，矛头指向承建工程的国企——鸿达建设有限公司。该项目由德国化工集团投资。",
         "state_owned"),
        ("东莞三百多名工人罢工，讨薪对象是民营的永利建设有限公司，工地是国企开发的。", "private"),
        ("惠州工地上百名工人罢工讨薪，对象是民营的新达建设有限公司，项目是日本企业投资的。",
         "private"),
        # near-miss: no ownership word at the name; the foreign investor comes first by order
        ("茂名工地上百名工人罢工讨薪，鸿达建设有限公司五个月没发工资，"
         "项目由德国化工集团投资，属国有园区。",
         "foreign_invested"),
    ],
)
def test_the_word_right_before_the_name(text: str, owner: str) -> None:
    rec = record(text)
    assert rec["is_incident"], text
    assert rec["ownership"] == owner


# -- a city's bus company, with its drivers counted ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("任丘市公交公司120多名早班司机今天集体停运。", "任丘市公交公司"),
        ("福清市公交公司110多名一线驾驶员昨天集体罢工。", "福清市公交公司"),
        ("广元市公交公司60多名早班老司机今早停运。", "广元市公交公司"),
        # near-miss: a bus company named by its place only, with no staff or lines after it
        ("我们市公交公司的事情，谁也说不清楚。", None),
    ],
)
def test_a_bus_company_and_its_drivers(text: str, name: str | None) -> None:
    assert employer(text) == name


# -- one firm's trade name, its province in brackets or its trade a new word ---------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("祥达箱包", "祥达福建箱包集团", True),  # 祥达（福建）箱包集团, compacted
        ("华美化学", "华美江苏化学有限公司", True),
        ("顺通公交", "顺通山东公交集团", True),
        # near-miss: another trade name before the province
        ("祥达箱包", "宏达福建箱包集团", False),
    ],
)
def test_one_trade_name_across_posts(a: str, b: str, same: bool) -> None:
    assert same_core(a, b) is same
