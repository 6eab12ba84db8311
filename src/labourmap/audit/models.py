"""One row per changed field (or action) on an incident, and one per change to an account."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from labourmap.db.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(16))  # edit, merge, split, publish, reject, …
    field: Mapped[str | None] = mapped_column(String(32))
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_audit_entries_incident_id_at", "incident_id", "at"),)


class UserAuditEntry(Base):
    """A change to an account: added, role changed, deactivated, reactivated, password set.
    ``before`` and ``after`` hold roles only — never a password or its hash."""

    __tablename__ = "user_audit_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    #: Who made the change: a username, or "(command line)".
    actor: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(16))  # add, role, deactivate, activate, password
    before: Mapped[str | None] = mapped_column(String(16))
    after: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (Index("ix_user_audit_entries_at", "at"),)
