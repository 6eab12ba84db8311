"""农民工 alone is no trade: migrant workers owed wages are read as builders only when the post
also tells of building (a project, a block of flats, the housing bureau, a building craft).

A post of 农民工 marching for their pay, or sleeping at a firm's door, with no word of what
they built, leaves the trade unread rather than guessing construction.
"""

from __future__ import annotations

import re

from labourmap.engine.matcher import Hit

MIGRANT = frozenset({"农民工"})
# what tells of building work besides the lexicon's own construction terms
BUILDING_CUE = re.compile(
    r"住建|建设局|建委|项目|工程|楼盘|大楼|办公楼|楼房|小区|别墅|厂房|交付|竣工|封顶|开发商|"
    r"水电工|木工|瓦工|泥工|钢筋|架子工|油漆工|装修|砌|盖|建筑|建工|路桥|修路|铺路|工地|"
    r"construction|building site|project"
)


def bare_migrants(norm: str, hits: list[Hit]) -> bool:
    """True when construction rests only on 农民工 and the post tells of no building."""
    built = [h for h in hits if h.code == "construction"]
    return bool(built) and all(h.term in MIGRANT for h in built) and not BUILDING_CUE.search(norm)
