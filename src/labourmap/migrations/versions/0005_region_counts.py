"""SQLite: indexes that count the matching incidents of one province or one city by a single
range search, so that the map's shading needs no sort (see ``labourmap.incidents.counts``).
PostgreSQL groups with a hash table and needs none.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: name: columns. The trailing columns make "one industry in one province" (and its cities)
#: index-only too.
INDEXES = {
    "ix_incidents_status_kind_province_date": "status, kind, province, date, industry",
    "ix_incidents_status_kind_city_date": "status, kind, city, date, industry, province",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, cols in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON incidents ({cols})")
    op.execute("ANALYZE incidents")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX {name}")
