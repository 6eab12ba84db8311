"""JSON routes of incidents under /api/v1: lists, one incident, counts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from labourmap.incidents.schemas import IncidentDetail, IncidentPage, Stats
from labourmap.incidents.service import get_incident, incident_stats, list_incidents
from labourmap.web.deps import FilterDep, SessionDep

router = APIRouter(prefix="/api/v1", tags=["incidents"])


@router.get("/incidents", response_model=IncidentPage)
def incidents(session: SessionDep, flt: FilterDep, request: Request,
              page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
              size: Annotated[int | None, Query(ge=1, le=500)] = None) -> IncidentPage:
    """Published incidents matching the filters, newest first, paged."""
    size = size or request.app.state.settings.page_size
    return list_incidents(session, flt=flt, page=page, size=size)


@router.get("/incidents/{uid}", response_model=IncidentDetail)
def incident(session: SessionDep, uid: str) -> IncidentDetail:
    """One published incident with its public sources."""
    return get_incident(session, uid=uid)


@router.get("/stats", response_model=Stats)
def stats(session: SessionDep, flt: FilterDep) -> Stats:
    """Counts of the matching incidents by kind, place, industry, size, demands and time."""
    return incident_stats(session, flt=flt)
