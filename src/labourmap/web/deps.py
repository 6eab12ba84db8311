"""Typed dependencies shared by routes — the database session and the public filter — and
the way the public site's routes run their database work: in one worker thread per request.

A sync route with :data:`SessionDep` and :data:`FilterDep` hands work to a worker thread four
or five times per request (opening the session, the filter, the route, checking its answer
against the response model, closing the session); under load each hand-over waits for the
thread to be scheduled. The public routes instead are coroutines that call :func:`in_worker`
once, build the filter on the event loop (it does no I/O) and answer JSON serialised in the
worker (:func:`json_answer`).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from datetime import date
from typing import Annotated, ParamSpec, TypeVar

from fastapi import Depends, Query, Request, Response
from pydantic import BaseModel
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from labourmap.db import Database
from labourmap.incidents.filters import IncidentFilter

P = ParamSpec("P")
T = TypeVar("T")


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_session(request: Request) -> Iterator[Session]:
    with get_db(request).sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


async def in_worker(request: Request, work: Callable[[Session], T]) -> T:
    """``work(session)`` in one worker thread, with a session opened and closed there."""
    def run() -> T:
        with get_db(request).sessions() as session:
            return work(session)

    return await run_in_threadpool(run)


def json_answer(model: BaseModel) -> Response:
    """``model`` as a JSON response (serialised by pydantic, not validated again)."""
    return Response(model.model_dump_json().encode(), media_type="application/json")


def on_event_loop(function: Callable[P, T]) -> Callable[P, Awaitable[T]]:
    """``function`` as a coroutine with the same signature, so that FastAPI calls it on the
    event loop rather than in a worker thread: for dependencies that do no I/O."""
    @functools.wraps(function)
    async def call(*args: P.args, **kwargs: P.kwargs) -> T:
        return function(*args, **kwargs)

    return call


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


FilterDep = Annotated[IncidentFilter, Depends(on_event_loop(public_filter))]
