"""Round 28, kinds: ways of writing that decide whether a post tells an incident, and of what kind.

* The dead or hurt named as people not at work (遇难者多为卧床老人, 参加婚宴的宾客被埋压, "tourists
  were killed", 压住桥下的小汽车), with no worker among them, no claim and no plea: no incident
  (a cook buried in the same collapse is still a workplace accident).
* 讨薪 and 维权 named only as a service an office offers (讨薪服务站, 维权热线, 维权手册): a
  union's or a bureau's notice, no collective action (workers claiming at the union's gate
  still are one).
* A crowd of workers at a gate over pay owed (门口，工友们都在等着，欠的钱…), told in a few
  words with no word of protest: a collective action (a gate with a hiring notice and the pay
  offered is none).

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import value

NOT_AT_WORK = [
    "城东一家养老公寓昨晚发生火灾，造成12人死亡、3人受伤，遇难者大多是行动不便的老人。事故原因正在调查。",
    "一家酒楼二楼突然坍塌，正在参加婚宴的宾客被埋压，已造成9人遇难、20人受伤。",
    "Four tourists were killed and two injured when their hired minivan rolled down a slope"
    " near a scenic area on Sunday, police said.",
]


@pytest.mark.parametrize("text", NOT_AT_WORK)
def test_victims_not_at_work_are_no_incident(text: str) -> None:
    assert value(text, "kind") is None


def test_a_cook_buried_at_work_is_an_accident() -> None:
    text = "一家酒楼二楼突然坍塌，正在后厨干活的两名厨师被埋压，已造成2人遇难。"
    assert value(text, "kind") == "workplace_accident"


SERVICES = [
    "市总工会开通农民工讨薪“绿色通道”，并在火车站设立维权服务站，为返乡工友提供法律咨询。",
    "区人社局本周开展“法律进园区”活动，向一千多名工人发放维权手册，讲解劳动合同常识。",
    "县总工会开通农民工讨薪“直通车”之外，又在各乡镇设了维权服务点，承诺接到投诉当天受理。",
]


@pytest.mark.parametrize("text", SERVICES)
def test_a_service_named_for_claims_is_no_action(text: str) -> None:
    assert value(text, "kind") is None


def test_workers_claiming_at_the_union_gate_are_an_action() -> None:
    text = "三十多名工人今天到县总工会门口讨薪，要求公司结清拖欠的工资。"
    assert value(text, "kind") == "collective_action"


AT_THE_GATE = [
    "物流园门口，工友们都站在那儿等着，欠了半年的工资今天必须结。",
    "工地大门外，十几个民工蹲着等老板来，欠的工钱说好今天给。",
    "电子厂门口一群员工等着，老板欠了三个月工资还没发。",
]


@pytest.mark.parametrize("text", AT_THE_GATE)
def test_a_crowd_at_the_gate_over_pay_owed_is_an_action(text: str) -> None:
    assert value(text, "kind") == "collective_action"


def test_a_hiring_notice_at_the_gate_is_none() -> None:
    assert value("厂门口贴了招工启事，几个工人在看，工资四千五。", "kind") is None
