"""A firm named as the rival the workers protest against: taxi drivers who strike against
ride-hailing apps (打击滴滴专车, 抗议“滴滴”等网约车抢客, "in protest against app-based car
services such as X") are no employees of the app, so the app is no employer."""

from __future__ import annotations

import re

# the words that tell of taxi drivers, one of which the post must hold
TAXI = ("出租", "的士", "的哥", "taxi", "cab ", "cabs", "cabbies")
# what the workers protest against, then (in the same sentence) the firm
_AGAINST = re.compile(
    r"(?:打击|抵制|抗议|反对|against|such as)[^。.!！?？\n]{0,30}$"
)


def rival(norm: str, start: int) -> bool:
    """Whether the firm named at ``start`` is the rival taxi drivers protest against (asked only
    where the post holds one of TAXI)."""
    return _AGAINST.search(norm, max(0, start - 40), start) is not None
