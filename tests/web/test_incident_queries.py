"""An incident and its page are answered with one SQL statement, and that statement reads
indexes only: the row by its uid, its codes and sources by the incident, related incidents
as a LIMITed index range (same employer; same county, else city) — no scans, no sorts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy import text as sa_text

from labourmap.db import Database
from labourmap.incidents.detail import get_incident
from labourmap.incidents.store import refresh_statistics
from labourmap.incidents.transfer import import_file

from ..incidents.helpers import row, write_jsonl
from .site_data import make_app


@contextmanager
def statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements (and their parameters) run on ``db`` inside the block."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cur: Any, stmt: str, params: Any, _ctx: Any, _many: Any) -> None:
        seen.append((stmt, params))

    engines = {id(e): e for e in (db.engine, db.read_engine)}.values()  # one on SQLite
    for engine in engines:
        event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def client(db: Database, tmp_path: Path) -> TestClient:
    return TestClient(make_app(db, tmp_path))


@pytest.mark.parametrize("path", ["/api/v1/incidents/{uid}", "/incidents/{uid}"])
def test_an_incident_and_its_page_take_one_statement(client: TestClient, db: Database,
                                                     path: str) -> None:
    client.get(path.format(uid="gd-build"))  # the first request may set up the app
    for uid, status in (("gd-factory", 200), ("gd-build", 200), ("hidden-draft", 404),
                        ("no-such-uid", 404)):
        with statements(db) as seen:
            res = client.get(path.format(uid=uid))
        assert res.status_code == status, uid
        assert len(seen) == 1, [s for s, _p in seen]


def test_the_answer_is_the_incident_model_as_json(client: TestClient) -> None:
    res = client.get("/api/v1/incidents/gd-build")
    assert res.headers["content-type"] == "application/json"
    body = res.json()
    assert body["forms"] == ["protest"] and body["responses"] == ["police", "negotiation"]
    assert [s["url"] for s in body["sources"]] == ["https://example.org/public-post"]
    assert body["related_employer"] == [] and body["related_place"] == []


def _plan(db: Database, stmt: str, params: Any) -> list[str]:
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        if db.is_sqlite:
            cur.execute("EXPLAIN QUERY PLAN " + stmt, params)
            return [str(r[-1]) for r in cur.fetchall()]
        cur.execute("SET enable_seqscan = off")  # what the planner does on a large table
        cur.execute("EXPLAIN (COSTS OFF) " + stmt, params)
        return [str(r[0]) for r in cur.fetchall()]
    finally:
        raw.rollback()
        raw.close()


@pytest.mark.parametrize("uid", ["gd-build", "gd-factory"])  # with a county; city only
def test_the_statement_reads_indexes_only(db: Database, tmp_path: Path, uid: str) -> None:
    make_app(db, tmp_path)
    if not db.is_sqlite:  # SQLite without statistics plans as for large tables
        refresh_statistics(db.engine)
    with statements(db) as seen, db.sessions() as session:
        get_incident(session, uid=uid)
    (stmt, params), = seen
    plan = _plan(db, stmt, params)
    text = "\n".join(plan)
    if db.is_sqlite:
        # "SCAN e" reads the few rows a LIMITed subquery produced; tables are searched.
        assert not [line for line in plan if re.match(r"SCAN (i|t|s|\w+_r)\b", line)], text
        assert "TEMP B-TREE" not in text, text
        for alias, index in (("e_r", "ix_incidents_employer_date"),
                             ("pc_r", "ix_incidents_county_date"),
                             ("pt_r", "ix_incidents_status_city_date")):
            assert f"SEARCH {alias} USING INDEX {index} (" in text, text
        assert "SEARCH i USING INDEX sqlite_autoindex_incidents_1 (uid=?)" in text, text
    else:
        assert "Seq Scan" not in text and "Sort" not in text, text
        for index in ("uq_incidents_uid", "ix_incidents_employer_date",
                      "ix_incidents_county_date", "ix_incidents_city_recent",
                      "ix_sources_incident_id"):
            assert index in text, text


def test_the_uid_is_the_statements_one_parameter_and_postgresql_keeps_its_plan(
        db: Database, tmp_path: Path) -> None:
    """With more parameters (the status, the LIMIT) PostgreSQL planned the statement afresh
    on every request, which cost more than running it."""
    make_app(db, tmp_path)
    with statements(db) as seen, db.reads() as session:
        for _ in range(12):  # psycopg prepares a statement on its fifth execution
            assert get_incident(session, uid="gd-build").uid == "gd-build"
        if not db.is_sqlite:
            plans = session.execute(sa_text(
                "SELECT generic_plans FROM pg_prepared_statements"
                " WHERE statement LIKE '%related_employer%'")).scalar_one()
            assert plans > 0
    stmt, params = seen[0]
    values = list(params.values() if isinstance(params, dict) else params)
    # SQLite's form of a LIMIT written into the SQL adds "OFFSET ?" (bound to 0)
    assert [v for v in values if v != 0 or not db.is_sqlite] == ["gd-build"], stmt


def test_sources_are_public_oldest_first_undated_last_and_masked(db: Database,
                                                                 tmp_path: Path) -> None:
    sources = [
        {"platform": "weibo", "url": "https://example.org/b", "title": "B 13912345678",
         "text": "b", "posted_at": "2021-03-05T08:00:00+08:00", "public": True},
        {"platform": "news", "url": "https://example.org/undated", "title": "undated",
         "text": "u", "public": True},
        {"platform": "weibo", "url": "https://example.org/a", "title": "A", "text": "a",
         "posted_at": "2021-03-02T10:30:00+08:00", "public": True},
        {"platform": "form", "url": "https://example.org/private", "title": "private",
         "text": "p", "posted_at": "2021-03-01T00:00:00+08:00", "public": False},
    ]
    import_file(db, write_jsonl(tmp_path / "s.jsonl", [
        row(uid="with-sources", date="2021-03-02", sources=sources)]), today=date(2026, 1, 1))
    with db.sessions() as session:
        inc = get_incident(session, uid="with-sources")
    assert [s.url for s in inc.sources] == [
        "https://example.org/a", "https://example.org/b", "https://example.org/undated"]
    assert inc.sources[1].title == "B 139********"
    assert inc.sources[0].posted_at is not None and inc.sources[0].posted_at[:10] == "2021-03-02"
    assert inc.sources[2].posted_at is None
