"""Short brand names ended by what the firm runs: a gig platform or delivery outfit (湘速配送,
快约出行) and a shipyard (海泰船舶修造, 海通船舶工业).

A shipyard's short name is a brand of two to four characters before 船舶修造/船舶工业/船舶制造;
a longer run is a sentence about the trade (国家支持船舶工业发展), no name.

A brand ending in 配送 (delivery) or 出行 (ride-hailing) is the employer only where the post
puts workers with it: its station or riders follow (X配送的站点, X出行的司机), its offices
(X出行的办公楼, X出行楼下), its uniform (穿着X配送的衣服), someone works for it (在X配送跑了,
在X出行开车), or it acts on the worker (X出行突然把我账号封了, X配送扣了押金). The trade as such
(即时配送, 配送费, 市民出行受阻) is no name: the suffix needs such a context, and the core of
the name must be a brand, not a generic word (外卖配送站 is a station, not a firm).
"""

from __future__ import annotations

import re

# (suffix, strength), read with employer.SUFFIXES
PLATFORM_SUFFIXES: list[tuple[str, int]] = [("配送", 2), ("出行", 2)]
GIG_SUFFIXES = frozenset(s for s, _ in PLATFORM_SUFFIXES)
SHIP_SUFFIXES = frozenset({"船舶修造", "船舶工业", "船舶制造"})

# what follows the brand where it is the outfit the workers are with
_AFTER = re.compile(
    r"[”\"」]?的?(?:众包|专送|全职|兼职)?(?:骑手|配送员|司机|师傅|站点|网点|站长|配送站|站)|"
    r"[”\"」]?的?(?:衣服|工服|制服|头盔|餐箱|办公楼|办公室|总部|门口|楼下)|"
    # 把我账号封了, 突然封号, 扣了押金: the outfit acts on its worker
    r"[”\"」]?(?:突然|直接|又|一直|还)?(?:把我|把我们|把他|封|扣|罚|拖欠|欠|压|砍|降|不给|不发)"
)
# 在快驹配送跑了一年: someone works there
_WORKS_AT = re.compile(r"[”\"」]?(?:跑|干|送|开车|开网约车|上班|工作|当骑手|做骑手)")
_IN_BEFORE = ("在", "给", "帮", "替")
_NOT_BRAND = frozenset({"即时", "同城", "外卖", "快递", "网约", "网约车", "物流", "平台", "绿色", "安全",
                        "市民", "群众", "乘客", "错峰", "低碳", "出门", "正常", "居民", "公交", "平安"})


_WORN = ("身穿", "穿着", "穿")  # 穿着X配送的衣服: the verb is no part of the name


def gig_context(norm: str, start: int, ms: int, end: int) -> int:
    """Where the brand begins, if norm[start:ms] + the suffix norm[ms:end] is told as the
    workers' outfit; else -1."""
    start += next((len(w) for w in _WORN if norm.startswith(w, start)), 0)
    core = norm[start:ms]
    if len(core) < 2 or core in _NOT_BRAND or core[-2:] in _NOT_BRAND:
        return -1
    if _AFTER.match(norm, end):
        return start
    if _WORKS_AT.match(norm, end) and norm.endswith(_IN_BEFORE, 0, start):
        return start
    return -1


def ship_brand(norm: str, start: int, ms: int) -> bool:
    """norm[start:ms] is a short brand before a shipyard's trade (海泰 in 海泰船舶修造)."""
    return 2 <= ms - start <= 4 and "的" not in norm[start:ms]
