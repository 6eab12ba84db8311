"""The migrations build exactly the tables the models declare: a column, table or index added
to a model without a migration (or the other way round) fails here, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Integer, MetaData

from labourmap.db import Database
from labourmap.db.models import Base
from labourmap.incidents.models import MIGRATION_ONLY


def _declared(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    # SQLite keeps the search table's shadow tables beside it (incidents_fts_data, …)
    return name is None or not (name in MIGRATION_ONLY or name.startswith("incidents_fts_"))


def _differences(db: Database, metadata: MetaData = Base.metadata) -> list[Any]:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _declared}
        )
        return list(compare_metadata(context, metadata))


def test_the_migrated_schema_is_the_declared_one(db: Database) -> None:
    assert _differences(db) == []


def test_a_column_no_migration_made_is_found(db: Database) -> None:
    copy = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(copy)
    copy.tables["incidents"].append_column(Column("not_migrated", Integer))
    found = _differences(db, copy)
    assert [(d[0], d[2], d[3].name) for d in found] == [("add_column", "incidents", "not_migrated")]
