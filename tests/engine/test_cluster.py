from __future__ import annotations

from datetime import date

from labourmap.engine import IncidentSummary, cluster, extract, match_incident, summarise
from labourmap.engine.cluster import employer_key
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
    assert groups[0] is not None
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


def test_employer_keys() -> None:
    assert employer_key("宏達五金製品有限公司") == "宏达五金制品"
    assert employer_key("Foxconn") == employer_key("富士康")


def test_reports_in_three_scripts_of_one_accident_share_a_group() -> None:
    zh = "昨天上午，江门鸿盛化工有限公司仓库发生爆炸，造成5名工人死亡、8人受伤。"
    hant = "江門鴻盛化工廠周四發生爆炸，5死8傷，當局正調查事故原因。"
    en = ("A blast at the Hongsheng Chemical warehouse in Jiangmen, Guangdong, on Thursday "
          "killed five workers and injured eight.")
    other = "昨天上午，东莞一家家具厂发生火灾，造成2名工人死亡。"
    groups = cluster(_items([zh, hant, en, other]))
    assert None not in groups and groups[0] == groups[1] == groups[2] != groups[3]


def test_a_post_without_a_day_joins_by_the_day_it_was_posted() -> None:
    a = post("我们是在湛江修码头的二十多名工人，包工头欠我们工资六十万，请有关部门帮帮我们！",
             "2024-10-18T09:00:00", "p1")
    b = post("湛江二十多名码头工人发视频求助，称被拖欠工资六十万元。", "2024-10-19T09:00:00", "p2")
    groups = cluster([(p, extract(p)) for p in (a, b)])
    assert groups[0] == groups[1] is not None


def test_romanised_employer_matches_across_scripts() -> None:
    from labourmap.engine.cluster import same_employer

    zh, en = employer_key("瑞丰物流有限公司") or "", employer_key("Ruifeng Logistics") or ""
    assert same_employer(zh, en)
    assert not same_employer(employer_key("瑞丰物流") or "", employer_key("Hongda") or "")


def test_a_township_matches_its_romanised_name() -> None:
    from labourmap.engine.cluster import _site_terms
    from labourmap.engine.text import normalise

    zh = _site_terms(normalise("佛山狮山镇一家工厂"))
    en = _site_terms(normalise("a factory in Shishan town, Foshan"))
    assert "py:shishan" in zh & en
