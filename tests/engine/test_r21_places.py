"""Round 21, places: wordings of where an event happened that several writers' posts share.

What the round's rules read, in plain words:

- where a firm merges its lines to, and where workers will not follow it (合并到惠州去,
  不愿去江门的), is no more the place than where it moves to;
- where workers walk home to (从大理走回四川, 过年回不了四川) is where they come from;
- 宝山 with a word of place after it (宝山这边, 宝山那家) is Shanghai's district, and 南山科技园
  Shenzhen's;
- 长安 right before a factory's name (长安金宝厂, 长安107国道) is Dongguan's township;
- a county's name several cities share, run into a township's stem of one of them (龙华观澜,
  白云区太和镇), is that one's;
- a county's short name after a measure word (开了个小店) is a noun, no place;
- a run of places after 在 and before 那边 (在西安长安区郭杜那边) is where the speaker is, no
  aside.

Every example here is written for these tests.
"""

from __future__ import annotations

import pytest

from labourmap.engine.bare_towns import bare_town
from labourmap.engine.geo import default_index
from labourmap.engine.text import normalise


def _where(text: str) -> tuple[str | None, str | None, str | None]:
    index = default_index()
    norm = normalise(text)
    loc = index.resolve(norm, text)
    bare_town(index, norm, text, loc)
    prov, city, county = (str(f.value) if f else None for f in (loc.province, loc.city, loc.county))
    return prov, city, county


# -- where a firm merges its lines, where workers will not follow ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "厂里要把生产线合并到肇庆去，三百多人今天停工，补偿一分没有。",
        "家具厂说下个月搬厂，不愿去肇庆的就自己走人，工人们今天都没上班。",
        "灯饰厂罢工第二天，工人都不愿意去肇庆新厂，要求先给补偿。",
    ],
)
def test_where_a_firm_merges_or_workers_will_not_go_is_no_place(text: str) -> None:
    assert _where(text)[1] is None


def test_a_place_workers_go_to_for_work_is_still_a_place() -> None:
    # (near miss: 去 alone, not 不愿去, leaves the place as it is)
    assert _where("我们十几个人去肇庆的工地干活，老板欠了三个月工资。")[:2] == ("440000", "441200")


# -- where workers go home to --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "讨不到工钱，我们只能走回贵州了，在昆明干了一年白干。",
        "过年回不了贵州了，在昆明的工地干了一年一分钱没拿到。",
        "工钱要不到，我们几个打算走路回贵州，昆明这个工地的老板跑了。",
    ],
)
def test_where_workers_go_home_to_is_their_origin(text: str) -> None:
    assert _where(text)[:2] == ("530000", "530100")


def test_coming_back_to_work_is_not_going_home() -> None:
    # (near miss: 回来 is not a trip home, the place stays)
    assert _where("贵州的工地上，工人们回来以后发现老板跑了。")[0] == "520000"


# -- 宝山 with a word of place, 南山科技园 -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("宝山这边的货车司机今天都停了，运价太低。", "310113"),
        ("宝山那家物流公司的司机昨天罢工了。", "310113"),
        ("宝山这几天好多集卡停在路边不动。", "310113"),
        ("南山科技园一栋楼的保安今天集体讨薪。", "440305"),
    ],
)
def test_an_everyday_word_with_a_word_of_place_is_the_district_meant(
    text: str, county: str
) -> None:
    assert _where(text)[2] == county


@pytest.mark.parametrize(
    "text", ["入宝山而空手归，这家厂的工人一分钱没拿到。", "南山上的护林员三个月没发工资。"]
)
def test_an_everyday_word_alone_is_no_district(text: str) -> None:
    assert _where(text)[2] is None


# -- 长安 before a factory's name -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "长安宏利电子厂今天上千人停工，要求补缴社保。",
        "昨天长安鑫达五金三百多人罢工。",
        "长安107国道又堵了，一家鞋厂的工人上路讨薪。",
        "长安一家鞋厂三百多名工人今天罢工，讨要欠薪。",
    ],
)
def test_changan_before_a_factory_is_dongguans(text: str) -> None:
    assert _where(text)[:2] == ("440000", "441900")


@pytest.mark.parametrize(
    "text",
    ["长安汽车的工人今天停工了。", "长安街上几个农民工举着牌子讨薪。", "长安的工人今天都没上班。"],
)
def test_changan_as_a_car_or_a_street_is_no_township(text: str) -> None:
    assert _where(text)[:2] != ("440000", "441900")


# -- a shared county's name run into one of its townships ------------------------------------


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("白云区太和镇一家皮具厂的工人今天停工了。", "440111"),
        ("龙华观澜一家电子厂两百人今天没进车间。", "440309"),
        ("在龙华观澜的表带厂干了五年，厂子突然关了。", "440309"),
        ("龙华大浪一家制衣厂两百多人停工，抗议降低计件单价。", "440309"),
    ],
)
def test_a_township_tells_which_shared_county(text: str, county: str) -> None:
    assert _where(text)[2] == county


@pytest.mark.parametrize(
    "text", ["白云区一家皮具厂的工人今天停工了。", "龙华观澜湖那边的球场员工今天不干了。"]
)
def test_a_shared_county_alone_stays_untold(text: str) -> None:
    assert _where(text)[2] is None


# -- a measure word's noun --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老王回老家开了个小店，再也不进厂了。",
        "攒了几年钱，想开个小店。",
        "他辞了工，开了个小店。",
    ],
)
def test_a_short_name_after_a_measure_word_is_no_place(text: str) -> None:
    assert _where(text)[2] != "140105"


def test_a_county_named_as_a_place_is_still_read() -> None:
    assert _where("太原小店区一家物业公司的保洁员今天讨薪。")[2] == "140105"


# -- 在 before a run of places told as there -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("去年在咸阳干过一年。这回在西安长安区那边的工地，二十来个人没去干活。", "610100"),
        ("以前在惠州打工。现在在深圳宝安那边的厂里，三百人今天停工了。", "440300"),
        ("前年在宜昌干过。今年在武汉江夏那边的工地，工头欠了我们三个月工资。", "420100"),
    ],
)
def test_a_run_of_places_after_zai_is_where_the_speaker_is(text: str, city: str) -> None:
    assert _where(text)[1] == city


def test_a_run_of_places_told_as_there_is_still_an_aside() -> None:
    # (near miss: no 在 before the run, the place there counts for little beside the own one)
    assert _where("我们在武汉的工地讨薪，深圳宝安那边刚复工。")[1] == "420100"
