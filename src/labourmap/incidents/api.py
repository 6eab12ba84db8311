"""JSON routes of incidents under /api/v1: lists, one incident, counts, the map's data.

Each route builds its filter on the event loop and runs its service function — and the JSON
serialisation of its answer — in one worker thread (:func:`~labourmap.web.deps.in_worker`);
``response_model`` documents the answer in OpenAPI."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from labourmap.errors import Problem, ValidationError
from labourmap.incidents.detail import get_incident
from labourmap.incidents.schemas import (
    IncidentDetail,
    IncidentPage,
    PointCollection,
    RegionCounts,
    Stats,
)
from labourmap.incidents.service import (
    incident_stats,
    list_incidents,
    map_points,
    region_counts,
)
from labourmap.web.deps import FILTER_DOCS, FilterDep, in_worker, json_answer
from labourmap.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", tags=["incidents"], responses=ERROR_RESPONSES)


@router.get("/incidents", response_model=IncidentPage, openapi_extra=FILTER_DOCS)
async def incidents(flt: FilterDep, request: Request,
                    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
                    size: Annotated[int | None, Query(ge=1, le=500)] = None) -> Response:
    """Published incidents matching the filters, newest first, paged."""
    size = size or request.app.state.settings.page_size
    return await in_worker(request, lambda session: json_answer(
        list_incidents(session, flt=flt, page=page, size=size)))


@router.get("/incidents/{uid}", response_model=IncidentDetail)
async def incident(request: Request, uid: str) -> Response:
    """One published incident with its public sources and related incidents."""
    return await in_worker(request, lambda session: json_answer(
        get_incident(session, uid=uid)))


@router.get("/stats", response_model=Stats, openapi_extra=FILTER_DOCS)
async def stats(flt: FilterDep, request: Request) -> Response:
    """Counts of the matching incidents by kind, place, industry, size, demands and time."""
    return await in_worker(request, lambda session: json_answer(
        incident_stats(session, flt=flt)))


@router.get("/map/regions", response_model=RegionCounts, tags=["map"],
            openapi_extra=FILTER_DOCS)
async def regions(flt: FilterDep, request: Request,
                  level: Annotated[Literal["province", "city"], Query(
                      description="province, or city (prefecture)")] = "province") -> Response:
    """Matching incidents per province or per city: what the map shades."""
    return await in_worker(request, lambda session: json_answer(
        region_counts(session, flt=flt, level=level)))


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


@router.get("/map/points", response_model=PointCollection, tags=["map"],
            openapi_extra=FILTER_DOCS)
async def points(flt: FilterDep, request: Request,
                 bbox: Annotated[str | None, Query(
                     description="west,south,east,north in degrees (WGS 84)")] = None,
                 limit: Annotated[int, Query(ge=1, le=20_000)] = 5000) -> Response:
    """Matching incidents as GeoJSON points, newest first (for clusters on the map)."""
    box = _bbox(bbox)
    return await in_worker(request, lambda session: json_answer(
        map_points(session, flt=flt, bbox=box, limit=limit)))
