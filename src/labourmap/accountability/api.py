"""JSON routes of union accountability under /api/v1/accountability and /api/v1/unions.

Public: the report, the map's rates per region, region and union scorecards, coded cases.
Editors (session cookie; writes also the CSRF token): a case with its notes, opening a case,
logging a contact, setting its outcome, the route of calls for an incident.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from labourmap.accountability.report import accountability_report
from labourmap.accountability.routing import route_incident
from labourmap.accountability.schemas import (
    AccountabilityReport,
    CaseIn,
    CaseList,
    CasePrivate,
    CaseUpdate,
    ContactIn,
    RegionRates,
    RegionScorecard,
    Route,
    UnionScorecard,
)
from labourmap.accountability.scorecards import region_rates, region_scorecard, union_scorecard
from labourmap.accountability.service import (
    CaseFilter,
    case_views,
    create_case,
    get_case,
    load_cases,
    log_contact,
    update_case,
)
from labourmap.errors import Problem, ValidationError
from labourmap.places import get_gazetteer
from labourmap.users.auth import require_role, require_writer
from labourmap.users.models import User
from labourmap.web.deps import SessionDep
from labourmap.web.errors import ErrorResponse

ERRORS = {code: {"model": ErrorResponse} for code in (401, 403, 404, 409, 422)}
router = APIRouter(prefix="/api/v1", tags=["accountability"],
                   responses=ERRORS)  # type: ignore[arg-type]
Viewer = Annotated[User, require_role("viewer")]
Editor = Annotated[User, require_writer("editor")]


def case_filter(
    date_from: Annotated[dt.date | None, Query(description="First case date, YYYY-MM-DD")] = None,
    date_to: Annotated[dt.date | None, Query(description="Last case date, YYYY-MM-DD")] = None,
    province: Annotated[str | None, Query(description="A province code")] = None,
) -> CaseFilter:
    """Which cases count: a case is dated by its first contact, else by its incident."""
    if province and (get_gazetteer().get(province) is None
                     or get_gazetteer().get(province).level != "province"):  # type: ignore[union-attr]
        raise ValidationError("invalid request", [Problem(
            "not a province code", field="province", value=province)])
    return CaseFilter(date_from=date_from, date_to=date_to, province=province)


CaseFilterDep = Annotated[CaseFilter, Depends(case_filter)]


@router.get("/accountability/report", response_model=AccountabilityReport)
def report(session: SessionDep, flt: CaseFilterDep) -> AccountabilityReport:
    """CLB's figures over the matching cases (percent of cases, of unaware cases, of aware
    cases), and the excuses ranked."""
    return accountability_report(session, flt=flt)


@router.get("/accountability/regions", response_model=RegionRates)
def regions(session: SessionDep, flt: CaseFilterDep,
            level: Annotated[Literal["province", "city"], Query()] = "province"
            ) -> RegionRates:
    """Per province or city: cases, contacts and the rates the Accountability Map shades
    (fractions 0–1; null where the base is empty)."""
    return region_rates(session, level=level, flt=flt)


@router.get("/accountability/regions/{code}", response_model=RegionScorecard)
def region(session: SessionDep, code: str, flt: CaseFilterDep) -> RegionScorecard:
    """A province's or city's scorecard, its unions and its cases (coded results only)."""
    return region_scorecard(session, code=code, flt=flt)


@router.get("/accountability/cases", response_model=CaseList)
def cases(session: SessionDep, flt: CaseFilterDep) -> CaseList:
    """The matching cases with their coded contacts (no notes, no contact persons)."""
    items = case_views(session, load_cases(session, flt=flt), private=False)
    return CaseList(total=len(items), items=items)


@router.get("/unions/{uid}/scorecard", response_model=UnionScorecard)
def union_card(session: SessionDep, uid: str, flt: CaseFilterDep) -> UnionScorecard:
    """A union's scorecard: each case coded on this union's own contacts."""
    return union_scorecard(session, uid=uid, flt=flt)


@router.get("/accountability/cases/{uid}", response_model=CasePrivate)
def case_private(session: SessionDep, uid: str, _user: Viewer) -> CasePrivate:
    """One case with its notes (signed-in users only)."""
    return get_case(session, uid=uid)


@router.post("/accountability/cases", response_model=CasePrivate, status_code=201)
def open_case(session: SessionDep, data: CaseIn, _user: Editor) -> CasePrivate:
    """Open a case, for an incident or on its own fields (editors)."""
    case = create_case(session, data=data)
    session.commit()
    return get_case(session, uid=case.uid)


@router.patch("/accountability/cases/{uid}", response_model=CasePrivate)
def edit_case(session: SessionDep, uid: str, data: CaseUpdate, _user: Editor) -> CasePrivate:
    """Set a case's outcome for the worker and its notes (editors)."""
    update_case(session, uid=uid, data=data)
    session.commit()
    return get_case(session, uid=uid)


@router.post("/accountability/cases/{uid}/contacts", response_model=CasePrivate,
             status_code=201)
def add_contact(session: SessionDep, uid: str, data: ContactIn, _user: Editor) -> CasePrivate:
    """Log a contact with a union on a case (editors)."""
    log_contact(session, case_uid=uid, contact=data)
    session.commit()
    return get_case(session, uid=uid)


@router.get("/accountability/route/{incident_uid}", response_model=Route)
def route(session: SessionDep, incident_uid: str, _user: Viewer) -> Route:
    """The unions to call about an incident, in order (signed-in users only)."""
    return route_incident(session, incident_uid=incident_uid)
