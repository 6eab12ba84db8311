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

from collections.abc import Callable, Iterator
from datetime import date
from typing import Annotated, Any, ParamSpec, TypeVar

from fastapi import Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from labourmap.db import Database, read_again
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
    """``work(session)`` in one worker thread, with a read session opened and closed there
    (:attr:`~labourmap.db.Database.reads`)."""
    def read() -> T:
        with get_db(request).reads() as session:
            return work(session)

    return await run_in_threadpool(read_again, read)


def json_answer(model: BaseModel) -> Response:
    """``model`` as a JSON response (serialised by pydantic, not validated again)."""
    return Response(model.model_dump_json().encode(), media_type="application/json")


def _csv(value: str | None) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


class FilterParams(BaseModel):
    """The filters of the maps, as query parameters (validated as one model: a route with
    them answers faster than with a parameter each)."""

    kind: str | None = Field(None, description="Kinds, comma-separated")
    date_from: date | None = Field(None, description="First day, YYYY-MM-DD")
    date_to: date | None = Field(None, description="Last day, YYYY-MM-DD")
    province: str | None = Field(None, description="Province codes, comma-separated")
    city: str | None = Field(None, description="City (prefecture) codes")
    county: str | None = Field(None, description="County codes")
    industry: str | None = Field(None, description="Industries, comma-separated")
    demands: str | None = Field(None, description="Demands (any of), comma-separated")
    forms: str | None = Field(None, description="Forms of action (any of)")
    ownership: str | None = Field(None, description="Ownership, comma-separated")
    participants: str | None = Field(None, description="Size buckets, comma-separated")
    responses: str | None = Field(None, description="Responses (any of)")
    q: str | None = Field(None, max_length=200, description=(
        "Keywords in title, description or employer (every word must occur; substring match, "
        "works for Chinese)"))


def public_filter(
    kind: str | None = None, date_from: date | None = None, date_to: date | None = None,
    province: str | None = None, city: str | None = None, county: str | None = None,
    industry: str | None = None, demands: str | None = None, forms: str | None = None,
    ownership: str | None = None, participants: str | None = None,
    responses: str | None = None, q: str | None = None,
) -> IncidentFilter:
    """The filters of the maps; published incidents only."""
    return IncidentFilter(
        kind=_csv(kind), date_from=date_from, date_to=date_to, province=_csv(province),
        city=_csv(city), county=_csv(county), industry=_csv(industry), demands=_csv(demands),
        forms=_csv(forms), ownership=_csv(ownership), participants=_csv(participants),
        responses=_csv(responses), q=q.strip() if q and q.strip() else None,
    ).validate()


async def filter_dependency(request: Request) -> IncidentFilter:
    """The filter of a request's query string, on the event loop (it does no I/O).

    It reads the query string itself and checks it with one model: FastAPI's own parsing of
    the thirteen parameters cost more than the database work of a map's counts. Routes with
    this dependency document the parameters with :data:`FILTER_DOCS`."""
    query = request.query_params
    try:
        params = FilterParams.model_validate({k: query[k] for k in FILTER_KEYS if k in query})
    except PydanticValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("query", *e["loc"])} for e in exc.errors()]) from None
    return public_filter(**params.model_dump())


FILTER_KEYS = tuple(FilterParams.model_fields)


def _documented(name: str, prop: dict[str, Any]) -> dict[str, Any]:
    schema = {k: v for k, v in prop.items() if k not in ("title", "description", "default")}
    return {"name": name, "in": "query", "required": False,
            "description": prop.get("description", ""), "schema": schema}


#: ``openapi_extra`` of a route with :data:`FilterDep`: the filter's query parameters.
FILTER_DOCS: dict[str, Any] = {"parameters": [
    _documented(name, prop)
    for name, prop in FilterParams.model_json_schema()["properties"].items()]}


FilterDep = Annotated[IncidentFilter, Depends(filter_dependency)]
