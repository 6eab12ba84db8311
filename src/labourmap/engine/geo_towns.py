"""Townships named by their bare stem right after the unit they lie in (湖州织里, 成都簇桥站,
重庆回兴, 双流东升): how posts name a place below the county, read by
:mod:`labourmap.engine.geo`.

A township's name without its suffix (织里 of 织里镇, 簇桥 of 簇桥街道) is too short and too
common a word to be read alone; written right after its own county, city or municipality, the
pair confirms both. The stem is then the event's ``place`` (as text: a township gives no
county of its own, for the county it lies in is not what a post names), and keeps a county's
short name that its surroundings alone would not keep (昨天双流东升站). A short name several
counties share (龙华: Shenzhen's, Haikou's) is told apart by it where the stem is one of them
alone's (龙华观澜: Shenzhen's), not where it runs on into a longer name (龙华观澜湖); a
city's name several share is left to the other names in the post.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from labourmap.engine.geo_context import Mention
from labourmap.engine.placenames import BRAND_TRADE, COMPOUND, FUSED_FIRM, Entry
from labourmap.places import Gazetteer

_SUFFIXES = ("街道办事处", "街道", "办事处", "民族乡", "地区", "苏木", "镇", "乡")
# the suffixes by their last character (each list in the order of _SUFFIXES)
_SUFFIXES_BY_LAST: dict[str, list[str]] = {}
for _suffix in _SUFFIXES:
    _SUFFIXES_BY_LAST.setdefault(_suffix[-1], []).append(_suffix)
_MUNICIPALITIES = frozenset(("11", "12", "31", "50"))
# stems that are everyday words or name a kind of place, not one place (城关, 人民, 开发区)
_GENERIC = frozenset(
    "城关|城区|城南|城北|城东|城西|城中|城厢|城郊|中心|新城|新华|人民|东风|红旗|胜利|解放|建设|和平|"
    "光明|向阳|前进|新村|新区|民主|团结|复兴|文化|幸福|友谊|健康|青年|公园|花园|东方|南方|北方|西部|"
    "东部|南部|北部|中部|市区|郊区|老城|新街|大街|街道|站前|车站|港口|机场|火车站|大学|学院|中学|"
    "小学|医院|工人|农民|职工|工厂|公司|集团|政府|社区|环城|长江|黄河|黄海|东海|南海|西湖|金融|"
    "商业|科技|创新|朝阳|滨海|滨江|滨湖|沿江|沿海|江南|江北|河东|河西|河南|河北|湖南|湖北|山东|山西|"
    "广东|广西|一中|二中|三中|天河|城内|城外|高新|经济|工业|开发".split("|")
)
_NOT_A_PLACE = re.compile(
    r"开发|工业|园区|经济|高新|管委|农场|林场|牧场|监狱|矿区|示范|保税|口岸|站"
)
# 西溪世纪中心, 荷城花园, 上塘路, 李村附近: the stem begins a building's, an estate's or a road's
# name, or is a landmark
_NO_PLACE_AFTER = (
    *COMPOUND,
    *"路|中心|世纪|国际|商场|商城|酒店|公园|医院|附近|旁边|周边|对面|大道|大街|巷|胡同|号|机场|新区|"
    "开发区|高新区|工业园|园区|片区|新城|商圈".split("|"),
)
_UNIT_LEVELS = ("province", "prefecture", "county")


class Stem(NamedTuple):  # (a tuple: saved and loaded fast, see geo_prebuilt)
    county: str  # "" where the stem names townships of several counties under the parent
    town: str


class TownStems:
    """For each county, city and municipality, the stems of its townships' names."""

    def __init__(self, gz: Gazetteer) -> None:
        self._by_parent: dict[str, dict[str, Stem]] = {}
        old = {name for name, _ in gz.aliases()}  # 汉沽(区): an old county's name, not a township's
        for code, name in town_rows(gz):
            stem = town_stem(name)
            if stem is None or stem + "区" in old or stem + "县" in old or stem + "市" in old:
                continue
            county = code[:6]
            mine = Stem(county, code)  # (one for all its parents: it is never changed)
            parents: tuple[str, ...] = (county, code[:4] + "00")
            if code[:2] in _MUNICIPALITIES:
                parents += (code[:2] + "0000",)
            for parent in parents:
                stems = self._by_parent.get(parent)
                if stems is None:
                    stems = self._by_parent[parent] = {}
                had = stems.get(stem)
                if had is None:
                    stems[stem] = mine
                elif had.county != county:
                    stems[stem] = Stem("", had.town)
        # the first two characters of every stem: where the text after a unit begins with none,
        # no stem follows it (most units in posts)
        self._heads = frozenset(stem[:2] for stems in self._by_parent.values() for stem in stems)

    def after(self, norm: str, chosen: list[Mention]) -> list[tuple[Mention, Mention]]:
        """Each unit named right before a stem of one of its townships, every reading of its
        name holding it: (the unit's mention, the stem's mention as a township)."""
        found: list[tuple[Mention, Mention]] = []
        heads = self._heads
        before = [m for m in chosen if norm[m.end : m.end + 2] in heads]
        if not before:
            return found
        unit_starts = {m.start for m in chosen if any(e.level in _UNIT_LEVELS for e in m.entries)}
        for m in before:
            if m.end in unit_starts or m.end >= len(norm):
                continue
            hits = [
                (e, hit)
                for e in m.entries
                if e.level in _UNIT_LEVELS and (hit := self._stem_at(norm, m.end, e.code))
            ]
            counties = {hit[1].county for _, hit in hits}
            units = sum(e.level in _UNIT_LEVELS for e in m.entries)
            if len(counties) != 1 or (len(hits) < units and not _one_county(m, hits)):
                continue  # (a shared city's name is left to the other names of the post)
            size, stem = hits[0][1]
            if norm.startswith(_NO_PLACE_AFTER, m.end + size) or _firm_after(norm, m.end + size):
                continue
            if len(hits) < units:
                if norm[m.end + size : m.end + size + 1] in _NAME_GOES_ON:
                    continue  # 龙华观澜湖: a resort's name, not Shenzhen's 观澜
                m.entries = [hits[0][0]]  # 龙华观澜: Shenzhen's 龙华, whose township 观澜 is
            town = Mention(m.end, m.end + size, [Entry(stem.town, "town", "town")], m.weight)
            found.append((m, town))
        return found

    def _stem_at(self, norm: str, at: int, parent: str) -> tuple[int, Stem] | None:
        stems = self._by_parent.get(parent)
        if not stems:
            return None
        for size in (4, 3, 2):
            stem = stems.get(norm[at : at + size])
            if stem is not None:
                return (size, stem) if stem.county else None
        return None


