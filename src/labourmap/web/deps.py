"""Typed dependencies shared by routes: the database session and the public filter."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session

from labourmap.db import Database
from labourmap.incidents.filters import IncidentFilter


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_session(request: Request) -> Iterator[Session]:
    with get_db(request).sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def _csv(value: str | None) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


def public_filter(
    kind: Annotated[str | None, Query(description="Kinds, comma-separated")] = None,
    date_from: Annotated[date | None, Query(description="First day, YYYY-MM-DD")] = None,
    date_to: Annotated[date | None, Query(description="Last day, YYYY-MM-DD")] = None,
    province: Annotated[str | None, Query(description="Province codes, comma-separated")] = None,
    city: Annotated[str | None, Query(description="City (prefecture) codes")] = None,
    county: Annotated[str | None, Query(description="County codes")] = None,
    industry: Annotated[str | None, Query(description="Industries, comma-separated")] = None,
    demands: Annotated[str | None, Query(description="Demands (any of), comma-separated")] = None,
    forms: Annotated[str | None, Query(description="Forms of action (any of)")] = None,
    ownership: Annotated[str | None, Query(description="Ownership, comma-separated")] = None,
    participants: Annotated[str | None, Query(description="Size buckets, comma-separated")] = None,
    responses: Annotated[str | None, Query(description="Responses (any of)")] = None,
    q: Annotated[str | None, Query(
        max_length=200, description="Keywords in title, description or employer (every word "
        "must occur; substring match, works for Chinese)")] = None,
) -> IncidentFilter:
    """The filters of the maps, as query parameters; published incidents only."""
    return IncidentFilter(
        kind=_csv(kind), date_from=date_from, date_to=date_to, province=_csv(province),
        city=_csv(city), county=_csv(county), industry=_csv(industry), demands=_csv(demands),
        forms=_csv(forms), ownership=_csv(ownership), participants=_csv(participants),
        responses=_csv(responses), q=q.strip() if q and q.strip() else None,
    ).validate()


FilterDep = Annotated[IncidentFilter, Depends(public_filter)]
