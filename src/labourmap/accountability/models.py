"""Investigations of union responses: one case per incident, one row per contact.

Private columns (never in a public page, API answer or export): ``UnionContact.notes``,
``person_role``, ``referral_details`` and ``AccountabilityCase.notes``. Every other column is a
coded result that public views may show together with the union's name.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from labourmap.db.base import Base, utcnow


class AccountabilityCase(Base):
    """An investigation of how unions responded to one incident (or to a case of its own)."""

    __tablename__ = "accountability_cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"))
    incident_date: Mapped[dt.date | None] = mapped_column(Date)
    province: Mapped[str | None] = mapped_column(String(6))
    city: Mapped[str | None] = mapped_column(String(6))
    county: Mapped[str | None] = mapped_column(String(6))
    industry: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(32))
    #: The day the case is dated by: its first contact, else the incident's date.
    case_date: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(16), default="unknown")
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    contacts: Mapped[list[UnionContact]] = relationship(
        back_populates="case", cascade="all, delete-orphan", lazy="selectin",
        order_by="UnionContact.seq")

    __table_args__ = (
        Index("ix_accountability_cases_incident_id", "incident_id"),
        Index("ix_accountability_cases_province_case_date", "province", "case_date"),
        Index("ix_accountability_cases_case_date", "case_date"),
    )


class UnionContact(Base):
    """One call (or visit, or message) to one union about one case, coded."""

    __tablename__ = "union_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("accountability_cases.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    contact_date: Mapped[dt.date | None] = mapped_column(Date)
    contact_time: Mapped[dt.time | None] = mapped_column(Time)
    union_id: Mapped[int | None] = mapped_column(ForeignKey("unions.id", ondelete="SET NULL"))
    union_name: Mapped[str] = mapped_column(Text)
    union_level: Mapped[str] = mapped_column(String(32))
    department: Mapped[str | None] = mapped_column(String(32))
    department_name: Mapped[str | None] = mapped_column(Text)
    person_role: Mapped[str | None] = mapped_column(Text)
    reached: Mapped[str] = mapped_column(String(16), default="answered")
    aware: Mapped[str] = mapped_column(String(16), default="no_response")
    involved: Mapped[str] = mapped_column(String(16), default="unknown")
    excuses: Mapped[list[str]] = mapped_column(JSON, default=list)
    referred_to: Mapped[str | None] = mapped_column(Text)
    referred_union_id: Mapped[int | None] = mapped_column(
        ForeignKey("unions.id", ondelete="SET NULL"))
    referral_details: Mapped[str | None] = mapped_column(Text)
    after_contact: Mapped[str] = mapped_column(String(16), default="none")
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    case: Mapped[AccountabilityCase] = relationship(back_populates="contacts")

    __table_args__ = (
        Index("ix_union_contacts_case_id", "case_id", "seq"),
        Index("ix_union_contacts_union_id", "union_id"),
        Index("ix_union_contacts_referred_union_id", "referred_union_id"),
    )
