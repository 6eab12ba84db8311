"""English ways of telling the dead and the hurt that the counting of
:func:`labourmap.engine.casualties.casualties` misses, read by
:func:`labourmap.engine.toll_revised.revise`.

- The dead told by their bodies found: "rescuers have found the bodies of three workers",
  "recovered the bodies of all nine miners trapped": those found are the dead, where no other
  toll is told (not "are searching for the bodies of two men": not found yet).
- One more hurt, told by an ordinal after the dead in one clause: "killing three workers and injuring
  a fourth", "killing one person and injuring another": one hurt.
"""

from __future__ import annotations

import re

from labourmap.engine.numbers import Count, Quantity

# the bodies found, up to the count: "found the bodies of all nine", "recovered the bodies of the seven"
BODIES_OF = re.compile(
    r"\b(?:found|recovered|retrieved|located|pulled out|brought out|brought up|dug out)"
    r"(?: the)? bodies of (?:all |the )?$"
)
# one more hurt, by an ordinal or "another", after the dead were counted
ONE_MORE_HURT = re.compile(
    r"\bkill(?:ing|ed) [^.;]{0,40}? and (?:injuring|injured|wounding|hurting) "
    r"(?:another|a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
    r"(?! (?:time|day|week|month|year|round|blast|explosion))\b"
)


def bodies_found(norm: str, qs: list[Quantity], killed: Count | None) -> Count | None:
    """"Rescuers have found the bodies of three workers": the dead, where none were counted."""
    if killed is not None or "bodies of" not in norm:
        return killed
    for q in qs:
        if q.value is None or not norm[q.start : q.end].isascii():
            continue
        if BODIES_OF.search(norm, max(0, q.start - 40), q.start):
            return Count(q.value, q.start, q.end)
    return killed


def one_more_hurt(norm: str, killed: Count | None, injured: Count | None) -> Count | None:
    """"Killing three workers and injuring a fourth": one hurt, where the dead were counted."""
    if injured is not None or killed is None or "injur" not in norm and "wound" not in norm and "hurting" not in norm:
        return injured
    m = ONE_MORE_HURT.search(norm)
    return Count(1, m.start(), m.end()) if m else injured
