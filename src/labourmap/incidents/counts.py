"""Counts of the matching incidents per value of a column — what the maps shade and the charts
draw.

Where the values a column can hold are known in advance (the provinces, the cities), each
value is counted by one index range search (``ix_incidents_status_kind_{province,city}_date``)
beside the total; only when the two differ does one more pass count what falls outside those
values (no place, an unknown code). A ``GROUP BY`` would read the same rows but sort them
(SQLite, which has no hash aggregation: ten times the reading at a million incidents) or hash
them (PostgreSQL: twice the searches' time). Both ways give the same counts.

Counts per province or city (:func:`count_regions`) read the whole months of a view from
``incident_month_counts`` (kept by triggers; migration 0008) — a few hundred rows for six
months — and count only the days before its first whole month and after its last as above,
when the filter names nothing else that table does not hold.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from sqlalchemy import String, bindparam, func, null, or_, select, union_all
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import MONTH_COUNTS, Incident
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


#: the filter's fields ``incident_month_counts`` holds
MONTHLY = frozenset({"status", "kind", "province", "city", "date_from", "date_to"})


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _whole_months(lo: dt.date | None, hi: dt.date | None
                  ) -> tuple[str | None, str | None, list[tuple[dt.date, dt.date]]] | None:
    """The first and last whole months ('YYYY-MM') from ``lo`` to ``hi``, and the days outside
    them; ``None`` if no month is whole."""
    first = last = None
    edges: list[tuple[dt.date, dt.date]] = []
    if lo is not None:
        first = lo if lo.day == 1 else _next_month(lo)
        if first != lo:
            edges.append((lo, first - dt.timedelta(days=1)))
    if hi is not None:
        day = dt.timedelta(days=1)
        last = hi if hi == _next_month(hi) - day else hi.replace(day=1) - day
        if last != hi:
            edges.append((hi.replace(day=1), hi))
    if first is not None and last is not None and first > last:
        return None
    return (first.strftime("%Y-%m") if first else None,
            last.strftime("%Y-%m") if last else None, edges)


def count_regions(session: Session, flt: IncidentFilter, column: Any,
                  codes: Sequence[str] | None = None) -> list[Count]:
    """:func:`count_by` for ``Incident.province`` or ``Incident.city``: whole months from
    ``incident_month_counts`` where the filter allows, the days around them as
    :func:`count_by` counts them."""
    used = {k for k, v in vars(flt).items() if v}
    months = _whole_months(flt.date_from, flt.date_to)
    if used - MONTHLY or months is None or not flt.status:
        return count_by(session, flt, column, codes)
    first, last, edges = months
    t = MONTH_COUNTS
    key = t.c[column.key]
    conds: list[Any] = [t.c[name].in_(getattr(flt, name))
                        for name in ("status", "kind", "province", "city") if getattr(flt, name)]
    if first:
        conds.append(t.c.month >= first)
    if last:
        conds.append(t.c.month <= last)
        conds.append(t.c.month != "")  # undated incidents are outside every date range
    totals: dict[str | None, int] = {}
    for k, n in session.execute(select(key, func.sum(t.c.n)).where(*conds).group_by(key)):
        totals[k or None] = totals.get(k or None, 0) + int(n or 0)
    for lo, hi in edges:
        for c in count_by(session, replace(flt, date_from=lo, date_to=hi), column, codes):
            totals[c.key] = totals.get(c.key, 0) + c.count
    return _ordered(totals.items())


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
