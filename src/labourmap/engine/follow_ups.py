"""A post that follows up a call its writer posted before, for the day of an event.

A first-person call for help is dated by the day it was posted (``pipeline.pick_date``): the
call is the event. A follow-up of that call tells of it as posted before, on no day it names
(上周发帖以后, 上次发的那个求助帖之后, 前几天发的视频): it is not a new call, and the day it was
written is not its event's. :func:`earlier_call` reads that; the post then gets no day, and
the week it names (上周: :mod:`~labourmap.engine.week_window`) bounds its event for grouping.

Not read: a call named for a day (昨天发帖求助: ``pipeline._posting_day`` dates it), a post
that names its own posting (今天发帖求助), nor another's post (他上周发的帖).
"""

from __future__ import annotations

import re

_CUES = ("发帖", "发的", "发了", "发过")
# an earlier time (no day), then the writer's own post: 上周发帖以后, 上次发的那个求助帖
_EARLIER_CALL = re.compile(
    r"(?<![他她])(?:上周|上个?星期|上次|上回|之前|前几天|前些天|前阵子)(?:我|我们)?"
    r"(?:发帖|发(?:的|了|过)[^，。！？,.!?]{0,6}?(?:帖子?|求助|视频|微博))")


def earlier_call(norm: str) -> bool:
    """Whether a (normalised) post follows up a call its writer posted at an earlier time it
    names by no day."""
    return any(c in norm for c in _CUES) and _EARLIER_CALL.search(norm) is not None
