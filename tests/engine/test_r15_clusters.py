"""Round 15, clusters: one event told across places, scripts and figures.

* two marks beat a place that differs: a plea names the workers' home (我们是河南周口的木工) and
  a report the site; a named site, with the employer named in full or with the figure;
* a mine's firm named after the mine (鑫源煤业 of 鑫源煤矿) is the site both name;
* a sum one post gives rounded (4.7亿 of 4.7961亿);
* a Latin name a Chinese post keeps (深圳Marvelo制衣厂), found in another post;
* an action told in many places (多地司机停运): a brand's name tells it without a city.

Every example is written for these tests and stands for a rule, not a case.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, datetime, timedelta

import pytest

from labourmap.engine import Extraction, Post, cluster, extract
from labourmap.engine.cluster import THRESHOLD, IncidentSummary, employer_key, score, summarise
from labourmap.engine.marks import figure_marks, latin_names, named_site, rounded_to, tells_wide
from labourmap.engine.summary import _site_terms
from labourmap.engine.text import normalise
from tests.engine.conftest import CHINA, post
from tests.engine.pairwise import pairwise
from tests.engine.pairwise import partition as _partition

DAY = date(2023, 11, 20)
HOME = {"province": "410000", "city": "411600", "county": "411621"}  # the workers' home
SITE = {"province": "320000", "city": "320500", "county": "320583"}  # where they worked


def summary(
    employer: str | None = None,
    *,
    place: dict[str, str | None] | None = None,
    day: date | None = DAY,
    kind: str = "collective_action",
    terms: Iterable[str] = (),
    figures: Iterable[str] = (),
    codes: Iterable[str] = ("d:wage_arrears",),
    latin: Iterable[str] = (),
    wide: bool = False,
    posted: date | None = None,
) -> IncidentSummary:
    where = SITE if place is None else place
    return IncidentSummary(
        key="k", kind=kind, province=where.get("province"), city=where.get("city"),
        county=where.get("county"), date=day, employer=employer_key(employer),
        terms=frozenset(terms), figures=frozenset(figures), codes=frozenset(codes),
        latin=frozenset(latin), wide=wide, posted=posted or day,
    )


# -- two marks beat a place that differs ----------------------------------------------------------


@pytest.mark.parametrize(
    ("plea", "report"),
    [
        # the firm named in full and the estate: the plea's place is the workers' home
        (summary("恒泰建工集团", place=HOME, kind="call_for_help", terms={"锦澜花园"}),
         summary("苏州恒泰建工有限公司", terms={"锦澜花园"})),
        # the estate and the sum owed
        (summary(None, place=HOME, terms={"翠澜雅苑"}, figures={"y:4600000"}),
         summary("内蒙古九禾置业发展", place={"province": "150000", "city": "150200"},
                 terms={"翠澜雅苑"}, figures={"y:4600000"})),
        # the sum and the township, two counties of one city (one the welders' home county)
        (summary(None, place={"province": "140000", "city": "141100", "county": "141126"},
                 terms={"青阳镇"}, figures={"y:350000"}),
         summary(None, place={"province": "140000", "city": "141100", "county": "141122"},
                 terms={"青阳镇"}, figures={"y:350000"})),
        # the firm and the mine, which another province's gazetteer holds as a county's name
        (summary("盘岭煤炭开发有限公司", kind="workplace_accident", terms={"响石煤矿"},
                 figures={"k:18"}),
         summary("盘岭煤炭开发", place={"province": "520000", "city": "520200"},
                 kind="workplace_accident", terms={"响石煤矿"}, figures={"k:23"})),
    ],
)
def test_two_marks_beat_a_place_that_differs(plea: IncidentSummary,
                                             report: IncidentSummary) -> None:
    assert score(plea, report) >= THRESHOLD


@pytest.mark.parametrize(
    ("plea", "report"),
    [
        # the firm alone: another of its sites
        (summary("恒泰建工集团", place=HOME), summary("苏州恒泰建工")),
        # a building site, a county seat: no site's own name
        (summary("恒泰建工集团", place=HOME, terms={"建筑工地"}),
         summary("苏州恒泰建工", terms={"建筑工地"})),
        (summary("恒泰建工集团", place=HOME, terms={"城关镇"}),
         summary("苏州恒泰建工", terms={"城关镇"})),
        # a brand of many sites is no name in full
        (summary("美团", place=HOME, terms={"锦澜花园"}), summary("美团", terms={"锦澜花园"})),
        # the site alone
        (summary(None, place=HOME, terms={"锦澜花园"}), summary(None, terms={"锦澜花园"})),
        # the firm and the sum without a site: a common name and a sum recur elsewhere
        (summary("宏顺电子有限公司", place=HOME, figures={"y:2300000"}),
         summary("宏顺电子", figures={"y:2300000"})),
        # the site and a round sum of one digit, which many disputes share
        (summary(None, place=HOME, terms={"锦澜花园"}, figures={"y:80000"}),
         summary(None, terms={"锦澜花园"}, figures={"y:80000"})),
    ],
)
def test_one_mark_does_not(plea: IncidentSummary, report: IncidentSummary) -> None:
    assert score(plea, report) == float("-inf")


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("我们几个电焊工在交城县青阳镇一处管网工地干了半年", "青阳镇"),
        ("家属们都守在响石煤矿门口等消息", "响石煤矿"),
        ("工人住在翠澜雅苑后面的工棚里", "翠澜雅苑"),
        ("西湖街道的环卫工今天停工", "西湖街道"),
    ],
)
def test_a_site_named_by_its_own_name_is_a_mark(text: str, site: str) -> None:
    assert [t for t in _site_terms(normalise(text)) if named_site(t)] == [site]


@pytest.mark.parametrize(
    "text",
    ["老乡们都在工地上等老板", "他摔伤后被送到医院", "附近几个煤矿都停产了", "城关镇一处工地欠薪",
     "建筑工地上的工人"],
)
def test_words_around_a_site_are_no_mark(text: str) -> None:
    assert not [t for t in _site_terms(normalise(text)) if named_site(t)]


# -- a mine's firm named after it ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("firm", "group", "mine"),
    [
        ("华岭煤业集团鑫源煤业有限公司", "华煤集团", "鑫源煤矿"),  # the group's short name
        ("晋丰矿业鸿顺煤业有限责任公司", "晋能控股", "鸿顺煤矿"),
        ("兴隆煤业有限公司", "宏泰能源", "兴隆煤矿"),  # the firm's owner
    ],
)
def test_a_mines_firm_named_after_it_is_that_site(firm: str, group: str, mine: str) -> None:
    notice = summary(firm, kind="workplace_accident", terms={mine}, codes=())
    relative = summary(group, kind="workplace_accident", terms={mine}, codes=())
    assert score(notice, relative) >= THRESHOLD


def test_another_mines_firm_is_another_employer() -> None:
    notice = summary("华岭煤业集团金盛煤业有限公司", kind="workplace_accident",
                     terms={"鑫源煤矿"}, codes=())
    relative = summary("华煤集团", kind="workplace_accident", terms={"鑫源煤矿"}, codes=())
    assert score(notice, relative) < THRESHOLD


# -- a sum given rounded --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exact", "rounded"),
    [(479610000, 470000000), (479610000, 480000000), (2384500, 2400000), (1735000, 1730000)],
)
def test_a_sum_given_rounded_is_the_same_figure(exact: int, rounded: int) -> None:
    assert rounded_to(exact, rounded)
    assert figure_marks(f"y:{exact}") & figure_marks(f"y:{rounded}")
    notice = summary(None, kind="call_for_help", figures={f"y:{exact}"})
    follow_up = summary(None, kind="call_for_help", figures={f"y:{rounded}"}, day=None,
                        posted=DAY + timedelta(days=30))
    assert score(notice, follow_up) >= THRESHOLD


@pytest.mark.parametrize(
    ("exact", "other"),
    [(4163500, 4000000), (1735000, 1800000), (479610000, 47000000), (4180000, 4200000)],
)
def test_a_sum_of_one_digit_or_another_is_not(exact: int, other: int) -> None:
    assert not rounded_to(exact, other) and not rounded_to(other, exact)
    notice = summary(None, kind="call_for_help", figures={f"y:{exact}"})
    follow_up = summary(None, kind="call_for_help", figures={f"y:{other}"}, day=None,
                        posted=DAY + timedelta(days=30))
    assert score(notice, follow_up) < THRESHOLD


def test_a_rounded_sum_finds_its_post_in_a_batch() -> None:
    """Five days apart, the sum is all that brings the two posts together (the days' keys
    reach three days)."""
    texts = [("江苏昆山一处工地的农民工今天讨薪，称被拖欠工资47.96万元。", "2023-11-01T20:00:00"),
             ("昆山市的几十名农民工今天到住建局讨薪，他们说老板还欠着48万元工钱。",
              "2023-11-06T20:00:00")]
    items = [(p, extract(p)) for p in (post(t, when, f"s{i}") for i, (t, when) in
                                       enumerate(texts))]
    groups = cluster(items)
    assert groups[0] is not None and groups[0] == groups[1]


# -- a Latin name a Chinese post keeps ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深圳龙华Marvelo制衣厂的工人今天罢工", "n:marvelo"),
        ("狮山这边Hokuriku的工友罢工一个礼拜了", "n:hokuriku"),
        ("昆山Tessaly电子今天停工了，工人堵门", "n:tessaly"),
        ("Workers at Marvelo Garments in Longhua went on strike.", "w:marvelo"),
    ],
)
def test_a_latin_name_is_read(text: str, name: str) -> None:
    assert name in latin_names(text)


@pytest.mark.parametrize(
    "text", ["Adidas供应商的工人罢工", "iPhone生产线全停了", "OQC检验的工人不干了", "Uber司机停运"]
)
def test_a_brand_a_product_or_a_letter_code_is_no_name(text: str) -> None:
    assert not latin_names(text)


def test_a_latin_name_tells_one_firm_across_scripts() -> None:
    worker = summary("丰田", place={}, day=None, posted=DAY, latin={"n:hokuriku"},
                     codes=("f:strike",))
    wire = summary("Hokuriku Auto Parts", place={"province": "440000", "city": "440600"},
                   day=DAY - timedelta(days=4), latin={"w:hokuriku", "w:foshan"},
                   codes=("f:strike",))
    assert score(worker, wire) >= THRESHOLD
    # two Chinese posts whose employers were read apart (a client, a trade)
    a = summary("制衣皮具", latin={"n:marvelo"}, codes=("f:strike",))
    b = summary("优衣库", latin={"n:marvelo"}, codes=("f:strike",))
    assert score(a, b) >= THRESHOLD


def test_capitalised_words_of_two_english_posts_are_no_name() -> None:
    a = summary(None, place={}, day=None, posted=DAY, latin={"w:shenzhen", "w:workers"},
                codes=("f:strike",))
    b = summary(None, place={"province": "440000", "city": "440300"},
                latin={"w:shenzhen", "w:workers"}, codes=("f:strike",))
    assert score(a, b) < THRESHOLD


# -- an action told in many places ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["多地网约车司机今天起停运", "全国各地门店的员工联名写了公开信",
     "Couriers across the country walked off the job on Monday", "各地外卖骑手陆续停工"],
)
def test_an_action_in_many_places_is_read(text: str) -> None:
    assert tells_wide(normalise(text))


@pytest.mark.parametrize(
    "text", ["多地气温突破40度", "江西多地法院今天宣判", "the country's largest freight app",
             "各地都有类似情况"],
)
def test_many_places_of_anything_else_are_not(text: str) -> None:
    assert not tells_wide(normalise(text))


def test_a_brand_tells_an_action_in_many_places_without_a_city() -> None:
    report = summary("货拉拉", place={}, wide=True, codes=("f:strike",))
    wire = summary("货拉拉", place={"province": "440000"}, codes=("f:strike",))
    assert score(report, wire) >= THRESHOLD
    plain = summary("货拉拉", place={}, codes=("f:strike",))
    assert score(plain, wire) < THRESHOLD


# -- on a large batch, the groups are the pairwise rule's --------------------------------------

HOMES = ["四川泸州", "河南周口", "湖南娄底", "重庆"]
WORKS = ["江苏昆山", "内蒙古包头", "山西交城县", "贵州金沙县"]
SITES = ["锦澜花园", "青阳镇", "响石煤矿", "翠澜雅苑"]
FIRMS = ["恒泰建工集团", "九禾置业发展有限公司", "盘岭煤炭开发有限公司", "鑫源煤业有限公司"]
SUMS = ["47.96万", "48万", "47万", "35万", "350000"]
NAMES = ["Marvelo", "Hokuriku", "Tessaly"]
TEMPLATES = [
    "求助！我们是{home}的农民工，在{work}{site}给{firm}干活，被拖欠工资{sum}元，到现在没给。",
    "{work}{site}数十名农民工{day}讨薪，称{firm}拖欠工资{sum}元。",
    "{work}{name}电子厂的工人{day}罢工，抗议拖欠加班费。",
    "Workers at {name} Electronics went on strike on {en_day} over unpaid overtime.",
    "这边{name}的工友罢工一个礼拜了，厂里还想招新人顶班。",
    "{work}的农民工{day}讨薪，称被拖欠工资{sum}元。",
    "多地货拉拉司机{day}停运，抗议抽成太高。",
    "{work}的货拉拉司机{day}停运三天。",
]


def generated(n: int, seed: int) -> list[Post]:
    rng = random.Random(seed)
    start = datetime(2023, 11, 1, 9, tzinfo=CHINA)
    posts = []
    for i in range(n):
        when = start + timedelta(hours=rng.randrange(24 * 30))
        values = {"home": rng.choice(HOMES), "work": rng.choice(WORKS), "site": rng.choice(SITES),
                  "firm": rng.choice(FIRMS), "sum": rng.choice(SUMS), "name": rng.choice(NAMES),
                  "day": rng.choice(["今天", "昨天", f"{when.month}月{when.day}日"]),
                  "en_day": when.strftime("%B %d")}
        posts.append(Post(id=f"r{i}", text=rng.choice(TEMPLATES).format(**values),
                          posted_at=when))
    return posts


def test_groups_equal_the_pairwise_rule_across_places_and_scripts() -> None:
    items: list[tuple[Post, Extraction]] = [(p, extract(p)) for p in generated(300, seed=15)]
    groups = cluster(items)
    assert _partition(groups) == pairwise(items)
    summaries = [summarise(p, ex) for p, ex in items]
    incidents = [s for s, (_, ex) in zip(summaries, items, strict=True) if ex.is_incident]
    merging = [(a, b) for i, a in enumerate(incidents) for b in incidents[:i]
               if score(a, b) >= THRESHOLD]
    # the batch holds pairs that merge across places, by a Latin name, by a rounded sum
    assert any(a.province and b.province and a.province != b.province for a, b in merging)
    assert any(a.latin and b.latin and not a.employer for a, b in merging)
    assert any(a.figures and b.figures and not a.figures & b.figures for a, b in merging)
