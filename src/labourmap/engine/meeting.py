"""Whether a node being linked merges with a group filed under one of its keys, for
:class:`~labourmap.engine.linking.Linker`: ``cluster.score(a, b) >= THRESHOLD`` worked out once
per pair of profiles for what does not depend on the days (``cluster.static_parts``), then
against the days of a group's posts at once (within 3 days, a week at most; an undated post
within 3 days (``cluster.NEAR_WRITTEN``) of the day written, and not written too early or too late:
``cluster.written_near``), the texts compared last and only when a key of the text met them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from labourmap.engine.cluster import EARLY, LATE, NEAR_WRITTEN, THRESHOLD, alike, static_parts
from labourmap.engine.county_week import written_days
from labourmap.engine.plea_days import PLEA_DAYS, acted_apart, is_plea_slot, one_plight

if TYPE_CHECKING:
    from labourmap.engine.linking import Linker

WEEK = 7
UNDATED = -1  # the time slot of undated posts
STATIC_CACHE = 1 << 16  # pairs of summaries whose static_parts are kept


def _gap(days: set[int], centre: int, width: int) -> int:
    """The fewest days between ``centre`` and one of ``days``, when it is ``width`` or less;
    else more than ``width``."""
    if len(days) <= 2 * width + 1:
        best = width + 1
        for d in days:
            gap = d - centre if d >= centre else centre - d
            if gap < best:
                best = gap
        return best
    for gap in range(width + 1):
        if centre - gap in days or centre + gap in days:
            return gap
    return width + 1


def _written_near(days: set[int], centre: int, dated: bool) -> bool:
    """``cluster.written_near`` for one node (its day, ``dated``, or the day it was written:
    ``centre``) and the posts of undated ones written on ``days`` (0: unknown; negative: the
    week one names, which bounds nothing)."""
    if not centre:
        return True
    low, high = (centre - EARLY, centre + LATE) if dated else (centre - LATE, centre + LATE)
    return any(d == 0 or low <= d <= high for d in days) or all(d < 0 for d in days)


class Meeting:
    """One node meeting the groups filed under its keys: what does not depend on the days (the
    rest of the score, the likeness of the texts) is worked out once per profile, and a
    profile that does not merge is not tried again in the same group and time slot."""

    def __init__(self, linker: Linker, node: int) -> None:
        self.linker = linker
        self.root = node
        self.pid = linker.profile_of[node]
        self.summary, self.text = linker.profiles[self.pid]
        self.sig = linker.sig_of[self.pid] << 32
        self.day = linker.day[node]
        self.centre = self.day or linker.posted[node]  # the day, or the day written
        self.written = linker.fresh(node) if self.day else 0  # fresh news: the day written
        self.city = self.summary.city or None
        self.alike: dict[int, bool] = {}
        self.tried: dict[tuple[int, int, bool], set[int]] = {}
        # summaries that cannot merge with the node whatever the days: (both dated, by text)
        self.hopeless: dict[tuple[bool, bool], set[int]] = {
            (False, False): set(), (False, True): set(), (True, False): set(), (True, True): set()}

    def meets(self, slot: int, group: int, profiles: set[int], day: int, text: bool) -> bool:
        """Whether the node merges with a post of one of ``profiles`` in ``group``."""
        dated = self.day > 0 and slot != UNDATED  # both dated: within 3 days, a week at most
        hopeless, sig_of = self.hopeless[(dated, text)], self.linker.sig_of
        if day:
            days = {day}
            return any(self.merges(q, slot, group, days, dated, False) for q in profiles
                       if sig_of[q] not in hopeless)
        tried = self.tried.get((slot, group, text))
        if tried is None:
            tried = self.tried[(slot, group, text)] = set()
        elif profiles <= tried:
            return False
        for q in profiles - tried if tried else profiles:
            if sig_of[q] not in hopeless and self.merges(q, slot, group, None, dated, text):
                return True
        tried |= profiles
        return False

    def merges(self, q: int, slot: int, group: int, days: set[int] | None, dated: bool,
               text: bool) -> bool:
        """Whether the node merges with a post of profile ``q`` in ``group`` and ``slot`` (one
        of ``days``, when met through a day key; ``dated``: both posts dated): ``score(a, b)
        >= THRESHOLD`` for one of them; the texts are compared only when ``text`` (a key of
        the text met them)."""
        linker = self.linker
        sig = linker.sig_of[q]
        cache, pair = linker.static, self.sig | sig
        if pair in cache:
            static = cache[pair]
        else:
            if len(cache) >= STATIC_CACHE:
                cache.clear()
            static = cache[pair] = static_parts(self.summary, linker.profiles[q][0])
        if static is None:
            self.hopeless[(dated, text)].add(sig)
            return False
        total, gate = static
        strong = gate and total >= THRESHOLD  # whatever the days, if less than a week apart
        # a day missing: the days written, within NEAR_WRITTEN days in the same city
        can_agree = dated or (self.centre > 0 and self.city is not None
                              and self.city == linker.profiles[q][0].city)
        if not (strong or (can_agree and total + 3 >= THRESHOLD) or (
                text and (total >= 0 or (can_agree and total + 3 >= 0)))):
            self.hopeless[(dated, text)].add(sig)
            return False
        if days is None:
            days = linker.days_of(slot, q, group)
        if is_plea_slot(slot):  # pleas of one plight, a season apart at most (plea_days)
            return (strong and _gap(days, self.day, PLEA_DAYS) <= PLEA_DAYS
                    and one_plight(self.summary, linker.profiles[q][0]))
        if dated:
            gap = _gap(days, self.day, WEEK)
            meets, agree = gap <= WEEK, gap <= 3
            if acted_apart(gap, self.summary, linker.profiles[q][0]):
                return False  # a plea, then the pleaders act (plea_days.acted_later)
        else:
            meets = _written_near(days, self.centre, self.day > 0)
            near = NEAR_WRITTEN
            wide = written_days(self.summary.county, linker.profiles[q][0].county, near
                                ) if not self.day else near  # both undated: county_week
            agree = meets and can_agree and (_gap(days, self.centre, wide) <= wide or (
                self.written > 0 and _gap(days, self.written, near) <= near) or (
                self.day > 0 and -self.day in days))  # its day in the week the other names
        if (agree and total + 3 >= THRESHOLD) or (meets and strong):
            return True
        if not text or not ((agree and total + 3 >= 0) or (meets and total >= 0)):
            return False
        return self._alike(q)

    def _alike(self, q: int) -> bool:
        found = self.alike.get(q)
        if found is None:
            linker = self.linker
            mine = (linker.grams_of(self.pid), linker.quoted_of(self.pid))
            theirs = (linker.grams_of(q), linker.quoted_of(q))
            found = any(_near(x, y) for x in mine for y in theirs)
            self.alike[q] = found
        return found


def _near(x: frozenset[str], y: frozenset[str]) -> bool:
    """``cluster.alike``, sizes too far apart ruled out first."""
    if not x or not y or 5 * len(y) < 3 * len(x) or 5 * len(x) < 3 * len(y):
        return False
    return alike(x, y)
