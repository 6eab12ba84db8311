"""Whether a name found in a post is a place there, read from the words around it (the rules
1-3 and 6 of :mod:`labourmap.engine.geo`): a short name needs place-like surroundings and no
surname before it; a street, a route's end or an ownership word is no place; an origin, a
hospital the hurt were taken to or a landmark counts little; a name run into a firm's name after
a county's is part of it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from labourmap.engine.firm_clients import client_named
from labourmap.engine.model import Span
from labourmap.engine.placenames import (
    ABROAD_FIRM_EN,
    ABROAD_FIRM_ZH,
    AFTER_OK,
    AGE_FROM,
    ASIDE_AFTER,
    BEFORE_OK,
    BRAND_TRADE,
    COMPOUND,
    DISASTER_AFTER,
    EN_FIRM_OF,
    EN_HOSPITAL_AFTER,
    EN_ROUTE,
    EN_ROUTE_AFTER,
    EN_STREET,
    EN_TAKEN_BEFORE,
    FUNDED_HEAD,
    FUSED_FIRM,
    MOVED_TO,
    NEAR_BEFORE,
    ORIGIN_AFTER,
    ORIGIN_AFTER_RE,
    ORIGIN_BEFORE,
    PETITION_AFTER,
    PETITION_TRIP,
    REGION_WORDS,
    REPORTED_FROM,
    SPLIT_WORDS,
    STREET,
    SURNAME_PREPOSITIONS,
    SURNAMES,
    TAKEN_TO,
    TIME_BEFORE,
    WE_ARE_FROM,
    Entry,
)
from labourmap.engine.village_mines import LANDFORMS, MINE_SUFFIXES


@dataclass(slots=True)  # (made a few times a post, and read often)
class Mention:
    start: int
    end: int
    entries: list[Entry]
    weight: float = 1.0
    # where the hurt were taken, where a firm would move, a landmark: a place all the same
    elsewhere: bool = False

    @property
    def span(self) -> Span:
        return (self.start, self.end)


def is_ascii_word(c: str) -> bool:
    return c.isascii() and c.isalnum()


def keep(norm: str, m: Mention, starts: set[int], ends: set[int]) -> Mention | None:
    key = norm[m.start : m.end]
    before = norm[m.start - 1] if m.start else ""
    after = norm[m.end : m.end + 4]
    joined_before = m.start in ends
    joined_after = m.end in starts
    if key.isascii():
        if client_named(norm, m.start, m.end):
            return None  # "a subcontractor supplying Dongfang Motors": the client's name
        if (
            EN_HOSPITAL_AFTER.match(norm, m.end) and EN_TAKEN_BEFORE.search(
                norm, max(0, m.start - 30), m.start
            )
        ) or (EN_FIRM_OF.match(norm, m.end) and norm.endswith(("a ", "an "), 0, m.start)):
            # (and "a Jiangsu contractor's site in Laos": where the firm is from, a place only
            # where no other is named)
            m.weight = 0.2
            m.elsewhere = True
        tail = norm[m.end : m.end + 12]
        if (
            # (not "on a Beijing street", "a Dongguan town": a street or town of that place)
            (
                tail.startswith(EN_STREET)
                and not tail.startswith(" owned by")  # "a plant in Hanoi owned by …": a place
                and not (
                    tail.startswith(_EN_PLACE_NOUN) and norm.endswith(("a ", "an "), 0, m.start)
                )
            )
            or EN_ROUTE.match(norm, m.end)
            or (before == "-" and tail.startswith(EN_ROUTE_AFTER))
        ):
            return None
    else:
        if key[0] == "资" and before in FUNDED_HEAD:
            return None
        if key == "和县" and before and before not in BEFORE_OK and not joined_before:
            return None  # 监理站和县府: 和 joins two bodies (… and the county's), no 和县
        if after.startswith(STREET) and not joined_after and not after.startswith(("街上", "街头")):
            if not any(
                e.form == "full" and e.level != "town" for e in m.entries
            ) or after.startswith(("路", "街", "大道", "大街")):
                return None
        shorts = [e for e in m.entries if e.form == "short"]
        if shorts and len(shorts) == len(m.entries):
            if after.startswith(COMPOUND):
                return None  # 莲花小区: an estate's name
            if after[:1] in LANDFORMS and after[1:3] in MINE_SUFFIXES:
                return None  # 金山沟煤矿: the mine of a village named 金山沟, no 金山区
            if before + key[0] in SPLIT_WORDS:
                return None  # 今天全厂: 天全 is no place
            if before + key[0] in REGION_WORDS and not joined_before:
                return None  # 鲁南通达: 南通 is no place (江苏南通 is)
            before_ok = (
                not before
                or before in BEFORE_OK
                or joined_before
                or norm[m.start - 2 : m.start] in TIME_BEFORE
            )
            after_ok = joined_after or after.startswith(AFTER_OK)
            surname = (
                before in SURNAMES
                and not after_ok
                and not joined_before
                and norm[m.start - 2 : m.start] not in SURNAME_PREPOSITIONS
            )
            county_only = all(e.level == "county" for e in shorts)
            if county_only and before == "个" and not joined_before:
                return None  # 开了个小店: a measure word's noun (a shop), no 小店区
            firm = FUSED_FIRM.match(norm, m.end)
            fused = county_only and (after.startswith(BRAND_TRADE) or firm is not None)
            if surname or (county_only and not (before_ok or after_ok or fused)):
                return None
            # 昆山中荣金属, 新丰鞋厂: a firm's name may hold a place (邳州官湖镇板材厂: one run
            # into another place's name is a place)
            # (吴江汾湖的铭达厂: a place that 的 ties to a firm is where the firm is)
            if fused and not joined_before and not joined_after and "的" not in (
                firm.group() if firm is not None and not after.startswith(BRAND_TRADE) else ""
            ):
                m.weight = 0.6
    prev = norm[max(0, m.start - 24) : m.start]
    if key == "北京" and prev.endswith(PETITION_TRIP) and after.startswith(PETITION_AFTER):
        return None
    if prev.endswith(MOVED_TO):
        m.weight = 0.2  # 厂要搬去江西: where a firm would go, never where it is
    elif (
        prev.endswith(TAKEN_TO)
        or prev.endswith(NEAR_BEFORE)
        or (not key.isascii() and DISASTER_AFTER.match(norm, m.end))
    ):
        m.weight = 0.2
        m.elsewhere = True
    elif (
        (prev.endswith(ORIGIN_BEFORE) and not prev.endswith(REPORTED_FROM))
        or after.startswith(ORIGIN_AFTER)
        or (after[:1] == "的" and ORIGIN_AFTER_RE.match(norm, m.end))
    ):
        m.weight = 0.2
    if any(e.form == "abroad" for e in m.entries) and (
        ABROAD_FIRM_EN.match(norm, m.end) if key.isascii() else ABROAD_FIRM_ZH.match(norm, m.end)
    ):
        m.weight = 0.2  # 西班牙汽车零部件企业, "its Hong Kong owner": a nationality, not a place
    return m


_EN_PLACE_NOUN = (" street", " road", " avenue", " lane", " town", " township", " village")


def after_town(kept: list[Mention]) -> list[Mention]:
    """A county's short name run on after a township's name (三乡镇平南工业区) names a place in
    that township, not the county."""
    ends = {m.end for m in kept if all(e.level == "town" for e in m.entries)}
    return [
        m
        for m in kept
        if m.start not in ends
        or not all(e.form == "short" and e.level == "county" for e in m.entries)
    ]


def after_abroad(kept: list[Mention]) -> list[Mention]:
    """越南平阳省, 柬埔寨干丹省: a name run on after a country abroad is a place in that country."""
    ends = {m.end for m in kept if m.entries and all(e.form == "abroad" for e in m.entries)}
    if not ends:
        return kept
    return [
        m for m in kept if m.start not in ends or all(e.form == "abroad" for e in m.entries)
    ]


def origin_lists(norm: str, kept: list[Mention]) -> None:
    """A list of places whose last is an origin: the whole list is origin (来自周口、商丘, forward;
    河南及陕西籍, backward)."""
    for a, b in zip(kept, kept[1:], strict=False):  # 来自吕梁石楼县: the whole run is origin
        if a.end == b.start or (a.weight < 1 and norm[a.end : b.start] in _JOINS):
            a.weight = b.weight = min(a.weight, b.weight)
    for a, b in zip(kept[-2::-1], kept[:0:-1], strict=False):
        if b.weight < 1 and norm[a.end : b.start] in _JOINS and norm.startswith(_ORIGIN_END, b.end):
            a.weight = min(a.weight, b.weight)


_JOINS = (" in ", ", ", "、", "和", "及", " and ")
_ORIGIN_END = ("籍", "人", "老乡", "老表")


def in_firm_names(norm: str, kept: list[Mention]) -> list[Mention]:
    """A short name right after a county's full name, not within it, and before a firm's
    word is part of the firm's name (镇雄县平顶山煤业: 平顶山 is no place there), and so is
    every other mention of it before a firm's word (平顶山煤矿)."""
    brands(norm, kept)
    firm_keys: set[str] = set()
    for a, b in zip(kept, kept[1:], strict=False):
        if (
            a.end == b.start
            and any(e.form == "full" and e.level == "county" for e in a.entries)
            and all(e.form == "short" for e in b.entries)
            and FUSED_FIRM.match(norm, b.end)
        ):
            firm_keys.add(norm[b.start : b.end])
    if not firm_keys:
        return kept
    return [
        m
        for m in kept
        if norm[m.start : m.end] not in firm_keys or not FUSED_FIRM.match(norm, m.end)
    ]


