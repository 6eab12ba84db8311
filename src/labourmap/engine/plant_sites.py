"""A building site inside a plant: the plant is what is built, the trade is the builders'.

厂区工地, 热电厂工地, 电厂三期扩建工地, 酒厂开始扩建，我就在工地上打孔桩, "a cooling tower under
construction at a power plant", "the construction site of an EV plant": those hurt or owed there
build the plant, so the plant's own trade (manufacturing, power) is not theirs anywhere in the post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from labourmap.engine.matcher import Hit

# 厂区工地, 厂内施工现场, 电厂工地, 电站的在建工地; 酒厂开始扩建，我就在工地上
_SITE_ZH = re.compile(
    r"(?:厂区|厂内|厂|电站)的?(?:在建|新建|扩建|改扩建|[一二三四五]期扩建)?(?:工地|施工现场|施工工地)|"
    r"(?:厂|电站)[^，,。；;！？]{0,4}?扩建[，,]?[^。；;！？]{0,12}?工地"
)
# "under construction at a power plant", "the construction site of BYD's plant"
_SITE_EN = re.compile(
    r"(?:under construction|being built|construction site|building site|construction project)\s"
    r"(?:at|of|in|for)\s(?:the\s|a\s|an\s)?[\w\s'-]{0,30}?"
    r"(?:power plant|power station|plant|factory|refinery|steelworks|mill)\b"
)
_KEYS_ZH = ("工地", "施工现场")
_KEYS_EN = ("construction", "being built", "building site")


def plant_site(norm: str, hits: Sequence[Hit]) -> bool:
    """The post tells of a building site inside a plant or a power station (and of builders)."""
    if not any(h.code == "construction" for h in hits):
        return False
    if any(k in norm for k in _KEYS_ZH) and _SITE_ZH.search(norm):
        return True
    return any(k in norm for k in _KEYS_EN) and _SITE_EN.search(norm) is not None
