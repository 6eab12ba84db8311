"""The store: SQLAlchemy 2 over SQLite (default, WAL) or PostgreSQL, migrated by Alembic."""

from labourmap.db.base import Base, utcnow
from labourmap.db.engine import Database, make_engine, read_again
from labourmap.db.migrate import check_schema, current_revision, head_revision, upgrade

__all__ = [
    "Base",
    "Database",
    "check_schema",
    "current_revision",
    "head_revision",
    "make_engine",
    "read_again",
    "upgrade",
    "utcnow",
]