def brands(norm: str, kept: list[Mention]) -> None:
    """盘县某煤业公司响水煤矿, 海棠陶瓷在台山市的工厂: a county's short name in a firm's (a brand,
    weighed 0.6 by ``keep``), where the post names a city or county of another province in full,
    is the firm's name alone, each time the post tells it."""
    fused = [m for m in kept if m.weight == 0.6 and _county_short(m)]
    if not fused:
        return
    full = {
        e.code[:2]
        for m in kept
        if m.weight >= 1.0
        for e in m.entries
        if e.form in ("full", "alias") and e.level in ("county", "prefecture")
    }
    if not full:
        return
    away = {
        norm[m.start : m.end] for m in fused if not full & {e.code[:2] for e in m.entries}
    }
    for m in kept:
        if norm[m.start : m.end] in away and _county_short(m):
            m.weight = min(m.weight, 0.2)


def _county_short(m: Mention) -> bool:
    return all(e.form == "short" and e.level == "county" for e in m.entries)


def compound_heads(
    norm: str, chosen: list[Mention], kept: list[Mention], within: Callable[[str, str], bool]
) -> list[Mention]:
    """丽水莲花小区: a short name run into another that names an estate (莲花小区) and is not
    a place within it (as 深圳 is of 南山) is part of the estate's name too."""
    heads = {
        c.start
        for c in chosen
        if norm.startswith(COMPOUND, c.end)
        and all(e.form == "short" for e in c.entries)
    }
    if not heads:
        return kept
    return [
        k
        for k in kept
        if k.end not in heads
        or not all(e.form == "short" for e in k.entries)
        or any(
            within(c_e.code, k_e.code)
            for c in chosen
            if c.start == k.end
            for c_e in c.entries
            for k_e in k.entries
        )
    ]


