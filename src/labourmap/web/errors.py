"""One JSON error shape for every error: ``{"error": {"code", "message", "problems"}}``.

Pages (any path outside ``/api/``) show the same error as an HTML page in the reader's
language; the status code is the same.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from labourmap.errors import LabourmapError


class ErrorProblem(BaseModel):
    message: str
    field: str | None = None
    line: int | None = None
    file: str | None = None
    value: str | int | float | None = None


class ErrorDetail(BaseModel):
    code: str
    message: str
    problems: list[ErrorProblem]


class ErrorResponse(BaseModel):
    """Every error of the API: a stable code, a message, and what was wrong where."""

    error: ErrorDetail


#: The documented error answers of every API route.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "Not found (or not published)"},
    422: {"model": ErrorResponse, "description": "Invalid request: the problems name the fields"},
}

HEADINGS = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Not allowed",
            422: "Invalid request", 503: "Unavailable"}


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path.startswith("/static/") or path == "/healthz")


def _respond(request: Request, body: dict[str, Any], status: int) -> Response:
    if _wants_html(request):
        from labourmap.web.i18n import Translator, pick_lang
        from labourmap.web.pages import render

        lang, asked = pick_lang(request)
        tr = Translator(lang)
        return render(request, "error.html", tr, asked, status_code=status,
                      heading=tr.gettext(HEADINGS.get(status, "Error")),
                      message=body["message"], problems=body["problems"])
    return JSONResponse({"error": body}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LabourmapError)
    async def _domain(request: Request, exc: LabourmapError) -> Response:
        return _respond(request, exc.as_dict(), exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def _request(request: Request, exc: RequestValidationError) -> Response:
        problems = [{"message": e.get("msg", "invalid"),
                     "field": ".".join(str(p) for p in e.get("loc", ()) if p != "query")}
                    for e in exc.errors()]
        body = {"code": "invalid", "message": "invalid request", "problems": problems}
        return _respond(request, body, 422)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        body = {"code": code, "message": str(exc.detail), "problems": []}
        return _respond(request, body, exc.status_code)
