"""The central builder's numbered bureaus, state-owned on sight (round 22).

中建 (China State Construction) works through numbered engineering bureaus, written 中建五局,
中建八局三公司 or 中国建筑第九工程局; monitors code a post whose employer is one of them as
state-owned where the post says nothing of ownership, as they do the oil majors. The other
central builders' bureaus (中铁X局, 中交X航局) are not read so: monitors leave them unknown as
often as not.
"""

from __future__ import annotations

import re

_CSCEC_BUREAU = re.compile(
    r"中建(?:[一二三四五六七八九十]{1,3}|x)局|中国建筑第[一二三四五六七八九十]{1,3}工程局"
)


def central_builder(norm: str, span: tuple[int, int]) -> str | None:
    """``state_owned`` where the employer's name (a span of norm) holds a 中建 bureau."""
    if "中" not in norm[span[0] : span[1]]:
        return None  # (every bureau's name holds it)
    return "state_owned" if _CSCEC_BUREAU.search(norm, span[0], span[1]) else None
