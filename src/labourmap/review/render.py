"""Rendering the editor pages: their templates, the CSRF token in every form, and a route
class that sends an anonymous visitor to the login page instead of a 401."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from fastapi.templating import Jinja2Templates

from labourmap.codebook import get_codebook
from labourmap.errors import NotAuthenticated
from labourmap.users.auth import csrf_token, set_csrf_cookie

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def templates() -> Jinja2Templates:
    return Jinja2Templates(directory=TEMPLATES)


def both(field: str, code: str | None) -> str:
    """A code's label in English and Chinese (the code itself when unknown)."""
    if code is None or code == "":
        return ""
    cb = get_codebook()
    if field not in cb.fields:
        return str(code)
    f = cb[field]
    return f"{f.code_label(code, 'en')} · {f.code_label(code, 'zh')}"


#: Labels of the fields that are not codes.
FIELD_LABELS = {
    "is_incident": ("Incident?", "是否事件"), "date": ("Date", "日期"),
    "end_date": ("End date", "结束日期"), "province": ("Province", "省份"),
    "city": ("City", "城市"), "county": ("County", "区县"), "place": ("Place", "地点"),
    "employer": ("Employer", "雇主"), "amount_yuan": ("Amount (yuan)", "金额（元）"),
    "killed": ("Killed", "死亡人数"), "injured": ("Injured", "受伤人数"),
    "latitude": ("Latitude", "纬度"), "longitude": ("Longitude", "经度"),
    "title_en": ("Title (English)", "标题（英文）"),
    "title_zh": ("Title (Chinese)", "标题（中文）"),
    "description_en": ("Description (English)", "描述（英文）"),
    "description_zh": ("Description (Chinese)", "描述（中文）"),
}


def field_label(field: str) -> str:
    """A field's label in English and Chinese."""
    cb = get_codebook()
    if field in cb.fields:
        return f"{cb[field].label('en')} · {cb[field].label('zh')}"
    en, zh = FIELD_LABELS.get(field, (field, field))
    return f"{en} · {zh}"


def render(request: Request, name: str, status_code: int = 200, **context: Any
           ) -> HTMLResponse:
    context.update(csrf_token=csrf_token(request), both=both, field_label=field_label,
                   codebook=get_codebook())
    response: HTMLResponse = templates().TemplateResponse(request, name, context,
                                                          status_code=status_code)
    set_csrf_cookie(request, response)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


class LoginRedirectRoute(APIRoute):
    """An HTML route: a visitor who is not logged in is sent to /login and brought back."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                return await handler(request)
            except NotAuthenticated:
                back = request.url.path if request.method == "GET" else "/review"
                return see_other(f"/login?next={quote(back)}")

        return route
