"""Reading incidents: records, public views, filtered lists, counts.

Every public page, API answer and download reads through these functions, and they return
published incidents only (the filter's status defaults to published; public callers cannot
change it). Text shown to the public has phone and identity-card numbers masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from labourmap.codebook import get_codebook
from labourmap.incidents.counts import count_by, count_provinces, region_codes
from labourmap.incidents.filters import PUBLIC_STATUSES, IncidentFilter
from labourmap.incidents.models import INCIDENTS, Incident, IncidentTag
from labourmap.incidents.records import COLUMNS, MULTI
from labourmap.incidents.schemas import (
    Count,
    IncidentPage,
    IncidentPublic,
    Place,
    PointCollection,
    PointFeature,
    PointGeometry,
    PointProperties,
    RegionCount,
    RegionCounts,
    Stats,
)
from labourmap.places import get_gazetteer
from labourmap.privacy import mask_identifiers

SCALAR = [c for c in COLUMNS if c not in MULTI]
MASKED = ("title_en", "title_zh", "description_en", "description_zh", "place", "employer")
_DIGIT = re.compile(r"\d")


def _tags_for(session: Session, ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    out: dict[int, dict[str, list[str]]] = {i: {m: [] for m in MULTI} for i in ids}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows = session.execute(select(IncidentTag.incident_id, IncidentTag.field, IncidentTag.code)
                               .where(IncidentTag.incident_id.in_(chunk)))
        for iid, fld, code in rows:
            out[iid][fld].append(code)
    return out


def _order_codes(rec: dict[str, Any]) -> None:
    cb = get_codebook()
    for m in MULTI:
        order = cb[m].allowed()
        rec[m] = sorted(rec[m], key=lambda c: order.index(c) if c in order else 99)


def _records(session: Session, stmt: Select[Any]) -> list[dict[str, Any]]:
    rows = session.execute(stmt).mappings().all()
    tags = _tags_for(session, [r["id"] for r in rows])
    out = []
    for row in rows:
        rec = {c: row[c] for c in SCALAR}
        rec["_id"] = row["id"]
        rec.update(tags[row["id"]])
        _order_codes(rec)
        out.append(rec)
    return out


def _columns() -> list[Any]:
    table = INCIDENTS
    return [table.c.id] + [table.c[c] for c in SCALAR]


def iter_records(session: Session, flt: IncidentFilter, *, batch: int = 5000
                 ) -> Iterator[dict[str, Any]]:
    """Every incident matching ``flt``, as records, ordered by uid (for exports)."""
    last: str | None = None
    while True:
        stmt = flt.apply(select(*_columns())).order_by(Incident.uid).limit(batch)
        if last is not None:
            stmt = stmt.where(Incident.uid > last)
        recs = _records(session, stmt)
        if not recs:
            return
        for rec in recs:
            rec.pop("_id")
            yield rec
        last = recs[-1]["uid"]


def masked(text: str | None) -> str | None:
    """``text`` with phone and identity-card numbers masked (:func:`mask_identifiers`); text
    without a digit is returned as it is, since every number masked has digits."""
    return mask_identifiers(text) if text and _DIGIT.search(text) else text


def public_record(rec: dict[str, Any]) -> dict[str, Any]:
    """A record fit for the public: personal identifiers masked, internal keys dropped."""
    out = {k: v for k, v in rec.items() if not k.startswith("_")}
    for name in MASKED:
        out[name] = masked(out.get(name))
    return out


@lru_cache(maxsize=8192)
def _place(code: str) -> Place | None:
    """The division of ``code`` with its names (an abolished code: its successor)."""
    div = get_gazetteer().get(code)
    return Place(code=div.code, name_zh=div.name_zh, name_en=div.name_en) if div else None


def _places(rec: dict[str, Any]) -> list[Place]:
    """The province, city and county of a record, each once."""
    out: list[Place] = []
    for name in ("province", "city", "county"):
        code = rec.get(name)
        place = _place(code) if code else None
        if place and not any(p.code == place.code for p in out):
            out.append(place)
    return out


def _public_model(rec: dict[str, Any]) -> IncidentPublic:
    pub = public_record(rec)
    return IncidentPublic(**pub, places=_places(pub))


def list_incidents(session: Session, *, flt: IncidentFilter, page: int = 1, size: int = 50
                   ) -> IncidentPage:
    """One page of matching incidents, newest first."""
    total = session.execute(flt.apply(select(func.count()).select_from(Incident))).scalar_one()
    stmt = (flt.apply(select(*_columns()))
            .order_by(Incident.date.desc().nulls_last(), Incident.id.desc())
            .offset((page - 1) * size).limit(size))
    items = [_public_model(r) for r in _records(session, stmt)]
    return IncidentPage(total=total, page=page, size=size, items=items)


def newest_date(session: Session, *, kind: Sequence[str] = ()) -> date | None:
    """The date of the newest published incident (of these kinds)."""
    stmt = select(func.max(Incident.date)).where(Incident.status.in_(PUBLIC_STATUSES))
    if kind:
        stmt = stmt.where(Incident.kind.in_(kind))
    value = session.execute(stmt).scalar_one_or_none()
    return value if isinstance(value, date) else None


def region_counts(session: Session, *, flt: IncidentFilter, level: str) -> RegionCounts:
    """Matching incidents per province (``level="province"``) or city (``"city"``)."""
    gz = get_gazetteer()
    items: list[RegionCount] = []
    total = unplaced = 0
    counts = (count_provinces(session, flt) if level == "province"
              else count_by(session, flt, Incident.city, region_codes(level, flt)))
    for c in counts:
        total += c.count
        div = gz.get(c.key) if c.key else None
        if div is None:
            unplaced += c.count
            continue
        items.append(RegionCount(code=div.code, name_zh=div.name_zh, name_en=div.name_en,
                                 count=c.count))
    return RegionCounts(level=level, total=total, unplaced=unplaced, items=items)


def map_points(session: Session, *, flt: IncidentFilter,
               bbox: tuple[float, float, float, float] | None, limit: int) -> PointCollection:
    """Matching incidents with a point (inside ``bbox`` = west, south, east, north), newest
    first, at most ``limit`` of them."""
    t = Incident
    conds: list[Any] = [t.latitude.is_not(None), t.longitude.is_not(None)]
    if bbox:
        west, south, east, north = bbox
        conds += [t.longitude >= west, t.longitude <= east, t.latitude >= south,
                  t.latitude <= north]
    cols = (t.id, t.uid, t.kind, t.date, t.title_en, t.title_zh, t.industry, t.ownership,
            t.participants, t.latitude, t.longitude)
    stmt = (flt.apply(select(*cols)).where(*conds)
            .order_by(t.date.desc().nulls_last(), t.id.desc()).limit(limit + 1))
    rows = session.execute(stmt).mappings().all()
    truncated = len(rows) > limit
    rows = rows[:limit]
    if truncated:
        count = flt.apply(select(func.count()).select_from(Incident)).where(*conds)
        total = int(session.execute(count).scalar_one())
    else:
        total = len(rows)
    demands: dict[int, list[str]] = {r["id"]: [] for r in rows}
    ids = list(demands)
    for start in range(0, len(ids), 900):
        tag_rows = session.execute(
            select(IncidentTag.incident_id, IncidentTag.code)
            .where(IncidentTag.field == "demands",
                   IncidentTag.incident_id.in_(ids[start:start + 900])))
        for iid, code in tag_rows:
            demands[iid].append(code)
    order = get_codebook()["demands"].allowed()
    features = []
    for r in rows:
        props = PointProperties(
            uid=r["uid"], kind=r["kind"], date=r["date"],
            title_en=masked(r["title_en"]), title_zh=masked(r["title_zh"]),
            industry=r["industry"], ownership=r["ownership"], participants=r["participants"],
            demands=sorted(demands[r["id"]], key=order.index))
        features.append(PointFeature(
            id=r["uid"], properties=props,
            geometry=PointGeometry(coordinates=(r["longitude"], r["latitude"]))))
    return PointCollection(total=total, truncated=truncated, features=features)


def _month_expr(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(Incident.date, "YYYY-MM")
    return func.strftime("%Y-%m", Incident.date)


def count_tags(session: Session, flt: IncidentFilter, field: str) -> list[Count]:
    stmt = (flt.apply(select(IncidentTag.code, func.count()).select_from(Incident)
                      .join(IncidentTag, IncidentTag.incident_id == Incident.id))
            .where(IncidentTag.field == field).group_by(IncidentTag.code))
    rows = session.execute(stmt).all()
    return sorted((Count(key=k, count=n) for k, n in rows), key=lambda c: (-c.count, c.key or ""))


def incident_stats(session: Session, *, flt: IncidentFilter) -> Stats:
    """Counts by kind, place, industry, ownership, size, demands, month and year."""
    total = session.execute(flt.apply(select(func.count()).select_from(Incident))).scalar_one()
    month = _month_expr(session)
    by_month = sorted(count_by(session, flt, month), key=lambda c: c.key or "")
    years: dict[str, int] = {}
    for c in by_month:
        if c.key:
            years[c.key[:4]] = years.get(c.key[:4], 0) + c.count
    return Stats(
        total=total,
        by_kind=count_by(session, flt, Incident.kind),
        by_province=count_provinces(session, flt),
        by_city=count_by(session, flt, Incident.city, region_codes("city", flt)),
        by_industry=count_by(session, flt, Incident.industry),
        by_ownership=count_by(session, flt, Incident.ownership),
        by_participants=count_by(session, flt, Incident.participants),
        by_demands=count_tags(session, flt, "demands"),
        by_month=[c for c in by_month if c.key],
        by_year=[Count(key=k, count=v) for k, v in sorted(years.items())],
    )
