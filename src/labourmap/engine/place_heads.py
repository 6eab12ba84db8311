"""A Chinese firm's name that begins with its province or city, for
:func:`~labourmap.engine.cluster.same_employer` across scripts.

A firm's name runs place, trade name, trade and form (新疆 · 凌云 · 设计 · 有限公司); the English
press often keeps the place too (Xinjiang Lingyun Design, Dongguan Huaxin Electronics). The
romanised head of a Chinese name, its first two characters, tells the firm only when they are
not its place: 新疆凌云设计 and "Xinjiang Production and Construction Corps" share only the
province, while 东莞华新电子 and "Dongguan Huaxin Electronics" share the trade name 华新 too.
:func:`trade_head` gives the two characters after a leading province or prefecture name
(新疆, 东莞, 石家庄), or the first two when the name begins with none.

A short name a worker writes often runs township and trade name (福永佳盼, 横沥宏昌: the town
first, then the firm), which the press romanises from the trade name on ("Jiapan Oil Seal").
:func:`trade_tail` gives the last two characters of a Chinese name without its trade words and
form (佳盼 of 福永佳盼, 宏昌 of 横沥宏昌电子厂), when they are no trade word themselves.
"""

from __future__ import annotations

from functools import cache

from labourmap.engine.firm_core import TRADES, core

_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市", "地区",
             "盟")


@cache
def places() -> frozenset[str]:
    """Province and prefecture names without their unit (新疆, 广东, 东莞, 石家庄): two or
    three characters."""
    from labourmap.places import get_gazetteer

    gz = get_gazetteer()
    out = set()
    for level in ("province", "prefecture"):
        for div in gz.all(level):
            name = div.name_zh
            for suffix in _SUFFIXES:
                if name.endswith(suffix) and len(name) > len(suffix) + 1:
                    name = name[: -len(suffix)]
                    break
            if 2 <= len(name) <= 3:
                out.add(name)
    return frozenset(out)


def trade_head(zh: str) -> str:
    """The first two characters of a Chinese firm's name after its province or city, if it
    begins with one and more follows (东莞华新电子: 华新); else its first two."""
    found = places()
    for size in (3, 2):
        if zh[:size] in found and len(zh) >= size + 2:
            return zh[size : size + 2]
    return zh[:2]


def trade_tail(zh: str) -> str | None:
    """The last two characters of a Chinese firm's name (CJK only) without its trade words and
    form (``firm_core.core``), when three or more are left and they are no trade word: 佳盼 of
    福永佳盼, 宏昌 of 横沥宏昌电子厂; None for 佳盼 (its head says as much) or 东莞电子厂."""
    rest = core(zh)
    if len(rest) < 3:
        return None
    tail = rest[-2:]
    return None if tail in TRADES else tail
