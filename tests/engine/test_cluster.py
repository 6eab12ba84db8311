from __future__ import annotations

from datetime import date

from labourmap.engine import IncidentSummary, cluster, extract, match_incident, summarise
from labourmap.engine.cluster import best_match, employer_key, summary_from_record
from tests.engine.conftest import post

A1 = "东莞长安镇宏达五金制品有限公司三百多名工人昨天罢工，抗议拖欠工资。"
A2 = "昨天，東莞宏達五金製品廠數百名工人停工討薪，廠門口拉起橫幅。"
A3 = ("Hundreds of workers at Hongda Hardware in Dongguan went on strike on Thursday "
      "over unpaid wages.")
B1 = "佛山顺德一家家具厂上百名工人今天停工，抗议工厂搬迁不给补偿。"
C1 = "东莞一家塑胶厂发生火灾，造成3名工人死亡。"


def _items(texts: list[str]) -> list:
    posts = [post(t, pid=f"p{i}") for i, t in enumerate(texts)]
    return [(p, extract(p)) for p in posts]


def test_posts_about_one_event_share_a_group() -> None:
    groups = cluster(_items([A1, B1, A2, C1, A3]))
    assert groups[0] == groups[2] == groups[4]
    assert len({groups[0], groups[1], groups[3]}) == 3


def test_a_post_that_is_no_incident_has_no_group() -> None:
    groups = cluster(_items([A1, "急招普工，包吃包住。"]))
    assert groups[1] is None


def test_near_duplicates_merge_even_without_fields() -> None:
    text = "工人们今天在厂门口拉横幅讨薪，老板至今避而不见，大家已经三个月没拿到工资了。"
    groups = cluster(_items([text, text + "（转）"]))
    assert groups[0] == groups[1] is not None


def test_match_incident_picks_the_stored_incident() -> None:
    p = post(A2, pid="new")
    summary = summarise(p, extract(p))
    stored = [
        IncidentSummary(key="I-1", kind="collective_action", province="440000", city="440600",
                        date=date(2024, 10, 17)),
        IncidentSummary(key="I-2", kind="collective_action", province="440000", city="441900",
                        date=date(2024, 10, 17), employer=employer_key("宏达五金制品有限公司")),
    ]
    found = match_incident(summary, stored)
    assert found is not None and found.key == "I-2"
    assert match_incident(summary, stored[:1]) is None


def test_best_match_reads_stored_records() -> None:
    class Cand:
        def __init__(self, id_: int, record: dict, texts: tuple[str, ...]) -> None:
            self.id, self.record, self.texts = id_, record, texts

    p = post(A2, pid="new")
    cands = [Cand(7, {"kind": "collective_action", "province": "440000", "city": "441900",
                      "date": "2024-10-17", "employer": "宏达五金制品有限公司"}, (A1,))]
    assert best_match(extract(p), p, cands) == 7
    assert summary_from_record("x", {"date": "bad"}).date is None


def test_employer_keys() -> None:
    assert employer_key("宏達五金製品有限公司") == "宏达五金制品"
    assert employer_key("Foxconn") == employer_key("富士康")
