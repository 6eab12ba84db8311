"""Import of the union directory from JSON (an array, as ``demo/data/unions.json``), JSON Lines
or CSV — all or nothing, with every problem naming its line and field.

CSV columns: ``uid, name_zh, name_en, level, division_code, parent_uid, industry, employer,
phone, contact_person, contact_public, departments, source_reference``; ``departments`` holds
``code=local name`` pairs (or bare local names such as 维权部) joined by ``;``.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.errors import ImportRejected, Problem
from labourmap.unions.models import Union
from labourmap.unions.service import UnionRecord, validate_union, write_unions

CSV_COLUMNS = ("uid", "name_zh", "name_en", "level", "division_code", "parent_uid", "industry",
               "employer", "phone", "contact_person", "contact_public", "departments",
               "source_reference")
TRUE = ("1", "true", "yes", "y", "是")


@dataclass
class UnionImportResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _departments_cell(cell: str) -> list[dict[str, Any]]:
    out = []
    for part in (p.strip() for p in cell.split(";")):
        if not part:
            continue
        code, _, local = part.partition("=")
        out.append({"code": code.strip(), "local_name_zh": local.strip() or None})
    return out


def read_union_rows(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """``(line, row)`` pairs from a .json, .jsonl or .csv file (an unreadable file raises
    :class:`ImportRejected`)."""
    label = str(path)
    text = path.read_text(encoding="utf-8-sig")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            reader = csv.DictReader(text.splitlines())
            rows = []
            for row in reader:
                row = {k.strip(): (v or "") for k, v in row.items() if k}
                row["departments"] = _departments_cell(row.get("departments", ""))
                row["contact_public"] = row.get("contact_public", "").strip().lower() in TRUE
                rows.append((reader.line_num, row))
            return rows
        if suffix in (".jsonl", ".ndjson"):
            return [(i, json.loads(t)) for i, t in enumerate(text.splitlines(), 1) if t.strip()]
        data = json.loads(text)
    except (json.JSONDecodeError, csv.Error) as exc:
        raise ImportRejected(f"{label}: unreadable", [Problem(str(exc), file=label)]) from None
    if not isinstance(data, list):
        raise ImportRejected(f"{label}: unreadable",
                             [Problem("a JSON file must hold an array of unions", file=label)])
    return [(i, row) for i, row in enumerate(data, 1)]


def validate_unions(session: Session, rows: list[tuple[int, dict[str, Any]]], *, label: str
                    ) -> list[UnionRecord]:
    """Validate every row; raise :class:`ImportRejected` listing all problems, if any."""
    problems: list[Problem] = []
    records: list[UnionRecord] = []
    seen: dict[str, int] = {}
    for line, raw in rows:
        if not isinstance(raw, dict):
            problems.append(Problem("a union must be an object", line=line, file=label))
            continue
        rec, probs = validate_union(raw, line=line, file=label)
        problems.extend(probs)
        if rec is None:
            continue
        if rec.uid in seen:
            problems.append(Problem(f"uid {rec.uid!r} is also on line {seen[rec.uid]}",
                                    field="uid", line=line, file=label))
            continue
        seen[rec.uid] = line
        records.append(rec)
    known = set(seen) | set(session.scalars(select(Union.uid)))
    for rec in records:
        if rec.parent_uid and rec.parent_uid not in known:
            problems.append(Problem(f"no union with uid {rec.parent_uid!r}", field="parent_uid",
                                    value=rec.parent_uid, line=seen[rec.uid], file=label))
    if problems:
        bad = len({p.line for p in problems})
        raise ImportRejected(f"{label}: {bad} bad row(s), {len(problems)} problem(s); "
                             "nothing was written", problems)
    return records


def import_unions(session: Session, *, rows: list[tuple[int, dict[str, Any]]], label: str
                  ) -> UnionImportResult:
    """Validate all rows, then write them (in the caller's transaction)."""
    records = validate_unions(session, rows, label=label)
    counts = write_unions(session, records)
    return UnionImportResult(rows=len(records), created=counts.created, updated=counts.updated,
                             unchanged=counts.unchanged)
