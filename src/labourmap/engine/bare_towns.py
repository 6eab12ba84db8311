"""Townships named by their bare stem with no unit before them (在塘厦打工, 燕郊这边的仓库,
大朗某毛织厂): how posts from a town name where they are, read by
:mod:`labourmap.engine.geo`.

A township's stem alone (塘厦 of 塘厦镇) is read only where it is safe: the stem names one
township in the whole gazetteer and no county, city or province (长安 is also Xi'an's
district: not read), is no everyday word (no stem all of whose characters are among the most used), and is written where a place is expected — after
在, 到, 去 or 于, or before 那边, 这边, 一带, 那家, 一家, 某 or a firm's name (厂, 公司). It
then gives the township's province and city where the post names no other unit, or the city
where the post's province is the township's and no city was chosen. A stem that begins a
longer word (塘厦 inside 新塘厦村) or lies inside a place found is not read. One stem that
districts bear too is read all the same right before a factory's name: 长安 (长安金宝厂,
长安107国道), Dongguan's township of factory posts.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from labourmap.engine.automaton import common_characters
from labourmap.engine.geo_towns import town_rows, town_stem
from labourmap.engine.model import Found
from labourmap.engine.placenames import EXTRA_COMMON, TIME_BEFORE
from labourmap.places import COMMON_WORD_SHORTS, Gazetteer

if TYPE_CHECKING:
    from labourmap.engine.geo import Location, PlaceIndex

_EVERYDAY = 300  # the most used Chinese characters of posts, of which everyday words are made
_BEFORE = frozenset("在到去")
# 塘厦那边, 燕郊这边, 大朗某村那边: a deictic after the stem (or after a village of its
# township) says it is a place whatever comes before
_DEICTIC = re.compile(r"(?:[\u4e00-\u9fff]{1,2}村)?(?:那边|这边|那里|这里|那块|一带|那家|这家|那几家)")
# 大朗某毛织厂, 黄江一家鞋厂: a firm after the stem, the stem at a sentence's start or after 在
_FIRM = re.compile(
    r"附近|一家|几家|某|镇上|镇里|街上|工业区|工业园|"
    r"[^\s\W\d说讲问称的在和跟与被把让给对是了里]{0,4}?(?:鞋厂|电子厂|工厂|厂|公司)"
)
# 在塘厦打工, 到燕郊上班: what follows a stem after 在, 到 or 去 where it is a place
_AFTER_PREP = re.compile(r"的|打工|上班|做工|干活|工作|务工|[，。！？、,.!?\s]|$")
# 正在抽水, 还在抽水。: 在 after a word of time going on is the verb's aspect, not "at"
_GOING_ON = frozenset("正还仍")
_CLAUSE_END = re.compile(r"[，。！？；,.!?;\s]|$")
_EDGE = re.compile(r"[\s，。！？；：、,.!?;:（）()【】#“”\"'…]")


@cache
def _unique(gz: Gazetteer) -> dict[str, str]:
    """Each stem that one township alone bears and no unit is named by: stem -> its code."""
    seen: dict[str, str | None] = {}
    for code, name in town_rows(gz):
        stem = town_stem(name)
        if stem is not None:
            seen[stem] = None if stem in seen else code
    units = {name for name, _ in gz.aliases()}
    for div in gz.units_and_towns():
        # (a township already made into a division, by a search before, is still a township)
        if not isinstance(div, tuple) and div.level != "town":
            units.update((div.name_zh, div.short_zh))
    common = set(COMMON_WORD_SHORTS) | EXTRA_COMMON
    # 工程, 市场, 楼下 (工程街道, 楼下镇): every character among the most used in posts is the
    # mark of an everyday word, not of a township's name (塘厦, 大朗: one rare character)
    everyday = set([c for c in common_characters() if "\u4e00" <= c <= "\u9fff"][:_EVERYDAY])
    return {
        stem: code
        for stem, code in seen.items()
        if code is not None
        and stem not in units
        and stem not in common
        and not set(stem) <= everyday
        and all(stem + suffix not in units for suffix in "市县区")
    }


def bare_town(index: PlaceIndex, norm: str, text: str, loc: Location) -> None:
    """Fill the province and city (and ``place``) from a bare township stem where the post
    names no unit, or the city alone where its province is the township's (made-up: 在塘厦打工
    gives Guangdong, Dongguan)."""
    if loc.city is not None or loc.outside is not None:
        return
    taken = [(m.start, m.end) for m in loc.mentions]
    found = _first(index.gz, norm, taken) or (_known(norm, taken) if "长安" in norm else None)
    if found is None:
        return
    start, end, code = found
    prov, city, _ = index.chain(code)
    if prov is None or city is None:
        return
    if loc.province is not None and loc.province.value != prov:
        return
    span = ((start, end),)
    if loc.province is None:
        loc.province = Found(prov, span, 0.5)
    loc.city = Found(city, span, 0.5)
    if loc.place is None:
        loc.place = Found(text[start:end], span, 0.5)


@cache
def _heads(gz: Gazetteer) -> frozenset[str]:
    """The first two characters of every stem :func:`_unique` keeps."""
    return frozenset(stem[:2] for stem in _unique(gz))


def _first(gz: Gazetteer, norm: str, taken: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The first bare stem written where a place is expected: (start, end, township code)."""
    stems = _unique(gz)
    heads = _heads(gz)
    for i in range(len(norm) - 1):
        if norm[i : i + 2] not in heads:
            continue  # (no stem starts here: most places of most posts)
        for size in (4, 3, 2):
            code = stems.get(norm[i : i + size])
            if code is None or any(s < i + size and i < e for s, e in taken):
                continue
            if _placed(norm, i, i + size):
                return i, i + size, code
    return None


