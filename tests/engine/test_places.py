from __future__ import annotations

import pytest

from labourmap.engine.geo import default_index
from labourmap.engine.text import normalise
from tests.engine.reading import where


@pytest.mark.parametrize(("text", "expected"), [
    ("广东东莞长安镇一家五金厂的工人停工", ("440000", "441900", None)),
    ("浙江省温州市瑞安市一家鞋厂", ("330000", "330300", "330381")),
    ("河北任丘一家化工厂", ("130000", "130900", "130982")),
    ("北京市朝阳区一处工地", ("110000", "110000", "110105")),
    ("长春市朝阳区的一家商场", ("220000", "220100", "220104")),
    ("重庆两江新区一处工地", ("500000", "500000", None)),
    ("成都的外卖骑手", ("510000", "510100", None)),
])
def test_places_resolve_to_codes(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


def test_an_ambiguous_district_without_its_city_gives_no_county() -> None:
    # (朝阳区 alone is Beijing's: see test_r15_places_geo; 鼓楼区 four cities share alike)
    province, city, county = where("鼓楼区一处工地发生事故")
    assert county is None and city is None


def test_a_person_name_is_no_place() -> None:
    assert where("记者王海东报道，工人讨薪") == (None, None, None)


def test_a_street_is_no_city() -> None:
    assert where("成都人民南路上的重庆路口") == ("510000", "510100", None)


def test_origin_counts_less_than_the_site() -> None:
    text = "几名来自河南周口的工人，在江苏昆山一家电子厂讨薪"
    assert where(text) == ("320000", "320500", "320583")


def test_traditional_text() -> None:
    assert where("廣東深圳寶安區一家工廠") == ("440000", "440300", "440306")


def test_english_names() -> None:
    assert where("Workers in Nanhai district, Foshan, Guangdong") == ("440000", "440600", "440605")
    assert where("drivers in Chengdu went on strike") == ("510000", "510100", None)
    assert where("Workers on Shenzhen Road in Kunming") == ("530000", "530100", None)


def test_outside_the_mainland() -> None:
    loc = default_index().resolve(normalise("台北一家工厂的员工罢工"), "台北一家工厂的员工罢工")
    assert loc.outside is not None and loc.province is None
    text = "Workers in Hanoi, Vietnam"
    loc = default_index().resolve(normalise(text), text)
    assert loc.outside is not None


def test_township_goes_to_place_as_text() -> None:
    text = "广东省佛山市南海区狮山镇一家工厂"
    loc = default_index().resolve(normalise(text), text)
    assert loc.place is not None and loc.place.value == "狮山镇"
    assert loc.county is not None and loc.county.value == "440605"
    s, e = loc.place.spans[0]
    assert text[s:e] == "狮山镇"


@pytest.mark.parametrize(("text", "expected"), [
    # a county's short name fused into a firm's name
    ("【维权观察】顺德美信电器厂的工人今天停工", ("440000", "440600", "440606")),
    ("通报称昆山华宇精密机械有限公司发生事故", ("320000", "320500", "320583")),
    # a firm named like a county elsewhere does not beat the city named in the post
    ("武汉市的新丰鞋厂工人今天罢工", ("420000", "420100", None)),
    # a city after a province whose last character is a surname
    ("黑龍江雙鴨山上千名礦工上街", ("230000", "230500", None)),
    ("那这几天鹤岗街上的人是谁", ("230000", "230400", None)),
    # the workers' hometown is not where they acted
    ("两百多个四川巴中来的农民工今天到广州市政府门口讨薪", ("440000", "440100", None)),
    ("Some 100 workers from Zigong in Sichuan went to the Xiamen government offices on Monday.",
     ("350000", "350200", None)),
    # a place named for another, earlier event
    ("继东莞裕元之后，惠州一家鞋厂工人今天罢工", ("440000", "441300", None)),
    # an English district name without "District"
    ("workers at a shoe factory in Panyu, Guangzhou", ("440000", "440100", "440113")),
])
def test_place_precedence(text: str, expected: tuple[str | None, ...]) -> None:
    assert where(text) == expected


def test_a_list_of_provinces_is_no_place() -> None:
    assert where("drivers struck in Hebei, Henan, Shandong and a dozen other provinces") == (
        None, None, None)


def test_abroad_outweighs_a_hometown() -> None:
    loc = default_index().resolve(
        normalise("workers from henan rioted at a nickel plant in sulawesi"), "x" * 55)
    assert loc.outside is not None


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL - Thousands of unionised workers at a carmaker walked out on Wednesday.",
        "NEW DELHI - Transport workers joined a one-day national strike.",
        "UK: nurses walk out again over pay",
        "首尔一家汽车厂的工会今天宣布罢工三天。",
        "孟买港口工人罢工进入第二天。",
    ],
)
def test_a_dateline_or_a_great_city_abroad_sets_the_post_outside(text: str) -> None:
    loc = default_index().resolve(normalise(text), text)
    assert loc.outside is not None and loc.province is None


def test_a_word_that_holds_a_city_abroad_places_nothing_abroad() -> None:
    text = "Workers from Baoan district, Shenzhen, say the bukit plant owes them pay."
    loc = default_index().resolve(normalise(text), text)
    assert loc.outside is None and loc.city is not None
