"""Pleas for help of one firm told with days far apart, for :mod:`~labourmap.engine.cluster`
and :mod:`~labourmap.engine.linking`.

A plea for help is dated by the day it was written unless it names another (the codebook),
so the posts of one plight carry the days of its stages: the worker's plea (written in
September), the reporter's story dated by the fall in June, the hotline's answer a month
after the complaint. Two posts of a plea (``call_for_help``) that name one firm in full (more
than three characters, one name or the same romanised) and agree as strongly as a merge
needs without their days are one plight when their days lie within :data:`PLEA_DAYS` of
each other, not a week: a plea tells a dispute that lasts, not a day's action.

Not read: a protest or a strike (a new action weeks later is a new event), a plea and a
protest (the workers who plead may act later), a firm named short (美团, 富士康: a platform or
a brand of many sites), nor a plea with no day (the days written already bound those:
``cluster.written_near``).

The other way, :func:`acted_later`: a plea and a collective action both dated, more than
:data:`ACTED_DAYS` days apart, are two events however much else agrees. A plea is made
"without acting together offline" (the codebook); when the workers who pleaded on Monday
gather at the gate on Thursday, they act: a new event. (The same day, or a day or two apart,
a plea and a protest are often one event told by two hands.) Unless both tell one sum owed or
one toll (``marks.same_figure``): then one post read as an action is the plea retold (a
reporter's visit to the workers who wrote), not the pleaders' next step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from labourmap.engine.summary import IncidentSummary

PLEA_DAYS = 92  # a season: the stages of one plight (the fall, the plea, the answer)
PLEA = "call_for_help"
ACTION = "collective_action"
ACTED_DAYS = 2  # a plea and an action further apart: the pleaders acted later


def pleads(s: IncidentSummary) -> bool:
    """A plea for help naming its firm in full (more than three characters)."""
    return s.kind == PLEA and s.employer is not None and len(s.employer) > 3


def one_plight(a: IncidentSummary, b: IncidentSummary) -> bool:
    """Both posts plead (:func:`pleads`) and name one firm (``cluster.same_employer``)."""
    from labourmap.engine.cluster import same_employer

    return (pleads(a) and pleads(b) and a.employer is not None and b.employer is not None
            and same_employer(a.employer, b.employer))


def plight_days(a: IncidentSummary, b: IncidentSummary) -> bool:
    """Both posts dated within :data:`PLEA_DAYS` of each other and of one plight."""
    return (a.date is not None and b.date is not None
            and abs((a.date - b.date).days) <= PLEA_DAYS and one_plight(a, b))


def plea_and_action(a: IncidentSummary, b: IncidentSummary) -> bool:
    """One post a plea, the other a collective action."""
    return {a.kind, b.kind} == {PLEA, ACTION}


def acted_later(a: IncidentSummary, b: IncidentSummary) -> bool:
    """A plea and a collective action dated more than :data:`ACTED_DAYS` days apart, not
    telling one figure."""
    return (a.date is not None and b.date is not None
            and acted_apart(abs((a.date - b.date).days), a, b))


def acted_apart(gap: int, a: IncidentSummary, b: IncidentSummary) -> bool:
    """A plea and a collective action ``gap`` days apart, more than :data:`ACTED_DAYS`, that
    tell no figure alike (for the linker too)."""
    from labourmap.engine.marks import same_figure

    return (gap > ACTED_DAYS and plea_and_action(a, b)
            and not (a.figures and b.figures and same_figure(a.figures, b.figures)))


def plea_slot(day: int) -> int:
    """The time slot (below the undated one, -1) of a dated plea's season, for the linker."""
    return -2 - day // PLEA_DAYS


def is_plea_slot(slot: int) -> bool:
    return slot < -1
