"""Validating one contact row (CSV row or :class:`ContactIn`) and the case fields it carries.

Every problem names the field (the CSV column) and, for files, the line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from labourmap.codebook import get_codebook
from labourmap.errors import Problem
from labourmap.places import get_gazetteer
from labourmap.unions.departments import canonical_department

UID_RE = re.compile(r"^[A-Za-z0-9._-]{1,80}$")
CASE_FIELDS = ("incident_id", "incident_date", "province", "city", "county", "industry", "kind",
               "outcome")
_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2})(?::\d{2})?)?$")


@dataclass
class ContactRecord:
    """A validated contact with the case fields of its row."""

    case_uid: str
    case: dict[str, Any]
    contact: dict[str, Any]
    line: int | None = None
    problems: list[Problem] = field(default_factory=list)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


class Checker:
    """Collects the problems of one row."""

    def __init__(self, line: int | None, file: str | None) -> None:
        self.line, self.file = line, file
        self.problems: list[Problem] = []

    def bad(self, message: str, fld: str, value: Any = None) -> None:
        self.problems.append(Problem(message, field=fld, value=value, line=self.line,
                                     file=self.file))

    def problems_for(self, fld: str) -> bool:
        return any(p.field == fld for p in self.problems)

    def code(self, codebook_field: str, value: Any, fld: str, default: str | None = None
             ) -> str | None:
        text = _text(value)
        if text is None:
            if default is None:
                return None
            return default
        problem = get_codebook().check(codebook_field, text, field_name=fld)
        if problem:
            self.bad(problem.message, fld, text)
            return None
        return text

    def date(self, value: Any, fld: str) -> tuple[dt.date | None, dt.time | None]:
        text = _text(value)
        if text is None:
            return None, None
        if isinstance(value, dt.date):
            return value, None
        m = _DATETIME.match(text)
        try:
            if not m:
                raise ValueError
            day = dt.date.fromisoformat(m.group(1))
            at = dt.time.fromisoformat(m.group(2).zfill(5)) if m.group(2) else None
        except ValueError:
            self.bad(f"{text!r} is not a date YYYY-MM-DD (optionally with HH:MM)", fld, text)
            return None, None
        return day, at


def parse_place(chk: Checker, province: Any, city: Any, county: Any) -> dict[str, str | None]:
    """Province, city and county codes checked against the gazetteer and one another; the
    missing parents of the most precise code are filled in."""
    gz = get_gazetteer()
    out: dict[str, str | None] = {"province": None, "city": None, "county": None}
    for name, value in (("province", province), ("city", city), ("county", county)):
        code = _text(value)
        if code is None:
            continue
        div = gz.get(code)
        if div is None:
            chk.bad(f"unknown division code {code!r}", name, code)
            continue
        out[name] = div.code
    if out["county"]:
        city_div, prov_div = gz.city_of(out["county"]), gz.province_of(out["county"])
        for name, div in (("city", city_div), ("province", prov_div)):
            if div is None:
                continue
            if out[name] and out[name] != div.code:
                chk.bad(f"{out['county']} is not in {name} {out[name]}", name, out[name])
            out[name] = div.code
    if out["city"]:
        prov_div = gz.province_of(out["city"])
        if prov_div and out["province"] and out["province"] != prov_div.code:
            chk.bad(f"city {out['city']} is not in province {out['province']}", "province",
                    out["province"])
        if prov_div:
            out["province"] = prov_div.code
    return out


def parse_contact_row(raw: dict[str, Any], *, line: int | None = None,
                      file: str | None = None) -> ContactRecord:
    """Validate one row of the contacts CSV (the column names are the fields)."""
    chk = Checker(line, file)
    case_uid = _text(raw.get("case_id")) or ""
    if not case_uid:
        chk.bad("case_id is required", "case_id")
    elif not UID_RE.match(case_uid):
        chk.bad("case_id may hold only letters, digits, '.', '_', '-' (at most 80)", "case_id",
                case_uid)
    incident_date, _ = chk.date(raw.get("incident_date"), "incident_date")
    case = {"incident_id": _text(raw.get("incident_id")), "incident_date": incident_date,
            **parse_place(chk, raw.get("province"), raw.get("city"), raw.get("county")),
            "industry": chk.code("industry", raw.get("industry"), "industry"),
            "kind": chk.code("kind", raw.get("kind"), "kind"),
            "outcome": chk.code("case_outcome", raw.get("outcome"), "outcome", "unknown")}
    contact = parse_contact_fields(chk, raw)
    return ContactRecord(case_uid, case, contact, line, chk.problems)


def parse_contact_fields(chk: Checker, raw: dict[str, Any]) -> dict[str, Any]:
    """The contact's own fields (shared by the CSV import and logging one contact)."""
    day, at = chk.date(raw.get("contact_date"), "contact_date")
    if raw.get("contact_time") and at is None:
        at = raw["contact_time"] if isinstance(raw["contact_time"], dt.time) else None
    union_name = _text(raw.get("union_name"))
    if not union_name and not _text(raw.get("union_uid")):
        chk.bad("union_name is required", "union_name")
    level = chk.code("union_level", raw.get("union_level"), "union_level")
    department_given = _text(raw.get("department"))
    department = canonical_department(department_given)
    if department_given and department is None:
        chk.bad(f"unknown department {department_given!r}: use a codebook code or a known "
                "local name", "department", department_given)
    department_name = _text(raw.get("department_name"))
    if department_given and department_given != department and not department_name:
        department_name = department_given
    reached = chk.code("reached", raw.get("reached"), "reached")
    if reached is None and not chk.problems_for("reached"):
        chk.bad("reached is required (answered, no_answer or hung_up)", "reached")
    excuses_raw = raw.get("excuses") or []
    if isinstance(excuses_raw, str):
        excuses_raw = excuses_raw.split(";")
    excuses: list[str] = []
    for item in excuses_raw:
        code = chk.code("excuses", item, "excuses")
        if code and code not in excuses:
            excuses.append(code)
    aware = chk.code("aware", raw.get("aware"), "aware", "no_response")
    involved = chk.code("involved", raw.get("involved"), "involved", "unknown")
    after = chk.code("after_contact", raw.get("after_contact"), "after_contact", "none")
    if reached and reached != "answered" and (aware == "yes" or involved == "yes"):
        chk.bad(f"a contact that was not answered ({reached}) cannot say the union was aware "
                "or involved", "reached", reached)
    return {"contact_date": day, "contact_time": at, "union_uid": _text(raw.get("union_uid")),
            "union_name": union_name, "union_level": level, "department": department,
            "department_name": department_name, "person_role": _text(raw.get("person_role")),
            "reached": reached, "aware": aware, "involved": involved, "excuses": excuses,
            "referred_to": _text(raw.get("referred_to")),
            "referral_details": _text(raw.get("referral_details")), "after_contact": after,
            "notes": _text(raw.get("notes"))}
