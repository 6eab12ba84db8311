"""Rescuers arriving at a worksite tell that an accident named there happened, in a short
eyewitness post that counts no one dead or hurt yet.

A blast, a fire or a collapse word alone may be a figure of speech or a rumour, so the rules
ask for a word that tells an accident happened (出事, 被困, a toll). Fire engines or ambulances
come (消防车都到了, 救护车赶到) are such a word: 工地的架子塌了，消防车都来了，不知道上面的
工人怎么样 (made up). Only where the post names a worksite's trade and its workers.
"""

from __future__ import annotations

import re

from labourmap.engine.doc import Doc
from labourmap.engine.matcher import Hit
from labourmap.engine.text import sentence_bounds

ARRIVED = re.compile(
    r"(?:消防车|救护车|消防员|消防队|救援队|消防)[^，,。；;！!？?]{0,3}?"
    r"(?:到了|赶到|赶来|来了|到场|到而家|到咗|来咗|开进|进去)"
)
WORKSITES = ("manufacturing", "mining", "construction", "energy_utilities")


def responders(doc: Doc, accidents: list[Hit]) -> list[Hit]:
    """Rescuers come, as an accident cue, in a post with an accident word (``accidents``: those
    told now, not of a fray), a worksite's trade and its workers."""
    if not accidents or all(h.code == "traffic" for h in accidents) or not doc.cue_counts().get("worker"):
        return []
    if not any(h.code in WORKSITES for h in doc.of("industry")):
        return []
    out = []
    for m in ARRIVED.finditer(doc.norm):
        cs = sentence_bounds(doc.norm, m.start())[0]
        if any(s <= cs <= e + 1 for s, e in (sentence_bounds(doc.norm, h.start) for h in accidents)):
            out.append(Hit(m.start(), m.end(), "cue", "accident", "responders"))  # (its sentence or the next)
    return out
