"""The sick or hurt told as a running total in English ("bringing to 13 the number of workers
with numb legs", "taking the number of employees poisoned to 21"): that total is the injured,
and it outranks a count of new cases told before it ("three more women have fallen ill").

Not a toll of the dead ("bringing to 11 the number of workers killed"): the dead are read by
:mod:`labourmap.engine.casualties`.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Count, Quantity

_BRING = r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushes)"
_WHO = r"(?:[a-z-]+ )?(?:workers|employees|staff|people|women|men|miners|victims|patients)\b"
# "bringing to 13 the number of workers …": the total, then whom it counts
TOTAL_FIRST = re.compile(_BRING + r" (?:the (?:total|tally|count) )?to\s+$")
WHO_AFTER = re.compile(r"\s+the (?:total )?number of " + _WHO + r"(?P<how>[^.;]{0,110})")
# "bringing the number of workers poisoned to 13": whom it counts, then the total
TOTAL_LAST = re.compile(_BRING + r" the (?:total )?number of " + _WHO + r"(?P<how>[^.;]{0,90}?) to\s+$")
ILL = re.compile(
    r"\b(?:poison(?:ed|ing)?|ill|sick|sickened|numb|diagnosed|hospitali[sz]ed|in hospital|injured|hurt|"
    r"symptoms|leuk(?:a)?emia|silicosis|pneumoconiosis|nerve damage|affected)\b"
)
DEAD = re.compile(r"\b(?:dead|died|killed|deaths|fatalities|lost their lives)\b")


def ill_total_en(norm: str, qs: list[Quantity]) -> Count | None:
    """The running total of the sick or hurt in an English post, else None."""
    if "number of" not in norm:
        return None
    for q in qs:
        if q.value is None or not norm[q.start : q.end].isascii():
            continue
        before = norm[max(0, q.start - 150) : q.start]
        m = TOTAL_FIRST.search(before)
        w = WHO_AFTER.match(norm, q.end) if m else None
        how = w["how"] if w else None
        if how is None and (last := TOTAL_LAST.search(before)):
            how = last["how"]
        if how is not None and ILL.search(how) and not DEAD.search(how):
            return Count(q.value, q.start, q.end)
    return None
