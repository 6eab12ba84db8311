"""One incident with everything its page shows, read in one SQL statement.

The incident page and ``GET /api/v1/incidents/{uid}`` both read :func:`get_incident`. Its one
statement selects the incident's row and, as JSON arrays in correlated subqueries, its codes
(``incident_tags``), its public sources and its related published incidents — the newest few
with the same employer, and in the same county (else, for an incident without a county, the
same city). Each related list is an index range read backwards with a LIMIT
(``ix_incidents_employer_date``, ``ix_incidents_county_date`` and, for cities,
``ix_incidents_status_city_date`` on SQLite / ``ix_incidents_city_recent`` on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from sqlalchemy import JSON, Select, bindparam, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import NamedFromClause

from labourmap.errors import NotFound
from labourmap.incidents.filters import PUBLIC_STATUSES
from labourmap.incidents.models import INCIDENT_TAGS, INCIDENTS
from labourmap.incidents.records import MULTI
from labourmap.incidents.schemas import IncidentBrief, IncidentDetail, SourcePublic
from labourmap.incidents.service import SCALAR, _order_codes, _places, masked, public_record
from labourmap.sources.models import SOURCES

#: How many related incidents of each kind a page lists.
RELATED_LIMIT = 5
BRIEF = ("id", "uid", "kind", "date", "title_en", "title_zh", "province", "city", "county")
SOURCE = ("id", "platform", "title", "url", "reference", "locator", "lang", "posted_at")


class json_rows(FunctionElement[Any]):  # noqa: N801 - named like the SQL functions it renders
    """An aggregate: the group's rows as a JSON array of arrays (one per row, these columns
    in this order). SQLite: ``json_group_array(json_array(…))``; PostgreSQL:
    ``json_agg(json_build_array(…))`` (NULL for no rows)."""

    type = JSON()
    inherit_cache = True
    name = "json_rows"


@compiles(json_rows, "sqlite")
def _json_rows_sqlite(element: json_rows, compiler: Any, **kw: Any) -> str:
    return f"json_group_array(json_array({compiler.process(element.clauses, **kw)}))"


@compiles(json_rows, "postgresql")
def _json_rows_pg(element: json_rows, compiler: Any, **kw: Any) -> str:
    return f"json_agg(json_build_array({compiler.process(element.clauses, **kw)}))"


def _constant(value: Any) -> Any:
    """``value`` written into the SQL, not bound: the statement's one parameter is then the
    uid, and PostgreSQL keeps one plan for it after a few executions (with the status and the
    LIMIT bound too, it judged its generic plan dearer than planning afresh every time)."""
    return bindparam(None, value, literal_execute=True)


def _published(column: Any) -> Any:
    """``column`` is a public status."""
    if len(PUBLIC_STATUSES) == 1:
        return column == _constant(PUBLIC_STATUSES[0])
    return column.in_([_constant(s) for s in PUBLIC_STATUSES])


def _related(inc: NamedFromClause, alias: str, *conditions: Any) -> Any:
    """The newest published incidents (other than ``inc``) meeting ``conditions``."""
    r = INCIDENTS.alias(f"{alias}_r")
    rows = (select(*(r.c[c] for c in BRIEF))
            .where(*(cond(r) for cond in conditions), _published(r.c.status),
                   r.c.id != inc.c.id)
            .order_by(r.c.date.desc().nulls_last(), r.c.id.desc())
            .limit(_constant(RELATED_LIMIT)).correlate(inc).subquery(alias))
    return select(json_rows(*(rows.c[c] for c in BRIEF))).scalar_subquery()


@cache
def detail_statement() -> Select[Any]:
    """The one statement of an incident page (parameter ``uid``): published incidents only."""
    inc = INCIDENTS.alias("i")
    tags = INCIDENT_TAGS.alias("t")
    src = SOURCES.alias("s")
    tag_rows = (select(json_rows(tags.c.field, tags.c.code))
                .where(tags.c.incident_id == inc.c.id).scalar_subquery())
    source_rows = (select(json_rows(*(src.c[c] for c in SOURCE)))
                   .where(src.c.incident_id == inc.c.id, src.c.public.is_(True))
                   .scalar_subquery())
    by_employer = _related(inc, "e", lambda r: r.c.employer == inc.c.employer)
    by_county = _related(inc, "pc", lambda r: r.c.county == inc.c.county)
    by_city = _related(inc, "pt", lambda r: r.c.city == inc.c.city,
                       lambda r: inc.c.county.is_(None))
    return (select(inc.c.id, *(inc.c[c] for c in SCALAR), tag_rows.label("tags"),
                   source_rows.label("sources"), by_employer.label("related_employer"),
                   by_county.label("related_county"), by_city.label("related_city"))
            .where(inc.c.uid == bindparam("uid"), _published(inc.c.status)))


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _briefs(rows: list[list[Any]] | None) -> list[IncidentBrief]:
    """Related incidents from their JSON rows, newest first (undated last), masked."""
    recs = [dict(zip(BRIEF, r, strict=True)) for r in rows or ()]
    for rec in recs:
        rec["date"] = _day(rec["date"])
    recs.sort(key=lambda r: (r["date"] is not None, r["date"] or dt.date.min, r["id"]),
              reverse=True)
    return [IncidentBrief(uid=r["uid"], kind=r["kind"], date=r["date"],
                          title_en=masked(r["title_en"]),
                          title_zh=masked(r["title_zh"]), places=_places(r))
            for r in recs]


def _posted(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _sources(rows: list[list[Any]] | None) -> list[SourcePublic]:
    """Public sources from their JSON rows, oldest first (undated last)."""
    recs = [dict(zip(SOURCE, r, strict=True)) for r in rows or ()]
    for rec in recs:
        rec["posted_at"] = _posted(rec["posted_at"])
    recs.sort(key=lambda r: (r["posted_at"] is None, r["posted_at"] or dt.datetime.min,
                             r["id"]))
    return [SourcePublic(platform=r["platform"], title=masked(r["title"]),
                         url=r["url"], reference=r["reference"], locator=r["locator"],
                         lang=r["lang"],
                         posted_at=r["posted_at"].isoformat() if r["posted_at"] else None)
            for r in recs]


def get_incident(session: Session, *, uid: str) -> IncidentDetail:
    """One published incident with its public sources and related published incidents, in
    one SQL statement; :class:`NotFound` unless it is published."""
    row = session.connection().execute(  # Core, past the ORM's execution layer
        detail_statement(), {"uid": uid}).mappings().first()
    if row is None:
        raise NotFound(f"no published incident {uid!r}")
    rec: dict[str, Any] = {c: row[c] for c in SCALAR}
    rec.update({m: [] for m in MULTI})
    for field, code in row["tags"] or ():
        rec[field].append(code)
    _order_codes(rec)
    pub = public_record(rec)
    related_place = row["related_county"] if rec["county"] else row["related_city"]
    return IncidentDetail(**pub, places=_places(pub), sources=_sources(row["sources"]),
                          related_employer=_briefs(row["related_employer"]),
                          related_place=_briefs(related_place))
