"""Scorecards per union and per region, and the Accountability Map's rates per region.

A union's scorecard codes each of its cases on *its own* contacts only (was this union aware,
involved, did it take the case up); a region's codes the cases located there on all their
contacts. Both add contacts, the share answered, the excuses and the outcomes for workers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.accountability.coding import code_case, pct
from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.accountability.report import excuse_counts, tally
from labourmap.accountability.schemas import (
    CodeCount,
    RegionRate,
    RegionRates,
    RegionScorecard,
    Scorecard,
    Share,
    UnionRow,
    UnionScorecard,
)
from labourmap.accountability.service import CaseFilter, case_views, load_cases, union_uids
from labourmap.codebook import get_codebook
from labourmap.errors import NotFound, Problem, ValidationError
from labourmap.places import get_gazetteer
from labourmap.unions.schemas import Place
from labourmap.unions.service import get_union, parent_uids, union_public

LEVELS = ("province", "city")


def scorecard(groups: Sequence[Sequence[UnionContact]], outcomes: Sequence[str]) -> Scorecard:
    """A scorecard over cases given as their (counted) contacts and outcomes."""
    report = tally([code_case(g) for g in groups], excuse_counts(groups, len(groups)))
    contacts = [c for g in groups for c in g]
    answered = sum(c.reached == "answered" for c in contacts)
    field = get_codebook()["case_outcome"]
    counts = Counter(outcomes)
    outs = [CodeCount(code=k, label_en=field.code_label(k, "en"),
                      label_zh=field.code_label(k, "zh"), n=counts[k], pct=pct(counts[k],
                                                                                len(groups)))
            for k in field.allowed() if counts[k]]
    return Scorecard(**report.model_dump(), contacts=len(contacts),
                     reached=Share(n=answered, pct=pct(answered, len(contacts))), outcomes=outs)


def union_scorecard(session: Session, *, uid: str, flt: CaseFilter | None = None
                    ) -> UnionScorecard:
    """One union's scorecard (each case coded on this union's contacts) and its cases."""
    union = get_union(session, uid=uid)
    ids = set(session.scalars(select(UnionContact.case_id)
                              .where(UnionContact.union_id == union.id)))
    cases = [c for c in load_cases(session, flt=flt or CaseFilter()) if c.id in ids]
    groups = [[c for c in case.contacts if c.union_id == union.id] for case in cases]
    return UnionScorecard(
        union=union_public(union, parent_uid=parent_uids(session, [union]).get(union.id)),
        scorecard=scorecard(groups, [c.outcome for c in cases]),
        cases=case_views(session, cases, private=False))


def _region(code: str) -> tuple[Place, str]:
    gz = get_gazetteer()
    div = gz.get(code)
    if div is None or div.level not in ("province", "prefecture"):
        raise NotFound(f"no province or city {code!r}",
                       [Problem("a six-digit province or city code", field="code", value=code)])
    key = "province" if div.level == "province" else "city"  # a municipality: province
    return Place(code=div.code, name_zh=div.name_zh, name_en=div.name_en), key


def region_scorecard(session: Session, *, code: str, flt: CaseFilter | None = None
                     ) -> RegionScorecard:
    """A province's or city's scorecard over the cases located there."""
    place, key = _region(code)
    base = flt or CaseFilter()
    flt = CaseFilter(date_from=base.date_from, date_to=base.date_to,
                     province=place.code if key == "province" else None,
                     city=place.code if key == "city" else None)
    cases = load_cases(session, flt=flt)
    unions: dict[str, UnionRow] = {}
    uids = union_uids(session, cases)
    for case in cases:
        seen: set[str] = set()
        for c in case.contacts:
            key_u = c.union_name
            row = unions.setdefault(key_u, UnionRow(uid=uids.get(c.union_id or -1),
                                                    name_zh=c.union_name, level=c.union_level,
                                                    cases=0, contacts=0))
            row.contacts += 1
            if key_u not in seen:
                row.cases += 1
                seen.add(key_u)
    ranked = sorted(unions.values(), key=lambda r: (-r.cases, -r.contacts, r.name_zh))
    return RegionScorecard(region=place,
                           scorecard=scorecard([c.contacts for c in cases],
                                               [c.outcome for c in cases]),
                           unions=ranked, cases=case_views(session, cases, private=False))


def _rate(n: int, base: int) -> float | None:
    return round(n / base, 3) if base else None


def region_rates(session: Session, *, level: str, flt: CaseFilter | None = None) -> RegionRates:
    """Per province (or city): cases, contacts and the rates the Accountability Map shades."""
    if level not in LEVELS:
        raise ValidationError("invalid request", [Problem(
            "level must be province or city", field="level", value=level)])
    gz = get_gazetteer()
    groups: dict[str, list[AccountabilityCase]] = {}
    for case in load_cases(session, flt=flt or CaseFilter()):
        code = case.province if level == "province" else case.city
        if code:
            groups.setdefault(code, []).append(case)
    items = []
    for code in sorted(groups):
        cases = groups[code]
        codings = [code_case(c.contacts) for c in cases]
        contacts = [x for c in cases for x in c.contacts]
        aware = sum(k.awareness == "aware" for k in codings)
        unaware = sum(k.awareness == "unaware" for k in codings)
        div = gz.get(code)
        items.append(RegionRate(
            code=code, name_zh=div.name_zh if div else code, name_en=div.name_en if div else code,
            cases=len(cases), contacts=len(contacts),
            reach_rate=_rate(sum(x.reached == "answered" for x in contacts), len(contacts)),
            aware_rate=_rate(aware, len(cases)),
            involved_rate=_rate(sum(k.involvement == "involved" for k in codings), len(cases)),
            took_up_rate=_rate(sum(k.took_up_after_alert for k in codings), unaware),
            participated_rate=_rate(sum(k.aware_involved for k in codings), aware)))
    return RegionRates(level=level, items=items)
