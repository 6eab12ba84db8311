"""How :mod:`labourmap.engine.geo` weighs the places a post names against each other: a list of
places is none of them, a dateline counts less than the story's own places."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from labourmap.engine.placenames import LIST_JOINS, OTHER_EVENT_EN, Entry, sentence_before


class Mention(Protocol):
    start: int
    end: int
    entries: list[Entry]
    weight: float


def listed(votes: dict[str, float]) -> bool:
    """Three or more units named, the first two equally often: a list of places, none of
    them the place."""
    ranked = sorted(votes.values(), reverse=True)
    return len(ranked) >= 3 and ranked[0] == ranked[1]


def dateline(text: str, mentions: Sequence[Mention]) -> None:
    """YINCHUAN - …: the place a report was filed from, in capitals before the story, counts a
    little less than a place the story names."""
    for m in mentions:
        if m.start > 40 or not text[m.start : m.end].isupper():
            break
        head = text[: m.start]
        if head.upper() == head and m.weight == 1:
            m.weight = 0.9


def side_by_side(norm: str, mentions: Sequence[Mention]) -> bool:
    """Two places of different provinces, each named once, written as a list (重庆、四川;
    Chongqing and Sichuan)."""
    if len(mentions) != 2:  # each named once: more tells one of them apart
        return False
    ordered = sorted(mentions, key=lambda m: m.start)
    return any(norm[a.end : b.start] in LIST_JOINS
               for a, b in zip(ordered, ordered[1:], strict=False)
               if a.entries[0].code[:2] != b.entries[0].code[:2])


def other_events(norm: str, mentions: Sequence[Mention]) -> None:
    """"the latest in a wave of unrest that began in Guangdong": a place of other, earlier
    events counts little."""
    for m in mentions:
        if norm[m.start : m.end].isascii() and OTHER_EVENT_EN.search(sentence_before(norm, m.start)):
            m.weight = min(m.weight, 0.2)
