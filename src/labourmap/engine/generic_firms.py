"""An employer named only by its place and its trade, for :mod:`~labourmap.engine.cluster`.

A worker or a bystander often names no firm, only where it stands and what it makes: 晋江陈埭鞋材厂
("the shoe-materials plant at Chendai, Jinjiang"), 观澜五金厂, 横沥的模具厂. The report of the same
fire names the firm (鸿运鞋材有限公司). Such a name is no other firm's name: it tells the trade
(鞋材), which the firm's name holds after a trade name of its own (鸿运), and places that are the
posts' own (their county, city or province, a township of their county, a township either
names: 陈埭镇). :func:`place_and_trade` reads that; the score then does not count the two names
as two employers (nor as one: the days and the place must tell the event).

Not read: a name with a word before the trade that is no place of the posts (华达鞋材厂 is a
firm, 华达), a trade of one character (厂, 矿), a firm's name that is the trade alone (鞋材厂 and
鞋材公司: both tell nothing), nor a name with no plant or firm at its end (晋江陈埭).
"""

from __future__ import annotations

from functools import lru_cache

from labourmap.engine.firm_core import FORMS, TRADES

_ENDS = ("工厂", "分厂", "厂", "公司")
# what follows a trade in a firm's name: a form, another trade word, or nothing
_AFTER = tuple(sorted(FORMS + TRADES, key=len, reverse=True))
_UNITS = ("街道", "镇", "乡")


@lru_cache(maxsize=4096)
def local_names(codes: tuple[str, ...], terms: frozenset[str]) -> frozenset[str]:
    """The names (full and short) of the divisions ``codes`` and of the townships of the
    counties among them, and the townships named in ``terms`` (陈埭镇: 陈埭)."""
    from labourmap.places import get_gazetteer

    gz = get_gazetteer()
    names: set[str] = set()
    for code in codes:
        div = gz.get(code)
        if div is None:
            continue
        names.update((div.name_zh, div.short_zh))
        if div.level == "county":
            for town in gz.children(code):
                names.update((town.name_zh, town.short_zh))
    for term in terms:
        for unit in _UNITS:
            if term.endswith(unit) and len(term) >= len(unit) + 2:
                names.update((term, term[: -len(unit)]))
    return frozenset(n for n in names if len(n) >= 2)


def _strip_places(body: str, names: frozenset[str]) -> str | None:
    """``body`` without the place names it begins with (one after another), or None when it
    begins with none."""
    rest = body
    while True:
        for size in range(min(len(rest) - 1, 8), 1, -1):
            if rest[:size] in names:
                rest = rest[size:]
                break
        else:
            return rest if rest != body else None


def _holds_trade(firm: str, trade: str) -> bool:
    """``firm`` holds ``trade`` after a name of its own (two characters or more) and before a
    form, a trade word or its end."""
    start = firm.find(trade, 2)
    while start >= 0:
        after = firm[start + len(trade):]
        if not after or after.startswith(_AFTER):
            return True
        start = firm.find(trade, start + 1)
    return False


def place_and_trade(generic: str, firm: str, names: frozenset[str]) -> bool:
    """Whether ``generic`` (compacted, Simplified) is named only by places of ``names`` and a
    trade that ``firm`` holds after a name of its own: 晋江陈埭鞋材厂 and 鸿运鞋材."""
    for end in _ENDS:
        if generic.endswith(end) and len(generic) > len(end):
            body = generic[: -len(end)]
            break
    else:
        return False
    trade = _strip_places(body, names)
    if trade is None or len(trade) < 2 or trade in names:
        return False
    return _holds_trade(firm, trade)
