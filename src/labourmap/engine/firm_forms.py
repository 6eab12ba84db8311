"""Two ways of writing one firm's name that :func:`~labourmap.engine.cluster.employer_key` and
:func:`~labourmap.engine.cluster.same_employer` read as one.

* A state builder's numbered bureau in full, 中建第九工程局 (中国建筑 as 中建: see
  :mod:`~labourmap.engine.known_firms`), is written short as 中建九局: :func:`short_bureau`
  writes the full form short, wherever it stands in a name, when a parent name of two
  characters or more comes before it (第九工程局 alone is left as it is).
* An English name gives the romanised Chinese trade name and translates the trade
  ("Meinaike Electronics" for 美乃可电子): :func:`english_core` is the English name without
  its trailing trade words, which the romanised Chinese name then holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BUREAU = re.compile(r"(?<=[\u4e00-\u9fff]{2})第([一二三四五六七八九十]{1,3})工程局")
# trade words an English firm name ends with, compacted (lower case, no spaces)
TRADES = (
    "electronics",
    "electronic",
    "electrical",
    "technology",
    "technologies",
    "precision",
    "plastics",
    "plastic",
    "hardware",
    "textiles",
    "textile",
    "garments",
    "garment",
    "footwear",
    "shoes",
    "toys",
    "metal",
    "metals",
    "machinery",
    "furniture",
    "industries",
    "manufacturing",
    "products",
    "factory",
)
MIN_CORE = 6  # a shorter core (a bare place name, "wuxi") names no one firm


def short_bureau(name: str) -> str:
    """``name`` with a numbered bureau written in full (中建第九工程局) written short (中建九局)."""
    return _BUREAU.sub(r"\1局", name) if "工程局" in name else name


def strip_trades(name: str, trades: Iterable[str]) -> str:
    """``name`` with every trailing word of ``trades`` taken off, again and again while one
    ends it (never all of it): "longyuncoalmine" -> "longyun"."""
    core = name
    changed = True
    while changed:
        changed = False
        for trade in trades:
            if core.endswith(trade) and len(core) > len(trade):
                core = core[: -len(trade)]
                changed = True
    return core


def english_core(name: str) -> str | None:
    """A compacted English name without its trailing trade words ("suzhoumeinaikeelectronics"
    -> "suzhoumeinaike"), or None when nothing was taken off or what is left is too short."""
    core = strip_trades(name, TRADES)
    return core if core != name and len(core) >= MIN_CORE else None
