"""Web benchmarks (issue 3): the public site served on 127.0.0.1 by `labourmap serve` (one
process), loaded by a bounded httpx client — the map aggregate, the list and an incident (its
HTML page and its JSON): median and p95 latency and requests per second — on SQLite and
PostgreSQL; and Datasette serving the same SQLite file answering the equivalent filtered
count, aggregate, list and row queries (a row as JSON and as its HTML page). Goal: faster than
Datasette on every query; the map aggregate's p95 under 100 ms.

Like with like: the same client (same headers) asks both servers, one request at a time; both
look up the same sampled incidents (ours by uid, Datasette by primary key) and are warmed by
one pass over every URL before the timed requests; the same three filtered views. Our answers
hold more than Datasette's (an incident comes with its codes, public sources, place names and
related incidents; Datasette's row is the bare row), never less.

    .venv/bin/python bench/run.py --only web --incidents 50000 --no-pg   # a quick check
"""

from __future__ import annotations

import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from labourmap.db import Database, upgrade
from labourmap.incidents.models import Incident
from labourmap.incidents.store import refresh_statistics, write_records
from labourmap.synth import synth_incidents

BIN = Path(sys.executable).parent
KIND = "collective_action"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fill(db: Database, n: int) -> None:
    """Write the synthetic incidents in batches, a transaction each, statistics refreshed
    as the table grows (so that the uid look-ups of each batch stay index scans)."""
    batch: list[dict[str, Any]] = []
    for i, rec in enumerate(synth_incidents(n, seed=42), start=1):
        batch.append(rec)
        if len(batch) == 50000 or i == n:
            with db.engine.begin() as conn:
                write_records(conn, batch)
            batch = []
            refresh_statistics(db.engine)


def _count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(Incident)).scalar_one())


def sqlite_db(work: Path, n: int) -> Path:
    """A SQLite file with ``n`` synthetic published incidents (kept between runs)."""
    path = work / f"web-{n}.db"
    if path.exists():
        db = Database(f"sqlite:///{path}")
        upgrade(db.engine)  # a file kept from an older schema
        ok = _count(db) == n
        db.dispose()
        if ok:
            return path
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    _fill(db, n)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def pg_db(url: str, n: int) -> str:
    base = make_url(url)
    url = base.set(database=f"{base.database}_web").render_as_string(hide_password=False)
    try:
        db = Database(url)
        upgrade(db.engine)
        if _count(db) == n:
            db.dispose()
            return url
        db.dispose()
    except Exception:  # noqa: BLE001 - missing or stale: make it again
        pass
    admin = base.set(drivername="postgresql", database="postgres")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        name = make_url(url).database
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    db = Database(url)
    upgrade(db.engine)
    _fill(db, n)
    db.dispose()
    return url


