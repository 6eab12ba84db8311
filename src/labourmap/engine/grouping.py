"""Grouping a large batch of posts into events without comparing every pair.

Two posts share a group when a chain of pairs that :func:`~labourmap.engine.cluster.score`
merges joins them: the groups are the connected components of that relation (kept in a
union-find), so they do not depend on the order of the input, and they are exactly those of
comparing every pair. A post is compared only with the groups that share a *key* with it, and
the keys (:mod:`labourmap.engine.blocking`) are chosen so that every pair that merges shares
one. A pair merges only when the day, the employer, a key term, a figure or the text agrees:

1. employer — the post's employer and every name :func:`same_employer` holds the same (found
   through the names' short substrings, 4-character runs and romanised 4-grams), and every
   name sharing its trade name (``firm_core.same_core``: 兆丰二厂 and 兆丰电子);
2. key term, 3. figure (toll, sum owed; a sum also under each rounded form of it,
   ``marks.figure_marks``) — each one; a Latin name a Chinese post keeps, looked up among
   the others' and an English post's capitalised words (``marks.latin_names``);
4. day — the city or the county, and the day (a merge on the day alone needs the same city, or
   the same county and a shared grievance or form); an undated post is filed under the day it
   was written, which a dated one looks up around its day and, when it is fresh news, around
   the day it was written;
5. text — the rarest 3-grams of the text in one global order (by their frequency in a sample
   of the batch): two texts with a Jaccard similarity of 0.6 or more share one of them
   (prefix filtering); the exact similarity then decides. A repost's post passed on
   (``//@name:``: :mod:`~labourmap.engine.reposts`) is filed and looked up as a text too.

Each key also names the post's cell (province, city), and a post looks up the cells
compatible with its own; but for the keys of two marks (a named site with the employer named
in full or with a figure: ``marks.two_marks``), in no cell, on which posts whose places differ
merge. Dated posts more than a week apart never merge: undated posts are
taken first and kept; dated posts follow in order of date, and the keys of a week are dropped
once a post is two weeks later. Posts alike in all but their days share a *profile*; under a
key, a group keeps each profile once, and the days of its posts are kept once per group, so a
post meets each group at most once per profile and key, however many posts the group holds.
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Iterator
from datetime import date

from labourmap.engine.cluster import IncidentSummary, compact_text, profile_of, shingles_of
from labourmap.engine.linking import COUNT_BITS, DAY_BITS, Linker
from labourmap.engine.looking_back import event_day
from labourmap.engine.model import Extraction, Post
from labourmap.engine.text import normalise

COUNT_EVERY = 8  # 3-grams are counted in one post of 8 (any fixed order of them is exact)


class Grouping:
    """Posts added one by one (:meth:`add`), then grouped (:meth:`labels`, :meth:`groups`).

    Of each post only its id and its node (profile and days) are kept; of each distinct
    profile, its summary without days and its compact text.
    """

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._node_of = array("q")  # per post: its node, or -1 for a post that is no incident
        self._profiles: dict[tuple[IncidentSummary, str], int] = {}
        self._nodes: dict[int, int] = {}  # profile, day and day posted, packed -> node
        # how often each 3-gram occurs (in a sample): the rarest come first in every text's
        # order, so that the first few 3-grams of a text are shared by few others
        self._counts = array("I", bytes(4 << COUNT_BITS))

    def add(self, post: Post, ex: Extraction) -> None:
        """Keep what grouping needs of one extracted post."""
        self._ids.append(post.id)
        if not ex.is_incident:
            self._node_of.append(-1)
            return
        norm = normalise(post.text)
        profile = (profile_of(ex, norm, post.text), compact_text(norm))
        pid = self._profiles.get(profile)
        if pid is None:
            pid = self._profiles[profile] = len(self._profiles)
        day = ex.value("date")
        back = profile[0].years_back  # from an anniversary: its day written stands in for none
        found = event_day(date.fromisoformat(day) if day else None, post.posted_day, back)
        dated = found.toordinal() + 1 if found else 0
        posted = post.posted_at.toordinal() + 1 if post.posted_at and not back else 0
        packed = (pid << 2 * DAY_BITS | dated << DAY_BITS) | posted
        node = self._nodes.get(packed)
        if node is None:
            node = self._nodes[packed] = len(self._nodes)
            if node % COUNT_EVERY == 0:
                mask, counts = (1 << COUNT_BITS) - 1, self._counts
                for gram in shingles_of(profile[1]):
                    counts[hash(gram) & mask] += 1
        self._node_of.append(node)

    def groups(self) -> list[str | None]:
        """A group id per post (None for a post that is not an incident), in input order."""
        return [group for _, group in self.labels()]

    def labels(self) -> Iterator[tuple[str, str | None]]:
        """Each post's id and group id (``K1``, ``K2`` … in order of first appearance)."""
        linker = Linker(list(self._profiles), list(self._nodes), self._counts)
        collecting = gc.isenabled()
        gc.disable()  # what is built here holds no cycles: scanning it again and again is waste
        try:
            linker.run()
        finally:
            if collecting:
                gc.enable()
        names: dict[object, str] = {}
        cohesive: dict[int, bool] = {}
        for i, (pid, node) in enumerate(zip(self._ids, self._node_of, strict=True)):
            if node < 0:
                yield pid, None
                continue
            root = linker.find(node)
            if linker.size[root] == 1:
                joined = cohesive.get(node)
                if joined is None:
                    joined = cohesive[node] = linker.cohesive(node)
                key: object = root if joined else ("post", i)
            else:
                key = root
            name = names.get(key)
            if name is None:
                name = names[key] = f"K{len(names) + 1}"
            yield pid, name
