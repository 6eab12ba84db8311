"""A place at the head of a Chinese firm's registered name (河北某某建筑有限公司, 嘉兴某某建筑工程
公司) says where the firm is registered, not where its workers act, when the post names another
place that neither lies in it nor holds it (在郑州某某工地干活, 扬州某某项目): the firm's home
then counts as little as an English firm's head does (Wuhan Dingtai Optoelectronics).

Not where the firm is told as the place of work (在深圳某某公司上班), nor a branch (郑州分公司),
nor a firm told only by its place (成都某建筑公司: 某, a firm in that city).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from labourmap.engine.geo_context import Mention, asides

# the trade name and trade (two to twelve characters, no punctuation) and the registered form
_FIRM_AFTER = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:股份有限公司|有限责任公司|有限公司|公司)"
)
# 在深圳…公司上班: the firm named as where they work
_AT_BEFORE = ("在", "到", "于", "赴", "去")
# 某/一家: a firm told by its place; 分: a branch, which is where it stands; 的: no name
_NOT_A_NAME = ("某", "一家", "的", "分", "这", "那")
_LEVEL_DIGITS = {"province": 2, "prefecture": 4, "county": 6}


def _prefixes(m: Mention) -> list[str]:
    return [
        e.code[: _LEVEL_DIGITS[e.level]] for e in m.entries if e.level in _LEVEL_DIGITS and e.code
    ]


def _related(a: Mention, b: Mention) -> bool:
    """One of the two lies in the other (or both are the same unit), under any reading."""
    return any(p.startswith(q) or q.startswith(p) for p in _prefixes(a) for q in _prefixes(b))


def _heads_firm(norm: str, m: Mention, starts: set[int]) -> bool:
    if norm[m.start : m.end].isascii() or norm[m.start - 1 : m.start] in _AT_BEFORE:
        return False
    name = _FIRM_AFTER.match(norm, m.end)
    if name is None:
        return False
    words = name["name"]
    if any(m.end <= s < name.end() for s in starts):
        return False  # (龙湾项目给嘉兴…公司: the firm's name begins at the next place)
    return not any(w in words for w in _NOT_A_NAME)


def firm_homes(norm: str, mentions: Sequence[Mention]) -> None:
    """Weigh down a firm's home (a place heading a registered name) where another place, not
    tied to it, is named with full weight."""
    if "公司" not in norm:
        return
    starts = {m.start for m in mentions}
    heads = [m for m in mentions if m.weight > 0.3 and _heads_firm(norm, m, starts)]
    for h in heads:
        if any(
            o is not h
            and o not in heads
            and o.weight >= 0.5
            and _prefixes(o)
            and not _related(h, o)
            for o in mentions
        ):
            h.weight = 0.3


def weigh_asides(norm: str, kept: list[Mention], within: Callable[[str, str], bool]) -> None:
    """The asides (:func:`~labourmap.engine.geo_context.asides`), then the firms' homes."""
    asides(norm, kept, within)
    firm_homes(norm, kept)
