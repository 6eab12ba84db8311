"""A grievance of an earlier action, told as the background of this one.

A post about a new strike often recalls the last one: 去年闹的是社保，今年是老板要把厂搬走;
两年前为社保闹过一次，没想到又来; 2015年那次，上千人为了社保停了三天工 … 这个月又重演了. The
grievance of the earlier action is history, not what the crowd claims now. Read where the word
stands in a clause that tells an action (闹, 罢工, 停工, 堵, 上访…), that clause or the one before it
in its sentence names the past (去年, 两年前, 那次, 当年…), and another sentence of the post tells
the present (今天, 今年, 这次, 这个月, 又, 现在): a post that only recalls the past action (一年前的今天…)
keeps its grievance.
"""

from __future__ import annotations

import re
from functools import lru_cache

from labourmap.engine.words_in import holds_any

_CLAUSE = "，,；;：:"
_SENTENCE = "。！!？?\n"
PAST = re.compile(
    r"去年|前年|[一二两三四五六七八九十几\d]+年前|那次|那一次|上次|上一次|当年|那年|早年|以前|曾经"
)
ACTION = re.compile(r"闹|罢工|停工|停了[^，,；;]{0,4}工|堵|维权|上访|抗议")
NOW = re.compile(r"今天|今年|这次|这回|这个月|本月|又|现在|如今")
_PAST_WORDS = ("年前", "去年", "前年", "那次", "那一次", "上次", "上一次", "当年", "那年", "以前", "曾经")


@lru_cache(maxsize=4)
def _told_past(norm: str) -> bool:
    return holds_any(norm, _PAST_WORDS) and NOW.search(norm) is not None


def a_past_action(norm: str, start: int) -> bool:
    """The word at ``start`` names the grievance of an earlier action the post recalls beside a
    present one (see the module's text)."""
    if not _told_past(norm):
        return False
    ss = max(norm.rfind(c, 0, start) for c in _SENTENCE) + 1
    se = min((k for k in (norm.find(c, start) for c in _SENTENCE) if k >= 0), default=len(norm))
    cs = max(ss, max(norm.rfind(c, ss, start) for c in _CLAUSE) + 1)
    ce = min((k for k in (norm.find(c, start, se) for c in _CLAUSE) if k >= 0), default=se)
    before = max(ss, max(norm.rfind(c, ss, max(ss, cs - 1)) for c in _CLAUSE) + 1)  # the clause before
    if ACTION.search(norm, cs, ce) is None or PAST.search(norm, before, ce) is None:
        return False
    if NOW.search(norm, cs, ce) is not None:
        return False  # 去年闹过，今年又闹: the clause itself is now
    return NOW.search(norm, 0, ss) is not None or NOW.search(norm, se) is not None
