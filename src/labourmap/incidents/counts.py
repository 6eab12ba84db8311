"""Counts of the matching incidents per value of a column — what the maps shade and the charts
draw.

Where the values a column can hold are known in advance (the provinces, the cities), each
value is counted by one index range search (``ix_incidents_status_kind_{province,city}_date``)
beside the total; only when the two differ does one more pass count what falls outside those
values (no place, an unknown code). A ``GROUP BY`` would read the same rows but sort them
(SQLite, which has no hash aggregation: ten times the reading at a million incidents) or hash
them (PostgreSQL: twice the searches' time). Both ways give the same counts.

Counts per province (:func:`count_provinces`) are read from ``incident_day_counts`` (kept by
triggers; migration 0008) — a row per province and day, a quarter of the rows of six months'
incidents at a million — when the filter names nothing that table does not hold.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import String, bindparam, func, null, or_, select, union_all
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import DAY_COUNTS, Incident
from labourmap.incidents.schemas import Count
from labourmap.places import get_gazetteer
from labourmap.places.model import COUNTY, MUNICIPALITIES, PREFECTURE, PROVINCE, SARS


def _ordered(rows: Any) -> list[Count]:
    return sorted((Count(key=None if k is None else str(k), count=int(n)) for k, n in rows if n),
                  key=lambda c: (-c.count, c.key or ""))


def count_by(session: Session, flt: IncidentFilter, column: Any,
             codes: Sequence[str] | None = None) -> list[Count]:
    """Matching incidents per value of ``column``, most first (ties by value).

    ``codes``: the values the column is expected to hold, if known; they are counted one
    index search each (see the module's doc). Values outside them are counted too. One
    code (a filter on that very column) is one group: ``GROUP BY`` reads it in index order."""
    if not codes or len(codes) == 1:
        grouped = flt.apply(select(column, func.count()).select_from(Incident)).group_by(column)
        return _ordered(session.execute(grouped).all())
    known = _listed(session.get_bind().dialect.name, codes)
    count = flt.apply(select(func.count()).select_from(Incident))
    per_code = count.where(column == known.c.value).correlate(known).scalar_subquery()
    stmt = union_all(select(known.c.value, per_code),
                     select(null(), count.scalar_subquery()))
    rows = session.execute(stmt).all()
    total = next(n for k, n in rows if k is None)
    counted = [(k, n) for k, n in rows if k is not None]
    if total > sum(n for _, n in counted):  # no place, or a code outside ``codes``
        outside = select(_listed(session.get_bind().dialect.name, codes).c.value)
        rest = (count.with_only_columns(column, func.count())
                .where(or_(column.is_(None), column.not_in(outside))).group_by(column))
        counted += [(k, n) for k, n in session.execute(rest).all()]
    return _ordered(counted)


#: the filter's fields ``incident_day_counts`` holds
DAILY = frozenset({"status", "kind", "province", "date_from", "date_to"})


def count_provinces(session: Session, flt: IncidentFilter) -> list[Count]:
    """:func:`count_by` for ``Incident.province``: from ``incident_day_counts`` where the
    filter names nothing else."""
    used = {k for k, v in vars(flt).items() if v}
    if used - DAILY or not flt.status:
        return count_by(session, flt, Incident.province, region_codes(PROVINCE, flt))
    t = DAY_COUNTS
    conds: list[Any] = [t.c[name].in_(getattr(flt, name))
                        for name in ("status", "kind", "province") if getattr(flt, name)]
    if flt.date_from:
        conds.append(t.c.day >= flt.date_from.isoformat())
    if flt.date_to:
        conds.append(t.c.day <= flt.date_to.isoformat())
        conds.append(t.c.day != "")  # undated incidents are outside every date range
    rows = session.execute(select(t.c.province, func.sum(t.c.n)).where(*conds)
                           .group_by(t.c.province))
    return _ordered((k or None, n) for k, n in rows)


def _listed(dialect: str, codes: Sequence[str]) -> Any:
    """The codes as a one-column table (``value``), passed as one parameter, so that the
    statement's compiled form is cached whatever the codes."""
    if dialect == "postgresql":
        array: Any = bindparam("codes", list(codes), type_=postgresql.ARRAY(String))
        return func.unnest(array).table_valued("value").render_derived(name="known")
    listed: BindParameter[str] = bindparam("codes", json.dumps(list(codes)))
    return func.json_each(listed).table_valued("value").alias("known")


@cache
def _codes(level: str) -> tuple[str, ...]:
    """Every code of the map at ``level`` (the gazetteer is walked once per level)."""
    gz = get_gazetteer()
    if level == PROVINCE:
        return tuple(d.code for d in gz.all(PROVINCE))
    out = [d.code for d in gz.all(PREFECTURE)]
    out += [d.code for d in gz.all(COUNTY) if d.parent and d.parent[2:] == "0000"
            and d.parent not in MUNICIPALITIES]
    return (*out, *sorted(MUNICIPALITIES | SARS))


def region_codes(level: str, flt: IncidentFilter | None = None) -> list[str]:
    """The codes a province (``level="province"``) or city column can hold under ``flt``: the
    filter's own, or every province; every prefecture-level unit (with the municipalities and
    the county-level cities a province administers directly), those of the filter's provinces
    when it names some."""
    own = (flt.province if level == PROVINCE else flt.city) if flt else []
    if own:
        return list(own)
    wanted = set(flt.province) if flt else set()
    return [c for c in _codes(level) if not wanted or c[:2] + "0000" in wanted]
