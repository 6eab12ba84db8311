"""Joining the posts of a batch that merge, key by key, for :mod:`labourmap.engine.grouping`
(which describes the keys and why they are enough); whether a node merges with a group filed
under a key is :mod:`labourmap.engine.meeting`'s."""

from __future__ import annotations

from array import array

from labourmap.engine.blocking import (
    Cells,
    cell_of,
    employer_neighbours,
    prefix_length,
    short_prefix_length,
)
from labourmap.engine.cluster import FRESH, NEAR_WRITTEN, THRESHOLD, static_parts
from labourmap.engine.county_week import COUNTY_DAYS
from labourmap.engine.district_deixis import MARK, unplaced_keys
from labourmap.engine.marks import figure_marks, marking_figure, named_site
from labourmap.engine.meeting import UNDATED, WEEK, Meeting
from labourmap.engine.named_in_text import head_keys
from labourmap.engine.plea_days import is_plea_slot, plea_slot, pleads
from labourmap.engine.romanised_firms import romanised_trade
from labourmap.engine.spoken_towns import town_keys
from labourmap.engine.summary import IncidentSummary, quoted_shingles, shingles_of
from labourmap.engine.week_window import window

COUNT_BITS = 20  # 3-grams are counted in 2**20 hashed slots: only the order they give matters
CACHE = 4096  # profiles (and places and days) whose keys and 3-grams are kept at once
DAY_BITS = 22  # day numbers (proleptic ordinals + 1) fit in 22 bits up to the year 9999

Key = tuple[object, ...]


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
        self.named = [len(name) > 3 for name in names]  # a name in full: a mark (see marks)
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
                season = plea_slot(day[i]) + 1  # pleas: the season before is kept too
                for old in [w for w in self.index if 0 <= w < week - 1 or w > season
                            and is_plea_slot(w)]:
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
        own.extend(("F", m, cell) for f in s.figures for m in figure_marks(f))  # rounded too
        county: list[Key] = [("T", t, cell) for t in s.terms if s.city and t[:1] == MARK]  # it
        looked = [k for k in own if k not in county]  # meets unplaced posts (district_deixis)
        if s.employer:
            eid = self.employer_id[s.employer]
            own.append(("E", eid, cell))
            looked.extend(("E", other, cell) for other in self.employer_nb[eid])
            word = None if s.employer.isascii() else romanised_trade(s.employer)
            if word:  # its trade name among an English post's words (romanised_firms):
                own.append(("Ln", word, cell))  # which that post looks up as a kept name
                looked.append(("Lw", word, cell))
        for name in s.latin:  # a Latin name a Chinese post keeps ("n"), an English post's words
            own.append(("L" + name[0], name[2:], cell))
            looked.append(("Ln", name[2:], cell))
            if name[0] == "n":
                looked.append(("Lw", name[2:], cell))
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
        look.update(unplaced_keys(county, compatible, self.cells.cells))
        own_marks, looked_marks = self._mark_pairs(s)  # in every cell
        own.extend(own_marks)
        look.update(looked_marks)
        own.extend(head_keys(s, look))  # a firm named in a text naming none (named_in_text)
        own.extend(town_keys(s, look))  # a township named bare (spoken_towns)
        if len(self._keys) >= CACHE:
            self._keys.clear()
        found = self._keys[pid] = (own, look, look_text)
        return found

    def _mark_pairs(self, s: IncidentSummary) -> tuple[list[Key], set[Key]]:
        """The keys of a named site with the employer named in full or with a figure
        (``marks.two_marks``), in no cell: posts whose places differ merge on them."""
        sites = [t for t in s.terms if named_site(t)]
        if not sites:
            return [], set()
        marks: list[tuple[str, object]] = [
            ("f", m) for f in s.figures if marking_figure(f) for m in figure_marks(f)]
        looked = list(marks)
        if s.employer and len(s.employer) > 3:
            eid = self.employer_id[s.employer]
            marks.append(("e", eid))
            looked.extend(("e", o) for o in self.employer_nb[eid] if self.named[o])
        own: list[Key] = [("X", t, *m, -1) for t in sites for m in marks]
        return own, {("X", t, *m, -1) for t in sites for m in looked}

    def _day_keys(self, node: int, pid: int) -> tuple[list[Key], dict[int, set[Key]]]:
        """The day keys a node is filed under, and those it looks up per time slot (in the
        compatible cells): dated posts of the same city or county within 3 days, undated ones
        of the same city written within NEAR_WRITTEN days."""
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
            look[UNDATED] = {("D", "c", city, d, c)
                             for d in range(posted - NEAR_WRITTEN, posted + NEAR_WRITTEN + 1)
                             for c in compatible}
            own_undated: list[Key] = [("D", "c", city, posted, cell)]
            if county:  # one county: a week apart (county_week)
                own_undated.append(("D", "k", county, posted, cell))
                look[UNDATED].update(("D", "k", county, d, c) for d in _week(posted)
                                     for c in compatible)
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
            near = set(range(day - NEAR_WRITTEN, day + NEAR_WRITTEN + 1))
            if posted:  # fresh news: undated posts written within NEAR_WRITTEN days of it
                near.update(range(posted - NEAR_WRITTEN, posted + NEAR_WRITTEN + 1))
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
        meeting = Meeting(self, i)
        root = i
        pleas = self._plea_slots(i, pid)
        for slot in (week - 1, week, UNDATED, *pleas) if week != UNDATED else (UNDATED,):
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
        if pleas:  # filed by its firm in its season too (plea_days)
            self._file(i, pid, root, pleas[-1], [k for k in own if k[0] == "E"], [])

    def _plea_slots(self, i: int, pid: int) -> tuple[int, ...]:
        """The slots of a dated plea naming its firm in full: its season and the one before
        (``plea_days``); none for any other node."""
        day = self.day[i]
        if not day or not pleads(self.profiles[pid][0]):
            return ()
        return plea_slot(day) + 1, plea_slot(day)

    def _meet(self, meeting: Meeting, slot: int, groups: dict[int, set[int]], key: Key,
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


def _week(day: int) -> range:
    """The days within ``county_week.COUNTY_DAYS`` of ``day``."""
    return range(day - COUNTY_DAYS, day + COUNTY_DAYS + 1)
