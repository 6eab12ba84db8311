"""An accident told in English after the day of its rescue or its toll: "Rescuers found three
miners dead on Tuesday after water burst into the pit on Monday evening", "still trapped on
Sunday, two days after the shaft flooded on Friday". The later day is the day of the news (the
bodies found, the rescue going on); the day in the clause after "after" is the accident's.
Read by :func:`labourmap.engine.event_day.happened_on` for the pipeline's accident day.

A day is the accident's where, in its sentence, "after" stands before it and a later day
stands before that "after" (the day of the news comes first, the accident's after it); "a.m."
and "p.m." end no sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from labourmap.engine.dates import DateMention

if TYPE_CHECKING:
    from labourmap.engine.doc import Doc

_AFTER = re.compile(r"\bafter\b")
_CLOCK = re.compile(r"\b[ap]\.m\.")
_SENTENCE_END = re.compile(r"[.!?;。！？；](?:\s|$)|\n")


def accident_after(doc: Doc, d: DateMention) -> bool:
    """Whether ``d`` is the day of an accident told after "after", a later day told before it
    in the same sentence."""
    norm = doc.norm
    if "after" not in norm or not norm[d.start : d.end].isascii():
        return False
    for e in doc.dates:
        if e.end > d.start:
            break
        if e.day <= d.day:
            continue
        between = _CLOCK.sub("", norm[e.end : d.start])
        if _SENTENCE_END.search(between) is None and _AFTER.search(between) is not None:
            return True
    return False
