"""Round 23: counts in a post that name people other than the crowd that acted, read by
:func:`labourmap.engine.counts.participants`.

- those beaten or held by the police (好几个工友被打伤了, 对五名闹事人员依法传唤): the crowd's
  casualties or the few picked out of it, not its size;
- places counted before the people (好几个村的环卫工, 十多个泵站的工人): how many places, not
  how many people.
"""

from __future__ import annotations

import re

# 被打伤, 被保安打了, 被殴打: those beaten
BEATEN_ZH = re.compile(r"被[^，,。；;]{0,8}?(?:打伤|打了|殴打|打成|打)")
# 对五名…人员依法传唤/予以拘留: those the police dealt with, named as the object of 对
POLICED_ZH = re.compile(r"传唤|拘留|处罚|训诫|带离|查处")
# 个 + a short place name ending in a unit of place + 的 (好几个换热站的, 五六个村的)
PLACES_ZH = re.compile(r"[\u4e00-\u9fff]{0,3}?[村站厂矿镇乡场店队]的")


def beaten_or_held(norm: str, start: int, clause: str) -> bool:
    """The people counted at ``start`` (their clause after the classifier: ``clause``) were
    beaten, or the police summoned or held them (对…传唤)."""
    if "被" in clause and BEATEN_ZH.search(clause):
        return True
    return norm[max(0, start - 1) : start] == "对" and POLICED_ZH.search(clause) is not None


def places_counted(rest: str) -> bool:
    """What 个 counts (``rest``, the text after it) is a place of the people: 好几个村的环卫工."""
    return PLACES_ZH.match(rest) is not None
