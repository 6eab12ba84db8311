"""Undated posts of one county: a week apart, not three days.

A post with no day written is placed by the day it was written; two such posts of one city
meet within ``cluster.NEAR_WRITTEN`` days. When both name one county (区, 县), a smaller place
where two different events of one kind in one week are rare, the posts written within
:data:`COUNTY_DAYS` days tell one event (a dated report and an undated post keep the three
days: the report fixes its day): a slowdown told on Monday and again by
a reporter on Saturday (江夏区 in both), a county's silicosis cases told by a bureau and by a
paper five days on. Read by ``cluster.days_agree``, ``meeting.Meeting.merges`` and the day keys
of :mod:`~labourmap.engine.linking`.
"""

from __future__ import annotations

COUNTY_DAYS = 7  # days between the days written of two posts of one county, a day missing


def written_days(county: str | None, other: str | None, near: int) -> int:
    """The days two posts' days written may lie apart, a day missing: :data:`COUNTY_DAYS` when
    both name one county (``"420115"`` and ``"420115"``), else ``near`` (the city's)."""
    return COUNTY_DAYS if county and county == other else near
