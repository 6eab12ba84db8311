"""Ways of writing one event that clustering reads alike: a bureau written in full and short, an
English firm name with its trade translated, a plea and a protest on one named employer, and
"a year ago today". Every example here is written for these tests."""

from __future__ import annotations

import random
from datetime import date

import pytest

from labourmap.engine import Extraction, IncidentSummary, Post, cluster, summarise
from labourmap.engine.cluster import employer_key, same_employer, score, static_parts
from labourmap.engine.firm_core import same_core
from labourmap.engine.firm_forms import english_core, short_bureau
from labourmap.engine.looking_back import event_day, years_back
from labourmap.engine.reposts import quoted
from tests.engine.conftest import post
from tests.engine.pairwise import made_up, pairwise, partition


def _s(key: str, kind: str, employer: str | None, day: date | None = None,
       city: str | None = None) -> IncidentSummary:
    return IncidentSummary(key=key, kind=kind, province="330000" if city else None, city=city,
                           date=day, employer=employer_key(employer))


# -- a numbered bureau in full and short ------------------------------------------------------

@pytest.mark.parametrize(("full", "short"), [
    ("中铁第二十工程局", "中铁二十局"),
    ("中建第五工程局有限公司", "中建五局"),
    ("华桥建设第三工程局", "华桥建设三局"),
])
def test_a_bureau_in_full_is_its_short_name(full: str, short: str) -> None:
    assert employer_key(full) == employer_key(short)


def test_a_bureau_with_no_parent_name_is_left_as_it_is() -> None:
    assert short_bureau("第七工程局") == "第七工程局"
    assert short_bureau("平安纺织厂") == "平安纺织厂"


def test_a_bureau_inside_a_longer_name_is_the_same_employer() -> None:
    a, b = employer_key("局昨日约谈中建第六工程局"), employer_key("中建六局")
    assert a and b and same_employer(a, b)
    c = employer_key("中建第七工程局")
    assert c and not same_employer(c, b)  # another bureau of the same parent


# -- an English name with its trade translated --------------------------------------------------

def test_an_english_name_less_its_trade_is_held_in_the_romanised_name() -> None:
    en = employer_key("Ningbo Kaixuanda Precision Electronics")
    zh = employer_key("宁波凯旋达精密电子有限公司")
    assert en and zh and same_employer(en, zh)
    en2 = employer_key("Jiaxing Ruolanfeng Textiles")
    zh2 = employer_key("厂里嘉兴若兰丰纺织")
    assert en2 and zh2 and same_employer(en2, zh2)


def test_another_firm_of_the_same_trade_is_not_held() -> None:
    en = employer_key("Kaixuanda Precision Electronics")
    for other in ("凯达精密电子有限公司", "宏远精密电子有限公司"):
        zh = employer_key(other)
        assert en and zh and not same_employer(en, zh)


def test_a_core_too_short_names_no_firm() -> None:
    assert english_core("wuxielectronics") is None  # only a city is left
    assert english_core("kaixuanda") is None  # no trade word to take off
    assert english_core("ningbokaixuandaprecisionelectronics") == "ningbokaixuanda"


# -- a plea and a protest on one named employer -------------------------------------------------

def test_a_plea_and_a_protest_on_one_employer_and_day_merge() -> None:
    plea = _s("a", "call_for_help", "宁波凯旋达精密电子有限公司", date(2023, 4, 3))
    protest = _s("b", "collective_action", "Ningbo Kaixuanda Precision Electronics",
                 date(2023, 4, 4))
    assert score(plea, protest) >= 5.0


def test_an_accident_and_a_protest_on_one_employer_stay_further_apart() -> None:
    a = _s("a", "workplace_accident", "绍兴恒信印染厂", date(2023, 4, 3))
    b = _s("b", "collective_action", "绍兴恒信印染厂", date(2023, 4, 3))
    near = _s("c", "call_for_help", "绍兴恒信印染厂", date(2023, 4, 3))
    apart, close = static_parts(a, b), static_parts(near, b)
    assert apart is not None and close is not None and apart[0] < close[0]


# -- "a year ago today" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "one year ago today, a roof fell at the dongshan brick works, killing four.",
    "it was a year ago today that the riders of the station stopped work.",
    "exactly one year ago this week, the weavers walked out.",
])
def test_a_year_ago_today_looks_back_one_year(text: str) -> None:
    assert years_back(text) == 1
    assert event_day(date(2021, 6, 9), date(2021, 6, 9), years_back(text)) == date(2020, 6, 9)


def test_a_year_ago_without_today_does_not_look_back() -> None:
    assert years_back("a year ago the plant cut wages; today the workers walked out.") == 0


# -- a repost passes on the post it quotes ------------------------------------------------------

ORIGINAL = "今天临河纸箱厂两百多个工人都没上班，坐在厂门口等老板出来说清楚，三个月工资一分没发"


