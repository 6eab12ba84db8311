"""Grouping a batch (`cluster`, `labourmap cluster`) as a user relies on it, whatever its size:
the same groups as the pairwise rule, in any input order, and never across more than a week."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest

from labourmap.engine import Extraction, Post, cluster, extract
from labourmap.engine.blocking import employer_neighbours, prefix_length, short_prefix_length
from labourmap.engine.cluster import THRESHOLD, same_employer, score, summarise
from tests.engine.conftest import CHINA, post
from tests.engine.pairwise import found, pairwise
from tests.engine.pairwise import partition as _partition

PLACES = ["东莞市长安镇", "深圳市宝安区", "佛山市顺德区狮山镇", "广州市", "江门市", "广东省"]
FIRMS = ["宏达五金制品有限公司", "宏达五金厂", "富士康", "鸿盛化工有限公司", "美团", "裕元鞋厂",
         "瑞丰物流有限公司"]
FIRMS_EN = ["Foxconn", "Hongsheng Chemical", "Ruifeng Logistics", "Yue Yuen"]
PLACES_EN = ["Dongguan", "Shenzhen", "Jiangmen", "Guangdong"]
TEMPLATES = [
    "{day}，{place}{firm}的{n}多名工人聚集在厂门口讨薪，称被拖欠工资{m}万元。",
    "{day}，{place}{firm}数百名员工罢工，抗议降薪和加班，警察到场。",
    "{place}{firm}工地发生坍塌事故，造成{k}人死亡、{j}人受伤。",
    "我是{firm}的员工，公司已经{k}个月没发工资了，求助！{place}",
    "{day}，{place}一家工厂的工人停工讨薪，厂门口拉起横幅。",
    "工人们在厂门口拉横幅讨薪，老板至今避而不见，大家已经{k}个月没拿到工资了。",
    "{day}上午，{place}{firm}仓库发生爆炸，造成{k}名工人死亡、{j}人受伤。",
    "{place}{firm}拖欠{n}名工人工资{m}万元，工人到政府上访。",
]
TEMPLATES_EN = [
    "About {n} workers at {firm} in {place} went on strike on {day} over unpaid wages.",
    "A blast at the {firm} warehouse in {place} on {day} killed {k} workers.",
]


def generated(n: int, seed: int) -> list[Post]:
    """``n`` posts about a few employers and places over six weeks, written for these tests:
    many describe one event, some only as a near-copy of another, some name no day."""
    rng = random.Random(seed)
    start = datetime(2024, 9, 2, 9, tzinfo=CHINA)
    posts = []
    for i in range(n):
        when = start + timedelta(hours=rng.randrange(24 * 42))
        day = rng.choice(["今天", "昨天", "前天", f"{when.month}月{when.day}日",
                          f"{when.month}月{max(1, when.day - 1)}日"])
        values = {"day": day, "place": rng.choice(PLACES), "firm": rng.choice(FIRMS),
                  "n": rng.randrange(10, 40), "m": rng.choice([8, 12, 60, 150]),
                  "k": rng.randrange(2, 6), "j": rng.randrange(1, 9)}
        if rng.random() < 0.15:
            values.update(firm=rng.choice(FIRMS_EN), place=rng.choice(PLACES_EN),
                          day=when.strftime("%B %d"))
            text = rng.choice(TEMPLATES_EN).format(**values)
        else:
            text = rng.choice(TEMPLATES).format(**values)
        if rng.random() < 0.1:
            text += rng.choice(["（转）", "#劳工#", " 求扩散"])
        posts.append(Post(id=f"g{i}", text=text, posted_at=when))
    return posts


def _items(posts: list[Post]) -> list[tuple[Post, Extraction]]:
    return [(p, extract(p)) for p in posts]


@pytest.fixture(scope="module")
def batch() -> list[tuple[Post, Extraction]]:
    return _items(generated(360, seed=11))


def test_groups_equal_the_pairwise_rule(batch: list[tuple[Post, Extraction]]) -> None:
    found = _partition(cluster(batch))
    assert found == pairwise(batch)
    assert any(len(g) > 2 for g in found) and any(len(g) == 1 for g in found)


def test_groups_equal_the_pairwise_rule_on_another_batch() -> None:
    items = _items(generated(240, seed=5))
    found = _partition(cluster(items))
    assert found == pairwise(items)
    assert any(len(g) > 2 for g in found) and any(len(g) == 1 for g in found)


def test_grouping_does_not_depend_on_input_order(batch: list[tuple[Post, Extraction]]) -> None:
    expected = _partition(cluster(batch))
    for seed in (1, 2, 3):
        order = list(range(len(batch)))
        random.Random(seed).shuffle(order)
        groups = cluster([batch[i] for i in order])
        assert {frozenset(order[k] for k in g) for g in _partition(groups)} == expected


def test_identical_posts_a_week_apart_never_merge() -> None:
    text = "深圳宝安区宏达电子厂数百名工人今天罢工，抗议拖欠工资三个月。"
    days = ["2024-10-01", "2024-10-09", "2024-10-17", "2024-10-25"]  # eight days apart
    posts = [post(text, f"{d}T09:00:00", f"w{i}") for i, d in enumerate(days)]
    posts.append(post(text, "2024-09-30T20:00:00", "near"))  # the day before the first
    groups = cluster(_items(posts))
    assert None not in groups
    assert len(set(groups[:4])) == 4
    assert groups[4] == groups[0]


def test_near_duplicates_far_apart_in_a_large_batch_share_a_group() -> None:
    text = "工人们在厂门口拉横幅讨薪，老板至今避而不见，大家已经半年没拿到工资了，实在撑不下去。"
    first = post(text, "2024-09-20T09:00:00", "first")
    last = post(text.replace("实在", "真的") + "（转）", "2024-09-21T20:00:00", "last")
    items = _items([first, *generated(400, seed=3), last])
    groups = cluster(items)
    assert groups[0] is not None and groups[0] == groups[-1]
    assert groups.count(groups[0]) < len(groups) // 2


def test_every_name_the_rule_holds_the_same_is_a_neighbour() -> None:
    names = ["富士康", "富士康郑州厂", "foxconn", "宏达五金制品", "东莞长安镇宏达五金制品",
             "宏达五金", "宏达", "ruifenglogistics", "瑞丰物流", "hongda", "中建三局", "中建",
             "鸿盛化工", "hongshengchemical", "jiangmenhongsheng", "美团", "meituan", "abc"]
    neighbours = employer_neighbours(names)
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            assert (j in neighbours[i]) == same_employer(a, b), (a, b)


def test_texts_at_least_three_fifths_alike_share_a_prefix_gram() -> None:
    """Whatever the order: the first prefix_length 3-grams of both texts, and those of the
    longer text with the first short_prefix_length of the shorter, share one."""
    rng = random.Random(7)
    checked = 0
    for _ in range(4000):
        order = {g: rng.random() for g in range(60)}
        a = set(rng.sample(range(60), rng.randrange(1, 30)))
        b = set(rng.sample(sorted(a), rng.randrange(0, len(a) + 1)))
        b |= set(rng.sample(range(60), rng.randrange(0, 8)))
        if not b or len(a & b) / len(a | b) < 0.6:
            continue
        checked += 1
        ranked_a, ranked_b = sorted(a, key=order.get), sorted(b, key=order.get)
        assert set(ranked_a[: prefix_length(len(a))]) & set(ranked_b[: prefix_length(len(b))])
        (long, short) = (ranked_a, ranked_b) if len(a) >= len(b) else (ranked_b, ranked_a)
        assert set(long[: prefix_length(len(long))]) & set(short[: short_prefix_length(len(short))])
    assert checked > 500


# -- the rule at its edges: summaries written by hand, not read by the extractor ----------------

BASES = ["工人在厂门口拉横幅讨薪，老板避而不见，已经三个月没拿到工资了",
         "佛山狮山镇一家家具厂工人停工，抗议工厂搬迁不给补偿",
         "Workers at the Hongda plant in Dongguan walked out over unpaid wages",
         "深圳一工地发生坍塌，多名工人被困",
         "讨薪"]


def handmade(n: int, seed: int) -> list[tuple[Post, Extraction]]:
    """Posts with extractions chosen at random among values that meet at the rule's edges:
    unknown kind, province, city or county; a county without its city; no day; days 3, 7 and
    8 apart; names alike across scripts; texts that differ by a few characters."""
    rng = random.Random(seed)
    start = datetime(2024, 10, 1, 9, tzinfo=CHINA)
    places = [("440000", "440300", "440306"), ("440000", "440300", "440307"),
              ("440000", "440300", None), ("440000", None, None), ("440000", None, "440306"),
              ("440000", "441900", None), (None, None, None)]
    employers = ["宏达五金制品有限公司", "宏达五金厂", "富士康", "Foxconn", "瑞丰物流",
                 "Ruifeng Logistics", "美团", None, None]
    items = []
    for i in range(n):
        posted = start + timedelta(days=rng.randrange(30), hours=rng.randrange(24))
        province, city, county = rng.choice(places)
        values = {"kind": rng.choice(["collective_action"] * 4 + ["workplace_accident", None]),
                  "province": province, "city": city, "county": county,
                  "employer": rng.choice(employers),
                  "place": rng.choice([None, None, "长安镇", "新安街道"]),
                  "date": rng.choice([None, (posted - timedelta(days=rng.choice([0, 1, 3, 7, 8])))
                                      .date().isoformat()]),
                  "killed": rng.choice([None, None, 2, 3]),
                  "amount_yuan": rng.choice([None, None, 80000.0])}
        ex = Extraction(id=f"h{i}", is_incident=rng.random() < 0.9,
                        fields={k: found(v) for k, v in values.items() if v is not None},
                        sets={"demands": [found(d) for d in rng.sample(["wage_arrears", "pay"],
                                                                          rng.randrange(3))],
                              "forms": [found("strike")] if rng.random() < 0.3 else []})
        text = rng.choice(BASES)
        for _ in range(rng.randrange(4)):  # a few characters changed
            k = rng.randrange(len(text))
            text = text[:k] + rng.choice("工人厂资，。") + text[k + 1:]
        items.append((Post(id=f"h{i}", text=text, posted_at=posted), ex))
    return items


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_groups_equal_the_pairwise_rule_at_its_edges(seed: int) -> None:
    items = handmade(260, seed)
    found = _partition(cluster(items))
    assert found == pairwise(items)
    assert any(len(g) > 3 for g in found)


def test_a_county_without_its_city_merges_on_the_day() -> None:
    day = datetime(2024, 10, 8, 9, tzinfo=CHINA)

    def one(pid: str, text: str, city: str | None, when: datetime) -> tuple[Post, Extraction]:
        fields = {"kind": "collective_action", "province": "440000", "county": "440306",
                  "date": when.date().isoformat()} | ({"city": city} if city else {})
        ex = Extraction(id=pid, is_incident=True, fields={k: found(v) for k, v in fields.items()},
                        sets={"demands": [found("wage_arrears")]})
        return Post(id=pid, text=text, posted_at=when), ex

    a = one("a", "宝安区一家工厂的工人聚集讨薪。", "440300", day)
    b = one("b", "Workers gathered at a factory gate asking for their pay.", None,
            day + timedelta(days=2))
    assert score(summarise(*a), summarise(*b)) >= THRESHOLD  # the day, the county, the grievance
    groups = cluster([b, a])
    assert groups[0] == groups[1] is not None
