"""Store benchmarks (issue 2): importing N synthetic incidents into SQLite and PostgreSQL
against the floor (plain sqlite3 executemany / PostgreSQL COPY of the same rows), and the
map aggregate (counts by province for a date range and one industry)."""

from __future__ import annotations

import csv
import sqlite3
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.engine import make_url

from labourmap.db import Database, upgrade
from labourmap.incidents.counts import count_by, region_codes
from labourmap.incidents.fileio import write_csv
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import Incident
from labourmap.incidents.records import COLUMNS, MULTI
from labourmap.incidents.transfer import import_file
from labourmap.synth import synth_incidents

SCALAR = [c for c in COLUMNS if c not in MULTI]
TODAY = date(2026, 1, 1)


def make_file(path: Path, n: int) -> Path:
    if not path.exists():
        with path.open("w", encoding="utf-8", newline="") as fh:
            write_csv(synth_incidents(n, seed=42), fh)
    return path


def _floor_rows(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The same rows as plain tuples: what a hand-written loader would insert."""
    rows, tags = [], []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, rec in enumerate(csv.DictReader(fh), start=1):
            rows.append((i, *[rec[c] or None for c in SCALAR], "2026-01-01 00:00:00",
                         "2026-01-01 00:00:00", 1))
            for m in MULTI:
                for code in filter(None, rec[m].split(";")):
                    tags.append((i, m, code))
    return rows, tags


def _fresh_sqlite(path: Path) -> Database:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    return db


def _fresh_pg(url: str) -> Database:
    base = make_url(url)
    with psycopg.connect(base.set(drivername="postgresql", database="postgres")
                         .render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{base.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{base.database}"')
    db = Database(url)
    upgrade(db.engine)
    return db


def floor_sqlite(path: Path, data: Path) -> float:
    db = _fresh_sqlite(path)
    db.dispose()
    start = time.perf_counter()
    rows, tags = _floor_rows(data)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    cols = ["id", *SCALAR, "created_at", "updated_at", "version"]
    marks = ",".join("?" * len(cols))
    with conn:
        conn.executemany(f"INSERT INTO incidents ({','.join(cols)}) VALUES ({marks})", rows)
        conn.executemany("INSERT INTO incident_tags (incident_id, field, code) VALUES (?,?,?)",
                         tags)
    conn.close()
    return time.perf_counter() - start


def floor_pg(url: str, data: Path) -> float:
    db = _fresh_pg(url)
    db.dispose()
    start = time.perf_counter()
    rows, tags = _floor_rows(data)
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    cols = ["id", *SCALAR, "created_at", "updated_at", "version"]
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        with cur.copy(f"COPY incidents ({','.join(cols)}) FROM STDIN") as cp:
            for r in rows:
                cp.write_row(r)
        with cur.copy("COPY incident_tags (incident_id, field, code) FROM STDIN") as cp:
            for t in tags:
                cp.write_row(t)
    return time.perf_counter() - start


def ours(db: Database, data: Path) -> float:
    start = time.perf_counter()
    import_file(db, data, today=TODAY, default_status="published")
    return time.perf_counter() - start


def aggregate(db: Database, runs: int = 40) -> dict[str, float]:
    flt = IncidentFilter(date_from=date(2020, 1, 1), date_to=date(2022, 12, 31),
                         industry=["construction"])
    times = []
    with db.sessions() as s:
        s.execute(select(Incident.id).limit(1))
        for _ in range(runs):
            t0 = time.perf_counter()
            count_by(s, flt, Incident.province, region_codes("province"))
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 2), "runs": runs}


def run(n: int, work: Path, pg_url: str | None) -> dict[str, Any]:
    data = make_file(work / f"synth-{n}.csv", n)
    out: dict[str, Any] = {"incidents": n}
    sq = work / "bench.db"
    floor = floor_sqlite(sq, data)
    db = _fresh_sqlite(sq)
    took = ours(db, data)
    out["sqlite"] = {"import_s": round(took, 2), "floor_s": round(floor, 2),
                     "ratio": round(took / floor, 2), "aggregate": aggregate(db)}
    db.dispose()
    if pg_url:
        floor = floor_pg(pg_url, data)
        db = _fresh_pg(pg_url)
        took = ours(db, data)
        out["postgresql"] = {"import_s": round(took, 2), "floor_s": round(floor, 2),
                             "ratio": round(took / floor, 2), "aggregate": aggregate(db)}
        db.dispose()
    return out
