"""Union directory tables. Phone numbers and contact persons are private by default."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from labourmap.db.base import Base, utcnow


class Union(Base):
    __tablename__ = "unions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(32))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unions.id"))
    division_code: Mapped[str | None] = mapped_column(String(9))
    industry: Mapped[str | None] = mapped_column(String(32))
    employer: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(64))
    contact_person: Mapped[str | None] = mapped_column(Text)
    contact_public: Mapped[bool] = mapped_column(Boolean, default=False)
    source_reference: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    departments: Mapped[list[UnionDepartment]] = relationship(
        back_populates="union", cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (
        Index("ix_unions_division_code_level", "division_code", "level"),
        Index("ix_unions_parent_id", "parent_id"),
        Index("ix_unions_name_zh", "name_zh"),
    )


class UnionDepartment(Base):
    """A department of a union, its local name mapped onto a canonical code."""

    __tablename__ = "union_departments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    union_id: Mapped[int] = mapped_column(ForeignKey("unions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    local_name_zh: Mapped[str | None] = mapped_column(Text)
    local_name_en: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(64))

    union: Mapped[Union] = relationship(back_populates="departments")

    __table_args__ = (Index("ix_union_departments_union_id", "union_id"),)
