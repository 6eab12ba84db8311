"""Jurisdiction routing: the unions to call about an incident, in the order a monitor would.

1. the county-level federation where it happened (任丘市总工会, 朝阳区总工会);
2. its municipal federation (沧州市总工会) — none of its own in a municipality directly under
   the central government, nor for a county-level unit the province administers directly;
3. its provincial federation (河北省总工会, or 北京市总工会 for a municipality);
4. a sectoral (or industrial) union for the incident's industry in that city, else province;
5. the employer's enterprise union, if the employer is known;
6. service stations, township unions and hotlines of the place, from the directory.

Steps 1–3 work without the directory: a federation it lacks is proposed under its
conventional name (the division's name + 总工会) and marked ``in_directory: false``. After a
referral ("ask the Huiyang district union") the union referred to comes first.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.accountability.models import AccountabilityCase
from labourmap.accountability.schemas import Route, RouteStep
from labourmap.errors import NotFound
from labourmap.incidents.models import Incident
from labourmap.places import Division, get_gazetteer
from labourmap.unions.models import Union
from labourmap.unions.service import find_union_by_name

FEDERATION = "总工会"


def _rights_department(union: Union) -> str | None:
    for dep in union.departments:
        if dep.code == "rights_protection":
            return dep.local_name_zh or dep.local_name_en or "rights_protection"
    return None


def _step(role: str, union: Union) -> RouteStep:
    return RouteStep(order=0, role=role, name_zh=union.name_zh, name_en=union.name_en,
                     level=union.level, division_code=union.division_code, union_uid=union.uid,
                     in_directory=True, rights_department=_rights_department(union))


def _federation(session: Session, role: str, div: Division, levels: tuple[str, ...]
                ) -> RouteStep:
    """The directory's federation of ``div`` at one of ``levels``, else its conventional name."""
    found = session.scalars(select(Union).where(Union.division_code == div.code,
                                                Union.level.in_(levels))
                            .order_by(Union.id)).first()
    if found is not None:
        return _step(role, found)
    return RouteStep(order=0, role=role, name_zh=div.name_zh + FEDERATION,
                     name_en=f"{div.name_en} Federation of Trade Unions", level=levels[0],
                     division_code=div.code, union_uid=None, in_directory=False,
                     rights_department=None)


def route_for_place(session: Session, *, province: str | None, city: str | None,
                    county: str | None, industry: str | None = None,
                    employer: str | None = None) -> list[RouteStep]:
    """The unions to call for an incident at that place, in order (see the module's list)."""
    gz = get_gazetteer()
    code = county or city or province
    div = gz.get(code) if code else None
    steps: list[RouteStep] = []
    if div is None:
        return steps
    county_div = div if div.level == "county" else None
    city_div = gz.city_of(div.code)
    prov_div = gz.province_of(div.code)
    if county_div is not None and (city_div is None or city_div.code != county_div.code):
        steps.append(_federation(session, "county", county_div, ("district_county",)))
    elif county_div is not None:  # a county-level unit the province administers directly
        steps.append(_federation(session, "county", county_div,
                                 ("district_county", "municipal")))
    municipality = city_div is not None and prov_div is not None and city_div.code == \
        prov_div.code
    if city_div is not None and not municipality and (county_div is None or
                                                      city_div.code != county_div.code):
        steps.append(_federation(session, "municipal", city_div, ("municipal",)))
    if prov_div is not None:
        steps.append(_federation(session, "provincial", prov_div, ("provincial", "municipal")))
    places = [d.code for d in (city_div, prov_div) if d is not None]
    if industry:
        for place in dict.fromkeys(places):
            sectoral = session.scalars(select(Union).where(
                Union.level.in_(("sectoral", "industrial")), Union.industry == industry,
                Union.division_code == place).order_by(Union.id)).first()
            if sectoral is not None:
                steps.append(_step("sectoral", sectoral))
                break
    if employer:
        steps.append(_enterprise(session, employer, prov_div))
    local = [county_div.code] if county_div else []
    others = session.scalars(select(Union).where(
        Union.level.in_(("township_street", "service_station", "hotline")),
        Union.division_code.in_(local + places)).order_by(Union.level, Union.id))
    steps += [_step("local" if u.level != "hotline" else "hotline", u) for u in others]
    return steps


def _employer_name(employer: str) -> str:
    """The employer's name without a bracketed gloss: 饿了么 (Ele.me) -> 饿了么."""
    return re.split(r"\s*[（(]", employer.strip(), maxsplit=1)[0] or employer.strip()


def _enterprise(session: Session, employer: str, prov: Division | None) -> RouteStep:
    employer = _employer_name(employer)
    candidates = session.scalars(select(Union).where(Union.level == "enterprise")
                                 .order_by(Union.id))
    for union in candidates:
        names = [n for n in (union.employer, union.name_zh) if n]
        same_place = prov is None or (union.division_code or "")[:2] == prov.code[:2]
        if same_place and any(employer in n or n in employer for n in names):
            return _step("enterprise", union)
    return RouteStep(order=0, role="enterprise", name_zh=employer + "工会", name_en=None,
                     level="enterprise", division_code=None, union_uid=None,
                     in_directory=False, rights_department=None)


def _is_union_name(name: str) -> bool:
    return name.endswith("工会") or "工会" in name or "union" in name.lower()


def route_incident(session: Session, *, incident_uid: str) -> Route:
    """The route for an incident, with what its cases' contacts have done: unions referred to
    come first; each step counts the contacts already logged with it."""
    incident = session.scalar(select(Incident).where(Incident.uid == incident_uid))
    if incident is None:
        raise NotFound(f"no incident {incident_uid!r}")
    cases = list(session.scalars(select(AccountabilityCase)
                                 .where(AccountabilityCase.incident_id == incident.id)
                                 .order_by(AccountabilityCase.id)))
    steps = route_for_place(session, province=incident.province, city=incident.city,
                            county=incident.county, industry=incident.industry,
                            employer=incident.employer)
    contacts = [c for case in cases for c in case.contacts]
    referred: list[RouteStep] = []
    for c in contacts:
        if not c.referred_to or not _is_union_name(c.referred_to):
            continue
        match = next((s for s in steps + referred if c.referred_to in (s.name_zh, s.name_en)),
                     None)
        if match is None:
            union = find_union_by_name(session, name=c.referred_to)
            match = _step("referral", union) if union else RouteStep(
                order=0, role="referral", name_zh=c.referred_to, name_en=None,
                level="district_county", division_code=None, union_uid=None,
                in_directory=False, rights_department=None)
        steps = [s for s in steps if s is not match]
        if not any(s is match for s in referred):
            referred.append(match)
        match.referred_by = match.referred_by or c.union_name
    ordered = referred + steps
    for i, step in enumerate(ordered, start=1):
        step.order = i
        step.contacted = sum(1 for c in contacts if c.union_name in (step.name_zh, step.name_en))
    return Route(incident_uid=incident_uid, case_uid=cases[0].uid if cases else None,
                 steps=ordered)
