"""keyword search over title, description and employer; indexes for the public site

SQLite: an FTS5 table with the trigram tokenizer (substring search that works for Chinese),
kept in step with ``incidents`` by triggers. PostgreSQL: pg_trgm and a GIN index over the same
text. Both: indexes for the map's aggregates and an incident page's related incidents.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: The searched columns, in one place (search.py builds the same expression).
COLUMNS = ("title_en", "title_zh", "description_en", "description_zh", "employer")
PG_EXPR = " || ' ' || ".join(f"coalesce(incidents.{c}, '')" for c in COLUMNS)
#: name: (SQLite columns, PostgreSQL columns). Lists are ordered newest first, undated last:
#: PostgreSQL reads an index in that order only when it is built so; SQLite's DESC already
#: puts NULLs last.
INDEXES = {
    "ix_incidents_status_kind_date_place": ("status, kind, date, province, city",) * 2,
    "ix_incidents_status_kind_recent": (None, "status, kind, date DESC NULLS LAST, id DESC"),
    "ix_incidents_employer_date": ("employer, date", "employer, date DESC NULLS LAST, id DESC"),
    "ix_incidents_county_date": ("county, date", "county, date DESC NULLS LAST, id DESC"),
    "ix_incidents_city_recent": (None, "city, date DESC NULLS LAST, id DESC"),
}


def _sqlite_upgrade() -> None:
    cols = ", ".join(COLUMNS)
    new = ", ".join(f"new.{c}" for c in COLUMNS)
    old = ", ".join(f"old.{c}" for c in COLUMNS)
    op.execute(f"CREATE VIRTUAL TABLE incidents_fts USING fts5({cols}, content='incidents', "
               "content_rowid='id', tokenize='trigram')")
    op.execute(f"CREATE TRIGGER incidents_fts_ai AFTER INSERT ON incidents BEGIN "
               f"INSERT INTO incidents_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    op.execute(f"CREATE TRIGGER incidents_fts_ad AFTER DELETE ON incidents BEGIN "
               f"INSERT INTO incidents_fts(incidents_fts, rowid, {cols}) "
               f"VALUES ('delete', old.id, {old}); END")
    op.execute(f"CREATE TRIGGER incidents_fts_au AFTER UPDATE OF {cols} ON incidents BEGIN "
               f"INSERT INTO incidents_fts(incidents_fts, rowid, {cols}) "
               f"VALUES ('delete', old.id, {old}); "
               f"INSERT INTO incidents_fts(rowid, {cols}) VALUES (new.id, {new}); END")
    op.execute("INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild')")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(f"CREATE INDEX ix_incidents_search_trgm ON incidents "
                   f"USING gin (({PG_EXPR}) gin_trgm_ops)")
    for name, (sqlite_cols, pg_cols) in INDEXES.items():
        cols = sqlite_cols if dialect == "sqlite" else pg_cols
        if cols:
            op.execute(f"CREATE INDEX {name} ON incidents ({cols})")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, (sqlite_cols, pg_cols) in INDEXES.items():
        if (sqlite_cols if dialect == "sqlite" else pg_cols):
            op.execute(f"DROP INDEX {name}")
    if dialect == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER incidents_fts_{suffix}")
        op.execute("DROP TABLE incidents_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX ix_incidents_search_trgm")
