"""A township both posts name, standing for the city one of them leaves out, for
:mod:`~labourmap.engine.cluster`.

A bystander names the township and the province's sense of place (永安大湖镇, "the roof at
Dahu town"), not always a city the engine can place; the report of the same collapse names
the city too. When both posts name one township by its own name (大湖镇, 狮山镇, 龙城街道:
``marks.named_site``) and the same province, and one of them has no city, the township tells
the city as well as the city would: the score counts it as the same city.

Not read: posts whose cities are both known (they agree or differ on their own), posts of
no province or of two, and a site that is no township (a hospital, an estate: many in a
province share a name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from labourmap.engine.marks import named_site

if TYPE_CHECKING:
    from labourmap.engine.summary import IncidentSummary

_TOWNSHIPS = ("镇", "乡", "街道")


def township_for_city(a: IncidentSummary, b: IncidentSummary, both: frozenset[str]) -> bool:
    """One province, one city unknown, and a township by its own name in both (``both``: the
    key terms they share)."""
    if not (a.province and a.province == b.province) or bool(a.city) == bool(b.city):
        return False
    return any(t.endswith(_TOWNSHIPS) and named_site(t) for t in both)
