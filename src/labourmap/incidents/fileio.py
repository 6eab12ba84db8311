"""Incident files: read CSV / JSON Lines rows with their line numbers; write CSV, JSON Lines
and GeoJSON (RFC 7946) deterministically."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from labourmap.csvrows import read_csv_rows
from labourmap.errors import Problem
from labourmap.incidents.records import COLUMNS, MULTI, format_number

FORMATS = ("csv", "jsonl", "geojson")
Row = tuple[int, dict[str, Any] | None, Problem | None]


def detect_format(path: Path, given: str | None = None) -> str:
    if given:
        return given
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("csv", "jsonl", "geojson"):
        return suffix
    if suffix in ("ndjson", "json"):
        return "jsonl"
    raise ValueError(f"{path}: cannot tell the format from the name; pass --format csv|jsonl")


def read_rows(path: Path, fmt: str) -> Iterator[Row]:
    """Yield ``(line, row, problem)``; a row that cannot be read at all yields a problem."""
    name = str(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        if fmt == "csv":
            yield from _read_csv(fh, name)
        else:
            yield from _read_jsonl(fh, name)


def _read_csv(fh: IO[str], name: str) -> Iterator[Row]:
    return read_csv_rows(fh, label=name, required=("kind",))

def _read_jsonl(fh: IO[str], name: str) -> Iterator[Row]:
    for line, text in enumerate(fh, start=1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield line, None, Problem(f"not valid JSON: {exc.msg} at column {exc.colno}",
                                      line=line, file=name)
            continue
        if not isinstance(obj, dict):
            yield line, None, Problem("a line must hold a JSON object", line=line, file=name)
            continue
        yield line, obj, None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    if isinstance(value, (float, int)) and not isinstance(value, bool):
        return format_number(value) or ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _json_value(key: str, value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if key == "amount_yuan" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for rec in records:
        writer.writerow([_cell(rec.get(c)) for c in COLUMNS])
        n += 1
    return n


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for rec in records:
        obj = {c: _json_value(c, rec.get(c)) for c in COLUMNS}
        if "sources" in rec:
            obj["sources"] = rec["sources"]
        out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")
        n += 1
    return n


def write_geojson(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection (RFC 7946: [longitude, latitude], WGS 84); incidents without a
    point get a null geometry."""
    out.write('{"type":"FeatureCollection","features":[')
    n = 0
    for rec in records:
        props = {c: _json_value(c, rec.get(c)) for c in COLUMNS if c not in ("latitude",
                                                                              "longitude")}
        lat, lon = rec.get("latitude"), rec.get("longitude")
        geom = None if lat is None or lon is None else {"type": "Point", "coordinates": [lon, lat]}
        feature = {"type": "Feature", "id": rec["uid"], "geometry": geom, "properties": props}
        out.write(("," if n else "") + "\n" + json.dumps(feature, ensure_ascii=False,
                                                         separators=(",", ":")))
        n += 1
    out.write("\n]}\n")
    return n


WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "geojson": write_geojson}
MULTI_FIELDS = MULTI
