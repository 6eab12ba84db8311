"""The users table: one row per editor account; the password is stored as an argon2 hash."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from labourmap.db.base import Base, utcnow

#: Roles, weakest first: each role may do everything the ones before it may.
ROLES = ("viewer", "editor", "admin")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16), default="viewer")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: Bumped on every change of password or role and on deactivation: sessions signed
    #: before it stop working.
    session_epoch: Mapped[int] = mapped_column(Integer, default=1)