# a stem run on into one of these begins a longer name (观澜湖, 南湾山)
_NAME_GOES_ON = frozenset("湖山江河岛湾")


def _one_county(m: Mention, hits: list[tuple[Entry, tuple[int, Stem]]]) -> bool:
    """A county's short name several cities share (龙华: Shenzhen's, Haikou's) before a stem of
    one of them alone: the stem tells which. So for a name every reading of which is an everyday
    word's (中山: Zhongshan city's, Dalian's district's), read only where what follows confirms it."""
    return len(hits) == 1 and (
        all(e.level == "county" for e in m.entries) or all(e.form == "common" for e in m.entries)
    )


def _firm_after(norm: str, at: int) -> bool:
    """成都华兴玩具厂, 张家港后塍建筑安装工程有限公司: the stem begins a firm's name (a trade's
    word right after it, or a firm's word with no 一家, 这家 between)."""
    if norm.startswith(BRAND_TRADE, at):
        return True
    firm = FUSED_FIRM.match(norm, at)
    return firm is not None and _COUNTED.search(firm.group()) is None


_COUNTED = re.compile(r"[家个间座这那的]")


def town_rows(gz: Gazetteer) -> Iterator[tuple[str, str]]:
    """Every township's (code, name), whether the gazetteer holds it as a row or a division."""
    for div in gz.units_and_towns():
        if isinstance(div, tuple):
            yield div
        elif div.level == "town":
            yield div.code, div.name_zh


def town_stem(name: str) -> str | None:
    """织里镇 -> 织里; None where the stem is too short or no place's name (城关, 开发区)."""
    for suffix in _SUFFIXES_BY_LAST.get(name[-1:], ()):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        return None
    if not 2 <= len(stem) <= 4 or stem in _GENERIC or _NOT_A_PLACE.search(stem):
        return None
    return stem


def town_stems(
    stems: list[tuple[Mention, Mention]], kept: list[Mention], starts: set[int]
) -> list[Mention]:
    """The townships the stems name where their unit was kept (unless its full name, 织里镇,
    was found there already)."""
    return [
        town for unit, town in stems if town.start not in starts and any(k is unit for k in kept)
    ]
