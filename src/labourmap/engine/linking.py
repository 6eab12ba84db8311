"""Joining the posts of a batch that merge, key by key, for :mod:`labourmap.engine.grouping`
(which describes the keys and why they are enough)."""

from __future__ import annotations

from array import array

from labourmap.engine.blocking import (
    Cells,
    cell_of,
    employer_neighbours,
    prefix_length,
    short_prefix_length,
)
from labourmap.engine.cluster import (
    EARLY,
    FRESH,
    LATE,
    THRESHOLD,
    IncidentSummary,
    alike,
    quoted_shingles,
    shingles_of,
    static_parts,
)
from labourmap.engine.week_window import window

WEEK = 7
UNDATED = -1  # the time slot of undated posts
COUNT_BITS = 20  # 3-grams are counted in 2**20 hashed slots: only the order they give matters
CACHE = 4096  # profiles (and places and days) whose keys and 3-grams are kept at once
STATIC_CACHE = 1 << 16  # pairs of summaries whose static_parts are kept
DAY_BITS = 22  # day numbers (proleptic ordinals + 1) fit in 22 bits up to the year 9999

Key = tuple[object, ...]


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


class Linker:
    """Joins the nodes (a profile with its days) that merge, key by key; :meth:`find` then
    gives each node's group."""

    def __init__(self, profiles: list[tuple[IncidentSummary, str]], nodes: list[int],
                 counts: array) -> None:
        self.profiles = profiles
        mask = (1 << DAY_BITS) - 1
        self.profile_of = array("q", (n >> 2 * DAY_BITS for n in nodes))
        self.day = array("q", (n >> DAY_BITS & mask for n in nodes))  # 0: none
        self.posted = array("q", (n & mask for n in nodes))
        self.parent = list(range(len(nodes)))
        self.size = [1] * len(nodes)
        self.counts = counts
        self.mask = (1 << COUNT_BITS) - 1
        sigs: dict[IncidentSummary, int] = {}
        self.sig_of = array("q", (sigs.setdefault(s, len(sigs)) for s, _ in profiles))
        self.static: dict[int, tuple[float, bool] | None] = {}  # sig pair -> static_parts
        names = sorted({s.employer for s, _ in profiles if s.employer})
        self.employer_id = {name: i for i, name in enumerate(names)}
        self.employer_nb = employer_neighbours(names)
        cells = [cell_of(s) for s, _ in profiles]
        distinct = sorted(set(cells), key=repr)
        ids = {c: i for i, c in enumerate(distinct)}
        self.cells = Cells(distinct)
        self.cell = array("q", (ids[c] for c in cells))
        # time slot (week, or UNDATED) -> key (its cell last) -> group (its root) -> profiles
        self.index: dict[int, dict[Key, dict[int, set[int]]]] = {}
        # time slot -> profile -> group -> the days of its posts there (posted, when undated)
        self.days: dict[int, dict[int, dict[int, set[int]]]] = {}
        self._keys: dict[int, tuple[list[Key], set[Key], set[Key]]] = {}
        self._grams: dict[int, frozenset[str]] = {}
        self._quoted: dict[int, frozenset[str]] = {}
        self._day_memo: dict[tuple[object, ...], tuple[list[Key], dict[int, set[Key]]]] = {}

    def find(self, i: int) -> int:
        """The root of node ``i``'s group."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def _union(self, a: int, b: int) -> int:
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        return a

    def run(self) -> None:
        """Link every node: the undated ones first, then the dated ones in order of date."""
        day = self.day
        for i in range(len(day)):
            if not day[i]:
                self._link(i)
        kept = None  # the oldest week whose keys are kept
        for i in sorted((i for i in range(len(day)) if day[i]), key=lambda i: (day[i], i)):
            week = day[i] // WEEK
            if kept is None or kept < week - 1:
                for old in [w for w in self.index if UNDATED != w < week - 1]:
                    del self.index[old]  # what comes next is more than a week later
                    self.days.pop(old, None)
                kept = week - 1
            self._link(i)

    def cohesive(self, node: int) -> bool:
        """Whether the posts of one node merge with each other (posts with a text always do:
        a text is its own near-duplicate)."""
        summary, text = self.profiles[self.profile_of[node]]
        parts = static_parts(summary, summary)
        if parts is None:  # a post told apart from another event, with nothing to identify it
            return False
        total, gate = parts
        if self.day[node] or (self.posted[node] and summary.city):
            total, gate = total + 3, True
        return (gate and total >= THRESHOLD) or (total >= 0 and len(text) >= 3)

    # -- keys ----------------------------------------------------------------------------------

    def grams_of(self, pid: int) -> frozenset[str]:
        """The 3-grams of a profile's text (the last few profiles' are kept)."""
        found = self._grams.get(pid)
        if found is None:
            if len(self._grams) >= CACHE:
                self._grams.clear()
            found = self._grams[pid] = shingles_of(self.profiles[pid][1])
        return found

    def quoted_of(self, pid: int) -> frozenset[str]:
        """The 3-grams of the post a profile's text passes on, if a repost (see reposts)."""
        found = self._quoted.get(pid)
        if found is None:
            if len(self._quoted) >= CACHE:
                self._quoted.clear()
            found = self._quoted[pid] = quoted_shingles(self.profiles[pid][1])
        return found

    def _profile_keys(self, pid: int) -> tuple[list[Key], set[Key], set[Key]]:
        """The keys every post of a profile is filed under, and those it looks up (day keys
        apart): of its text, and the others; each key ends with a cell, and a post looks up
        the compatible cells."""
        found = self._keys.get(pid)
        if found is not None:
            return found
        s = self.profiles[pid][0]
        cell = self.cell[pid]
        own: list[Key] = [("T", t, cell) for t in s.terms]
        own.extend(("F", f, cell) for f in s.figures)
        looked = list(own)
        if s.employer:
            eid = self.employer_id[s.employer]
            own.append(("E", eid, cell))
            looked.extend(("E", other, cell) for other in self.employer_nb[eid])
        compatible = self.cells.compatible(cell)
        look_text: set[Key] = set()
        for grams in (self.grams_of(pid), self.quoted_of(pid)):  # a repost's, each as a text
            if not grams:
                continue
            # the rarest 3-grams: a text filed under its first few ("S") meets every text as
            # long or shorter through the next few too ("L"), and every longer text through
            # the first few (see prefix_length)
            counts, mask = self.counts, self.mask
            ranked = sorted(zip([counts[hash(g) & mask] for g in grams], grams, strict=True))
            short = short_prefix_length(len(grams))
            head = [g for _, g in ranked[:short]]
            tail = [g for _, g in ranked[short : prefix_length(len(grams))]]
            own.extend(("S", g, cell) for g in head)
            own.extend(("L", g, cell) for g in tail)
            for c in compatible:
                look_text.update(("S", g, c) for g in head)
                look_text.update(("L", g, c) for g in head)
                look_text.update(("S", g, c) for g in tail)
        if len(compatible) == 1:
            look = set(looked)
        else:
            look = {(*key[:-1], c) for key in looked for c in compatible}
        if len(self._keys) >= CACHE:
            self._keys.clear()
        found = self._keys[pid] = (own, look, look_text)
        return found

    def _day_keys(self, node: int, pid: int) -> tuple[list[Key], dict[int, set[Key]]]:
        """The day keys a node is filed under, and those it looks up per time slot (in the
        compatible cells): dated posts of the same city or county within 3 days, undated ones
        of the same city written within 2 days."""
        day = self.day[node]
        posted = self.fresh(node)
        summary = self.profiles[pid][0]
        city, county = summary.city, summary.county
        cell = self.cell[pid]
        week = summary.week
        memo = (cell, city, county, day, posted, week)  # posts of one place and day share them
        found = self._day_memo.get(memo)
        if found is None:
            if len(self._day_memo) >= CACHE:
                self._day_memo.clear()
            found = self._day_memo[memo] = self._new_day_keys(cell, city, county, day, posted,
                                                              week)
        return found

    def span(self, node: int) -> range:
        """The days (as stored: ordinals + 1) of the week an undated node names, if any."""
        found = window(self.posted[node] - 1, self.profiles[self.profile_of[node]][0].week)
        return range(found[0] + 1, found[1] + 2) if found and not self.day[node] else range(0)

    def fresh(self, node: int) -> int:
        """The day a node's posts were written when it stands in for their day: undated, or
        dated and written within :data:`FRESH` days after it (see ``cluster.days_agree``); 0
        else."""
        day, posted = self.day[node], self.posted[node]
        return posted if not day or (posted and 0 <= posted - day <= FRESH) else 0

    def _new_day_keys(self, cell: int, city: str | None, county: str | None, day: int,
                      posted: int, week: int) -> tuple[list[Key], dict[int, set[Key]]]:
        compatible = self.cells.compatible(cell)
        look: dict[int, set[Key]] = {}
        if not day:
            if not (posted and city):
                return [], look
            look[UNDATED] = {("D", "c", city, d, c) for d in range(posted - 2, posted + 3)
                             for c in compatible}
            own_undated: list[Key] = [("D", "c", city, posted, cell)]
            span = window(posted - 1, week)
            if span:  # "this week": met by the posts dated in it ("W", as a dated one's day)
                own_undated.extend(("W", "c", city, d + 1, cell)
                                   for d in range(span[0], span[1] + 1))
            return own_undated, look
        own: list[Key] = []
        for loc, value in (("c", city), ("k", county)):
            if value:
                own.append(("D", loc, value, day, cell))
                for d in range(day - 3, day + 1):
                    look.setdefault(d // WEEK, set()).update(
                        ("D", loc, value, d, c) for c in compatible)
        if city:
            near = set(range(day - 2, day + 3))
            if posted:  # fresh news: undated posts written within 2 days of it
                near.update(range(posted - 2, posted + 3))
            look[UNDATED] = {("D", "c", city, d, c) for d in near for c in compatible}
            look[UNDATED].update(("W", "c", city, day, c) for c in compatible)
        return own, look

    # -- linking -------------------------------------------------------------------------------

    def _link(self, i: int) -> None:
        """Join node ``i`` with every group it merges with, then file it under its keys."""
        pid = self.profile_of[i]
        own, look, look_text = self._profile_keys(pid)
        day_own, day_look = self._day_keys(i, pid)
        week = self.day[i] // WEEK if self.day[i] else UNDATED
        meeting = _Meeting(self, i)
        root = i
        for slot in (week - 1, week, UNDATED) if week != UNDATED else (UNDATED,):
            filed = self.index.get(slot)
            if not filed:
                continue
            by_day = day_look.get(slot)
            for keys, text in ((filed.keys() & by_day if by_day else (), False),
                               (filed.keys() & look, False), (filed.keys() & look_text, True)):
                for key in keys:
                    groups = filed[key]
                    if len(groups) == 1 and root in groups:  # most often: its own group
                        continue
                    self._meet(meeting, slot, groups, key, text)
                    root = meeting.root
        self._file(i, pid, root, week, own, day_own)

    def _meet(self, meeting: _Meeting, slot: int, groups: dict[int, set[int]], key: Key,
              text: bool) -> None:
        """Join the node being linked with each group filed under one key that it merges with
        (``text``: a key of the text)."""
        parent = self.parent
        # a day key: the day of the posts filed there; a week's ("W"): the day looked up,
        # negative (see _file)
        day: int = key[3] if key[0] == "D" else -key[3] if key[0] == "W" else 0  # type: ignore
        for r in list(groups) if len(groups) > 1 else groups:
            if parent[r] != r:  # that group has joined another since: file it there
                rr = self._refile(groups, r)
                if rr != meeting.root and meeting.meets(slot, rr, groups[rr], day, text):
                    meeting.root = self._union(meeting.root, rr)
                if len(groups) == 1:  # iterating the dict itself: nothing left
                    break
            elif r != meeting.root and meeting.meets(slot, r, groups[r], day, text):
                meeting.root = self._union(meeting.root, r)

    def _file(self, i: int, pid: int, root: int, slot: int, own: list[Key],
              day_own: list[Key]) -> None:
        """File node ``i`` of profile ``pid`` in group ``root`` under its keys (its profile's
        keys only once per group and time slot) and note its day."""
        filed = self.index.setdefault(slot, {})
        by_group = self.days.setdefault(slot, {}).setdefault(pid, {})
        days = by_group.get(root)
        if days is None:
            days = by_group[root] = set()
            keys = own + day_own if day_own else own
        else:
            keys = day_own
        days.add(self.day[i] if slot != UNDATED else self.posted[i])
        if slot == UNDATED:  # the days of the week it names, negative: none is near a day
            days.update(-d for d in self.span(i))
        for key in keys:
            group = filed.get(key)
            if group is None:
                filed[key] = {root: {pid}}
                continue
            profiles = group.get(root)
            if profiles is None:
                group[root] = {pid}
            else:
                profiles.add(pid)

    def days_of(self, slot: int, pid: int, root: int) -> set[int]:
        """The days (posted, when undated) of the posts of a profile in a group and slot."""
        by_group = self.days[slot][pid]
        found = by_group.get(root)
        if found is not None and len(by_group) == 1:
            return found
        for r in list(by_group):
            if self.parent[r] != r:
                self._refile(by_group, r)
        return by_group.get(root, set())

    def _refile(self, filed: dict[int, set[int]], r: int) -> int:
        """Move what is filed under group ``r``, which has joined another, to that group's
        root (joining what is there); the root."""
        rr = self.find(r)
        moved = filed.pop(r)
        into = filed.get(rr)
        if into is None:
            filed[rr] = moved
        else:
            into |= moved
        return rr


class _Meeting:
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
        # a day missing: the days written, within 2 days in the same city
        can_agree = dated or (self.centre > 0 and self.city is not None
                              and self.city == linker.profiles[q][0].city)
        if not (strong or (can_agree and total + 3 >= THRESHOLD) or (
                text and (total >= 0 or (can_agree and total + 3 >= 0)))):
            self.hopeless[(dated, text)].add(sig)
            return False
        if days is None:
            days = linker.days_of(slot, q, group)
        if dated:
            gap = _gap(days, self.day, WEEK)
            meets, agree = gap <= WEEK, gap <= 3
        else:
            meets = _written_near(days, self.centre, self.day > 0)
            agree = meets and can_agree and (_gap(days, self.centre, 2) <= 2 or (
                self.written > 0 and _gap(days, self.written, 2) <= 2) or (
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
