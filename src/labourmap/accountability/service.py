"""Investigations: open a case for an incident, log contacts, read cases (public or private).

Editors log contacts through :func:`log_contact` (the JSON route under
``/api/v1/accountability/cases/{uid}/contacts`` and, in bulk, the CSV import). Public views
(:func:`case_public`) carry the coded results and the unions' names only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from labourmap.accountability.coding import code_case
from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.accountability.records import UID_RE, Checker, parse_contact_fields, parse_place
from labourmap.accountability.schemas import (
    CaseCodingOut,
    CaseIn,
    CasePrivate,
    CasePublic,
    CaseUpdate,
    ContactIn,
    ContactPrivate,
    ContactPublic,
)
from labourmap.errors import Conflict, NotFound, Problem, ValidationError
from labourmap.incidents.models import Incident
from labourmap.unions.models import Union
from labourmap.unions.service import find_union_by_name, make_uid, places_of

PUBLISHED = "published"


@dataclass(frozen=True)
class CaseFilter:
    """Which cases a report or scorecard counts: by case date and by place."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    province: str | None = None
    city: str | None = None


def case_query(flt: CaseFilter) -> Select[Any]:
    stmt = select(AccountabilityCase)
    if flt.date_from:
        stmt = stmt.where(AccountabilityCase.case_date >= flt.date_from)
    if flt.date_to:
        stmt = stmt.where(AccountabilityCase.case_date <= flt.date_to)
    if flt.province:
        stmt = stmt.where(AccountabilityCase.province == flt.province)
    if flt.city:
        stmt = stmt.where(AccountabilityCase.city == flt.city)
    return stmt.order_by(AccountabilityCase.case_date.is_(None), AccountabilityCase.case_date,
                         AccountabilityCase.uid)


def load_cases(session: Session, *, flt: CaseFilter) -> list[AccountabilityCase]:
    """The matching cases with their contacts (loaded in one more query)."""
    return list(session.scalars(case_query(flt)))


def get_case_row(session: Session, *, uid: str) -> AccountabilityCase:
    case = session.scalar(select(AccountabilityCase).where(AccountabilityCase.uid == uid))
    if case is None:
        raise NotFound(f"no case {uid!r}")
    return case


def refresh_case_date(case: AccountabilityCase) -> None:
    days = [c.contact_date for c in case.contacts if c.contact_date]
    case.case_date = min(days) if days else case.incident_date


def resolve_union(session: Session, *, name: str, level: str | None, case_place: dict[str,
                  str | None]) -> tuple[Union | None, bool]:
    """The directory union of that name, or (with ``level``) a new directory entry at the
    case's place (the division that matches the union's level); and whether it is new."""
    found = find_union_by_name(session, name=name)
    if found or not level:
        return found, False
    key = {"provincial": "province", "municipal": "city"}.get(level, "county")
    division = case_place.get(key) or case_place.get("city") or case_place.get("province")
    union = Union(uid=make_uid(name, division, level), name_zh=name, level=level,
                  division_code=division, contact_public=False)
    session.add(union)
    session.flush()
    return union, True


def create_case(session: Session, *, data: CaseIn) -> AccountabilityCase:
    """Open a case; for an incident, its date, place, industry and kind are copied."""
    chk = Checker(None, None)
    incident = None
    if data.incident_uid:
        incident = session.scalar(select(Incident).where(Incident.uid == data.incident_uid))
        if incident is None:
            chk.bad(f"no incident {data.incident_uid!r}", "incident_uid", data.incident_uid)
    uid = data.uid or (f"case-{data.incident_uid}" if data.incident_uid else None)
    if not uid or not UID_RE.match(uid):
        chk.bad("uid is required (letters, digits, '.', '_', '-')", "uid", uid)
    place = parse_place(chk, data.province, data.city, data.county)
    industry = chk.code("industry", data.industry, "industry")
    kind = chk.code("kind", data.kind, "kind")
    outcome = chk.code("case_outcome", data.outcome, "outcome", "unknown")
    if chk.problems:
        raise ValidationError("invalid case", chk.problems)
    assert uid is not None
    if session.scalar(select(AccountabilityCase.id).where(AccountabilityCase.uid == uid)):
        raise Conflict(f"a case {uid!r} exists already")
    case = AccountabilityCase(uid=uid, outcome=outcome or "unknown", notes=data.notes)
    fill_case(case, incident=incident, incident_date=data.incident_date, place=place,
              industry=industry, kind=kind)
    session.add(case)
    session.flush()
    return case


