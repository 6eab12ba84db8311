"""A firm named as the rival the workers protest against: taxi drivers who strike against
ride-hailing apps (打击滴滴专车, 抗议“滴滴”等网约车抢客, "in protest against app-based car
services such as X") are no employees of the app, so the app is no employer; and firms listed side by side (美团饿了么
京东的骑手), none of them the one employer."""

from __future__ import annotations

import re

from labourmap.engine.known_firms import Mention

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


# 美团饿了么京东的骑手, 美团与饿了么: firms listed side by side, none of them the one employer
_LISTED_GAP = re.compile(r"[、和与及/]?")


def listed(firms: list[Mention], norm: str) -> set[tuple[int, int]]:
    """The spans of well-known firms named right beside another firm (美团饿了么, 美团、饿了么):
    a list of platforms or brands, none of them the one employer."""
    own = sorted((m for m in firms if m.role is None), key=lambda m: m.start)
    out: set[tuple[int, int]] = set()
    for a, b in zip(own, own[1:], strict=False):
        if a.name.firm.name != b.name.firm.name and _LISTED_GAP.fullmatch(norm, a.end, b.start):
            out.update({(a.start, a.end), (b.start, b.end)})
    return out
