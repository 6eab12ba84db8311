"""The review API under /api/v1/review: read with any role, write as an editor.

Every write needs the session cookie and the CSRF token in ``X-CSRF-Token`` (``GET
/api/v1/review/me`` gives it). Anonymous → 401, too weak a role or a missing token → 403.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel

from labourmap.places import get_gazetteer
from labourmap.review.schemas import (
    Done,
    IncidentEdit,
    MergeIn,
    QueuePage,
    ReviewIncident,
    SplitIn,
)
from labourmap.review.service import (
    edit_incident,
    incident_status,
    merge_incidents,
    review_incident,
    review_queue,
    set_status,
    split_source,
)
from labourmap.users.auth import (
    CurrentUser,
    csrf_token,
    require_role,
    require_writer,
    set_csrf_cookie,
)
from labourmap.users.models import User
from labourmap.users.service import has_role
from labourmap.web.deps import SessionDep
from labourmap.web.errors import ErrorResponse

ERRORS = {code: {"model": ErrorResponse} for code in (401, 403, 404, 409, 422)}
router = APIRouter(prefix="/api/v1/review", tags=["review"], responses=ERRORS)  # type: ignore[arg-type]
Viewer = Annotated[User, require_role("viewer")]
Editor = Annotated[User, require_writer("editor")]


class Me(BaseModel):
    """The logged-in user, and the CSRF token their writes must send."""

    username: str
    role: str
    csrf_token: str


class PlaceOption(BaseModel):
    code: str
    name_zh: str
    name_en: str
    level: str


@router.get("/me", response_model=Me)
def me(request: Request, response: Response, user: CurrentUser) -> Me:
    """Who is logged in; sets the CSRF cookie if the browser lacks it."""
    set_csrf_cookie(request, response)
    return Me(username=user.username, role=user.role, csrf_token=csrf_token(request))


@router.get("/queue", response_model=QueuePage)
def queue(session: SessionDep, user: Viewer,
          status: Annotated[str, Query(description="in_review (default), draft, published, "
                                       "rejected or merged")] = "in_review",
          page: Annotated[int, Query(ge=1)] = 1,
          size: Annotated[int, Query(ge=1, le=500)] = 50) -> QueuePage:
    """Incidents waiting for review (or in another status), oldest first."""
    return review_queue(session, status=status, page=page, size=size)


@router.get("/incidents/{uid}", response_model=ReviewIncident)
def incident(session: SessionDep, user: Viewer, uid: str) -> ReviewIncident:
    """One incident in any status, its posts with their evidence, and its history."""
    return review_incident(session, uid=uid, show_contacts=has_role(user, "editor"))


@router.patch("/incidents/{uid}", response_model=ReviewIncident)
def edit(session: SessionDep, user: Editor, uid: str, body: IncidentEdit) -> ReviewIncident:
    """Change the fields sent; each change goes to the history."""
    edit_incident(session, uid=uid, changes=body.changes(), username=user.username,
                  version=body.version)
    session.commit()
    return review_incident(session, uid=uid, show_contacts=True)


@router.post("/incidents/{uid}/merge", response_model=Done)
def merge(session: SessionDep, user: Editor, uid: str, body: MergeIn) -> Done:
    """Merge this incident into another: its sources move; it becomes merged."""
    merge_incidents(session, uid=uid, into=body.into, username=user.username)
    session.commit()
    return Done(uid=body.into, status=incident_status(session, uid=body.into))


@router.post("/incidents/{uid}/split", response_model=Done)
def split(session: SessionDep, user: Editor, uid: str, body: SplitIn) -> Done:
    """Split one post off into a new incident in review."""
    new = split_source(session, uid=uid, source_id=body.source_id, username=user.username)
    session.commit()
    return Done(uid=new, status="in_review")


def _status_route(status: str, doc: str) -> None:
    def endpoint(session: SessionDep, user: Editor, uid: str) -> Done:
        set_status(session, uid=uid, status=status, username=user.username)
        session.commit()
        return Done(uid=uid, status=status)

    endpoint.__doc__ = doc
    verb = {"published": "publish", "rejected": "reject", "in_review": "reopen"}[status]
    endpoint.__name__ = verb
    router.add_api_route(f"/incidents/{{uid}}/{verb}", endpoint, methods=["POST"],
                         response_model=Done)


_status_route("published", "Publish the incident (its whole record is checked first).")
_status_route("rejected", "Reject the incident: it never appears in public.")
_status_route("in_review", "Send the incident back to the review queue.")


def place_options(parent: str | None) -> list[PlaceOption]:
    """Provinces (no parent), the prefectures of a province (a municipality is its own), or
    the counties of a prefecture."""
    gz = get_gazetteer()
    if not parent:
        divs = list(gz.all("province"))
    else:
        div = gz.get(parent)
        if div is None:
            return []
        kids = [d for d in gz.children(div.code) if d.level in ("prefecture", "county")]
        if div.level == "province" and kids and all(d.level == "county" for d in kids):
            divs = [div]  # a municipality: the province is also the city
        elif div.level == "province" and any(d.level == "prefecture" for d in kids):
            divs = [d for d in kids if d.level == "prefecture"]
        else:
            divs = [d for d in kids if d.level == "county"]
    return [PlaceOption(code=d.code, name_zh=d.name_zh, name_en=d.name_en, level=d.level)
            for d in divs]


@router.get("/places", response_model=list[PlaceOption])
def places(user: Viewer, parent: Annotated[str | None, Query(max_length=9)] = None,
           q: Annotated[str | None, Query(max_length=50)] = None) -> list[PlaceOption]:
    """The place picker: the units under ``parent``, or those a name ``q`` can mean."""
    if q:
        return [PlaceOption(code=d.code, name_zh=d.name_zh, name_en=d.name_en, level=d.level)
                for d in get_gazetteer().search(q)[:20] if d.level != "town"]
    return place_options(parent)
