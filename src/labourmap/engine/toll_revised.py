"""A toll revised later in the text, read after :func:`labourmap.engine.casualties.casualties`.

Reports count the dead and hurt as the event unfolds and then correct the count:
- some of the hurt die in hospital (3人当场死亡，6人受伤送医，其中2人抢救无效死亡): the dead are
  3 + 2 and the hurt 6 - 2;
- the lives lost are summed up (路上走了3个，医院里又走了2个，5条人命): the sum is the toll;
- those first counted as trapped are later confirmed dead ("all 12 miners trapped by the flood
  have been confirmed dead"): those are the dead.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Count, Quantity
from labourmap.engine.toll_among import dead_among
from labourmap.engine.toll_phrases_en import bodies_found, one_more_hurt

# 其中2人抢救无效死亡, 其中一人经抢救无效, 其中1名伤者送医后不治: those of the hurt who died
_DIED_AMONG = re.compile(
    r"其中(?P<n>[0-9一二两三四五六七八九十]+)(?:名|个|位)?(?:人|伤者|伤员|工人)?"
    r"(?:在医院|送医后|送院后|入院后|于[^，,。；;]{0,8}?)?(?:经|因)?(?:抢救无效|医治无效|伤重不治|不治)"
)
_CLAUSE = re.compile(r"[，,。；;！!？?\n]")
# 8条人命, 五条生命: a count of lives lost
_LIVES = re.compile(r"(?:条人命|条生命)")
_SAVED = re.compile(r"(?<![没未])(?:救回|救下|挽回|挽救|保住)[^，,。；;！!？?]{0,4}$")  # 救回了3条人命: lives saved
# "all 21 miners trapped by a roof collapse … have been confirmed dead"
_CONFIRMED_DEAD_EN = re.compile(
    r"\s+(?:[a-z-]+ )?(?:workers|miners|people|employees|men)\b(?:[^.;]|(?<=co|no)\.){0,140}?"
    r"\b(?:have been|had been|were|are|was) (?:now |all |officially )?(?:confirmed|found|declared|pronounced) dead\b"
)


def _value(qs: list[Quantity], start: int, end: int) -> Quantity | None:
    return next((q for q in qs if q.value is not None and start <= q.start < end), None)


def died_among_hurt(norm: str, qs: list[Quantity], killed: Count, injured: Count) -> tuple[Count, Count]:
    """3人当场死亡，6人受伤被送往医院，其中2人抢救无效死亡: (5 dead, 4 hurt). Only where the
    dead were counted before the hurt, in the hurt's sentence (else casualties has read it)."""
    if not killed.end <= injured.start or "其中" not in norm:
        return killed, injured
    stop = _CLAUSE.search(norm, injured.end)  # (the hurt's clause, then the next one)
    m = _DIED_AMONG.match(norm, stop.end()) if stop and norm[stop.start()] in "，," else None
    q = _value(qs, m.start("n"), m.end("n")) if m else None
    if q is None or not 0 < int(q.value or 0) < int(injured.value):
        return killed, injured
    n = int(q.value or 0)
    return (Count(int(killed.value) + n, killed.start, killed.end),
            Count(int(injured.value) - n, injured.start, injured.end))


def lives_lost(norm: str, qs: list[Quantity], killed: Count | None) -> Count | None:
    """走了4个，又没抢回来4个，8条人命: the lives counted, where more than the dead counted
    (not 一条人命就这样？ with no dead counted: a life, said of what it is worth)."""
    if killed is None or "条" not in norm or not _LIVES.search(norm):
        return killed
    for q in qs:
        if q.value is None or not _LIVES.match(norm, q.end):
            continue
        if _SAVED.search(norm, max(0, q.start - 8), q.start):
            continue
        if int(q.value) > int(killed.value):
            return Count(q.value, q.start, q.end)
    return killed


def confirmed_dead_en(norm: str, qs: list[Quantity], killed: Count | None) -> Count | None:
    """"All 12 miners trapped by the flood have been confirmed dead": the trapped, now the dead."""
    if killed is not None or "dead" not in norm:
        return killed
    for q in qs:
        if q.value is not None and norm[q.start : q.end].isascii() and _CONFIRMED_DEAD_EN.match(norm, q.end):
            return Count(q.value, q.start, q.end)
    return killed


def revise(norm: str, qs: list[Quantity], killed: Count | None, injured: Count | None) -> tuple[Count | None, Count | None]:
    """(killed, injured) after the revisions this module reads."""
    killed = dead_among(norm, qs, confirmed_dead_en(norm, qs, lives_lost(norm, qs, killed)))
    if norm.isascii():  # "found the bodies of three workers"; "killing three and injuring a fourth"
        killed = bodies_found(norm, qs, killed)
        injured = one_more_hurt(norm, killed, injured)
    if killed is not None and injured is not None:
        killed, injured = died_among_hurt(norm, qs, killed, injured)
    return killed, injured
