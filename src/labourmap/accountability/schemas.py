"""Pydantic schemas of investigations, the report and the scorecards.

Public schemas carry coded results and unions' names only; ``…Private`` ones add the notes,
the role of the person reached and the referral details, for editors.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from labourmap.unions.schemas import Place, UnionPublic


class ContactIn(BaseModel):
    """A contact to log on a case (codes from the codebook)."""

    contact_date: dt.date | None = None
    contact_time: dt.time | None = None
    union_uid: str | None = Field(default=None, description="a union of the directory")
    union_name: str | None = Field(default=None, description="when the union is not (yet) "
                                   "in the directory, or to find it by name")
    union_level: str | None = None
    department: str | None = Field(default=None, description="a code, or a local name")
    department_name: str | None = None
    person_role: str | None = None
    reached: str = "answered"
    aware: str = "no_response"
    involved: str = "unknown"
    excuses: list[str] = Field(default_factory=list)
    referred_to: str | None = None
    referral_details: str | None = None
    after_contact: str = "none"
    notes: str | None = None


class CaseIn(BaseModel):
    """A case to open: for an incident (its place, industry and kind are copied), or one that
    stands on its own fields."""

    uid: str | None = None
    incident_uid: str | None = None
    incident_date: dt.date | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    industry: str | None = None
    kind: str | None = None
    outcome: str = "unknown"
    notes: str | None = None


class CaseUpdate(BaseModel):
    """A case's outcome for the worker and its notes (editors); a field left out is kept."""

    outcome: str | None = Field(default=None, description="resolved, partly_resolved, "
                                "unresolved or unknown")
    notes: str | None = Field(default=None, description="private; an empty string clears")


class ContactPublic(BaseModel):
    """A contact as the public sees it: what the union answered, coded; no notes."""

    seq: int
    contact_date: dt.date | None
    union_uid: str | None
    union_name: str
    union_level: str
    department: str | None
    reached: str
    aware: str
    involved: str
    excuses: list[str]
    referred_to: str | None
    after_contact: str
    follow_up: bool = Field(description="the same union was contacted earlier in the case")


class ContactPrivate(ContactPublic):
    """A contact for editors: with time, the local department name, the role of the person
    reached, referral details and notes."""

    contact_time: dt.time | None
    department_name: str | None
    person_role: str | None
    referral_details: str | None
    notes: str | None


class CaseCodingOut(BaseModel):
    awareness: str
    involvement: str
    took_up_after_alert: bool
    aware_involved: bool
    aware_not_involved: bool


class CasePublic(BaseModel):
    """A case: where and what, the coded result, its contacts (public view)."""

    uid: str
    incident_uid: str | None = Field(description="only when the incident is published")
    incident_date: dt.date | None
    case_date: dt.date | None
    places: list[Place]
    industry: str | None
    kind: str | None
    outcome: str
    coding: CaseCodingOut
    excuses: list[str]
    contacts: list[ContactPublic]


class CasePrivate(CasePublic):
    notes: str | None
    contacts: list[ContactPrivate]  # type: ignore[assignment]


class Share(BaseModel):
    n: int
    pct: float = Field(description="percent of the figure's base, one decimal")


class CodeCount(BaseModel):
    code: str
    label_en: str
    label_zh: str
    n: int = Field(description="cases")
    pct: float = Field(description="percent of cases")
    contacts: int = Field(default=0, description="contacts that gave it (excuses only)")


class AccountabilityReport(BaseModel):
    """What CLB's report prints: cases; awareness and involvement (percent of cases); take-up
    after alert (percent of unaware cases); participation (percent of aware cases); excuses."""

    cases: int
    aware: Share
    unaware: Share
    no_response: Share
    involved: Share
    uninvolved: Share
    involvement_unknown: Share
    took_up_after_alert: Share
    aware_not_involved: Share
    aware_involved: Share
    excuses: list[CodeCount]


class Scorecard(AccountabilityReport):
    """A report with contacts, reach and outcomes for the worker."""

    contacts: int
    reached: Share = Field(description="contacts answered, percent of contacts")
    outcomes: list[CodeCount]


class CaseList(BaseModel):
    total: int
    items: list[CasePublic]


class UnionScorecard(BaseModel):
    """A union's record: its directory entry, its scorecard (coded on its own contacts), its
    cases."""

    union: UnionPublic
    scorecard: Scorecard
    cases: list[CasePublic]


class UnionRow(BaseModel):
    uid: str | None
    name_zh: str
    level: str
    cases: int
    contacts: int


class RegionScorecard(BaseModel):
    """A region's record: the cases located there, coded on all their contacts."""

    region: Place
    scorecard: Scorecard
    unions: list[UnionRow]
    cases: list[CasePublic]


class RegionRate(BaseModel):
    """One region on the Accountability Map; rates are fractions (0–1) of their base, null
    where the base is empty."""

    code: str
    name_zh: str
    name_en: str
    cases: int
    contacts: int
    reach_rate: float | None
    aware_rate: float | None
    involved_rate: float | None
    took_up_rate: float | None = Field(description="of unaware cases")
    participated_rate: float | None = Field(description="of aware cases")


class RegionRates(BaseModel):
    level: str
    items: list[RegionRate]


class RouteStep(BaseModel):
    """One union to call, in order."""

    order: int
    role: str = Field(description="county, municipal, provincial, sectoral, enterprise or "
                      "referral")
    name_zh: str
    name_en: str | None
    level: str
    division_code: str | None
    union_uid: str | None
    in_directory: bool
    rights_department: str | None = Field(description="local name of its rights protection "
                                          "department, if known")
    referred_by: str | None = None
    contacted: int = Field(default=0, description="contacts logged with it on this case")


class Route(BaseModel):
    incident_uid: str
    case_uid: str | None
    steps: list[RouteStep]
