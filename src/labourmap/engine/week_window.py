"""The week a post places its event in when it names no day: "本周", "this week", "上周",
"last week".

A post that tells of a strike "this week" and names no day lies within the days from Monday
to the day it was written; "last week", within the week before. :func:`week_of` reads which
weeks a text names (a set of flags); :func:`window` turns them and the day written into the
first and last day of the event's possible days (proleptic ordinals, as ``date.toordinal``).
"""

from __future__ import annotations

import re

THIS_WEEK = 1
LAST_WEEK = 2
_KEYS = ("周", "星期", "礼拜", "week")
# 这周围 (around here) and 本周期 (this cycle) are no week
_THIS = re.compile(r"(?:本|这个?)(?:周|星期|礼拜)(?![围边期岁])|\b(?:this|earlier this) week\b")
_LAST = re.compile(r"上(?:个)?(?:周|星期|礼拜)(?![围边期岁])|\blast week\b")


def week_of(norm: str) -> int:
    """The weeks a normalised text places its event in: :data:`THIS_WEEK`, :data:`LAST_WEEK`
    (or both), 0 for none."""
    if not any(k in norm for k in _KEYS):
        return 0
    flags = THIS_WEEK if _THIS.search(norm) else 0
    if _LAST.search(norm):
        flags |= LAST_WEEK
    return flags


def window(posted: int, week: int) -> tuple[int, int] | None:
    """The first and last day (ordinals) of the weeks ``week`` names, for a post written on
    the day ``posted`` (an ordinal; weeks start on Monday); None for no week."""
    if not week or posted <= 0:
        return None
    monday = posted - (posted - 1) % 7  # date.fromordinal(1) is a Monday
    first = monday - 7 if week & LAST_WEEK else monday
    last = posted if week & THIS_WEEK else monday - 1
    return first, last
