"""Mines named after their village (round 22).

A mine takes the name of the hollow, flat or ridge it is dug in: 金山沟煤矿, 金沙坪煤矿,
石门峪铁矿. The gazetteer knows the county or district whose name begins the village's
(金山, 金沙), so the rest of the name is a single landform character, and a name made of a place
and one character would otherwise be read as "the place's coal mine", no name. Here that one
character, a landform word right after the place and right before the mine's suffix, makes the
village's name and so the mine's. Not read: a bare place before the mine (金山煤矿, 盘县煤矿),
nor a place's word that is no landform (县里煤矿, 镇上煤矿).
"""

from __future__ import annotations

from labourmap.engine.model import Span

MINE_SUFFIXES = frozenset({"煤矿", "金矿", "铁矿", "铜矿"})
# landform words that end a village's name: hollow, flat, ridge, gully, bay, dam, mound …
LANDFORMS = frozenset("沟坪峪岭洼坝塬梁垭坳岔湾崖塘")


def village_mine(norm: str, ms: int, suffix: str, places: list[Span]) -> bool:
    """Whether the one character before the mine's suffix at ``ms`` is a landform word right
    after a place, so that place and landform name the village the mine is named after."""
    if suffix not in MINE_SUFFIXES or ms < 3 or norm[ms - 1] not in LANDFORMS:
        return False
    return any(pe == ms - 1 and pe - ps >= 2 for ps, pe in places)
