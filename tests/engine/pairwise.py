"""The clustering rule itself, for checking the grouping against it: every pair of incident
posts compared, chains of pairs that score THRESHOLD or more joined."""

from __future__ import annotations

from labourmap.engine import Extraction, Post, cluster
from labourmap.engine.cluster import THRESHOLD, score, summarise
from labourmap.engine.model import Found
from tests.engine.conftest import post, run


def partition(groups: list[str | None]) -> set[frozenset[int]]:
    members: dict[str, set[int]] = {}
    for i, g in enumerate(groups):
        if g is not None:
            members.setdefault(g, set()).add(i)
    return {frozenset(m) for m in members.values()}


def pairwise(items: list[tuple[Post, Extraction]]) -> set[frozenset[int]]:
    """The rule itself: every pair of incident posts compared, chains of pairs that score
    THRESHOLD or more joined."""
    summaries = [summarise(p, ex) for p, ex in items]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    incidents = [i for i, (_, ex) in enumerate(items) if ex.is_incident]
    for a, i in enumerate(incidents):
        for j in incidents[:a]:
            if find(i) != find(j) and score(summaries[i], summaries[j]) >= THRESHOLD:
                parent[find(i)] = find(j)
    members: dict[int, set[int]] = {}
    for i in incidents:
        members.setdefault(find(i), set()).add(i)
    return {frozenset(m) for m in members.values()}


def found(value: object) -> Found:
    """A value as the engine gives it, with no evidence (for posts made up in a test)."""
    return Found(value, (), 1.0)  # type: ignore[arg-type]


def made_up(pid: str, values: dict[str, object], demands: list[str]) -> Extraction:
    """An incident as the engine would give it, from field values (None left out) and demands."""
    return Extraction(
        id=pid,
        is_incident=True,
        fields={k: found(v) for k, v in values.items() if v is not None},
        sets={"demands": [found(d) for d in demands]},
    )


def group(*items: tuple[str, str]) -> list[str | None]:
    """The groups the engine gives posts of (text, time written)."""
    read = []
    for i, (text, when) in enumerate(items):
        p = post(text, when, pid=f"p{i}")
        assert p.posted_at is not None
        read.append((p, run(p.text, p.posted_at.isoformat()[:19])))
    return cluster(read)
