"""Builders for ingest tests: post files, a snapshot of the store, emptying it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from labourmap.db import Database

POSTS: list[dict[str, Any]] = [
    {"id": "a1", "text": "2024-03-05 广东省深圳市宏达电子公司工人罢工讨薪，欠薪三个月。",
     "posted_at": "2024-03-05T10:00:00+08:00", "platform": "weibo", "gold": {"kind": "x"}},
    {"id": "a2", "text": "宏达电子公司工人 2024-03-05 继续罢工，要求支付欠薪。广东省",
     "platform": "weibo", "url": "https://example.org/a2"},
    {"id": "a3", "text": "今天天气很好，适合出门。"},
    {"id": "a4", "text": "2024-04-01 东莞市立新工厂发生事故，两人受伤。广东省"},
]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def many_posts(n: int) -> list[dict[str, Any]]:
    """``n`` posts about n // 3 incidents (three posts each, worded differently)."""
    out = []
    for i in range(n):
        k = i // 3
        day = f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}"
        firm = f"第{k}号电子公司"
        words = ("罢工讨薪，欠薪两个月", "工人继续罢工，欠薪未付", "讨薪仍在继续")[i % 3]
        out.append({"id": f"m{i}", "text": f"{day} 广东省深圳市{firm}{words}。#{i % 3}"})
    return out


def snapshot(db: Database) -> dict[str, Any]:
    """The store without ids and times: incidents by uid, sources by content hash."""
    with db.engine.connect() as conn:
        incidents = conn.execute(text(
            "SELECT uid, kind, status, date, province, city, county, employer, extras "
            "FROM incidents ORDER BY uid")).all()
        tags = conn.execute(text(
            "SELECT i.uid, t.field, t.code FROM incident_tags t JOIN incidents i "
            "ON i.id = t.incident_id ORDER BY 1, 2, 3")).all()
        sources = conn.execute(text(
            "SELECT s.content_hash, i.uid, s.external_id, s.text, s.extraction FROM sources s "
            "LEFT JOIN incidents i ON i.id = s.incident_id ORDER BY s.content_hash")).all()
    norm = [tuple(str(v) if not isinstance(v, (str, type(None))) else v for v in row)
            for row in incidents]
    return {"incidents": norm, "tags": [tuple(r) for r in tags],
            "sources": [(r[0], r[1], r[2], r[3], json.dumps(r[4], sort_keys=True)
                         if not isinstance(r[4], str) else r[4]) for r in sources]}


def empty(db: Database) -> None:
    with db.engine.begin() as conn:
        for table in ("intake_reports", "audit_entries", "sources", "incident_tags",
                      "incidents"):
            conn.execute(text(f"DELETE FROM {table}"))