def fill_case(case: AccountabilityCase, *, incident: Incident | None,
              incident_date: dt.date | None, place: dict[str, str | None],
              industry: str | None, kind: str | None) -> None:
    """Set a case's own fields; empty ones are taken from its incident."""
    case.incident_id = incident.id if incident else None
    src = incident
    case.incident_date = incident_date or (src.date if src else None)
    has_place = any(place.values())
    for key in ("province", "city", "county"):
        setattr(case, key, place[key] if has_place or src is None else getattr(src, key))
    case.industry = industry or (src.industry if src else None)
    case.kind = kind or (src.kind if src else None)
    refresh_case_date(case)


def log_contact(session: Session, *, case_uid: str, contact: ContactIn) -> UnionContact:
    """Log one contact on a case: codes checked, the union found (by uid or name) or added."""
    return log_contact_values(session, case_uid=case_uid, raw=contact.model_dump())


def log_contact_values(session: Session, *, case_uid: str, raw: dict[str, Any]
                       ) -> UnionContact:
    """:func:`log_contact` from raw values (a form's strings; a date may carry ``HH:MM``);
    every problem names its field."""
    case = get_case_row(session, uid=case_uid)
    chk = Checker(None, None)
    values = parse_contact_fields(chk, raw)
    union: Union | None = None
    if values["union_uid"]:
        union = session.scalar(select(Union).where(Union.uid == values["union_uid"]))
        if union is None:
            chk.bad(f"no union {values['union_uid']!r}", "union_uid", values["union_uid"])
    if union is None and values["union_name"] and not values["union_level"]:
        union = find_union_by_name(session, name=values["union_name"])
        if union is None:
            chk.bad("union_level is required for a union not in the directory", "union_level")
    if chk.problems:
        raise ValidationError("invalid contact", chk.problems)
    place = {"province": case.province, "city": case.city, "county": case.county}
    if union is None:
        union, _ = resolve_union(session, name=values["union_name"],
                                 level=values["union_level"], case_place=place)
    row = contact_row(session, values, union=union)
    row.seq = max((c.seq for c in case.contacts), default=0) + 1
    case.contacts.append(row)
    refresh_case_date(case)
    session.flush()
    return row


def case_of_incident(session: Session, *, incident_uid: str, create: bool = False
                     ) -> AccountabilityCase | None:
    """The incident's case (its first, if several); with ``create``, one is opened
    (``case-<incident uid>``) when it has none."""
    case = next(iter(cases_for_incident(session, incident_uid=incident_uid)), None)
    if case is None and create:
        case = create_case(session, data=CaseIn(uid=f"case-{incident_uid}"[:80],
                                                incident_uid=incident_uid))
    return case


def update_case(session: Session, *, uid: str, data: CaseUpdate) -> AccountabilityCase:
    """Set a case's outcome for the worker and (editors') notes; ``None`` leaves a field."""
    case = get_case_row(session, uid=uid)
    chk = Checker(None, None)
    outcome = chk.code("case_outcome", data.outcome, "outcome") if data.outcome else None
    if chk.problems:
        raise ValidationError("invalid case", chk.problems)
    if outcome is not None:
        case.outcome = outcome
    if data.notes is not None:
        case.notes = data.notes.strip() or None
    session.flush()
    return case


