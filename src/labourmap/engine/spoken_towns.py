"""A township named bare by a local, in a post that names no city, for
:mod:`~labourmap.engine.cluster` and :mod:`~labourmap.engine.linking`.

People who live there name their township as they speak of it, without its unit (镇, 乡,
街道) and without a city: 泗港那边的工人 ("the workers over in Sigang"), or the name alone as a
clause, 腾鳌，我的家乡 ("Teng'ao, my home town"). The engine places no such post, and reads no
site in it; the report of the same event, written the same days, names the township in full
(张家港市泗港镇). (:mod:`~labourmap.engine.bare_towns` places such a stem where it names one
township only; this reads it against the other post's township, whatever the gazetteer
holds.) :func:`bare_names` keeps, of a post with no city, each name of two
characters that stands before a word of place (这边, 那边, 那里, 一带) or alone between the
start or a stop and a stop; :func:`town_named` reads a pair: the other post names a township
(``marks.named_site``) whose own name, less its unit, is one of them. It counts as one key
term both name (+1): with the days and the grievance, enough to merge, not on its own.

Not read: a post whose city is known (it agrees or differs on its own), a name of more or fewer
than two characters (a longer run would be a site the summary reads already), a site that is no
township (a school, an estate), a name inside a run of text (新华社 is no 新华街道).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from labourmap.engine.marks import named_site

if TYPE_CHECKING:
    from labourmap.engine.summary import IncidentSummary

_UNITS = ("街道", "镇", "乡")
_EN_UNITS = (" town", " township")
_PLACE_WORDS = ("这边", "那边", "那里", "这里", "一带")
_STOPS = "，。！？；、,.!?;"
_BEFORE_PLACE = re.compile(r"([\u4e00-\u9fff]{2})(?:这边|那边|那里|这里|一带)")
_ALONE = re.compile(r"(?:^|[，。！？；、,.!?;\s])([\u4e00-\u9fff]{2})(?=[，。！？；、,.!?;])")


def bare_names(norm: str) -> frozenset[str]:
    """The names of two characters a (normalised) text stands before a word of place or alone
    as a clause."""
    out: set[str] = set()
    if any(w in norm for w in _PLACE_WORDS):
        for m in _BEFORE_PLACE.finditer(norm):
            out.add(m.group(1))
    if any(c in norm for c in _STOPS):
        out.update(m.group(1) for m in _ALONE.finditer(norm))
    return frozenset(out)


def town_name(term: str) -> str | None:
    """The own name of a township a key term names (泗港 of 泗港镇, two characters; sigang of
    "sigang town", romanised), or None."""
    for unit in _UNITS:
        if term.endswith(unit) and len(term) == 2 + len(unit) and named_site(term):
            return term[:2]
    if term.endswith(_EN_UNITS) and term.isascii() and " " in term:
        return term.split(" ", 1)[0]
    return None


@lru_cache(maxsize=8192)
def romanised(name: str) -> str:
    """A name of Chinese characters in pinyin, run together (泗港: sigang)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)) if not name.isascii() else name


def _held(name: str | None, bare: frozenset[str]) -> bool:
    if name is None:
        return False
    if not name.isascii():
        return name in bare
    return any(romanised(b) == name for b in bare)  # "Sigang town" and 泗港那边


def town_named(a: IncidentSummary, b: IncidentSummary) -> frozenset[str]:
    """The townships one post names that the other, with no city, names bare (as key terms
    both name: none, most often)."""
    for placed, bare in ((a, b), (b, a)):
        if bare.bare and not bare.city and placed.terms:
            found = frozenset(t for t in placed.terms if _held(town_name(t), bare.bare))
            if found:
                return found
    return frozenset()


def town_keys(s: IncidentSummary, look: set[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The keys (in no cell) a post is filed under, for grouping, adding those it looks up to
    ``look``: its townships' own names, and the names a post with no city names bare."""
    own: list[tuple[object, ...]] = []
    for term in s.terms:
        name = town_name(term)
        if name is not None:
            own.append(("Z", romanised(name), -1))
            look.add(("z", romanised(name), -1))
    for name in s.bare:
        own.append(("z", romanised(name), -1))
        look.add(("Z", romanised(name), -1))
    return own
