"""Round 25, kinds: accidents told by those feared inside, and posts that report no incident.

- a blast, a fire or a collapse at a worksite with people unaccounted for (有人没出来, 两个人
  没联系上, 不知道怎么样了, 希望里面的人都平安, 井下有几十个人): a workplace accident;
- an office's recovery of the workers' money leading the post (劳动监察…拿到欠薪): no incident;
- actions tallied by the dozen (罢工已达134起, 共收集719起): no incident;
- a chapter's heading opening the post (第九十八章：…): fiction, no incident;
- a service named for claims (讨薪绿色通道, 维权服务热线), an act told with "no" ("no
  strike"): no act;
- a blast that crushes things (车被砸扁) is no protest; an economic zone (经济开发区) is no comment;
- the trades named in firms' names (印刷, 纸业, 焦化, 机床, 塑胶, "Chemical", "Paper Products"),
  a canteen, a guesthouse, a media firm, carpenters: the industry.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from labourmap.engine import extract
from tests.engine.conftest import post


def ruled(text: str, name: str) -> str | None:
    """A field as the rules alone read it (the text model may find the same by itself)."""
    found = extract(post(text), rules_only=True).fields.get(name)
    return None if found is None else str(found.value)


def incident(text: str) -> bool:
    return extract(post(text), rules_only=True).record()["is_incident"] is True

FEARED = [
    "今天中午衢州柯城一家喷涂厂着火了，黑烟滚滚，听说二楼还有人没出来。",
    "刚才余姚那边一家模具厂着火了，消防车一辆接一辆往那边开，听说还有三个人没联系上。",
    "晚上十点多滕州一个煤矿冒顶了，井下还有十几个人，矿上的救护队都下去了。",
    "傍晚绵阳游仙那边一家化工厂起大火，火光冲天，上夜班的人不知道怎么样了……",
    "下午荆门一家纸箱厂起大火，浓烟老远都看得到，希望里面的人都平安。",
]
NOT_FEARED = [
    "今天中午衢州柯城一家喷涂厂着火了，黑烟滚滚，所幸员工都已安全撤离，无人受伤。",
    "今天中午衢州柯城一家喷涂厂着火了，浓烟很大，大家出门注意关窗。",
]
PAID = [
    "暖心过年｜12名农民工领到23万元欠薪。2月3日，在某区劳动保障监察大队协调下，12名农民工当场领到被某劳务公司拖欠的工资。此前，他们到监察大队投诉。",
    "区总工会帮忙 受伤职工拿到9万元赔偿。记者从某区总工会获悉，在某物流公司工作的李某去年摔伤，"
    "向区总工会求助。经调解，公司一次性支付9万元。",
    "某县人社局把追回的86万元工资发到31名农民工手中。这些工人前年在当地做工程，工程完工后工资一直被拖，去年集体到人社局投诉。",
]
NOT_PAID = [
    "三十多名农民工今天到某区人社局反映欠薪问题，人社局已督促公司月底前支付全部工资。",
    "五十多名工人今天在工地门口拉横幅讨薪，经劳动监察大队协调，工人当场拿到一半工资。",
    "我们十几个人在劳动监察大队协调下才拿到一半工资，剩下的欠薪老板一直拖着不给，求帮忙转发！",
]
TALLIED = [
    "外卖骑手今年停工逾百起。劳工组织统计，截至9月，全国外卖骑手讨薪罢工已达156起，集中在沿海省份。",
    "某劳工组织发布上半年工人行动观察：地图上半年共收集826起事件，其中建筑业讨薪401起，制造业罢工、抗议212起。",
    "一家监测机构称，去年共记录到2300多起讨薪抗议，建筑业占了一半以上。",
]
NOT_TALLIED = [
    "10月12日，惠州一家家具厂两百多名工人罢工，抗议拖欠三个月工资。今年以来当地已发生30多起罢工。",
]
CHAPTERS = [
    "第九十八章：雨夜里，工人们堵在厂门口，谁也不肯走。老板的车灯照过来，刺得人睁不开眼。",
    "第三百零二章 烈日下的讨薪 老孙带着二十多个工友堵在项目部门口，要老板结清拖欠的工资。",
    "第五十三章 楼顶的风 老周和十几个工友爬上楼顶，拉起横幅讨要拖欠的工钱。",
]
NOT_CHAPTER = [
    "章丘一家铸造厂两百多名工人今天停工，抗议厂方拖欠两个月工资。",
]
SERVICES = [
    "某区总工会“冬日送温暖”活动启动，工会干部走进工地慰问职工，并开通农民工讨薪绿色通道。",
    "某市总工会开通农民工维权服务热线，为职工提供法律咨询和帮扶服务。",
    "某县人社局在政务大厅设立讨薪专窗，工会设立维权服务站，方便农民工反映问题。",
]
NOT_SERVICES = [
    "今天上午六十多名农民工在县政府门口讨薪，拉着横幅要求结清去年的工资。",
]
INDUSTRIES = [
    ("锦华印刷的工友们今天又去市政府门口了，两百来号人站了一下午，三个月工资没发。",
     "manufacturing"),
    ("漳州锦祥印刷有限公司两百多名工人今天罢工，抗议拖欠工资。", "manufacturing"),
    ("安阳昌盛纸业一百多名工人今天停工，要求补缴社保。", "manufacturing"),
    ("吕梁一焦化企业今天凌晨发生爆炸，2名工人死亡。", "manufacturing"),
    ("About 400 workers at Hong Kong-owned Wing Lee Paper Products in Dongguan went on strike "
     "on Monday over unpaid wages.", "manufacturing"),
    ("Two workers died in a blast at Tianrun Chemical in Shandong on Tuesday.", "manufacturing"),
    ("大连瓦房店一所大学的食堂今天没开，四十多个打饭阿姨和厨师在食堂门口坐着讨工资。", "services"),
    ("长春一家宾馆说关就关，六十多个员工今天在大堂坐了一整天，要求补偿。", "services"),
    ("我们是杭州一家文化传媒有限公司的四十名员工，公司已经三个月没发工资，求助！", "services"),
    ("南宁一个小区的二十多个木工今天在售楼部门口拉横幅讨薪。", "construction"),
    ("楼去年就竣工了，二十几个工人今天在售楼部门口拉横幅讨薪。", "construction"),
    ("东郊修管网的沟里今天塌了，两个工人被埋，没能救过来。", "construction"),
]
NOT_SERVICES_TRADE = [
    ("东莞一家电子厂的三百多名工人今天在食堂坐了一上午，要求补发加班费。", "manufacturing"),
]


@pytest.mark.parametrize("text", FEARED)
def test_people_feared_inside_make_an_accident(text: str) -> None:
    assert ruled(text, "kind") == "workplace_accident"


@pytest.mark.parametrize("text", NOT_FEARED)
def test_a_fire_with_no_one_feared_inside_is_no_accident(text: str) -> None:
    assert ruled(text, "kind") is None


@pytest.mark.parametrize("text", PAID)
def test_money_an_office_got_back_is_no_incident(text: str) -> None:
    assert not incident(text)


@pytest.mark.parametrize("text", NOT_PAID)
def test_a_sum_urged_or_got_after_an_action_is_still_an_incident(text: str) -> None:
    assert incident(text)


@pytest.mark.parametrize("text", TALLIED)
def test_actions_tallied_are_no_incident(text: str) -> None:
    assert not incident(text)


@pytest.mark.parametrize("text", NOT_TALLIED)
def test_a_dated_action_beside_a_tally_is_an_incident(text: str) -> None:
    assert ruled(text, "kind") == "collective_action"


@pytest.mark.parametrize("text", CHAPTERS)
def test_a_chapter_is_fiction(text: str) -> None:
    assert not incident(text)


@pytest.mark.parametrize("text", NOT_CHAPTER)
def test_a_place_starting_with_zhang_is_no_chapter(text: str) -> None:
    assert ruled(text, "kind") == "collective_action"


@pytest.mark.parametrize("text", SERVICES)
def test_a_service_named_for_claims_is_no_act(text: str) -> None:
    assert not incident(text)


@pytest.mark.parametrize("text", NOT_SERVICES)
def test_a_claim_at_a_gate_is_an_act(text: str) -> None:
    assert ruled(text, "kind") == "collective_action"


@pytest.mark.parametrize(("text", "trade"), INDUSTRIES)
def test_trades_named_in_firms(text: str, trade: str) -> None:
    assert ruled(text, "industry") == trade


@pytest.mark.parametrize(("text", "trade"), NOT_SERVICES_TRADE)
def test_a_plants_canteen_is_the_plants(text: str, trade: str) -> None:
    assert ruled(text, "industry") == trade


ZONES = [
    "荆州经济开发区一家化工厂下午爆炸了，消防车都来了，车间里的工人被抬了出来。",
    "今天上午宜宾经济技术开发区一家电池厂起火，救护车赶到，有工人被烧伤。",
    "衢州经济开发区一家五金厂的车间今天塌了，消防员到场，几个工人被压在下面。",
]
CRUSHED = [
    "九江一家化工厂爆炸，旁边停的几辆车被砸扁，听说有工人受伤送医院了。",
    "阳泉一家焦化厂今天上午爆炸，门口两辆货车被砸扁，有工人受伤送医。",
    "南通一个工地的塔吊倒了，下面的工棚被砸扁，听说有工人受伤送医院了。",
]


@pytest.mark.parametrize("text", ZONES)
def test_an_economic_zone_is_no_comment_on_the_economy(text: str) -> None:
    assert ruled(text, "kind") == "workplace_accident"


def test_a_strike_in_an_economic_zone_is_still_a_strike() -> None:
    text = "昨天华阳经济开发区一家机械厂的两百多名工人罢工，要求补发加班费。"
    assert ruled(text, "kind") == "collective_action"


@pytest.mark.parametrize("text", CRUSHED)
def test_things_crushed_in_a_blast_are_no_protest(text: str) -> None:
    assert ruled(text, "kind") == "workplace_accident"


NO_ACTION = [
    "The Weibo thread on overtime at a Hangzhou game studio has 50k shares. "
    "No strike, no petition, just a spreadsheet of hours the developers kept.",
    "The company said there was no strike at its Suzhou plant and that production of speakers "
    "was normal despite a dispute over overtime pay.",
    "A long post by programmers in Shenzhen lists unpaid overtime at their firm. "
    "No protest, no walkout, only a shared document of hours.",
]


@pytest.mark.parametrize("text", NO_ACTION)
def test_an_action_told_with_no_is_denied(text: str) -> None:
    assert not incident(text)


def test_a_strike_beside_a_no_is_still_a_strike() -> None:
    text = ("About 300 workers at a Suzhou speaker plant went on strike on Monday over unpaid "
            "overtime; managers said there was no plan to pay.")
    assert ruled(text, "kind") == "collective_action"
