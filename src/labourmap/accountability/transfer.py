"""CSV import and export of investigations, one row per contact.

Columns: ``case_id, incident_id, incident_date, province, city, county, industry, kind,
contact_date, union_name, union_level, department, reached, aware, involved, excuses,
referred_to, after_contact, outcome, notes`` (``excuses`` joined by ``;``). The import is all
or nothing: every row is checked first, and any bad row rejects the file with every problem
named by line and column. The case columns (incident to outcome) may be left empty on a
case's later rows; two rows that fill one differently are an error. A case in the file
replaces that case's contacts; a case that is already stored as the file has it is left
untouched, so importing the same file twice changes nothing. A public
export leaves ``notes`` empty and names an incident only when it is published.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.accountability.records import (
    CASE_FIELDS,
    Checker,
    ContactRecord,
    parse_contact_row,
    parse_place,
)
from labourmap.accountability.service import (
    CaseFilter,
    contact_row,
    fill_case,
    incident_uids,
    load_cases,
    refresh_case_date,
    resolve_union,
)
from labourmap.csvrows import read_csv_rows
from labourmap.errors import ImportRejected, Problem
from labourmap.incidents.models import Incident

COLUMNS = ("case_id", "incident_id", "incident_date", "province", "city", "county", "industry",
           "kind", "contact_date", "union_name", "union_level", "department", "reached",
           "aware", "involved", "excuses", "referred_to", "after_contact", "outcome", "notes")
REQUIRED = ("case_id", "union_name", "union_level", "reached")
MAX_LISTED = 1000


@dataclass
class ContactImportResult:
    rows: int = 0
    cases_created: int = 0
    cases_updated: int = 0
    cases_unchanged: int = 0
    unions_added: int = 0


def read_contact_rows(fh: IO[str], *, label: str) -> Iterable[tuple[int, dict[str, Any] | None,
                                                                     Problem | None]]:
    """``(line, row, problem)`` for each data row of a contacts CSV."""
    return read_csv_rows(fh, label=label, required=REQUIRED, known=COLUMNS)

def validate_contacts(session: Session, rows: Iterable[tuple[int, dict[str, Any] | None,
                                                              Problem | None]], *, label: str
                      ) -> dict[str, list[ContactRecord]]:
    """Every row checked, cases grouped (in file order); :class:`ImportRejected` if any
    problem — rows of one case must agree on the case's columns, incidents must exist."""
    problems: list[Problem] = []
    cases: dict[str, list[ContactRecord]] = {}
    given: dict[str, dict[str, tuple[Any, int | None]]] = {}
    for line, raw, problem in rows:
        if problem:
            problems.append(problem)
            continue
        assert raw is not None
        rec = parse_contact_row(raw, line=line, file=label)
        problems.extend(rec.problems)
        if rec.problems:
            continue
        cases.setdefault(rec.case_uid, []).append(rec)
        seen = given.setdefault(rec.case_uid, {})
        for col in CASE_FIELDS:  # a case's columns may be left empty after its first row
            if not str(raw.get(col) or "").strip():
                continue
            if col not in seen:
                seen[col] = (rec.case[col], line)
            elif seen[col][0] != rec.case[col]:
                problems.append(Problem(
                    f"{col} differs from line {seen[col][1]} of case {rec.case_uid!r}",
                    field=col, value=raw.get(col), line=line, file=label))
    for uid, recs in cases.items():
        head = recs[0].case
        head.update({col: value for col, (value, _) in given[uid].items()})
        head.update(parse_place(Checker(None, None), head["province"], head["city"],
                                head["county"]))
    wanted = {recs[0].case["incident_id"] for recs in cases.values()} - {None}
    found = set(session.scalars(select(Incident.uid).where(Incident.uid.in_(wanted)))) \
        if wanted else set()
    for recs in cases.values():
        uid = recs[0].case["incident_id"]
        if uid and uid not in found:
            problems.append(Problem(f"no incident {uid!r} (leave incident_id empty for a case "
                                    "that stands on its own fields)", field="incident_id",
                                    value=uid, line=recs[0].line, file=label))
    if problems:
        problems.sort(key=lambda p: (p.line or 0))
        bad = len({p.line for p in problems})
        more = f" (first {MAX_LISTED} listed)" if len(problems) > MAX_LISTED else ""
        raise ImportRejected(f"{label}: {bad} bad row(s), {len(problems)} problem(s); nothing "
                             "was written" + more, problems[:MAX_LISTED])
    return cases


