"""A short video's caption (a post on Douyin or Kuaishou) that names no day, read by
:func:`labourmap.engine.event_day.part_of_day`: such a video is filmed where it happens and posted
the same day, so the day of the post is the event's (工地塔吊上三个工人在讨薪, posted on Douyin).
A day told otherwise (那天, 上周) is left to the rest of the engine."""

from __future__ import annotations

import re

from labourmap.engine.model import Span

_VIDEO = frozenset(("douyin", "kuaishou"))
_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")


def filmed(norm: str, platform: str | None) -> Span | None:
    """The span of the caption's first clause where the post is a short video, else None."""
    if platform is None or platform.lower() not in _VIDEO:
        return None
    m = _CLAUSE.search(norm)
    return m.span() if m is not None else None
