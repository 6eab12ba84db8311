"""Places abroad, read from ``engine/data/abroad.json``: an event in a state abroad is no
incident, a mainland post that names one in passing is still read, and no name listed is a
mainland unit's name or an everyday word run together."""

from __future__ import annotations

import json

import pytest

from labourmap.engine.geo import default_index
from labourmap.engine.placenames import ABROAD, ABROAD_FILE
from labourmap.engine.text import normalise
from labourmap.places import get_gazetteer
from tests.engine.reading import record, where

DATA = json.loads(ABROAD_FILE.read_text(encoding="utf-8"))


def _outside(text: str) -> bool:
    return default_index().resolve(normalise(text), text).outside is not None


def _abroad_named(text: str) -> bool:
    loc = default_index().resolve(normalise(text), text)
    return any(e.form == "abroad" for m in loc.mentions for e in m.entries)


# -- the data ---------------------------------------------------------------------------------


def test_every_state_but_china_is_listed_once() -> None:
    codes = [row["iso"] for row in DATA["countries"]]
    assert len(codes) == len(set(codes)) == 194  # 193 UN members, the Holy See, Palestine
    assert "CN" not in codes
    assert all(row["zh"] or row["en"] for row in DATA["countries"])
    assert DATA["source"].startswith("Every sovereign state of ISO 3166-1")


def test_no_listed_chinese_name_is_a_mainland_units_name() -> None:
    gz = get_gazetteer()
    mainland = set()
    for div in gz.all():
        if div.mainland and div.level != "town":
            mainland.add(div.name_zh)
            if div.short_zh:
                mainland.add(div.short_zh)
    mainland.update(old for old, div in gz.aliases() if div.mainland)
    chinese = {name for name in ABROAD if not name.isascii()}
    # 九龙 (Kowloon) was read both ways before the list was data, and still is
    assert chinese & mainland == {"九龙"}


def test_the_names_left_out_are_not_listed() -> None:
    left = {name for key in DATA["left_out"] for name in key.split("|")}
    assert left.isdisjoint(ABROAD)
    for word in ("中非", "马里", "加纳", "海地", "多哥", "黑山", "蒙古", "jordan", "georgia",
                 "chad", "guinea", "niger", "mali", "china", "us"):
        assert word not in ABROAD
    for name in ("南非", "沙特", "阿联酋", "首尔", "胡志明市", "dhaka", "九龙", "台北", "非洲"):
        assert name in ABROAD


# -- an event abroad is no incident -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "南非约翰内斯堡郊外一座金矿的数百名矿工今天罢工，要求加薪百分之十。",
    "在坦桑尼亚达累斯萨拉姆港，上百名码头工人昨天停工，抗议公司拖欠三个月工资。",
    "乌干达坎帕拉一家纺织厂两百多名工人今天在厂门口拉横幅讨薪。",
    "Hundreds of miners at a copper mine in Zimbabwe went on strike on Monday over unpaid wages.",
    "LUSAKA - Workers at a smelter walked out on Tuesday, demanding a pay rise.",
    "ACCRA - Some 300 workers at a gold mine in Ghana blocked the site road demanding back pay.",
])
def test_an_event_in_a_state_newly_listed_is_no_incident(text: str) -> None:
    assert _outside(text)
    assert not record(text)["is_incident"]


# -- a mainland post that names a state abroad in passing is still read -----------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("苏州吴中一家电子厂一百多名工人今天在厂门口拉横幅讨薪，这家厂在坦桑尼亚也有一个分厂。",
     ("320000", "320500", "320506")),
    ("刚从莫桑比克回来的老周和二十多个工友，今天一起到邵阳市人社局讨要去年的工钱。",
     ("430000", "430500", None)),
    ("Workers at a shoe factory in Huizhou, Guangdong, whose owner also runs a plant in "
     "Cameroon, went on strike on Monday over unpaid wages.", ("440000", "441300", None)),
])
def test_a_state_abroad_named_in_passing_leaves_the_mainland_event(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert not _outside(text)
    assert where(text) == expected
    assert record(text)["is_incident"]


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: 中非 (China and Africa), 加纳 in 增加纳税, 多哥 in 好多哥们, 海地 in 沿海地区
    ("宁波北仑一家做中非贸易的外贸公司三十多名员工今天集体讨薪。", ("330000", "330200", "330206")),
    ("老板说增加纳税负担就不发年终奖，东莞凤岗一家五金厂上百人今天停工。",
     ("440000", "441900", None)),
    ("好多哥们今天都在佛山顺德的厂门口停工，要求补发加班费。", ("440000", "440600", "440606")),
    ("温州沿海地区一家鞋厂两百多名工人今天罢工讨薪。", ("330000", "330300", None)),
])
def test_an_everyday_word_left_out_of_the_list_places_nothing_abroad(
    text: str, expected: tuple[str | None, ...]
) -> None:
    assert not _abroad_named(text)
    assert where(text) == expected
