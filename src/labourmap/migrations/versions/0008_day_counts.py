"""Incidents counted per status, kind, day and province, kept exact by triggers, so that the
map's shading by province reads one row per province and day of a view instead of every
incident in it (a quarter as many rows at a million incidents, read in order).

A row's day ('YYYY-MM-DD') and province are '' where the incident has none (a key column
cannot be NULL). The triggers count every insert, delete and change of those columns,
whichever program writes; the table is filled from the incidents already stored. On SQLite
it is a WITHOUT ROWID table (its rows are its key's index); on PostgreSQL its key's index
holds the count too, and the rows are written in the key's order.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLE = "incident_day_counts"
KEY = "status, kind, day, province"
COLUMNS = ("status", "kind", "date", "province")
TRIGGERS = ("incidents_day_counts_insert", "incidents_day_counts_delete",
            "incidents_day_counts_update")


def _day(dialect: str, ref: str) -> str:
    if dialect == "postgresql":
        return f"coalesce(to_char({ref}date, 'YYYY-MM-DD'), '')"
    return f"coalesce({ref}date, '')"


def _key(dialect: str, ref: str) -> str:
    return f"{ref}status, {ref}kind, {_day(dialect, ref)}, coalesce({ref}province, '')"


def _match(dialect: str, ref: str) -> str:
    return (f"status = {ref}status AND kind = {ref}kind AND day = {_day(dialect, ref)}"
            f" AND province = coalesce({ref}province, '')")


def _add(dialect: str) -> str:
    return (f"INSERT INTO {TABLE} ({KEY}, n) VALUES ({_key(dialect, 'NEW.')}, 1) "
            f"ON CONFLICT ({KEY}) DO UPDATE SET n = {TABLE}.n + 1;")


def _remove(dialect: str) -> str:
    return f"UPDATE {TABLE} SET n = n - 1 WHERE {_match(dialect, 'OLD.')};"


def _changed() -> str:
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in COLUMNS)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        TABLE,
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("province", sa.String(6), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("status", "kind", "day", "province",
                                name="pk_incident_day_counts", postgresql_include=["n"]),
        sqlite_with_rowid=False,
    )
    op.execute(f"INSERT INTO {TABLE} ({KEY}, n) SELECT {_key(dialect, '')}, count(*) "
               f"FROM incidents GROUP BY {_key(dialect, '')} ORDER BY {_key(dialect, '')}")
    if dialect == "postgresql":
        op.execute(f"""
CREATE FUNCTION incidents_day_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN {_remove(dialect)} END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN {_add(dialect)} END IF;
  RETURN NULL;
END $$""")
        for name, when in ((TRIGGERS[0], "INSERT"), (TRIGGERS[1], "DELETE")):
            op.execute(f"CREATE TRIGGER {name} AFTER {when} ON incidents FOR EACH ROW "
                       "EXECUTE FUNCTION incidents_day_counts()")
        op.execute(f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF {', '.join(COLUMNS)} "
                   f"ON incidents FOR EACH ROW WHEN ({_changed()}) "
                   "EXECUTE FUNCTION incidents_day_counts()")
        op.execute(f"ANALYZE {TABLE}")
        return
    changed = _changed().replace("IS DISTINCT FROM", "IS NOT")
    op.execute(f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON incidents "
               f"BEGIN {_add(dialect)} END")
    op.execute(f"CREATE TRIGGER {TRIGGERS[1]} AFTER DELETE ON incidents "
               f"BEGIN {_remove(dialect)} END")
    op.execute(f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF {', '.join(COLUMNS)} "
               f"ON incidents WHEN {changed} BEGIN {_remove(dialect)} {_add(dialect)} END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}"
                   + (" ON incidents" if op.get_bind().dialect.name == "postgresql" else ""))
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS incidents_day_counts()")
    op.drop_table(TABLE)
