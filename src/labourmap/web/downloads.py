"""Downloads of the filtered selection (CSV, JSON, GeoJSON, XLSX), its data dictionary and an
Atom feed of every filtered view. Published incidents only, identifiers masked."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from itertools import islice
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response, StreamingResponse
from openpyxl import Workbook

from labourmap.db import Database
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.records import COLUMNS
from labourmap.incidents.service import iter_records, list_incidents, public_record
from labourmap.web.deps import FILTER_DOCS, FilterDep, SessionDep, get_db
from labourmap.web.dictionary import DataDictionary, data_dictionary, dictionary_rows
from labourmap.web.errors import ERROR_RESPONSES
from labourmap.web.feed import atom_feed
from labourmap.web.i18n import LANGS, Translator, pick_lang

router = APIRouter(prefix="/api/v1", tags=["downloads"], responses=ERROR_RESPONSES)
MEDIA = {"csv": "text/csv; charset=utf-8", "json": "application/json",
         "geojson": "application/geo+json",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
CHUNK = 2000
XLSX_MAX_ROWS = 1_048_575
Format = Literal["csv", "json", "geojson", "xlsx"]


def _records(db: Database, flt: IncidentFilter) -> Iterator[dict[str, Any]]:
    """Public records matching ``flt`` in uid order, on a session of their own (the response
    streams after the route returns)."""
    with db.sessions() as session:
        for rec in iter_records(session, flt):
            yield public_record(rec)


def _chunks(records: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(islice(records, CHUNK)):
        yield chunk


def _stream(fmt: Format, records: Iterator[dict[str, Any]]) -> Iterator[str]:
    from labourmap.incidents.fileio import write_csv, write_geojson, write_jsonl

    if fmt == "csv":
        yield "\ufeff" + ",".join(COLUMNS) + "\n"  # a BOM, so that spreadsheets read UTF-8
    else:
        yield '{"type":"FeatureCollection","features":[' if fmt == "geojson" else "["
    first = True
    for chunk in _chunks(records):
        buf = io.StringIO()
        if fmt == "csv":
            write_csv(chunk, buf)
            yield buf.getvalue().split("\n", 1)[1]
        elif fmt == "json":
            write_jsonl(chunk, buf)
            body = ",\n".join(buf.getvalue().splitlines())
            yield ("" if first else ",") + "\n" + body
        else:
            write_geojson(chunk, buf)
            text = buf.getvalue()
            body = text[len('{"type":"FeatureCollection","features":['):-len("\n]}\n")]
            yield ("" if first else ",") + body
        first = False
    if fmt != "csv":
        yield "\n]}\n" if fmt == "geojson" else "\n]\n"


def _attachment(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@router.get("/incidents.atom", response_class=Response, tags=["feeds"],
            openapi_extra=FILTER_DOCS,
            responses={200: {"content": {"application/atom+xml": {}},
                             "description": "an Atom 1.0 feed"}})
def feed(request: Request, session: SessionDep, flt: FilterDep,
         lang: Annotated[Literal["en", "zh"] | None, Query(
             description="language of titles and labels")] = None) -> Response:
    """The newest 50 matching published incidents as an Atom feed."""
    tr = Translator(lang if lang in LANGS else pick_lang(request)[0])
    page = list_incidents(session, flt=flt, page=1, size=50)
    base = str(request.base_url).rstrip("/")
    body = atom_feed(page.items, tr=tr, base=base, self_url=str(request.url),
                     query=flt.as_params())
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/incidents.{fmt}", response_class=StreamingResponse,
            openapi_extra=FILTER_DOCS,
            responses={200: {"content": {MEDIA[f].split(";")[0]: {} for f in MEDIA},
                             "description": "the matching incidents in the chosen format"}})
def download(request: Request, flt: FilterDep, fmt: Format) -> Response:
    """The matching published incidents as CSV, JSON (an array), GeoJSON or an Excel workbook
    (with the data dictionary as a second sheet; at most 1,048,575 rows). The columns are
    described by `/api/v1/dictionary`."""
    records = _records(get_db(request), flt)
    headers = _attachment(f"labourmap-incidents.{fmt}")
    if fmt == "xlsx":
        return Response(_xlsx(records), media_type=MEDIA[fmt], headers=headers)
    return StreamingResponse(_stream(fmt, records), media_type=MEDIA[fmt], headers=headers)


def _xlsx(records: Iterator[dict[str, Any]]) -> bytes:
    from labourmap.incidents.fileio import _cell

    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("incidents")
    sheet.append(list(COLUMNS))
    for rec in islice(records, XLSX_MAX_ROWS):
        sheet.append([_xlsx_value(rec.get(c), _cell) for c in COLUMNS])
    info = wb.create_sheet("dictionary")
    for row in dictionary_rows():
        info.append(row)
    with tempfile.TemporaryFile() as fh:
        wb.save(fh)
        fh.seek(0)
        return fh.read()


def _xlsx_value(value: Any, cell: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(cell(value))


@router.get("/dictionary", response_model=DataDictionary)
def dictionary() -> DataDictionary:
    """The data dictionary of the downloads: columns, types, meanings and codes."""
    return data_dictionary()


@router.get("/dictionary.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "the dictionary"}})
def dictionary_csv() -> Response:
    """The data dictionary as CSV."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(dictionary_rows())
    return Response("\ufeff" + buf.getvalue(), media_type=MEDIA["csv"],
                    headers=_attachment("labourmap-dictionary.csv"))
