"""A district named bare by a local, standing for the city a post leaves out, for
:mod:`~labourmap.engine.cluster`.

A worker or a neighbour names the district the way people there speak of it, with no unit
and no city: 宝山这边的集卡 ("the trucks over here in Baoshan"), 宝山那家冷库 ("that cold store
in Baoshan"), 南山那边. The engine cannot place such a post (宝山 is a district of Shanghai and
of Shuangyashan alike), but a report of the same event, written the same days, names the
district in full. :func:`district_marks` files a post under each county-level unit the
bare name can mean (``@`` and its code), and a post with a county under its own;
:func:`county_named` reads a post with no city that names the other's county so as the same
city (+2, as ``township_city`` does for a township).

Not read: a name followed by no word of place (这边, 那边, 那家, 那里, 一带), one the gazetteer
gives only with its unit (和平, 光明: everyday words), and a post whose city is known (it
agrees or differs on its own). The code marks count as no key term in the score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labourmap.engine.summary import IncidentSummary

MARK = "@"  # the prefix of a county code mark among a summary's key terms
_DEIXIS = ("这边", "那边", "那家", "那里", "一带")
_BARE = re.compile(r"([\u4e00-\u9fff]{2})(?:这边|那边|那家|那里|一带)")


@lru_cache(maxsize=4096)
def _counties(name: str) -> tuple[str, ...]:
    from labourmap.places import get_gazetteer

    return tuple(d.code for d in get_gazetteer().search(name, levels={"county"}))


def district_marks(norm: str, city: str | None, county: str | None) -> set[str]:
    """The county marks of a post (``norm``: its normalised text): its own county's, or, with
    no city, those of each district it names bare before a word of place."""
    if county:
        return {MARK + county}
    if city or not any(d in norm for d in _DEIXIS):
        return set()
    return {MARK + code for m in _BARE.finditer(norm) for code in _counties(m.group(1))}


def county_named(a: IncidentSummary, b: IncidentSummary, both: frozenset[str]) -> bool:
    """One post has no city and names bare the county of the other (``both``: the key terms
    they share)."""
    if bool(a.city) == bool(b.city):
        return False
    placed = a if a.city else b
    return placed.county is not None and MARK + placed.county in both


def plain_terms(both: frozenset[str]) -> frozenset[str]:
    """The key terms shared, less the county marks (no site)."""
    if not any(t[:1] == MARK for t in both):
        return both
    return frozenset(t for t in both if t[:1] != MARK)


def unplaced_keys(county: Sequence[tuple[Any, ...]], cells: Iterable[int],
                  cell_of: Sequence[tuple[str | None, ...]]) -> set[tuple[Any, ...]]:
    """For grouping: the county mark keys (``county``) of a placed post, looked up in the
    compatible cells (``cells``, indexes into ``cell_of``) of posts with no city only."""
    if not county:
        return set()
    return {(*k[:-1], c) for k in county for c in cells if cell_of[c][-1] is None}
