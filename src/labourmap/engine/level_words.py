"""A name that counties of different kinds share (长宁: 长宁区 in Shanghai, 长宁县 in Sichuan;
海城: 海城市 in Liaoning, 海城区 in Guangxi) is read as the kind of unit whose government the
post speaks of: 去区政府讨说法 tells the district, 县政府门口 the county, 市政府 a county-level
city. Read by :mod:`labourmap.engine.geo` before it weighs the readings against the places
named.

Only one kind of government may be spoken of (区政府 and 县政府 both: nothing is read), and a
word that runs into another (园区, 社区, 小区, 城区, 开发区: 园区政府 is no district's
government) is no sign. Readings above a county are kept; where no county reading is of the
kind spoken of, all are kept.
"""

from __future__ import annotations

import re

from labourmap.engine.placenames import Entry
from labourmap.places import Gazetteer

_GOV = re.compile(
    r"(?<![园社小厂景发新城校营矿街片辖郊市区县])([区县市])(?:政府|委|人社局|劳动局|总工会|信访局)"
)


def by_level_word(norm: str, entries: list[Entry], gz: Gazetteer) -> list[Entry]:
    """The readings of one name left once the kind of government the post speaks of is heard
    (made-up: 长宁 with 区政府 is 长宁区 alone)."""
    counties = [e for e in entries if e.level == "county"]
    if len(counties) < 2 or "政府" not in norm and "委" not in norm and "局" not in norm:
        return entries
    kinds = {m.group(1) for m in _GOV.finditer(norm)}
    if len(kinds) != 1:
        return entries
    kind = kinds.pop()
    fits = [
        e
        for e in counties
        if (d := gz.get(e.code)) is not None
        and d.name_zh.endswith(kind)
        and (kind != "市" or e.code[4:6] >= "81")
    ]
    if not fits or len(fits) == len(counties):
        return entries
    return [e for e in entries if e.level != "county" or e in fits]
