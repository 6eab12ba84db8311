"""Shared fixtures. `db` runs every store test on SQLite and on PostgreSQL.

PostgreSQL cases use ``LABOURMAP_TEST_DATABASE_URL``: one database per test worker, migrated
once, emptied before each test. Where the variable is unset they skip with a visible reason —
unless ``LABOURMAP_REQUIRE_POSTGRES=1`` (as in CI), which makes that an error.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from labourmap.db import Database, upgrade

PG_URL = os.environ.get("LABOURMAP_TEST_DATABASE_URL")
REQUIRE_PG = os.environ.get("LABOURMAP_REQUIRE_POSTGRES") == "1"


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(f"sqlite:///{path}")
    upgrade(db.engine)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("LABOURMAP_TEST_DATABASE_URL is not set but PostgreSQL is required")
        pytest.skip("PostgreSQL case skipped: LABOURMAP_TEST_DATABASE_URL is not set")
    base = make_url(PG_URL)
    name = f"{base.database}_{_worker()}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection failure is the same message
        pytest.fail(f"cannot use PostgreSQL at {PG_URL}: {exc}")
    url = base.set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    upgrade(db.engine)
    db.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _empty_pg(db: Database) -> None:
    from labourmap.db.models import Base

    names = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: a SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        database = Database(f"sqlite:///{path}")
    else:
        database = Database(request.getfixturevalue("pg_url"), pool_size=2)
        _empty_pg(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A migrated, empty SQLite database only (for tests of SQLite-specific behaviour)."""
    path = tmp_path / "test.db"
    shutil.copy(sqlite_template, path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()
