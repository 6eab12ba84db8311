"""One JSON error shape for every error: ``{"error": {"code", "message", "problems"}}``."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from labourmap.errors import LabourmapError


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(LabourmapError)
    async def _domain(_: Request, exc: LabourmapError) -> JSONResponse:
        return JSONResponse({"error": exc.as_dict()}, status_code=exc.http_status)

    @app.exception_handler(RequestValidationError)
    async def _request(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [{"message": e.get("msg", "invalid"),
                     "field": ".".join(str(p) for p in e.get("loc", ()) if p != "query")}
                    for e in exc.errors()]
        body = {"code": "invalid", "message": "invalid request", "problems": problems}
        return JSONResponse({"error": body}, status_code=422)

    @app.exception_handler(HTTPException)
    async def _http(_: Request, exc: HTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        body = {"code": code, "message": str(exc.detail), "problems": []}
        return JSONResponse({"error": body}, status_code=exc.status_code)
