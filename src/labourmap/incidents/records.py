"""The incident record: one documented column set for CSV, JSON Lines and the API.

``parse_record`` turns one raw row (strings from a CSV, or values from JSON) into a clean
dict, or a list of :class:`~labourmap.errors.Problem` naming every bad field. ``to_row``
turns a stored incident back into the same column set, deterministically, so that
export → import → export is byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from labourmap.codebook import Codebook
from labourmap.errors import Problem
from labourmap.places import Gazetteer

#: The column set, in order (CSV header and JSON key order). Several values: joined by ``;``.
COLUMNS: tuple[str, ...] = (
    "uid", "kind", "status", "date", "date_precision", "end_date",
    "province", "city", "county", "place", "latitude", "longitude", "geo_precision",
    "industry", "forms", "demands", "ownership", "participants", "responses",
    "employer", "amount_yuan", "killed", "injured", "accident_type", "outcome",
    "title_en", "title_zh", "description_en", "description_zh",
)  # fmt: skip

MULTI = ("forms", "demands", "responses")
SINGLE_CODED = {
    "kind": "kind", "status": "status", "date_precision": "date_precision",
    "geo_precision": "geo_precision", "industry": "industry", "ownership": "ownership",
    "participants": "participants", "accident_type": "accident_type", "outcome": "outcome",
}  # fmt: skip
TEXT = ("place", "employer", "title_en", "title_zh", "description_en", "description_zh")
UID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

#: Fields that exist only for one kind of incident.
KIND_ONLY = {
    "forms": "collective_action",
    "killed": "workplace_accident",
    "injured": "workplace_accident",
    "accident_type": "workplace_accident",
}


@dataclass(frozen=True)
class RecordContext:
    """What validation needs besides the row: the codebook, the gazetteer and today."""

    codebook: Codebook
    gazetteer: Gazetteer
    today: date
    default_status: str = "in_review"
    file: str | None = None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "")


def _split(value: Any) -> list[str]:
    if _blank(value):
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if not _blank(v)]
    return [v.strip() for v in str(value).split(";") if v.strip()]


def _number(value: Any, name: str, problems: list[Problem], *, integer: bool) -> Any:
    if _blank(value):
        return None
    if isinstance(value, bool):
        problems.append(Problem(f"{name} must be a number", field=name, value=value))
        return None
    try:
        num = float(value) if not isinstance(value, (int, float)) else value
    except (TypeError, ValueError):
        problems.append(Problem(f"{name} must be a number, got {value!r}", field=name, value=value))
        return None
    if num != num or num in (float("inf"), float("-inf")):
        problems.append(Problem(f"{name} must be a finite number", field=name, value=value))
        return None
    if integer:
        if float(num) != int(num):
            problems.append(Problem(f"{name} must be a whole number", field=name, value=value))
            return None
        num = int(num)
    if num < 0 and name not in ("latitude", "longitude"):
        problems.append(Problem(f"{name} must not be negative", field=name, value=value))
        return None
    return num


def _date(value: Any, name: str, ctx: RecordContext, problems: list[Problem]) -> date | None:
    if _blank(value):
        return None
    text = str(value).strip()
    try:
        if not DATE_RE.match(text):
            raise ValueError
        day = date.fromisoformat(text)
    except ValueError:
        problems.append(Problem(f"{name} must be a date YYYY-MM-DD, got {text!r}", field=name))
        return None
    if day > ctx.today:
        problems.append(Problem(f"{name} {text} is in the future", field=name, value=text))
        return None
    return day


def _places(out: dict[str, Any], ctx: RecordContext, problems: list[Problem]) -> None:
    gz = ctx.gazetteer
    for name in ("province", "city", "county"):
        code = out.get(name)
        if code is None:
            continue
        div = gz.get(code)
        if div is None:
            problems.append(Problem(f"{name} {code} is not a known division code", field=name))
            out[name] = None
        elif div.code != code:
            out[name] = div.code  # an abolished code resolves to its successor
    if problems:
        return
    county, city = out.get("county"), out.get("city")
    if county and not city:
        parent = gz.city_of(county)
        out["city"] = parent.code if parent else None
    if (out.get("city") or county) and not out.get("province"):
        prov = gz.province_of(out.get("city") or county or "")
        out["province"] = prov.code if prov else None
    for msg in gz.check_hierarchy(out.get("province"), out.get("city"), out.get("county")):
        problems.append(Problem(msg, field=_field_named(msg, out)))


def _field_named(message: str, out: Mapping[str, Any]) -> str:
    for name in ("county", "city", "province"):
        if out.get(name) and out[name] in message:
            return name
    return "province"


def _coordinates(out: dict[str, Any], ctx: RecordContext, problems: list[Problem]) -> None:
    lat, lon = out.get("latitude"), out.get("longitude")
    if (lat is None) != (lon is None):
        problems.append(Problem("latitude and longitude go together", field="latitude"))
        return
    if lat is not None and lon is not None:
        if not (-90 <= lat <= 90):
            problems.append(Problem(f"latitude {lat} is out of range", field="latitude"))
        if not (-180 <= lon <= 180):
            problems.append(Problem(f"longitude {lon} is out of range", field="longitude"))
        if out.get("geo_precision") is None:
            out["geo_precision"] = "point"
        return
    for name, precision in (("county", "county"), ("city", "city"), ("province", "province")):
        code = out.get(name)
        if code:
            point = ctx.gazetteer.point(code)
            if point:
                out["latitude"], out["longitude"] = round(point[0], 6), round(point[1], 6)
                if out.get("geo_precision") is None:
                    out["geo_precision"] = precision
            return


def parse_record(raw: Mapping[str, Any], ctx: RecordContext, *, line: int | None = None
                 ) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Validate one raw row. Returns ``(record, [])`` or ``(None, problems)``."""
    problems: list[Problem] = []
    cb = ctx.codebook
    unknown = sorted(set(raw) - set(COLUMNS) - {"sources"})
    for key in unknown:
        problems.append(Problem(f"unknown column {key!r}", field=key))
    out: dict[str, Any] = {}
    for name in TEXT:
        val = raw.get(name)
        out[name] = None if _blank(val) else str(val).strip()
    uid = raw.get("uid")
    out["uid"] = None if _blank(uid) else str(uid).strip()
    if out["uid"] is not None and not UID_RE.match(out["uid"]):
        problems.append(Problem("uid must be 1–80 letters, digits, '.', '_' or '-'", field="uid",
                                value=out["uid"]))
    for name, cb_field in SINGLE_CODED.items():
        val = raw.get(name)
        out[name] = None if _blank(val) else str(val).strip()
        if out[name] is not None and (p := cb.check(cb_field, out[name], field_name=name)):
            problems.append(p)
    if out["kind"] is None:
        problems.append(Problem("kind is required", field="kind"))
    out["status"] = out["status"] or ctx.default_status
    out["date_precision"] = out["date_precision"] or "day"
    out["outcome"] = out["outcome"] or "unknown"
    for name in MULTI:
        codes = _split(raw.get(name))
        for code in codes:
            if p := cb.check(name, code):
                problems.append(p)
        order = cb[name].allowed()
        out[name] = sorted(set(codes), key=lambda c: order.index(c) if c in order else 99)
    for name in ("province", "city", "county"):
        val = raw.get(name)
        out[name] = None if _blank(val) else str(val).strip()
        if out[name] is not None and not re.fullmatch(r"\d{6}", out[name]):
            problems.append(Problem(f"{name} must be a six-digit code, got {out[name]!r}",
                                    field=name))
            out[name] = None
    out["latitude"] = _number(raw.get("latitude"), "latitude", problems, integer=False)
    out["longitude"] = _number(raw.get("longitude"), "longitude", problems, integer=False)
    out["amount_yuan"] = _number(raw.get("amount_yuan"), "amount_yuan", problems, integer=False)
    out["killed"] = _number(raw.get("killed"), "killed", problems, integer=True)
    out["injured"] = _number(raw.get("injured"), "injured", problems, integer=True)
    out["date"] = _date(raw.get("date"), "date", ctx, problems)
    out["end_date"] = _date(raw.get("end_date"), "end_date", ctx, problems)
    if out["date"] and out["end_date"] and out["end_date"] < out["date"]:
        problems.append(Problem("end_date is before date", field="end_date"))
    if out["kind"] in cb.allowed("kind"):
        for name, kind in KIND_ONLY.items():
            if out[name] not in (None, []) and out["kind"] != kind:
                problems.append(Problem(f"{name} is only for {kind} incidents", field=name))
    _places(out, ctx, problems)
    if not problems:
        _coordinates(out, ctx, problems)
    if out["uid"] is None and not problems:
        out["uid"] = derive_uid(out)
    for p_index, prob in enumerate(problems):
        problems[p_index] = Problem(prob.message, field=prob.field, value=prob.value,
                                    line=line, file=ctx.file)
    return (None, problems) if problems else (out, [])


def derive_uid(record: Mapping[str, Any]) -> str:
    """A stable uid for a row that has none: the same row always gets the same uid."""
    canon = json.dumps({k: record.get(k) for k in COLUMNS if k != "uid"}, default=str,
                       sort_keys=True, ensure_ascii=False)
    return "i-" + hashlib.sha256(canon.encode("utf-8")).hexdigest()[:16]


def format_number(value: float | int | None) -> str | None:
    """Numbers as text: whole floats without '.0', others by their shortest repr."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)
