"""Import and export of incidents (CSV, JSON Lines; GeoJSON export).

An import is one transaction: every row is validated first; any bad row → :class:`ImportRejected`
listing every bad row and field, and nothing is written. ``dry_run`` only validates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session

from labourmap.codebook import get_codebook
from labourmap.db import Database
from labourmap.errors import ImportRejected, Problem
from labourmap.incidents.fileio import WRITERS, detect_format, read_rows
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.records import RecordContext, parse_record
from labourmap.incidents.service import iter_records, public_record
from labourmap.incidents.store import MAINTENANCE_ROWS, refresh_statistics, write_records
from labourmap.places import get_gazetteer
from labourmap.sources.service import attach_sources, parse_source

MAX_LISTED = 1000


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    sources_added: int = 0
    dry_run: bool = False


RowStream = Iterable[tuple[int, dict[str, Any] | None, Problem | None]]


def validate_rows(rows: RowStream, *, label: str, jsonl: bool, today: date | None = None,
                  default_status: str = "in_review",
                  progress: Callable[[int], None] | None = None,
                  ) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Validate every row: the good records and every problem (each naming its line)."""
    ctx = RecordContext(codebook=get_codebook(), gazetteer=get_gazetteer(),
                        today=today or date.today(), default_status=default_status, file=label)
    records: list[dict[str, Any]] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line, raw, problem in rows:
        if progress:
            progress(line)
        if problem:
            problems.append(problem)
            continue
        assert raw is not None
        rec, probs = parse_record(raw, ctx, line=line)
        if jsonl and "sources" in raw:
            parsed = _sources(raw["sources"], probs, line=line, label=label)
            if rec is not None:
                rec["_sources"] = parsed
        if probs:
            problems.extend(probs)
            continue
        assert rec is not None
        if rec["uid"] in seen:
            problems.append(Problem(f"uid {rec['uid']!r} is also on line {seen[rec['uid']]}",
                                    field="uid", line=line, file=label))
            continue
        seen[rec["uid"]] = line
        records.append(rec)
    return records, problems


def _sources(raw: Any, probs: list[Problem], *, line: int, label: str) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        probs.append(Problem("sources must be a list", field="sources", line=line, file=label))
        return []
    parsed = []
    for i, item in enumerate(raw):
        src, sprobs = parse_source(item, index=i)
        probs.extend(Problem(p.message, field=p.field, value=p.value, line=line, file=label)
                     for p in sprobs)
        if src:
            parsed.append(src)
    return parsed


def reject_if_any(label: str, problems: list[Problem]) -> None:
    """Raise :class:`ImportRejected` listing the problems, if there are any."""
    if not problems:
        return
    bad_rows = len({p.line for p in problems})
    more = f" (first {MAX_LISTED} problems listed)" if len(problems) > MAX_LISTED else ""
    raise ImportRejected(
        f"{label}: {bad_rows} bad row(s), {len(problems)} problem(s); nothing was written" + more,
        problems[:MAX_LISTED])


def write(db: Database, records: list[dict[str, Any]], result: ImportResult) -> ImportResult:
    """Write validated records and their sources in one transaction."""
    with db.engine.begin() as conn:
        summary, ids = write_records(conn, records)
        for rec in records:
            if rec.get("_sources"):
                result.sources_added += attach_sources(conn, ids[rec["uid"]], rec["_sources"])
    result.created, result.updated, result.unchanged = (summary.created, summary.updated,
                                                        summary.unchanged)
    if summary.created + summary.updated >= MAINTENANCE_ROWS:
        refresh_statistics(db.engine)
    return result


def import_file(db: Database, path: Path, *, fmt: str | None = None, dry_run: bool = False,
                today: date | None = None, default_status: str = "in_review",
                progress: Callable[[int], None] | None = None) -> ImportResult:
    """Validate ``path`` whole, then write it in one transaction (or nothing)."""
    kind = detect_format(path, fmt)
    records, problems = validate_rows(read_rows(path, kind), label=str(path),
                                      jsonl=kind == "jsonl", today=today,
                                      default_status=default_status, progress=progress)
    reject_if_any(str(path), problems)
    result = ImportResult(rows=len(records), dry_run=dry_run)
    return result if dry_run else write(db, records, result)


def export(session: Session, out: IO[str], *, fmt: str, flt: IncidentFilter,
           public: bool = True) -> int:
    """Write the incidents matching ``flt`` to ``out``; ``public`` masks personal identifiers."""
    records = iter_records(session, flt)
    if public:
        records = (public_record(r) for r in records)
    return WRITERS[fmt](records, out)
