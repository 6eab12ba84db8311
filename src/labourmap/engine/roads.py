"""Roads named by their own name, as key terms for grouping (``summary._site_terms``).

Workers who block a road, and those who tell of it, name the road: 汉阳大道, 灵峰南路, 梅华路,
"Hanyang Avenue". Two posts of one city and week that name one road tell one action, as two
that name one township or one site do. Read (on normalised text): two characters of a name,
then 大道, 大街, a quarter and 路 (南路, 东路, 中路), or 路 alone; each also romanised (``py:``
and the name's first two characters, by ``summary._site_terms``), so an English post's
"X Avenue" meets it.

Not read: a road of no name or a word ending in 路 (马路, 公路, 铁路, 跑路, 堵路, 线路, 走路,
几步路, 多条路, 各路段, 送餐路上), nor a name glued to the sentence (往南路口, 在大街上, 把路堵了: words of
the sentence, not of a name).
"""

from __future__ import annotations

import re

_ROAD = re.compile(r"[\u4e00-\u9fff]{2}(?:大道|大街|[东西南北中]路|路)")
# characters that never begin a road's own name: words of the sentence around it
_GLUE = frozenset("的在到了去是把被给上往向沿走过从个条那这一两几多")
# the character before a bare 路 in a word that names no road (马路, 跑路, 线路, 送餐路上)
_NOT_A_ROAD = frozenset(
    "马公铁道线出思门网走上一半带让开领退后前来去问赶绕岔小大水陆山近末正歧活死生迷套销回找"
    "跑堵条分家步速餐单班灾乡字无天幅两拦封修挖老新这那哪各每全此该沿省"
)


def road_terms(norm: str) -> set[str]:
    """The roads a normalised text names (each as written: 梅华路, 灵峰南路)."""
    if "路" not in norm and "大道" not in norm and "大街" not in norm:
        return set()
    out = set()
    for m in _ROAD.finditer(norm):
        road = m.group()
        if _GLUE.intersection(road[:2]):
            continue
        if road[-1] == "路" and len(road) == 3 and road[1] in _NOT_A_ROAD:
            continue
        out.add(road)
    return out
