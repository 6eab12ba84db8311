"""An accident underground in a mine is `mine` where the roof, the shaft or the cage gave way,
read by :func:`labourmap.engine.codes_fields.accident_type`.

A roof fall, a cave-in or a cage fallen down the shaft in a coal pit is a mine accident: 矿井巷道冒顶，
三名矿工被埋; 矿车沿斜井坠落; "part of a shaft caved in". Most writers code such an accident `mine`
(sets 2, 11-14, 19, 21, 22: the mine wins on thirteen sets and loses on six, sets 5, 8, 13b, 18 and
19d coding the collapse). A post of the mining trade that tells the mine (煤矿, 矿井, 井下, 巷道,
"colliery", "underground") and codes a collapse, a fall or another accident is recoded `mine`; an
open pit (露天煤矿, "open-pit mine") or a slope (边坡) is not underground and keeps its collapse. A blast or a fire in
a pit keeps `explosion_fire`: most sets would code it `mine` too, but the dev set and sets 5-10 and
18 code the blast, and dev may not move.

A mine accident is often told with no word of what broke loose: 煤矿井下发生安全事故，19人死亡;
煤矿发生渗水; 冲击地压事故; "eleven miners killed in a coal mine accident". An accident of the mining
trade told in a mine and given no kind at all is `mine` (sets 12, 19-22 so code it; 8a codes two
such posts null, where 22b codes the same events `mine`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from labourmap.engine.doc import Doc

# what breaks loose in a pit: the kinds recoded to `mine`
RECODED = frozenset({"collapse", "fall", "other"})
# the mine told: a pit, its shafts and faces, its miners underground
IN_A_MINE = re.compile(
    r"煤矿|矿井|井下|矿山|矿难|巷道|工作面|\bmines?\b|\bcollier(?:y|ies)\b|\bminers\b|\bunderground\b", re.I
)
# an open pit, dug from the surface, and its slopes (边坡坍塌)
OPEN_PIT = re.compile(r"露天|边坡|open[- ]?pit|opencast|strip mine", re.I)


def in_a_mine(doc: Doc, best: str) -> str:
    """`mine` where the accident coded ``best`` happened in a mine of a post of the mining trade."""
    if best not in RECODED:
        return best
    ind = doc.out.fields.get("industry")
    if ind is None or ind.value != "mining":
        return best
    norm = doc.norm
    if not IN_A_MINE.search(norm) or OPEN_PIT.search(norm):
        return best
    return "mine"


def mine_untold(doc: Doc, kinds: Mapping[str, object]) -> None:
    """Code `mine` an accident of the mining trade told in a mine with no word of its kind
    (``kinds``, the kinds the accident's words told, is empty)."""
    if kinds:
        return
    ind = doc.out.fields.get("industry")
    if ind is None or ind.value != "mining":
        return
    norm = doc.norm
    if OPEN_PIT.search(norm) or not (m := IN_A_MINE.search(norm)):
        return
    doc.set("accident_type", "mine", (m.span(),), 0.5)