# A stem that is also a district's short name, yet before a factory's name means the one
# township of factory posts (长安金宝厂, 长安鸿达五金, 长安107国道: Dongguan's 长安镇; not
# 长安汽车, 长安福特, 长安街)
_KNOWN = {"长安": "441900119"}
_KNOWN_FIRM = re.compile(
    r"(?!汽车|福特|马自达|铃木|标致|客车|集团|大学|街|路|区|县|镇|城|剧|的)"
    r"(?:[\u4e00-\u9fff]{1,4}?(?:厂|公司|五金|电子|鞋业|制衣|玩具|塑胶)|[0-9]{2,3}国道)"
)


def _known(norm: str, taken: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """The first stem of ``_KNOWN`` at a text's or sentence's start, or after 在, 到, 去 or a
    word of time (昨天), right before a factory's name."""
    for stem, code in _KNOWN.items():
        at = norm.find(stem)
        while at >= 0:
            end = at + len(stem)
            before = norm[at - 1] if at else ""
            if (
                (
                    before == ""
                    or before in _BEFORE
                    or _EDGE.match(before)
                    or norm[at - 2 : at] in TIME_BEFORE
                )
                and not any(s < end and at < e for s, e in taken)
                and _KNOWN_FIRM.match(norm, end)
            ):
                return at, end, code
            at = norm.find(stem, end)
    return None


def _placed(norm: str, start: int, end: int) -> bool:
    """Whether the stem at norm[start:end] is written where a place is expected."""
    if _DEICTIC.match(norm, end):
        return True
    before = norm[start - 1] if start else ""
    if before in _BEFORE:
        if before == "在" and _going_on(norm, start - 1, end):
            return False
        return _AFTER_PREP.match(norm, end) is not None or _FIRM.match(norm, end) is not None
    edge = before == "" or _EDGE.match(before) is not None
    return edge and _FIRM.match(norm, end) is not None


def _going_on(norm: str, zai: int, end: int) -> bool:
    """Whether the 在 at ``zai`` says an action is going on (正在 X; 还在 X, or 仍在 X, ending its
    clause): what follows is a verb (抽水乡's stem is also "pumping water"), not a place."""
    if zai == 0 or norm[zai - 1] not in _GOING_ON:
        return False
    return norm[zai - 1] == "正" or _CLAUSE_END.match(norm, end) is not None
