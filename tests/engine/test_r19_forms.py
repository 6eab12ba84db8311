"""Round 19, forms of action and is_incident: a place abroad that is only the firm's home or
where its lines move does not put the event abroad; a visit to an office promised on a condition
(若再不发工资便到劳动局投诉) is a threat, no petition. Near-misses: an event told in a clause
placed abroad; 若干 ("several"), no condition.
Every sentence here is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import pytest

from tests.engine.reading import listed, record

# -- a place abroad as a tie of the firm ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "塘厦那边一家港资玩具厂，昨天两百多个工人停了线，车间主任说降薪是香港总部定的。",
        "长安镇一家鞋厂三百来号人今天罢工，设备早就搬去泰国了才通知我们，赔偿一分没有。",
        "About 800 workers at a Hong Kong-owned toy maker in Chang'an town went on strike on "
        "Monday; the firm, whose head office is in Kowloon, Hong Kong, gave no answer.",
        "Some 600 workers at a shoe factory in Houjie town walked out after the managers said "
        "production would move to Cambodia by the autumn.",
    ],
)
def test_a_firm_home_or_move_abroad_leaves_the_event_at_home(text: str) -> None:
    r = record(text)
    assert r["is_incident"] and r["kind"] == "collective_action", text


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: the event is told in a clause placed abroad
        "昨天在越南的一家中资工厂，三百多名工人罢工，要求补发工资。",
        "Workers at a Chinese-owned plant in Vietnam went on strike on Monday, demanding a raise.",
    ],
)
def test_an_event_placed_abroad_stays_abroad(text: str) -> None:
    assert not record(text)["is_incident"], text


# -- a visit to an office on a condition is a threat, no petition ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "东莞一家鞋厂四十多名工人今天到厂办公室讨薪，工人说若本周再不发工资便到区劳动局投诉。",
        "佛山一家家具厂五十多个工人今天在厂门口讨薪，大家说如果月底还不发就去区人社局。",
        "中山一家灯饰厂三十多名工人昨天到老板办公室要工资，工人表示假如下周还拿不到钱就到镇政府反映。",
    ],
)
def test_a_visit_on_a_condition_is_no_petition(text: str) -> None:
    forms = listed(text, "forms")
    assert "petition" not in forms and "protest" in forms, text


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: 若干 is "several", no condition: the crowd went
        "若干名工人今天一起到县人社局讨说法，厂里拖欠三个月工资。",
    ],
)
def test_several_workers_at_an_office_still_petition(text: str) -> None:
    assert "petition" in listed(text, "forms"), text
