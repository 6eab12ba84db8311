"""JSON routes of incidents under /api/v1: lists, one incident, counts, the map's data."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from labourmap.errors import Problem, ValidationError
from labourmap.incidents.schemas import (
    IncidentDetail,
    IncidentPage,
    PointCollection,
    RegionCounts,
    Stats,
)
from labourmap.incidents.service import (
    get_incident,
    incident_stats,
    list_incidents,
    map_points,
    region_counts,
)
from labourmap.web.deps import FilterDep, SessionDep
from labourmap.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["incidents"], responses=ERROR_RESPONSES)


@router.get("/incidents", response_model=IncidentPage)
def incidents(session: SessionDep, flt: FilterDep, request: Request,
              page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
              size: Annotated[int | None, Query(ge=1, le=500)] = None) -> IncidentPage:
    """Published incidents matching the filters, newest first, paged."""
    size = size or request.app.state.settings.page_size
    return list_incidents(session, flt=flt, page=page, size=size)


@router.get("/incidents/{uid}", response_model=IncidentDetail)
def incident(session: SessionDep, uid: str) -> IncidentDetail:
    """One published incident with its public sources and related incidents."""
    return get_incident(session, uid=uid)


@router.get("/stats", response_model=Stats)
def stats(session: SessionDep, flt: FilterDep) -> Stats:
    """Counts of the matching incidents by kind, place, industry, size, demands and time."""
    return incident_stats(session, flt=flt)


@router.get("/map/regions", response_model=RegionCounts, tags=["map"])
def regions(session: SessionDep, flt: FilterDep,
            level: Annotated[Literal["province", "city"], Query(
                description="province, or city (prefecture)")] = "province") -> RegionCounts:
    """Matching incidents per province or per city: what the map shades."""
    return region_counts(session, flt=flt, level=level)


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError:
        raise ValidationError("invalid request", [Problem(
            "bbox must be four numbers: west,south,east,north", field="bbox")]) from None
    ok = (-180 <= west <= east <= 180) and (-90 <= south <= north <= 90)
    if not ok:
        raise ValidationError("invalid request", [Problem(
            "bbox must be west,south,east,north in degrees, west ≤ east, south ≤ north",
            field="bbox")])
    return west, south, east, north


@router.get("/map/points", response_model=PointCollection, tags=["map"])
def points(session: SessionDep, flt: FilterDep,
           bbox: Annotated[str | None, Query(
               description="west,south,east,north in degrees (WGS 84)")] = None,
           limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> PointCollection:
    """Matching incidents as GeoJSON points, newest first (for clusters on the map)."""
    return map_points(session, flt=flt, bbox=_bbox(bbox), limit=limit)
