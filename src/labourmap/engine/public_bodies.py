"""An employer that is a public body by the form of its name: the ownership the codebook asks
for (``government``, 政府与事业单位) where the post says nothing more of it.

A government office (…局: 城管局, 广电局, 教育局; not a state builder's numbered bureau, 中铁十局,
nor an 工程局), a sanitation office (环卫处, 环卫所), a county's media centre (融媒体中心) or
broadcaster (电视台), and a hospital named by its place and its public kind (县中医院, 市妇幼保健院,
县人民医院: a private hospital bears a trade name, 华康医院). English: "the Xinyu radio and TV
bureau", "the county education bureau".
"""

from __future__ import annotations

import re

from labourmap.engine.model import Span

_OFFICE = re.compile(r"(?:(?<!工程)(?<![一二三四五六七八九十])局|环卫处|环卫所|融媒体中心|电视台|广电中心)$")
_HOSPITAL = re.compile(r"(?:中医院|中医医院|妇幼保健院|保健院|人民医院)$")
# a place's level word right before a public hospital's kind (遂宁市中医院, 宾县妇幼保健院)
_PLACE_LEVEL = re.compile(r"[省市县区旗]$")
_STATE_FIRMS = ("中铁", "中建", "中交", "中冶", "中化", "中石", "中电", "电建", "水电", "铁路局", "矿务局")
_BUREAU_EN = re.compile(r"\b(?:bureau|television station|tv station)$")
_NOT_BUREAU_EN = ("engineering", "china railway", "construction", "railway")


def public_body(norm: str, span: Span) -> bool:
    """Whether the employer named at ``span`` of ``norm`` is a public body by its name
    (温岭市城管局, 宾县妇幼保健院, "the Guilin radio and TV bureau")."""
    s, e = span
    name = norm[s:e].strip()
    if not name:
        return False
    if name.isascii():
        return _BUREAU_EN.search(name) is not None and not any(w in name for w in _NOT_BUREAU_EN)
    if any(w in name for w in _STATE_FIRMS):
        return False
    if _OFFICE.search(name):
        return True
    m = _HOSPITAL.search(name)
    if m is None:
        return False
    head = norm[max(0, s - 4) : s] + name[: m.start()]  # (the place may be cut off the name)
    return _PLACE_LEVEL.search(head.rstrip("的")) is not None
