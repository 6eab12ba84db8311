"""The filters every map, list, chart, download and API answer share.

One :class:`IncidentFilter` is built from query parameters (or CLI options) and applied to any
``select`` over incidents. Every field it filters on is backed by an index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, and_, select

from labourmap.codebook import get_codebook
from labourmap.errors import Problem, ValidationError
from labourmap.incidents.models import Incident, IncidentTag
from labourmap.incidents.search import keyword_condition, parse_terms

PUBLIC_STATUSES = ("published",)
S = TypeVar("S", bound=Select)


@dataclass
class IncidentFilter:
    kind: list[str] = field(default_factory=list)
    status: list[str] = field(default_factory=lambda: list(PUBLIC_STATUSES))
    date_from: date | None = None
    date_to: date | None = None
    province: list[str] = field(default_factory=list)
    city: list[str] = field(default_factory=list)
    county: list[str] = field(default_factory=list)
    industry: list[str] = field(default_factory=list)
    ownership: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    demands: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    responses: list[str] = field(default_factory=list)
    employer: str | None = None
    q: str | None = None

    def validate(self) -> IncidentFilter:
        """Raise :class:`ValidationError` naming every unknown code or bad range."""
        cb = get_codebook()
        problems: list[Problem] = []
        for name in ("kind", "status", "industry", "ownership", "participants", "demands",
                     "forms", "responses"):
            for value in getattr(self, name):
                if p := cb.check(name, value):
                    problems.append(p)
        for name in ("province", "city", "county"):
            for value in getattr(self, name):
                if not (value.isdigit() and len(value) == 6):
                    problems.append(Problem(f"{name} must be a six-digit code", field=name,
                                            value=value))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            problems.append(Problem("date_from is after date_to", field="date_from"))
        try:
            parse_terms(self.q)
        except ValidationError as exc:
            problems.extend(exc.problems)
        if problems:
            raise ValidationError("invalid filter", problems)
        return self

    def conditions(self) -> list[Any]:
        t = Incident
        conds: list[Any] = []
        for name in ("status", "kind", "province", "city", "county", "industry", "ownership",
                     "participants"):
            values = getattr(self, name)
            if len(values) == 1:
                conds.append(getattr(t, name) == values[0])
            elif values:
                conds.append(getattr(t, name).in_(values))
        if self.date_from:
            conds.append(t.date >= self.date_from)
        if self.date_to:
            conds.append(t.date <= self.date_to)
        for name in ("demands", "forms", "responses"):
            values = getattr(self, name)
            if values:
                sub = select(IncidentTag.incident_id).where(
                    and_(IncidentTag.field == name, IncidentTag.code.in_(values)))
                conds.append(t.id.in_(sub))
        if self.employer:
            conds.append(t.employer == self.employer)
        keyword = keyword_condition(self.q)
        if keyword is not None:
            conds.append(keyword)
        return conds

    def apply(self, stmt: S) -> S:
        conds = self.conditions()
        return stmt.where(and_(*conds)) if conds else stmt

    def as_params(self) -> dict[str, Any]:
        """The filter as query parameters (for links, feeds and downloads)."""
        out: dict[str, Any] = {}
        for name, value in self.__dict__.items():
            if name == "status":
                continue
            if isinstance(value, list) and value:
                out[name] = ",".join(value)
            elif isinstance(value, date):
                out[name] = value.isoformat()
            elif isinstance(value, str) and value:
                out[name] = value
        return out

