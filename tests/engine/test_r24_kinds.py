"""Round 24, kinds: incidents told by their harm, by the press or by an anniversary, and posts
that report none.

- a hand or a limb lost to a machine at work, with no toll counted: a workplace accident;
- a kinsman at a mine or a plant out of reach since a mishap there: a workplace accident;
- a court's sentence as the news (a claim for wages told as the case's story): no incident;
- a stoppage by a trade named or counted (锅炉工, 三十多个车工): a collective action;
- unpaid workers whose case reached the press (a video spreading, a visit to the paper, a
  reporter's interview): a call for help;
- a serial's chapter, a how-to guide on claiming wages: no incident;
- the anniversary of the workers' own action, told by its years: a collective action;
- in a call for help told by another, the day an office answered is not the day of the call.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import run
from tests.engine.reading import value

MAIMED = [
    "东阳那家红木作坊，一个师傅开切割机的时候左手两根手指没了，老板说先去医院再说。",
    "安庆大观区一家纸箱厂，今天上午一名女工被滚筒卷了，小臂骨折，送到了市立医院。",
    "湖州南浔一家木业厂，昨天下午一个工人在机床上干活，右手手掌被压碎了。",
    "岳阳云溪一家化工配件厂，操作工的左手被冲床压了，两根指头没保住。",
]
NOT_MAIMED = [
    "周末在家切菜，不小心把左手食指切断了一截，去医院缝了五针，以后做饭得小心。",
]
KIN = [
    "我姐夫在六盘水一个煤矿下井，今天早上出事以后电话一直打不通，家里人都在矿口等着。",
    "我弟弟在吕梁那个铁矿上干活，昨晚听说塌了，到现在联系不上，矿上什么也不说。",
    "我爸在十堰一家铸造厂上班，下午厂里爆炸了，现在还联系不上他。",
]
NOT_KIN = [
    "我哥在昆山一家电子厂上班，这两天手机摔坏了联系不上，家里人都着急，有认识他的老乡吗？",
    "我老公在工地出事了，腿摔断了，包工头到现在联系不上，医药费没人管。",
]
SENTENCED = [
    "A court in Hunan sentenced five workers who had blocked a road demanding unpaid wages "
    "to eight months in prison on Tuesday.",
    "泉州法院宣判：包工头拖欠三十多名工人工资被判刑一年，工人曾到工地门口讨薪。",
    "岳阳一包工头拒不支付三十二名农民工工资，被岳阳楼区法院判处有期徒刑一年二个月。工人们曾多次到项目部讨薪无果。",
]
STOPPED = [
    "湖州吴兴一家羊毛衫厂，四十来个挡车工今天下午停工了，老板把每件工价压了三毛。",
    "绍兴柯桥那家印染厂的染色工今天都停工了，说三个月没拿到钱。",
    "义乌一家袜厂，五十多个缝头工昨天下午停工了，计件单价一双降了两分。",
]
NOT_STOPPED = [
    "嘉兴秀洲这家箱包厂因为订单不足今天停工了，老板说下个月复工。",
]
PRESS = [
    "近日，一段“三十余名农民工被欠薪八十万”的视频在网上流传。记者联系到涉事项目方，对方称正在筹钱。",
    "本报讯 十余名河南籍农民工在网络发布视频，称在呼和浩特某工地干活的工资四十多万元被拖欠至今。",
    "“快一年了，一分钱没拿到。”昨日，农民工老黄再次来到本报，反映他和九名工友被拖欠工钱六万多元的事。",
]
NOT_PRESS = [
    "【辟谣】近日，网上流传一段“某鞋厂数百名工人堵路讨薪”的视频。经核查，该视频系外地旧视频，与我市无关，不存在拖欠工资。",
]
NOT_INCIDENTS = [
    "【连载·第二十三章】那天早上，四十多个工人把项目部的大门堵上了，要求包工头当场结清拖欠的工资。",
    "小说连载第九章：三百多名工人聚集在厂门口拉横幅讨薪，厂长躲在办公室里不敢出来。",
    "【连载】第六章 两百多个工友一起罢工，要求老板补发三个月的欠薪。",
    "【劳动法小课堂】公司拖欠工资两个月，三十多名员工集体罢工讨薪，算不算违法？本期为你解答。",
    "劳动法小课堂：工厂搬迁，员工停工要求经济补偿合法吗？",
    "给大家讲讲被拖欠工资怎么维权：先找劳动监察大队投诉，再申请劳动仲裁。",
    "被拖欠工资怎么办？第一步，保存好工资条；第二步，向劳动监察大队投诉；第三步，申请劳动仲裁。",
]
LOOKED_BACK = [
    "十年前的今天，惠州一家玩具厂的六百多名工人一起罢工，要求补缴社保，最后厂里补了一半。",
    "二十年前的今天，佛山一家陶瓷厂四百多个工人堵住厂门讨要拖欠的工资。那时候我在釉线上。",
    "今天是某煤矿工人大罢工80周年。当年三千多名矿工罢工，要求增加工资、改善井下条件。",
]


@pytest.mark.parametrize("text", MAIMED)
def test_a_hand_lost_to_a_machine_is_an_accident(text: str) -> None:
    assert value(text, "kind") == "workplace_accident"


@pytest.mark.parametrize("text", KIN)
def test_a_kinsman_out_of_reach_since_a_mishap_is_an_accident(text: str) -> None:
    assert value(text, "kind") == "workplace_accident"


@pytest.mark.parametrize("text", NOT_KIN)
def test_a_kinsman_out_of_touch_or_a_boss_gone_is_no_accident(text: str) -> None:
    assert value(text, "kind") != "workplace_accident"


@pytest.mark.parametrize("text", NOT_MAIMED + NOT_INCIDENTS + SENTENCED + NOT_PRESS)
def test_no_incident(text: str) -> None:
    assert value(text, "kind") is None


@pytest.mark.parametrize("text", STOPPED)
def test_a_stoppage_by_a_trade_or_told_as_news_is_an_action(text: str) -> None:
    assert value(text, "kind") == "collective_action"


def test_a_plant_halted_by_its_owner_is_no_action() -> None:
    assert value(NOT_STOPPED[0], "kind") != "collective_action"


@pytest.mark.parametrize("text", PRESS)
def test_unpaid_workers_told_to_the_press_are_a_call(text: str) -> None:
    assert value(text, "kind") == "call_for_help"


@pytest.mark.parametrize("text", LOOKED_BACK)
def test_the_anniversary_of_an_action_retells_it(text: str) -> None:
    assert value(text, "kind") == "collective_action"


def test_the_day_an_office_answered_is_not_the_calls() -> None:
    text = ("近日，一段“二十余名农民工被欠薪五十万”的视频在网上流传。"
            "18日，当地人社部门回应称，已要求开发商先行垫付。")
    assert run(text, "2021-01-19T10:00:00").fields.get("date") is None
