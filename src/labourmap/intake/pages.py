"""The public form at /report: bilingual, CSRF-protected, rate-limited, storing no address."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError as PydanticError

from labourmap.errors import Problem, ValidationError
from labourmap.intake.ratelimit import RateLimiter
from labourmap.intake.service import ReportIn, submit_report
from labourmap.review.api import place_options
from labourmap.users.auth import CsrfProtected, csrf_token, set_csrf_cookie
from labourmap.web.deps import SessionDep

router = APIRouter(include_in_schema=False)
FIELDS = ("text", "kind", "relation", "province", "place", "employer", "date",
          "contact_name", "contact", "lang")
HONEYPOT = "website"


@cache
def templates() -> Jinja2Templates:
    return Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")


def limiter(request: Request) -> RateLimiter:
    """The app's limiter, made on first use (it lives in memory only)."""
    state = request.app.state
    if getattr(state, "report_limiter", None) is None:
        state.report_limiter = RateLimiter(limit=state.settings.report_limit)
    found: RateLimiter = state.report_limiter
    return found


def _render(request: Request, name: str, status_code: int = 200, **context: Any
            ) -> HTMLResponse:
    context.update(csrf_token=csrf_token(request), provinces=place_options(None))
    response: HTMLResponse = templates().TemplateResponse(request, name, context,
                                                          status_code=status_code)
    set_csrf_cookie(request, response)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@router.get("/report", response_class=HTMLResponse)
def report_page(request: Request) -> HTMLResponse:
    return _render(request, "report.html", values={}, problems=[])


@router.post("/report", response_class=HTMLResponse, dependencies=[CsrfProtected])
async def report_send(request: Request, session: SessionDep) -> HTMLResponse:
    form = await request.form()
    values = {k: str(form.get(k, "")).strip() for k in FIELDS}
    if form.get(HONEYPOT):
        return _render(request, "report_done.html", reference=None)
    address = request.client.host if request.client else "unknown"
    limiter(request).check(address)
    data: dict[str, Any] = {k: v for k, v in values.items() if v}
    data["wants_help"] = form.get("wants_help") == "yes"
    try:
        report = ReportIn(**data)
    except PydanticError as exc:
        problems = [Problem(e["msg"], field=".".join(str(p) for p in e["loc"]))
                    for e in exc.errors()]
        return _render(request, "report.html", status_code=422, values=values,
                       problems=problems)
    try:
        reference = submit_report(session, report=report)
    except ValidationError as exc:
        return _render(request, "report.html", status_code=422, values=values,
                       problems=exc.problems)
    session.commit()
    return _render(request, "report_done.html", reference=reference)