def contact_row(session: Session, values: dict[str, object], *, union: Union | None
                ) -> UnionContact:
    """A contact row from validated values; the referred-to union is linked by name."""
    fields = {k: v for k, v in values.items() if k not in ("union_uid",)}
    row = UnionContact(**fields)
    if union is not None:
        row.union_id = union.id
        row.union_name = union.name_zh
        row.union_level = row.union_level or union.level
    if row.referred_to:
        referred = find_union_by_name(session, name=row.referred_to)
        row.referred_union_id = referred.id if referred else None
    return row


def union_uids(session: Session, cases: Sequence[AccountabilityCase]) -> dict[int, str]:
    ids = {c.union_id for case in cases for c in case.contacts if c.union_id}
    if not ids:
        return {}
    rows = session.execute(select(Union.id, Union.uid).where(Union.id.in_(ids)))
    return {int(i): str(u) for i, u in rows}


def incident_uids(session: Session, cases: Sequence[AccountabilityCase], *,
                  published_only: bool) -> dict[int, str]:
    ids = {c.incident_id for c in cases if c.incident_id}
    if not ids:
        return {}
    stmt = select(Incident.id, Incident.uid).where(Incident.id.in_(ids))
    if published_only:
        stmt = stmt.where(Incident.status == PUBLISHED)
    return {int(i): str(u) for i, u in session.execute(stmt)}


def _contact_public(c: UnionContact, uids: dict[int, str], earlier: set[str]) -> ContactPublic:
    key = str(c.union_id or c.union_name)
    out = ContactPublic(
        seq=c.seq, contact_date=c.contact_date,
        union_uid=uids.get(c.union_id) if c.union_id else None,
        union_name=c.union_name, union_level=c.union_level, department=c.department,
        reached=c.reached, aware=c.aware, involved=c.involved, excuses=list(c.excuses or []),
        referred_to=c.referred_to, after_contact=c.after_contact, follow_up=key in earlier)
    earlier.add(key)
    return out


def case_views(session: Session, cases: Sequence[AccountabilityCase], *, private: bool
               ) -> list[CasePublic]:
    """Cases as the public (or, with ``private``, an editor) sees them."""
    uids = union_uids(session, cases)
    incidents = incident_uids(session, cases, published_only=not private)
    out: list[CasePublic] = []
    for case in cases:
        coding = code_case(case.contacts)
        earlier: set[str] = set()
        contacts = [_contact_public(c, uids, earlier) for c in case.contacts]
        view = CasePublic(
            uid=case.uid, incident_uid=incidents.get(case.incident_id or -1),
            incident_date=case.incident_date, case_date=case.case_date,
            places=places_of(case.county or case.city or case.province), industry=case.industry,
            kind=case.kind, outcome=case.outcome,
            coding=CaseCodingOut(awareness=coding.awareness, involvement=coding.involvement,
                                 took_up_after_alert=coding.took_up_after_alert,
                                 aware_involved=coding.aware_involved,
                                 aware_not_involved=coding.aware_not_involved),
            excuses=list(coding.excuses), contacts=contacts)
        if private:
            priv = [ContactPrivate(**pub.model_dump(), contact_time=c.contact_time,
                                   department_name=c.department_name, person_role=c.person_role,
                                   referral_details=c.referral_details, notes=c.notes)
                    for pub, c in zip(contacts, case.contacts, strict=True)]
            view = CasePrivate(**view.model_dump(exclude={"contacts"}), contacts=priv,
                               notes=case.notes)
        out.append(view)
    return out


def get_case(session: Session, *, uid: str) -> CasePrivate:
    """One case with every contact, notes included (for editors)."""
    view = case_views(session, [get_case_row(session, uid=uid)], private=True)[0]
    assert isinstance(view, CasePrivate)
    return view


def cases_for_incident(session: Session, *, incident_uid: str) -> list[AccountabilityCase]:
    incident = session.scalar(select(Incident).where(Incident.uid == incident_uid))
    if incident is None:
        raise NotFound(f"no incident {incident_uid!r}",
                       [Problem("unknown incident", field="incident_uid", value=incident_uid)])
    return list(session.scalars(select(AccountabilityCase)
                                .where(AccountabilityCase.incident_id == incident.id)
                                .order_by(AccountabilityCase.id)))
