"""The public site's HTML pages: the four maps, incident pages, the data page.

Each page renders the same service function's data that a JSON route under /api/v1 returns
(the map's list: ``list_incidents``; an incident: ``get_incident``; the data page:
``data_dictionary``); the maps and charts then read the public JSON API from the browser.
A page reads and renders in one worker thread (:func:`~labourmap.web.deps.in_worker`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session
from starlette.routing import Match

from labourmap.codebook import get_codebook
from labourmap.errors import NotFound, Problem, ValidationError
from labourmap.incidents.detail import get_incident
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.service import list_incidents, newest_date
from labourmap.web.deps import in_worker, public_filter
from labourmap.web.dictionary import data_dictionary
from labourmap.web.i18n import COOKIE, Translator, code_labels, pick_lang
from labourmap.web.meta_api import cities_of, provinces

router = APIRouter(include_in_schema=False)
ACCOUNTABILITY_API = "/api/v1/accountability/regions"
FILTER_KEYS = ("date_from", "date_to", "province", "city", "industry", "demands", "forms",
               "ownership", "participants", "responses", "q")
MULTI_FILTERS = ("industry", "demands", "forms", "ownership", "participants", "responses")
COLOR_FIELDS = ("industry", "demands", "ownership", "participants")
#: The coded fields an incident page lists, in order.
CODED = ("kind", "industry", "forms", "demands", "ownership", "participants", "responses",
         "accident_type", "outcome", "date_precision", "geo_precision")
DEFAULT_MONTHS = 6
#: Messages the browser scripts show (translated into the page's language).
JS_MESSAGES = (
    "{n} incidents", "1 incident", "No incidents match these filters.", "Previous", "Next",
    "Page {page} of {pages}", "Incidents per month", "Incidents per year", "Industry",
    "Demands", "Ownership", "Province", "Not coded", "Other", "Loading…",
    "{shown} of {total} incidents shown as points; zoom in or narrow the filters for more.",
    "Zoom in to see incidents as points.", "incidents", "No data", "Share (%)", "Count",
    "Could not load the data: {error}", "All cities", "Rate", "Region",
    "Rings: the mix of a cluster's incidents.",
)


@dataclass(frozen=True)
class MapKind:
    path: str
    kind: str
    title: str  # English; translated by the catalogue


MAPS = (
    MapKind("/", "collective_action", "Strike Map"),
    MapKind("/accidents", "workplace_accident", "Workplace accidents"),
    MapKind("/calls", "call_for_help", "Calls for help"),
)


def has_accountability(request: Request) -> bool:
    """Whether the accountability API is part of this app (then its tab shows); looked up
    once per app, on its first page."""
    state = request.app.state
    found: bool | None = getattr(state, "has_accountability", None)
    if found is None:
        scope = {"type": "http", "method": "GET", "path": ACCOUNTABILITY_API, "root_path": "",
                 "path_params": {}, "query_string": b"", "headers": []}
        found = any(r.matches(scope)[0] == Match.FULL for r in request.app.router.routes)
        state.has_accountability = found
    return found


def nav(request: Request, tr: Translator) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = [{"href": m.path, "label": tr.gettext(m.title)} for m in MAPS]
    if has_accountability(request):
        items.append({"href": "/accountability", "label": tr.gettext("Union accountability")})
    items.append({"href": "/data", "label": tr.gettext("Data")})
    for item in items:
        item["current"] = request.url.path == item["href"]
    return items


def lang_links(request: Request) -> dict[str, str]:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return {lang: f"{request.url.path}?{urlencode([*params, ('lang', lang)])}"
            for lang in ("en", "zh")}


def render(request: Request, template: str, tr: Translator, asked: bool,
           status_code: int = 200, **context: Any) -> HTMLResponse:
    templates = request.app.state.templates
    context.update(request=request, tr=tr, _=tr.gettext, nav=nav(request, tr),
                   lang_links=lang_links(request))
    response: HTMLResponse = templates.TemplateResponse(request, template, context,
                                                        status_code=status_code)
    if asked:
        response.set_cookie(COOKIE, tr.lang, max_age=365 * 86400, samesite="lax")
    return response


def _date(params: dict[str, str], name: str) -> dt.date | None:
    value = params.get(name)
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError("invalid filter", [Problem(
            f"{name} must be a date YYYY-MM-DD", field=name, value=value)]) from None


def months_before(day: dt.date, months: int) -> dt.date:
    """The day after the same day ``months`` months earlier (so the span is ``months``)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last)) + dt.timedelta(days=1)