#: The columns of a stored contact that an import sets (compared to tell "unchanged").
CONTACT_KEYS = ("contact_date", "contact_time", "union_id", "union_name", "union_level",
                "department", "department_name", "person_role", "reached", "aware", "involved",
                "excuses", "referred_to", "referred_union_id", "referral_details",
                "after_contact", "notes")


def _signature(contacts: Iterable[UnionContact]) -> list[tuple[Any, ...]]:
    return [tuple(list(getattr(c, k) or []) if k == "excuses" else getattr(c, k)
                  for k in CONTACT_KEYS) for c in contacts]


def _case_fields(case: AccountabilityCase) -> tuple[Any, ...]:
    return tuple(getattr(case, k) for k in ("incident_id", "incident_date", "province", "city",
                                            "county", "industry", "kind", "outcome"))


def write_cases(session: Session, cases: dict[str, list[ContactRecord]]) -> ContactImportResult:
    """Write validated cases in the caller's transaction. Each replaces the stored case of its
    uid; a stored case whose fields and contacts are the same is left as it is (unchanged).
    Every union is found or added first, so that a referral names a union of the same file."""
    result = ContactImportResult(rows=sum(len(r) for r in cases.values()))
    staged = []
    for uid, recs in cases.items():
        head = recs[0].case
        case = session.scalar(select(AccountabilityCase).where(AccountabilityCase.uid == uid))
        new_case = case is None
        if case is None:
            case = AccountabilityCase(uid=uid)
            session.add(case)
        before = _case_fields(case)
        incident = session.scalar(select(Incident).where(Incident.uid == head["incident_id"])) \
            if head["incident_id"] else None
        case.outcome = head["outcome"] or "unknown"
        fill_case(case, incident=incident, incident_date=head["incident_date"],
                  place={k: head[k] for k in ("province", "city", "county")},
                  industry=head["industry"], kind=head["kind"])
        place = {"province": case.province, "city": case.city, "county": case.county}
        unions = []
        for rec in recs:
            union, added = resolve_union(session, name=rec.contact["union_name"],
                                         level=rec.contact["union_level"], case_place=place)
            result.unions_added += added
            unions.append(union)
        staged.append((case, new_case, before, recs, unions))
    for case, new_case, before, recs, unions in staged:
        rows = []
        for seq, (rec, union) in enumerate(zip(recs, unions, strict=True), start=1):
            row = contact_row(session, rec.contact, union=union)
            row.seq = seq
            rows.append(row)
        if new_case:
            result.cases_created += 1
        elif _signature(case.contacts) == _signature(rows) and _case_fields(case) == before:
            result.cases_unchanged += 1
            continue
        else:
            result.cases_updated += 1
            case.contacts.clear()
            session.flush()
        case.contacts.extend(rows)
        refresh_case_date(case)
    session.flush()
    return result


def import_contacts(session: Session, *, path: Path) -> ContactImportResult:
    """Import a contacts CSV: validate all rows, then write (or raise, writing nothing)."""
    label = str(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        cases = validate_contacts(session, read_contact_rows(fh, label=label), label=label)
    return write_cases(session, cases)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(value)
    return str(value) if not hasattr(value, "isoformat") else value.isoformat()


def export_contacts(session: Session, out: IO[str], *, flt: CaseFilter, private: bool = False
                    ) -> int:
    """Write the matching cases' contacts as CSV; public unless ``private`` (then with notes
    and every incident id). Returns the number of rows."""
    cases = load_cases(session, flt=flt)
    incidents = incident_uids(session, cases, published_only=not private)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for case in cases:
        for c in case.contacts:
            when = _cell(c.contact_date)
            if when and c.contact_time:
                when += " " + c.contact_time.strftime("%H:%M")
            row = {"case_id": case.uid, "incident_id": incidents.get(case.incident_id or -1),
                   "incident_date": case.incident_date, "province": case.province,
                   "city": case.city, "county": case.county, "industry": case.industry,
                   "kind": case.kind, "contact_date": when, "union_name": c.union_name,
                   "union_level": c.union_level, "department": c.department,
                   "reached": c.reached, "aware": c.aware, "involved": c.involved,
                   "excuses": list(c.excuses or []), "referred_to": c.referred_to,
                   "after_contact": c.after_contact, "outcome": case.outcome,
                   "notes": c.notes if private else None}
            writer.writerow([_cell(row[col]) for col in COLUMNS])
            n += 1
    return n
