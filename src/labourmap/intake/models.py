"""The private side of a worker's report: its reference number and the sender's contact.

Kept in its own table, linked to the report's source post, and read by the review pages only:
no public page, API answer or export joins it. No IP address or browser data is stored.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from labourmap.db.base import Base, utcnow


class IntakeReport(Base):
    __tablename__ = "intake_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"),
                                           unique=True)
    relation: Mapped[str] = mapped_column(String(16))  # self, relative, colleague, other
    wants_help: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_name: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