def page_filter(request: Request, session: Session, kind: str) -> IncidentFilter:
    """The filter of a map page from its URL. With no date in the URL the range is the six
    months up to the newest incident of the map; an empty date in the URL means no bound."""
    params = {k: request.query_params.get(k, "") for k in FILTER_KEYS}
    flt = public_filter(
        kind=kind, date_from=_date(params, "date_from"), date_to=_date(params, "date_to"),
        **{k: params[k] or None for k in FILTER_KEYS if k not in ("date_from", "date_to")})
    dated = "date_from" in request.query_params or "date_to" in request.query_params
    if not dated:
        newest = newest_date(session, kind=[kind])
        if newest:
            flt.date_to = newest
            flt.date_from = months_before(newest, DEFAULT_MONTHS)
    return flt


def _page_number(request: Request) -> int:
    try:
        return max(1, min(int(request.query_params.get("page", "1")), 1_000_000))
    except ValueError:
        return 1


def map_page(request: Request, session: Session, mk: MapKind) -> HTMLResponse:
    lang, asked = pick_lang(request)
    tr = Translator(lang)
    flt = page_filter(request, session, mk.kind)
    size = request.app.state.settings.page_size
    listing = list_incidents(session, flt=flt, page=_page_number(request), size=size)
    cb = get_codebook()
    fields = [f for f in MULTI_FILTERS if f != "forms" or mk.kind == "collective_action"]
    color = request.query_params.get("color")
    state = {k: v for k, v in flt.as_params().items() if k != "kind"}
    for key in ("date_from", "date_to"):
        state.setdefault(key, "")
    config = {
        "kind": mk.kind, "lang": lang, "state": state, "page": listing.page, "size": size,
        "color": color if color in COLOR_FIELDS else "industry",
        "messages": tr.messages(JS_MESSAGES), "labels": code_labels(lang),
        "order": {f: list(cb[f].allowed()) for f in COLOR_FIELDS},
        "fieldLabels": {f: cb[f].label(lang) for f in cb.fields},
        "provinceNames": {p.code: tr.name(p) for p in provinces()},
    }
    return render(request, "map.html", tr, asked, mk=mk, flt=flt, listing=listing,
                  fields=fields, codebook=cb, provinces=provinces(),
                  cities=cities_of(flt.province[0]) if flt.province else [],
                  color_fields=COLOR_FIELDS, config=config,
                  pages=max(1, -(-listing.total // size)))


def _route(mk: MapKind) -> Any:
    async def endpoint(request: Request) -> HTMLResponse:
        return await in_worker(request, lambda session: map_page(request, session, mk))

    endpoint.__name__ = f"map_{mk.kind}"
    return endpoint


for _mk in MAPS:
    router.add_api_route(_mk.path, _route(_mk), methods=["GET"], response_class=HTMLResponse)


@router.get("/incidents/{uid}", response_class=HTMLResponse)
async def incident_page(request: Request, uid: str) -> HTMLResponse:
    lang, asked = pick_lang(request)
    tr = Translator(lang)

    def page(session: Session) -> HTMLResponse:
        inc = get_incident(session, uid=uid)
        config = {"lang": lang, "uid": inc.uid, "point": [inc.latitude, inc.longitude]
                  if inc.latitude is not None and inc.longitude is not None else None,
                  "province": inc.province, "city": inc.city}
        return render(request, "incident.html", tr, asked, inc=inc, coded=CODED, config=config)

    return await in_worker(request, page)


@router.get("/data", response_class=HTMLResponse)
def data_page(request: Request) -> HTMLResponse:
    lang, asked = pick_lang(request)
    tr = Translator(lang)
    return render(request, "data.html", tr, asked, dictionary=data_dictionary())


@router.get("/accountability", response_class=HTMLResponse)
def accountability_page(request: Request) -> HTMLResponse:
    if not has_accountability(request):
        raise NotFound("no union accountability map on this site")
    lang, asked = pick_lang(request)
    tr = Translator(lang)
    config = {"lang": lang, "api": ACCOUNTABILITY_API, "messages": tr.messages(JS_MESSAGES),
              "provinceNames": {p.code: tr.name(p) for p in provinces()}}
    return render(request, "accountability.html", tr, asked, config=config)