@pytest.mark.parametrize(("text", "body"), [
    ("这也太过分了吧 //@河边的阿强:" + ORIGINAL, ORIGINAL),
    ("顶 //@小米粥:支持 //@河边的阿强:" + ORIGINAL, ORIGINAL),
    ("转给大家看看//@ 河边阿强：" + ORIGINAL, ORIGINAL),
])
def test_a_repost_quotes_the_post_it_passes_on(text: str, body: str) -> None:
    assert quoted(text) == body


@pytest.mark.parametrize("text", [
    "@河边的阿强 " + ORIGINAL,  # a mention quotes nothing
    ORIGINAL + " //@河边的阿强:",  # nothing passed on
    "网址 http://example.org/a 上说" + ORIGINAL,
    "顶 //@河边的阿强:好的",  # too little passed on
])
def test_no_repost_quotes_nothing(text: str) -> None:
    assert quoted(text) is None


def _bare(pid: str, text: str) -> tuple[Post, Extraction]:
    return post(text, pid=pid), made_up(pid, {"kind": "collective_action"}, [])


def test_a_repost_with_a_long_comment_merges_with_the_post_it_passes_on() -> None:
    repost = "老板昨晚就跑了，听说欠了供应商好多钱，厂房也是租的 //@河边的阿强:" + ORIGINAL
    items = [_bare("a", ORIGINAL), _bare("b", repost), _bare("c", "临河纸箱厂的事我也听说了")]
    whole = summarise(items[0][0], items[0][1]), summarise(items[1][0], items[1][1])
    assert len(whole[0].shingles & whole[1].shingles) / len(whole[0].shingles
                                                            | whole[1].shingles) < 0.6
    groups = cluster(items)
    assert groups[0] is not None and groups[0] == groups[1] != groups[2]


def test_two_reposts_of_one_post_merge_and_a_repost_of_another_does_not() -> None:
    other = "石桥镇一家电子厂今天停工，四百多个工人围在办公楼下面要求补缴社保，警察来了好几车"
    items = [
        _bare("a", "这么多人了，还不管吗 老板到底去哪了 //@甲:" + ORIGINAL),
        _bare("b", "工人太难了，三个月不发钱谁受得了啊，希望早点解决 //@乙:" + ORIGINAL),
        _bare("c", "这么多人了，还不管吗 老板到底去哪了 //@丙:" + other),
    ]
    groups = cluster(items)
    assert None not in groups and groups[0] == groups[1] != groups[2]


def test_reposts_in_a_large_batch_group_as_every_pair_compared() -> None:
    rng = random.Random(7)
    pool = "工人老板厂门口停工欠薪社保搬迁补偿警察镇政府车间宿舍加班工资月天年大家都说要等"

    def words(n: int) -> str:
        return "".join(rng.choice(pool) for _ in range(n))

    bodies = [words(rng.randint(14, 40)) for _ in range(40)]
    items = []
    for i in range(200):
        body = rng.choice(bodies)
        if rng.random() < 0.3:  # a few characters changed: near the line of alike or not
            cut = rng.randrange(len(body))
            body = body[:cut] + words(rng.randint(1, 6)) + body[cut + 2 :]
        comment = words(rng.randint(0, 50))
        text = f"{comment} //@网友{i}:{body}" if rng.random() < 0.6 else body
        items.append(_bare(f"p{i}", text))
    assert partition(cluster(items)) == pairwise(items)


# -- a numbered plant has its firm's trade name ---------------------------------------------------

@pytest.mark.parametrize(("plant", "firm"), [
    ("青禾二厂", "余杭青禾纺织"),
    ("青禾3号厂", "青禾纺织有限公司"),
    ("宏利五厂", "临江宏利电器"),
])
def test_a_numbered_plant_has_its_firms_trade_name(plant: str, firm: str) -> None:
    a, b = employer_key(plant), employer_key(firm)
    assert a and b and same_core(a, b)


def test_two_numbered_plants_of_one_firm_are_not_one() -> None:
    assert not same_core("青禾二厂", "青禾四厂")
    assert not same_core("二厂", "青禾纺织")


def test_a_trade_name_shared_a_few_days_apart_groups_as_every_pair_compared() -> None:
    def item(pid: str, employer: str, day: str) -> tuple[Post, Extraction]:
        return post(f"帖子{pid}", pid=pid), made_up(
            pid, {"kind": "collective_action", "province": "330000", "city": "330100",
                  "employer": employer, "date": day}, [])
    names = ["青禾二厂", "余杭青禾纺织", "青禾四厂", "临江宏利电器", "宏利五厂", "青禾电子"]
    items = [item(f"p{i}", n, f"2023-03-{1 + 2 * i:02d}") for i, n in enumerate(names)]
    items += [item(f"q{i}", n, f"2023-03-{2 + 3 * i:02d}") for i, n in enumerate(names[::-1])]
    groups = partition(cluster(items))
    assert groups == pairwise(items)
    assert any(len(g) > 1 for g in groups)
