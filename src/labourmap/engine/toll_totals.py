"""A toll told in English as a running total of the dead or the hurt: "bringing to 11 the number
killed", "bringing the number of dead to 7", "raising the number killed to 8 and the number
injured to 20", "taking the number of workers killed to 12". Such a total outranks a count of
new dead or hurt told before it ("another worker died on Sunday, bringing to 11 ...").

The sick counted with other words ("the number of workers with numb legs") are read by
:mod:`labourmap.engine.ill_totals`; "bringing the death toll to 9" by
:mod:`labourmap.engine.casualties`.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Count, Quantity

_BRING = r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes|putting|puts)"
_WHO = r"(?:(?:[a-z-]+ )?(?:workers|employees|staff|people|miners|victims|those|men|women) )?"
_DEAD = r"(?:killed|dead|deaths|fatalities|(?:who (?:have |had )?)?died)"
_HURT = r"(?:injured|hurt|wounded|injuries|hospitali[sz]ed|in hospital)"
_NUMBER = r"the (?:total |confirmed |official )?number (?:of )?" + _WHO
# "bringing to 11 the number killed": the total, then what it counts
_FIRST = re.compile(_BRING + r" (?:the (?:total|tally|count) )?to\s+$")
_WHAT_AFTER = re.compile(r"\s+" + _NUMBER + r"(?:(?P<dead>" + _DEAD + r")|(?P<hurt>" + _HURT + r"))\b")
# "bringing the number of dead to 7", "… and the number injured to 20": what it counts, then the total
_LAST = re.compile(
    r"(?:" + _BRING + r"|\band) " + _NUMBER + r"(?:(?P<dead>" + _DEAD + r")|(?P<hurt>" + _HURT + r"))"
    r"(?: [a-z]+){0,3}? to\s+$"
)


def running_totals_en(norm: str, qs: list[Quantity]) -> tuple[Count | None, Count | None]:
    """(dead, hurt): the running totals an English post tells, each None where it tells none."""
    if "number" not in norm:
        return None, None
    dead: Count | None = None
    hurt: Count | None = None
    for q in qs:
        if q.value is None or not norm[q.start : q.end].isascii():
            continue
        before = norm[max(0, q.start - 80) : q.start]
        m = _WHAT_AFTER.match(norm, q.end) if _FIRST.search(before) else _LAST.search(before)
        if m is None:
            continue
        if m["dead"]:
            dead = dead or Count(q.value, q.start, q.end)
        else:
            hurt = hurt or Count(q.value, q.start, q.end)
    return dead, hurt
