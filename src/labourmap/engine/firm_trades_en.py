"""An English firm's name without the trade words the English press puts after it, for
:func:`~labourmap.engine.cluster.same_employer` across scripts.

``firm_forms.english_core`` takes off the trades of a factory (Electronics, Precision); the
press names mines, plants and works with others: "Longyun Coal Mine" for 龙郓煤业, "Jinshan
Chemical" for 金山化工, "Haitang Ceramics" for 海棠陶瓷, "Xinghua Printing and Dyeing" for 兴华印染.
:func:`trade_core` takes those off too (and a group's words: Group, Holdings), and keeps what is
left when it is six letters or more and not a place's name alone ("shandong" of "Shandong
Coal Mining" names no one firm).
"""

from __future__ import annotations

from functools import cache, lru_cache

from labourmap.engine.firm_forms import strip_trades

# trade and group words an English firm name ends with, compacted (lower case, no spaces),
# besides firm_forms.TRADES
TRADES = (
    "coalmine", "coalmining", "coalindustry", "mining", "mine", "colliery", "coal",
    "chemicals", "chemical", "ceramics", "ceramic", "steel", "ironandsteel", "cement",
    "printinganddyeing", "dyeing", "printing", "distillery", "brewery", "pharmaceuticals",
    "pharmaceutical", "construction", "engineering", "logistics", "medical", "foods", "food",
    "paper", "glass", "autoparts", "auto", "motors", "apparel", "knitting", "leather", "bags",
    "handbags", "jewellery", "jewelry", "mould", "mold", "packaging", "materials", "energy",
    "power", "cable", "optical", "lighting", "battery", "batteries", "appliances", "group",
    "holdings", "industrial", "industry", "trading", "development", "company", "works",
    "electronics", "electronic", "technology", "precision", "plastics", "hardware", "textiles",
    "textile", "garments", "garment", "footwear", "shoes", "toys", "metal", "machinery",
    "furniture", "industries", "manufacturing", "products", "factory", "plant",
)
MIN_CORE = 6


@lru_cache(maxsize=8192)
def trade_core(name: str) -> str | None:
    """A compacted English name without its trailing trade words ("longyuncoalmine" ->
    "longyun"), or None when nothing was taken off, what is left is too short, or it is a
    place's name alone."""
    core = strip_trades(name, TRADES)
    if core == name or len(core) < MIN_CORE or core in _place_sounds():
        return None
    return core


@cache
def _place_sounds() -> frozenset[str]:
    """The romanised names of provinces and prefectures (shandong, dongguan, shijiazhuang)."""
    from labourmap.engine.place_heads import places
    from labourmap.engine.summary import _pinyin

    return frozenset(_pinyin(p) for p in places())