@contextmanager
def serve(cmd: list[str], env: dict[str, str], port: int) -> Iterator[str]:
    """Run a server process; yields its base URL once it answers."""
    proc = subprocess.Popen(cmd, env={**os.environ, **env}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{cmd[0]} exited: {proc.stderr.read().decode()[-2000:]}"
                                   if proc.stderr else f"{cmd[0]} exited")
            try:
                httpx.get(base + "/", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{cmd[0]} did not start") from None
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


Target = tuple[httpx.Client, list[str]]


def _summary(times: list[float], spent: float) -> dict[str, float]:
    times = sorted(times)
    return {"median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
            "rps": round(len(times) / spent, 1), "requests": len(times)}


def load(targets: dict[str, Target], *, count: int, seconds: float, turns: int = 10
         ) -> dict[str, dict[str, float]]:
    """Request each target's URLs in turn — after one warm-up pass over all of them — at most
    ``count`` times or ``seconds`` each. The targets take ``turns`` turns each, one after the
    other, so that every server meets the same load from the rest of the machine."""
    for client, urls in targets.values():
        for url in urls:
            client.get(url).raise_for_status()
    times: dict[str, list[float]] = {name: [] for name in targets}
    spent = dict.fromkeys(targets, 0.0)
    per_turn = max(1, -(-count // turns))

    def more(name: str) -> bool:
        return len(times[name]) < count and spent[name] < seconds

    while any(more(name) for name in targets):
        for name, (client, urls) in targets.items():
            for _ in range(per_turn):
                if not more(name):
                    break
                url = urls[len(times[name]) % len(urls)]
                t0 = time.perf_counter()
                res = client.get(url)
                took = time.perf_counter() - t0
                res.raise_for_status()
                times[name].append(took * 1000)
                spent[name] += took
    return {name: _summary(times[name], spent[name]) for name in targets}


def _views(newest: date) -> list[dict[str, str]]:
    """The filtered views: the default (six months up to the newest), one province, one
    industry in one province."""
    start = (newest - timedelta(days=182)).isoformat()
    base = {"kind": KIND, "date_from": start, "date_to": newest.isoformat()}
    return [base, {**base, "province": "440000"},
            {**base, "province": "440000", "industry": "manufacturing"}]


def _qs(params: dict[str, str]) -> str:
    return str(httpx.QueryParams(params))


def _where(view: dict[str, str]) -> tuple[str, dict[str, str]]:
    conds = ["status = 'published'", "kind = :kind", "date >= :date_from", "date <= :date_to"]
    params = {"kind": view["kind"], "date_from": view["date_from"], "date_to": view["date_to"]}
    for key in ("province", "industry"):
        if key in view:
            conds.append(f"{key} = :{key}")
            params[key] = view[key]
    return " AND ".join(conds), params


def ours(views: list[dict[str, str]], uids: list[str]) -> dict[str, list[str]]:
    """Our URLs for each query."""
    return {
        "map_aggregate": [f"/api/v1/map/regions?{_qs(v)}" for v in views],
        "list": [f"/api/v1/incidents?{_qs(v)}&size=50" for v in views],
        "incident_page": [f"/incidents/{u}" for u in uids],
        "incident_api": [f"/api/v1/incidents/{u}" for u in uids],
    }


def datasette(views: list[dict[str, str]], ids: list[int], name: str) -> dict[str, list[str]]:
    """Datasette's URLs for the equivalent queries (same views, same incidents)."""
    agg, cnt, lst = [], [], []
    for v in views:
        where, params = _where(v)
        agg.append(f"/{name}.json?" + _qs({"sql": f"SELECT province, count(*) AS n FROM "
                                            f"incidents WHERE {where} GROUP BY province",
                                            "_shape": "array", **params}))
        cnt.append(f"/{name}.json?" + _qs({"sql": f"SELECT count(*) FROM incidents WHERE {where}",
                                            "_shape": "array", **params}))
        table = {"status": "published", "kind": v["kind"], "date__gte": v["date_from"],
                 "date__lte": v["date_to"], "_sort_desc": "date", "_size": "50"}
        table.update({k: v[k] for k in ("province", "industry") if k in v})
        lst.append(f"/{name}/incidents.json?" + _qs(table))
    return {"map_aggregate": agg, "count": cnt, "list": lst,
            "row": [f"/{name}/incidents/{i}.json" for i in ids],
            "row_page": [f"/{name}/incidents/{i}" for i in ids]}


#: Our query and Datasette's equivalent, timed turn about.
PAIRS = (("map_aggregate", "map_aggregate"), ("list", "list"),
         ("incident_page", "row_page"), ("incident_api", "row"))


def _sample(db: Database, k: int = 50) -> tuple[date, list[str], list[int]]:
    with db.engine.connect() as conn:
        newest = conn.execute(select(func.max(Incident.date)).where(
            Incident.status == "published", Incident.kind == KIND)).scalar_one()
        top = conn.execute(select(func.max(Incident.id))).scalar_one()
        rng = random.Random(7)
        ids = rng.sample(range(1, int(top) + 1), min(k, int(top)))
        rows = conn.execute(select(Incident.id, Incident.uid).where(Incident.id.in_(ids))).all()
    newest = newest if isinstance(newest, date) else date.fromisoformat(str(newest))
    return newest, [r.uid for r in rows], [r.id for r in rows]


def run(n: int, work: Path, pg_url: str | None, *, count: int = 300, seconds: float = 30.0,
        partial: Path | None = None) -> dict[str, Any]:
    """Benchmark the site at ``n`` incidents; at most ``count`` requests or ``seconds`` per
    query and server. Our servers and Datasette run side by side and answer each query turn
    about. Figures so far are written to ``partial`` after each query."""
    work.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {"incidents": n, "max_requests": count, "max_seconds": seconds}
    path = sqlite_db(work, n)
    url = f"sqlite:///{path.resolve()}"
    db = Database(url)
    newest, uids, ids = _sample(db)
    db.dispose()
    views = _views(newest)
    out["views"] = views
    stores = {"sqlite": url}
    if pg_url:
        stores["postgresql"] = pg_db(pg_url, n)
    with ExitStack() as stack:
        bases: dict[str, str] = {}
        for store, store_url in stores.items():
            port = _port()
            bases[store] = stack.enter_context(serve(
                [str(BIN / "labourmap"), "serve", "--port", str(port)],
                {"LABOURMAP_DATABASE_URL": store_url}, port))
        port = _port()
        bases["datasette"] = stack.enter_context(serve(
            [str(BIN / "datasette"), "serve", str(path), "-i", str(path), "--port", str(port),
             "--setting", "sql_time_limit_ms", "120000", "--setting", "num_sql_threads", "3"],
            {}, port))
        clients = {name: stack.enter_context(httpx.Client(base_url=base, timeout=60))
                   for name, base in bases.items()}
        urls = {store: ours(views, uids) for store in stores}
        urls["datasette"] = datasette(views, ids, path.stem)
        for name in clients:
            out[name] = {}
        for our_query, ds_query in PAIRS:
            targets = {store: (clients[store], urls[store][our_query]) for store in stores}
            targets["datasette"] = (clients["datasette"], urls["datasette"][ds_query])
            for name, figures in load(targets, count=count, seconds=seconds).items():
                out[name][ds_query if name == "datasette" else our_query] = figures
            if partial:
                partial.write_text(json.dumps(out, indent=2) + "\n")
        out["datasette"]["count"] = load(
            {"datasette": (clients["datasette"], urls["datasette"]["count"])},
            count=count, seconds=seconds)["datasette"]
    out["verdict"] = verdict(out)
    return out


def verdict(out: dict[str, Any]) -> dict[str, Any]:
    ds = out["datasette"]
    result: dict[str, Any] = {}
    for store in ("sqlite", "postgresql"):
        if store not in out:
            continue
        ours_ = out[store]
        result[store] = {
            "map_aggregate_p95_under_100ms": ours_["map_aggregate"]["p95_ms"] < 100,
            "aggregate_faster_than_datasette":
                ours_["map_aggregate"]["median_ms"] < ds["map_aggregate"]["median_ms"],
            "list_faster_than_datasette": ours_["list"]["median_ms"] < ds["list"]["median_ms"],
            "incident_json_faster_than_datasette_row":
                ours_["incident_api"]["median_ms"] < ds["row"]["median_ms"],
            "incident_page_faster_than_datasette_row_page":
                ours_["incident_page"]["median_ms"] < ds["row_page"]["median_ms"],
        }
    return result
