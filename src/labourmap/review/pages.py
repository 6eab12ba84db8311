"""The editor pages: login, the review queue and one incident with its posts side by side.

They render the data of the same service functions the review API returns; their forms post
back here (each with its CSRF token) and land on a page again (303).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from labourmap.accountability.editor import render_panel
from labourmap.errors import NotAuthenticated
from labourmap.incidents.records import MULTI, format_number
from labourmap.review.api import place_options
from labourmap.review.render import LoginRedirectRoute, render, see_other
from labourmap.review.service import (
    EDITABLE,
    edit_incident,
    merge_incidents,
    review_incident,
    review_queue,
    set_status,
    split_source,
)
from labourmap.users.auth import (
    CsrfProtected,
    OptionalUser,
    end_session,
    require_role,
    require_writer,
    start_session,
)
from labourmap.users.models import User
from labourmap.users.service import authenticate, has_role
from labourmap.web.deps import SessionDep

router = APIRouter(include_in_schema=False, route_class=LoginRedirectRoute)
Viewer = Annotated[User, require_role("viewer")]
Editor = Annotated[User, require_writer("editor")]
QUEUE_STATUSES = ("in_review", "draft", "published", "rejected", "merged")
CODED = ("kind", "industry", "ownership", "participants", "accident_type", "outcome",
         "date_precision", "geo_precision")
TEXTS = ("place", "employer", "title_en", "title_zh", "description_en", "description_zh")
NUMBERS = ("amount_yuan", "killed", "injured", "latitude", "longitude")


def _local(path: str | None) -> str:
    """Only a path on this site (never another host) is a place to go back to."""
    return path if path and path.startswith("/") and not path.startswith("//") else "/review"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, user: OptionalUser, next: str | None = None) -> Any:
    if user is not None:
        return see_other(_local(next))
    return render(request, "login.html", next=_local(next), failed=False)


@router.post("/login", response_class=HTMLResponse, dependencies=[CsrfProtected])
def login(request: Request, session: SessionDep, username: Annotated[str, Form()],
          password: Annotated[str, Form()], next: Annotated[str, Form()] = "/review") -> Any:
    try:
        user = authenticate(session, username=username, password=password)
    except NotAuthenticated:
        return render(request, "login.html", status_code=401, next=_local(next), failed=True)
    session.commit()
    response = see_other(_local(next))
    start_session(request, response, user)
    return response


@router.post("/logout", dependencies=[CsrfProtected])
def logout() -> RedirectResponse:
    response = see_other("/login")
    end_session(response)
    return response


@router.get("/review", response_class=HTMLResponse)
def queue_page(request: Request, session: SessionDep, user: Viewer,
               status: str = "in_review", page: int = 1) -> HTMLResponse:
    data = review_queue(session, status=status, page=max(page, 1), size=50)
    return render(request, "queue.html", user=user, queue=data, statuses=QUEUE_STATUSES,
                  pages=max(1, -(-data.total // data.size)))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return format_number(value) or ""
    return str(value)


@router.get("/review/incidents/{uid}", response_class=HTMLResponse)
def incident_page(request: Request, session: SessionDep, user: Viewer, uid: str
                  ) -> HTMLResponse:
    can_edit = has_role(user, "editor")
    inc = review_incident(session, uid=uid, show_contacts=can_edit)
    return render(request, "incident.html", user=user, inc=inc, can_edit=can_edit,
                  coded=CODED, texts=TEXTS, numbers=NUMBERS, multi=MULTI, value=_text,
                  provinces=place_options(None),
                  accountability=render_panel(request, session, incident_uid=uid, user=user),
                  cities=place_options(inc.province) if inc.province else [],
                  counties=place_options(inc.city) if inc.city else [])


def _same(field: str, sent: Any, current: Any) -> bool:
    if field in MULTI:
        return sorted(sent) == sorted(current or [])
    return (sent or "") == _text(current)


@router.post("/review/incidents/{uid}/edit")
async def edit_form(request: Request, session: SessionDep, user: Editor, uid: str
                    ) -> RedirectResponse:
    form = await request.form()
    current = review_incident(session, uid=uid).model_dump()
    changes: dict[str, Any] = {}
    for name in EDITABLE:
        if name in MULTI:
            if f"{name}__present" not in form:
                continue
            sent: Any = [str(v) for v in form.getlist(name) if str(v)]
        elif name in form:
            sent = str(form[name]).strip()
        else:
            continue
        if not _same(name, sent, current.get(name)):
            changes[name] = sent if sent != "" else None
    version = form.get("version")
    edit_incident(session, uid=uid, changes=changes, username=user.username,
                  version=int(str(version)) if version else None)
    session.commit()
    return see_other(f"/review/incidents/{uid}")


@router.post("/review/incidents/{uid}/merge")
def merge_form(session: SessionDep, user: Editor, uid: str,
               into: Annotated[str, Form()]) -> RedirectResponse:
    merge_incidents(session, uid=uid, into=into.strip(), username=user.username)
    session.commit()
    return see_other(f"/review/incidents/{into.strip()}")


@router.post("/review/incidents/{uid}/split")
def split_form(session: SessionDep, user: Editor, uid: str,
               source_id: Annotated[int, Form()]) -> RedirectResponse:
    new = split_source(session, uid=uid, source_id=source_id, username=user.username)
    session.commit()
    return see_other(f"/review/incidents/{new}")


@router.post("/review/incidents/{uid}/status")
def status_form(session: SessionDep, user: Editor, uid: str,
                status: Annotated[str, Form()]) -> RedirectResponse:
    set_status(session, uid=uid, status=status, username=user.username)
    session.commit()
    return see_other("/review" if status != "in_review" else f"/review/incidents/{uid}")
