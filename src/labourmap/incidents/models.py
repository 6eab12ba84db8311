"""Incident tables: one typed column per single-valued codebook field; multi-valued codes
(forms, demands, responses) in ``incident_tags`` so every map filter is index-backed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.schema import Table

from labourmap.db.base import Base, utcnow

MULTI_FIELDS = ("forms", "demands", "responses")

#: Search and map indexes the migrations build differently for each database (0003, 0005,
#: 0007: ``DESC NULLS LAST`` and a trigram index on PostgreSQL, an FTS5 table on SQLite); they
#: are not declared on the models, and the schema check passes over them by name.
MIGRATION_ONLY = frozenset(
    {
        "ix_incidents_status_kind_date_place",
        "ix_incidents_status_kind_recent",
        "ix_incidents_employer_date",
        "ix_incidents_county_date",
        "ix_incidents_city_recent",
        "ix_incidents_search_trgm",
        "ix_incidents_status_kind_province_date",
        "ix_incidents_status_kind_city_date",
        "incidents_fts",
    }
)


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    title_en: Mapped[str | None] = mapped_column(Text)
    title_zh: Mapped[str | None] = mapped_column(Text)
    description_en: Mapped[str | None] = mapped_column(Text)
    description_zh: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(8), default="day")
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    province: Mapped[str | None] = mapped_column(String(6))
    city: Mapped[str | None] = mapped_column(String(6))
    county: Mapped[str | None] = mapped_column(String(6))
    place: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[str | None] = mapped_column(String(8))
    industry: Mapped[str | None] = mapped_column(String(32))
    ownership: Mapped[str | None] = mapped_column(String(32))
    participants: Mapped[str | None] = mapped_column(String(16))
    employer: Mapped[str | None] = mapped_column(Text)
    amount_yuan: Mapped[float | None] = mapped_column(Float)
    killed: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    accident_type: Mapped[str | None] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16), default="unknown")
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"))
    extras: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    tags: Mapped[list[IncidentTag]] = relationship(
        back_populates="incident", cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_incidents_status_date", "status", "date"),
        Index("ix_incidents_status_kind_date", "status", "kind", "date"),
        Index("ix_incidents_status_province_date", "status", "province", "date"),
        Index("ix_incidents_status_city_date", "status", "city", "date"),
        Index("ix_incidents_status_industry_date", "status", "industry", "date", "province"),
        Index("ix_incidents_status_ownership_date", "status", "ownership", "date"),
        Index("ix_incidents_status_participants_date", "status", "participants", "date"),
        Index("ix_incidents_county", "county"),
        Index("ix_incidents_merged_into_id", "merged_into_id"),
    )

    def codes(self, field: str) -> list[str]:
        return sorted(t.code for t in self.tags if t.field == field)


class IncidentTag(Base):
    """One code of a multi-valued field (forms, demands, responses) of an incident."""

    __tablename__ = "incident_tags"

    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True
    )
    field: Mapped[str] = mapped_column(String(16), primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)

    incident: Mapped[Incident] = relationship(back_populates="tags")

    __table_args__ = (Index("ix_incident_tags_field_code", "field", "code", "incident_id"),)


#: The tables themselves, typed, for Core statements.
INCIDENTS: Table = Incident.__table__  # type: ignore[assignment]
INCIDENT_TAGS: Table = IncidentTag.__table__  # type: ignore[assignment]


class IncidentDayCount(Base):
    """How many incidents have a status, kind, day ('YYYY-MM-DD') and province ('' for none
    of either): kept exact by the triggers of migration 0008."""

    __tablename__ = "incident_day_counts"
    __table_args__ = (
        PrimaryKeyConstraint(
            "status",
            "kind",
            "day",
            "province",
            name="pk_incident_day_counts",
            postgresql_include=["n"],
        ),
        {"sqlite_with_rowid": False},
    )

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    province: Mapped[str] = mapped_column(String(6), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


DAY_COUNTS: Table = IncidentDayCount.__table__  # type: ignore[assignment]