def told_origins(norm: str, kept: list[Mention]) -> None:
    """Places told as where the speakers come from (我们是河南周口的) or right after a worker's
    age (才25岁，甘肃天水的) count for little."""
    froms = [*WE_ARE_FROM.finditer(norm)] if "是" in norm else []
    if "岁" in norm:
        froms += AGE_FROM.finditer(norm)
    for w in froms:
        for m in kept:
            if w.start(1) <= m.start and m.end <= w.end(1):
                m.weight = 0.2


def asides(norm: str, kept: list[Mention], within: Callable[[str, str], bool]) -> None:
    """A place told as there (昆山那边刚复工, 跟周市那次不是一回事) or as an earlier event (隆回之后，
    洞口县的老师也…) counts for little where the post names another place as its own, one
    neither within nor around it (南昌…青云谱那边: a part of the post's own place). A place told
    as another event's (跟郫都上周那个不是一个项目) counts for little, and first."""
    if "不是" in norm or "两码事" in norm:
        for m in kept:
            if norm[m.start - 1 : m.start] in _NOT_THE_SAME_BEFORE and _NOT_THE_SAME.match(
                norm, m.end
            ):
                m.weight = min(m.weight, 0.2)
    told = [
        m
        for m in kept
        if norm.startswith(ASIDE_AFTER, m.end)
        and (  # (我在东莞那边打工: where the speaker is; 到了长沙之后: where they went)
            norm[m.end] == "那"
            and norm[_run_start(kept, m) - 1 : m.start][:1] != "在"
            or norm[m.end] == "之"
            and (m.start == 0 or norm[m.start - 1] in _ASIDE_BEFORE)
        )
    ]
    if not told:
        return
    for a, b in zip(kept[-2::-1], kept[:0:-1], strict=False):  # 昆山周市那次: the whole run
        if a.end == b.start and b in told and a not in told:
            told.append(a)
    own = [m for m in kept if m not in told and m.weight >= 0.5 and _unit(m)]
    if not own:
        return
    for m in told:
        if not any(
            within(t.code, o.code) or within(o.code, t.code)
            for o_m in own
            for o in o_m.entries
            for t in m.entries
            if o.code and t.code
        ):
            m.weight = min(m.weight, 0.2)


# 跟郫都上周那个不是一个项目, 和东莞那家不是一回事: a place compared as another event's
_NOT_THE_SAME_BEFORE = frozenset("跟和与同")
_NOT_THE_SAME = re.compile(
    r"[^，,。；;！!？?]{0,12}?(?:不是一个|不是一回事|不是同一|不是一家|不是一拨|不是一批|两码事)"
)
_ASIDE_BEFORE = frozenset("继，,。；;！!？?\n 】")


def _run_start(kept: list[Mention], m: Mention) -> int:
    """Where the run of places written straight on into ``m`` begins (在西安长安区郭杜那边: at
    西安, whose 在 says where the speaker is)."""
    start = m.start
    for k in reversed(kept):
        if k.end == start:
            start = k.start
    return start


def _unit(m: Mention) -> bool:
    return any(e.level not in ("town", "abroad") and e.form != "abroad" for e in m.entries)
