"""Townships named by their bare stem where a place is expected (labourmap.engine.bare_towns)."""

from __future__ import annotations

import pytest

from tests.engine.reading import record


def _where(text: str) -> tuple[object, object]:
    rec = record(text)
    return rec["province"], rec["city"]


@pytest.mark.parametrize(
    "text",
    [
        "在大朗打工的三百多名工人今天罢工，堵在厂门口讨要欠薪。",
        "虎门那边一家服装厂的工人今天停工了，说计件单价又降了。",
        "塘厦某电子厂昨天几百人罢工，要求补发加班费。",
        "寮步一家五金厂老板跑路，工人堵在厂门口讨薪。",
    ],
)
def test_bare_dongguan_town_gives_its_city(text: str) -> None:
    assert _where(text) == ("440000", "441900")


def test_bare_town_of_hebei_gives_its_city() -> None:
    text = "燕郊这边的快递仓今晚一百多名工人罢工，抗议夜班补贴取消。"
    assert _where(text) == ("130000", "131000")


def test_bare_town_agrees_with_the_province_named() -> None:
    rec = record("广东的樟木头那边一家鞋厂今天两百多名工人罢工，讨要欠薪。")
    assert (rec["province"], rec["city"]) == ("440000", "441900")


@pytest.mark.parametrize(
    "text",
    [
        # 长安: also Xi'an's district, not read alone (but before a factory's name: round 21)
        "长安的三百多名工人今天罢工，讨要欠薪。",
        # 工程: an everyday word
        "问题在于工程款层层转包，两百多名工人今天罢工讨薪。",
        # a person, not the town
        "黄江说厂里三百多名工人今天罢工，讨要欠薪。",
        # the province named is not the town's
        "浙江的大朗那边一家厂三百多名工人今天罢工，讨要欠薪。",
    ],
)
def test_bare_stem_near_misses(text: str) -> None:
    assert _where(text) != ("440000", "441900")


def test_bare_town_after_its_township_was_looked_up() -> None:
    """A township the gazetteer has already made into a division (a search or a listing of
    Dongguan's towns before, as a review page's place picker does) is still a township, not
    a unit whose name hides the stem."""
    from labourmap.engine import bare_towns
    from labourmap.places import get_gazetteer

    assert get_gazetteer().children("441900")  # 大朗镇, 塘厦镇 … made divisions
    bare_towns._unique.cache_clear()
    bare_towns._heads.cache_clear()
    assert _where("塘厦某电子厂昨天几百人罢工，要求补发加班费。") == ("440000", "441900")


@pytest.mark.parametrize(
    "text",
    [
        # 抽水乡's stem is also "pumping water": 还在/正在/仍在 make it the verb
        "更新：矿上还在抽水，家属都守在井口，说下井的人还没消息。",
        "透水事故后救援队正在抽水，被困的十一名矿工仍无音讯。",
        "工地基坑塌了，消防员仍在抽水，下面还有两名工人没出来。",
    ],
)
def test_a_stem_after_zai_of_an_action_going_on_is_no_township(text: str) -> None:
    assert _where(text) == (None, None)


def test_a_stem_after_plain_zai_is_still_a_township() -> None:
    # the near-miss: 在 alone before the stem and 打工 after it is where the speaker works
    assert _where("在大朗打工的三百多名工人今天罢工，讨要欠薪。") == ("440000", "441900")
    assert _where("我老公还在大朗打工，厂里三个月没发工资了。") == ("440000", "441900")
