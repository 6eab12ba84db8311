"""Government offices named in a post, and the petitions made at them.

A petition is workers going to an office (到/去/赴/前往/找/跑/奔 up to 14 characters before it,
in the same clause: 到县信访局, 去区人社局反映) or standing at its door (市政府门口,
交通运输局门前); in English, "outside/to/at the … government / labour bureau / urban
management office / city hall". Offices are found first and the words around them read after,
which is much cheaper than one pattern tried at every character.
"""

from __future__ import annotations

import re

from labourmap.engine.model import Span
from labourmap.engine.text import each

_DEPARTMENT = each(
    "人社|住建|劳动|信访|交通运输|交通|运管|城管|教育|卫健|市场监管|应急管理|国资|民政|财政|"
    "税务|工信|发改|自然资源|水务|林业",
    "(?:局|委|厅|部门|办)",
)
GOV_OFFICE = re.compile(
    rf"政府|信访|劳动监察|监察大队|街道办|劳动保障所|{_DEPARTMENT}|管委会"
)
MOVE = ("前往", "到", "去", "赴", "找", "跑", "奔")
AT_DOOR = re.compile(r"[^，,。；]{0,4}?(?:门口|门前|楼顶|楼前|大楼|大院|楼下|楼上)")
CLAUSE = "，,。；"
# 去 of a time or a death: 去年为区政府大楼施工 went nowhere
NOT_MOTION = ("去年", "去世")
PETITION_EN = re.compile(
    r"\b(?:outside|to|at|in front of) (?:the )?(?:[\w'-]+ ){0,3}?"
    r"(?:government\b|(?:labou?r|human resources|social security|transport|housing) "
    r"(?:bureau|department)|(?:urban management|petitions?|letters and visits) "
    r"(?:office|bureau)|city hall|town hall)"
)
_EN_CUE = re.compile(r"government|bureau|department|office|city hall|town hall")


def petitions(norm: str) -> list[Span]:
    """The spans of petitions at government offices (from the motion verb, or the office)."""
    out: list[Span] = []
    for m in GOV_OFFICE.finditer(norm) if not norm.isascii() else ():  # (all Chinese)
        start = _moved_to(norm, m.start())
        if start is not None:
            out.append((start, m.end()))
            continue
        door = AT_DOOR.match(norm, m.end())
        if door:
            out.append((m.start(), door.end()))
    if _EN_CUE.search(norm):
        out.extend(m.span() for m in PETITION_EN.finditer(norm))
    return out


def _moved_to(norm: str, pos: int) -> int | None:
    """Where a motion verb (到, 前往 …) ends at most 14 characters before ``pos``, in its clause."""
    lo = max(0, pos - 16)
    for c in CLAUSE:
        k = norm.rfind(c, lo, pos)
        if k >= 0:
            lo = k + 1
    best: int | None = None
    for verb in MOVE:
        k = norm.find(verb, lo, pos)
        while k >= 0 and (k + len(verb) < pos - 14 or norm[k : k + 2] in NOT_MOTION):
            k = norm.find(verb, k + 1, pos)
        if k >= 0 and (best is None or k < best):
            best = k
    return best
