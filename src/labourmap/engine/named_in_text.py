"""A firm one post names as its employer, named in the text of a post that reads none, for
:mod:`~labourmap.engine.cluster`.

A follow-up or a worker's post often names the firm in passing, where the engine reads no
employer and no place (中元汇吉那边闹到今天凌晨才散, 启明星学堂的事说下后续, #奈那卡斯#): the
report of the same event names it in full (重庆大渡口区中元汇吉药厂). The firm's own name, the
first four characters of its employer after the places it begins with (its province, city or
county: 东莞市恒晟鞋业 is 恒晟鞋业), found in the other's text tells one employer, as the same
name would (+4, by the days too).

:func:`text_heads` keeps, of a post that names no employer and no city, the runs of four
Chinese characters of its text; :func:`firm_head` gives a named firm's four characters;
:func:`named_in` reads a pair. Not read: a name of fewer than four characters after its places
(美团, 网易: many posts name them; ``marks.spread_firm``), a name that begins with a word of a
description (这家, 一家) or with a trade word (电子科技, 建筑工程: no one firm), an English name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from labourmap.engine.firm_core import FORMS, TRADES
from labourmap.engine.generic_firms import local_names

if TYPE_CHECKING:
    from labourmap.engine.summary import IncidentSummary

SIZE = 4  # characters of a firm's own name looked for in the other's text
_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
_DESCRIPTION = frozenset("这那该此一某本每各几多")
# the first two characters of a name that is a trade, not a firm (电子科技有限公司, 建筑工程)
_TRADE_HEADS = frozenset(w[:2] for w in TRADES + FORMS if len(w) >= 2) | frozenset({
    "建筑", "工程", "劳务", "建设", "物业", "服装", "制衣", "家具", "电子", "科技", "五金",
    "实业", "贸易", "投资", "置业", "房地", "地产", "物流", "运输", "餐饮", "酒店", "超市",
    "商贸", "外包", "人力", "保安", "环卫", "汽车", "机械", "化工", "煤矿", "矿业", "工厂"})


def text_heads(norm: str) -> frozenset[str]:
    """The runs of :data:`SIZE` Chinese characters of a (normalised) text."""
    out: set[str] = set()
    for m in _RUN.finditer(norm):
        run = m.group()
        out.update(run[i : i + SIZE] for i in range(len(run) - SIZE + 1))
    return frozenset(out)


@lru_cache(maxsize=8192)
def firm_head(employer: str | None, codes: tuple[str, ...]) -> str | None:
    """The first :data:`SIZE` characters of a Chinese employer (as ``summary.employer_key``
    gives it) after the names of ``codes`` it begins with, or None (see the module)."""
    if not employer or employer.isascii():
        return None
    body = employer
    names = local_names(codes, frozenset()) if codes else frozenset()
    changed = True
    while changed:
        changed = False
        for size in range(min(len(body) - 1, 8), 1, -1):
            if body[:size] in names:
                body = body[size:]
                changed = True
                break
    head = body[:SIZE]
    if len(head) < SIZE or not _RUN.fullmatch(head):
        return None
    if head[0] in _DESCRIPTION or head[:2] in _TRADE_HEADS:
        return None
    return head


def head_of(s: IncidentSummary) -> str | None:
    """:func:`firm_head` of a summary's employer, by its own places."""
    codes = tuple(c for c in (s.province, s.city, s.county) if c)
    return firm_head(s.employer, codes)


def named_in(a: IncidentSummary, b: IncidentSummary) -> bool:
    """One post names no employer and no city, and its text names the other's firm."""
    for named, bare in ((a, b), (b, a)):
        if bare.heads and not bare.employer and named.employer:
            head = head_of(named)
            if head is not None and head in bare.heads:
                return True
    return False


def head_keys(s: IncidentSummary, look: set[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The keys (in no cell) a post is filed under, for grouping, adding those it looks up to
    ``look``: a named firm's head, and the runs of a text that names none."""
    own: list[tuple[object, ...]] = []
    head = head_of(s) if s.employer else None
    if head is not None:
        own.append(("H", head, -1))
        look.add(("h", head, -1))
    for run in s.heads:
        own.append(("h", run, -1))
        look.add(("H", run, -1))
    return own
