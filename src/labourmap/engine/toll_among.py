"""The dead counted as some of a group, read where no toll was read before.

- "Ten of the 22 miners trapped by the blast had died", "three of the workers were killed": the
  first figure is the dead;
- 找到2名遇难矿工, 遇难的26人里不少是矿工: the dead named by 遇难 before or after the count.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Count, Quantity

_OF_THE_EN = re.compile(
    r"\s+of the\s+(?:[0-9a-z-]+\s+){0,3}?(?:miners|workers|men|people|employees|labourers|labou?rers)\b"
    r"[^.;]{0,80}?\b(?:had |have )?(?:died|were killed|are dead|were dead|have been killed|had been killed)\b"
)
_VICTIMS_ZH = re.compile(r"(?:名|个|位)遇难(?:矿工|工人|者|人员|职工)")
_VICTIMS_BEFORE_ZH = re.compile(r"遇难的$")
_PERSONS_ZH = re.compile(r"(?:名|个|位)?人")


def dead_among(norm: str, qs: list[Quantity], killed: Count | None) -> Count | None:
    """The dead read from a part of a group, where nothing else counted them."""
    if killed is not None:
        return killed
    if "遇难" in norm:
        for q in qs:
            if q.value is None:
                continue
            if _VICTIMS_ZH.match(norm, q.end) or (
                _VICTIMS_BEFORE_ZH.search(norm, max(0, q.start - 3), q.start) and _PERSONS_ZH.match(norm, q.end)
            ):
                return Count(q.value, q.start, q.end)
    if " of the " in norm and ("died" in norm or "killed" in norm or "dead" in norm):
        for q in qs:
            if q.value is not None and norm[q.start : q.end].isascii() and _OF_THE_EN.match(norm, q.end):
                return Count(q.value, q.start, q.end)
    return None
