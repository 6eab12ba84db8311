"""Writing incidents in bulk: one transaction, ids assigned up front, COPY on PostgreSQL.

``write_records`` inserts new uids and updates changed ones (same uid, other values);
a row identical to what is stored changes nothing, so re-running an import is harmless.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text, update

from labourmap.db.base import utcnow
from labourmap.incidents.models import INCIDENT_TAGS, INCIDENTS, Incident
from labourmap.incidents.records import COLUMNS, MULTI

SCALAR = tuple(c for c in COLUMNS if c not in MULTI)
CHUNK = 5000


@dataclass
class WriteSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _chunks(seq: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def stored_rows(conn: Connection, uids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored records for ``uids`` (those that exist), in the record shape."""
    table = INCIDENTS
    found: dict[str, dict[str, Any]] = {}
    ids: dict[int, str] = {}
    for chunk in _chunks(list(uids), 900):
        for row in conn.execute(select(table).where(table.c.uid.in_(chunk))).mappings():
            rec = {c: row[c] for c in SCALAR}
            rec.update({m: [] for m in MULTI})
            rec["_id"] = row["id"]
            found[row["uid"]] = rec
            ids[row["id"]] = row["uid"]
    tags = INCIDENT_TAGS
    for chunk in _chunks(list(ids), 900):
        for tag in conn.execute(select(tags).where(tags.c.incident_id.in_(chunk))):
            found[ids[tag.incident_id]][tag.field].append(tag.code)
    return found


def _same(stored: dict[str, Any], rec: dict[str, Any]) -> bool:
    for c in SCALAR:
        if stored[c] != rec[c]:
            return False
    return all(sorted(stored[m]) == sorted(rec[m]) for m in MULTI)


def _copy_rows(conn: Connection, table_name: str, columns: Sequence[str],
               rows: Iterable[Sequence[Any]]) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    cols = ", ".join(columns)
    with raw.cursor() as cur, cur.copy(f"COPY {table_name} ({cols}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        columns = list(rows[0])
        _copy_rows(conn, table.name, columns, ([r[c] for c in columns] for r in rows))
    else:
        for chunk in _chunks(rows, CHUNK):
            conn.execute(insert(table), list(chunk))


def next_id(conn: Connection) -> int:
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE incidents IN SHARE ROW EXCLUSIVE MODE"))
    return int(conn.execute(select(func.coalesce(func.max(Incident.id), 0))).scalar_one()) + 1


def _sync_sequence(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(
            "SELECT setval(pg_get_serial_sequence('incidents', 'id'), "
            "(SELECT COALESCE(MAX(id), 1) FROM incidents))"
        ))


def write_records(conn: Connection, records: Sequence[dict[str, Any]],
                  *, now: datetime | None = None) -> tuple[WriteSummary, dict[str, int]]:
    """Insert or update ``records`` (validated) on ``conn`` inside the caller's transaction.

    Returns the summary and the incident id of every uid written or found unchanged.
    """
    now = now or utcnow()
    summary = WriteSummary()
    stored = stored_rows(conn, [r["uid"] for r in records])
    new_rows: list[dict[str, Any]] = []
    new_tags: list[dict[str, Any]] = []
    ids: dict[str, int] = {}
    nid = next_id(conn)
    tags_table = INCIDENT_TAGS
    inc_table = INCIDENTS
    for rec in records:
        old = stored.get(rec["uid"])
        if old is not None:
            ids[rec["uid"]] = old["_id"]
            if _same(old, rec):
                summary.unchanged += 1
                continue
            values = {c: rec[c] for c in SCALAR}
            values.update(updated_at=now, version=inc_table.c.version + 1)
            conn.execute(update(inc_table).where(inc_table.c.id == old["_id"]).values(values))
            conn.execute(tags_table.delete().where(tags_table.c.incident_id == old["_id"]))
            _insert(conn, tags_table, [
                {"incident_id": old["_id"], "field": m, "code": c} for m in MULTI for c in rec[m]
            ])
            stored[rec["uid"]] = {**rec, "_id": old["_id"]}
            summary.updated += 1
            continue
        row = {c: rec[c] for c in SCALAR}
        row.update(id=nid, created_at=now, updated_at=now, version=1, extras=None,
                   merged_into_id=None)
        new_rows.append(row)
        new_tags.extend({"incident_id": nid, "field": m, "code": c} for m in MULTI for c in rec[m])
        ids[rec["uid"]] = nid
        stored[rec["uid"]] = {**rec, "_id": nid}
        nid += 1
        summary.created += 1
    _insert(conn, inc_table, new_rows)
    _insert(conn, tags_table, new_tags)
    if new_rows:
        _sync_sequence(conn)
    return summary, ids


#: Above this many rows written, statistics (and PostgreSQL's visibility map) are refreshed so
#: that the map's aggregates stay index-only.
MAINTENANCE_ROWS = 10_000


def refresh_statistics(engine: Engine) -> None:
    """Refresh planner statistics after a bulk write (VACUUM ANALYZE / ANALYZE)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM (ANALYZE) incidents"))
            conn.execute(text("VACUUM (ANALYZE) incident_tags"))
            conn.execute(text("VACUUM (ANALYZE) incident_day_counts"))
    else:
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
