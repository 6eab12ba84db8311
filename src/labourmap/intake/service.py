"""A worker's report: a private source post, an incident in review, a reference number.

The text becomes a source that is never public; the sender's contact stays in
``intake_reports`` (editors only). Nothing about the sender's connection is stored.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.audit.service import record
from labourmap.errors import ValidationError
from labourmap.incidents.models import Incident
from labourmap.ingest.store import incident_record, new_incident
from labourmap.intake.models import IntakeReport
from labourmap.review.service import record_context
from labourmap.sources.models import Source
from labourmap.sources.service import content_hash

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L
FORM_USER = "report-form"

Relation = Literal["self", "relative", "colleague", "other"]
Kind = Literal["call_for_help", "collective_action", "workplace_accident"]


class ReportIn(BaseModel):
    """What the public form sends (every field but the text is optional)."""

    text: str = Field(min_length=10, max_length=10_000)
    kind: Kind = "call_for_help"
    relation: Relation = "self"
    wants_help: bool = False
    province: str | None = Field(None, pattern=r"^\d{6}$")
    place: str | None = Field(None, max_length=200)
    employer: str | None = Field(None, max_length=200)
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    contact_name: str | None = Field(None, max_length=100)
    contact: str | None = Field(None, max_length=200)
    lang: Literal["en", "zh"] = "zh"


def new_reference(session: Session) -> str:
    """A fresh reference like ``LM-7K3Q-9XPA`` (random, easy to read out on the phone)."""
    while True:
        body = "".join(secrets.choice(ALPHABET) for _ in range(8))
        ref = f"LM-{body[:4]}-{body[4:]}"
        if session.scalar(select(IntakeReport.id).where(IntakeReport.reference == ref)) is None:
            return ref


def new_uid(session: Session) -> str:
    """A random incident uid, unrelated to the reference."""
    while True:
        uid = f"p-{secrets.token_hex(8)}"
        if session.scalar(select(Incident.id).where(Incident.uid == uid)) is None:
            return uid


def submit_report(session: Session, *, report: ReportIn) -> str:
    """Store a report in the review queue; returns its reference number."""
    ref = new_reference(session)
    ctx = record_context()
    raw = {"kind": report.kind, "province": report.province, "place": report.place,
           "employer": report.employer, "date": report.date}
    rec = incident_record(raw, ctx)
    if rec is None:
        raise ValidationError("the report could not be read")
    now = datetime.now(UTC)
    text = report.text.strip()
    src = Source(platform="form", text=text, posted_at=now, lang=report.lang, public=False,
                 external_id=ref,
                 content_hash=content_hash({"platform": "form", "reference": ref, "text": text}))
    # the uid is public once the incident is published: it must not give the reference away
    # (nor that a worker reported it), so it is random and shaped like an ingested incident's
    inc: Incident = new_incident(rec, uid=new_uid(session), extras={"report": ref})
    session.add(inc)
    session.flush()
    src.incident_id = inc.id
    session.add(src)
    session.flush()
    session.add(IntakeReport(reference=ref, source_id=src.id, relation=report.relation,
                             wants_help=report.wants_help,
                             contact_name=(report.contact_name or "").strip() or None,
                             contact=(report.contact or "").strip() or None))
    record(session, incident_id=inc.id, username=FORM_USER, action="create", field=None,
           after={"report": ref})
    return ref
