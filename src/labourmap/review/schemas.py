"""Schemas of the review API (and the data of the review pages)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from labourmap.audit.service import AuditOut
from labourmap.incidents.schemas import IncidentPublic


class QueueItem(BaseModel):
    """One incident of the queue, with what an editor needs to pick it."""

    uid: str
    kind: str
    status: str
    date: dt.date | None
    province: str | None
    city: str | None
    employer: str | None
    sources: int
    snippet: str = Field(description="the start of its first post")
    from_report: bool = Field(description="whether a worker's report is among its posts")
    created_at: dt.datetime


class QueuePage(BaseModel):
    """A page of the review queue, oldest first."""

    status: str
    total: int
    page: int
    size: int
    items: list[QueueItem]


class Evidence(BaseModel):
    """Where in the post a value was read: ``text[start:end] == quote``."""

    field: str
    value: Any
    confidence: float | None
    start: int
    end: int
    quote: str


class Segment(BaseModel):
    """A run of a post's text, and the fields whose evidence covers it (none: plain text)."""

    text: str
    fields: list[str]


class ReportPrivate(BaseModel):
    """The private side of a worker's report: editors only."""

    reference: str
    relation: str
    wants_help: bool
    contact_name: str | None
    contact: str | None


class SourceReview(BaseModel):
    """A source post as an editor sees it: whole text, evidence highlighted."""

    id: int
    platform: str
    external_id: str | None
    url: str | None
    title: str | None
    posted_at: dt.datetime | None
    public: bool
    text: str
    is_incident: bool | None
    evidence: list[Evidence]
    segments: list[Segment]
    report: ReportPrivate | None = None
    report_reference: str | None = None


class ReviewIncident(IncidentPublic):
    """An incident in any status, with its sources side by side and its history."""

    status: str
    version: int
    merged_into: str | None
    confidence: dict[str, Any]
    sources: list[SourceReview]
    history: list[AuditOut]


class IncidentEdit(BaseModel):
    """A change to an incident: only the fields sent are changed (null empties a field)."""

    version: int | None = Field(None, description="the version edited; a newer one → 409")
    kind: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    end_date: dt.date | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    place: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    industry: str | None = None
    forms: list[str] | None = None
    demands: list[str] | None = None
    ownership: str | None = None
    participants: str | None = None
    responses: list[str] | None = None
    employer: str | None = None
    amount_yuan: float | None = None
    killed: int | None = None
    injured: int | None = None
    accident_type: str | None = None
    outcome: str | None = None
    title_en: str | None = None
    title_zh: str | None = None
    description_en: str | None = None
    description_zh: str | None = None

    def changes(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.model_fields_set if k != "version"}


class MergeIn(BaseModel):
    """Merge this incident into ``into``: its sources move there; it becomes merged."""

    into: str


class SplitIn(BaseModel):
    """Split ``source_id`` off this incident into a new incident in review."""

    source_id: int


class Done(BaseModel):
    """The incident a change left the editor on."""

    uid: str
    status: str
