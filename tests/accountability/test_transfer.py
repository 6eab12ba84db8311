"""CSV import and export of contacts: all or nothing, errors naming row and column,
idempotent, public exports without notes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.accountability.service import CaseFilter
from labourmap.accountability.transfer import COLUMNS, export_contacts, import_contacts
from labourmap.db import Database
from labourmap.errors import ImportRejected
from labourmap.unions.models import Union

from .helpers import HAND_COUNTED, row, write_csv


def _count(db: Database, model: type) -> int:
    with db.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _reject(db: Database, path: Path) -> ImportRejected:
    with pytest.raises(ImportRejected) as info, db.session() as session:
        import_contacts(session, path=path)
    return info.value


def test_errors_name_row_and_column_and_nothing_is_written(db: Database, tmp_path: Path
                                                           ) -> None:
    rows = [row("ok-1", aware="yes"),
            row("bad-1", aware="maybe", excuses="not_member;lazy"),  # line 3
            row("bad-2", county="999999", contact_date="2020-13-01"),  # line 4
            row("bad 3", union_level="village", reached=""),  # line 5
            row("ok-1", outcome="resolved"),  # line 6: differs from line 2
            row("bad-4", incident_id="no-such-incident"),  # line 7
            row("bad-5", reached="no_answer", aware="yes")]  # line 8
    err = _reject(db, write_csv(tmp_path / "bad.csv", rows))
    where = {(p.line, p.field) for p in err.problems}
    assert {(3, "aware"), (3, "excuses"), (4, "county"), (4, "contact_date"),
            (5, "case_id"), (5, "union_level"), (5, "reached"), (6, "outcome"),
            (7, "incident_id"), (8, "reached")} <= where
    assert all(p.file and p.file.endswith("bad.csv") for p in err.problems)
    assert "nothing was written" in err.message
    assert _count(db, AccountabilityCase) == 0 and _count(db, UnionContact) == 0
    assert _count(db, Union) == 0


def test_header_problems(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "h.csv", [row("a")], columns=("case_id", "union_name", "colour"))
    err = _reject(db, path)
    assert err.problems[0].line == 1
    assert "union_level" in err.problems[0].message and "colour" in err.problems[0].message


def test_import_twice_changes_nothing_and_links_unions(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", HAND_COUNTED)
    with db.session() as session:
        first = import_contacts(session, path=path)
    with db.session() as session:
        again = import_contacts(session, path=path)
    assert (first.cases_created, first.unions_added) == (8, 4)
    assert (again.cases_created, again.cases_updated, again.cases_unchanged,
            again.unions_added) == (0, 0, 8, 0)
    assert _count(db, UnionContact) == 10 and _count(db, Union) == 4
    with db.sessions() as s:
        huiyang = s.scalar(select(Union).where(Union.name_zh == "惠阳区总工会"))
        assert huiyang is not None and huiyang.division_code == "441303"
        assert huiyang.level == "district_county"
        huizhou = s.scalar(select(Union).where(Union.name_zh == "惠州市总工会"))
        assert huizhou is not None and huizhou.division_code == "441300"
        c2 = s.scalar(select(AccountabilityCase).where(AccountabilityCase.uid == "c2"))
        assert c2 is not None and c2.outcome == "resolved"
        assert c2.contacts[0].referred_union_id == huizhou.id
        assert c2.contacts[1].contact_time is not None


def test_department_local_names_map_to_codes(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", [row("d1", department="权益保障部"),
                                          row("d1", department="经济工作部"),
                                          row("d1", department="Duty lawyer")])
    with db.session() as session:
        import_contacts(session, path=path)
    with db.sessions() as s:
        deps = [(c.department, c.department_name) for c in
                s.scalars(select(UnionContact).order_by(UnionContact.seq))]
    assert deps == [("rights_protection", "权益保障部"), ("economic_work", "经济工作部"),
                    ("duty_lawyer", "Duty lawyer")]
    err = _reject(db, write_csv(tmp_path / "d2.csv", [row("d2", department="食堂")]))
    assert (err.problems[0].line, err.problems[0].field) == (2, "department")


def test_export_public_and_private(db: Database, tmp_path: Path) -> None:
    rows = [dict(r) for r in HAND_COUNTED]
    rows[0]["notes"] = "Spoke to Mr Wang, 13912345678"
    path = write_csv(tmp_path / "c.csv", rows)
    with db.session() as session:
        import_contacts(session, path=path)
    public, private = io.StringIO(), io.StringIO()
    with db.sessions() as session:
        assert export_contacts(session, public, flt=CaseFilter()) == 10
        export_contacts(session, private, flt=CaseFilter(), private=True)
    assert public.getvalue().splitlines()[0] == ",".join(COLUMNS)
    assert "13912345678" not in public.getvalue() and "Wang" not in public.getvalue()
    assert "13912345678" in private.getvalue()
    assert "2021-03-03 10:30" in public.getvalue()
    # the private export imports back to the same figures
    back = tmp_path / "back.csv"
    back.write_text(private.getvalue(), encoding="utf-8")
    with db.session() as session:
        again = import_contacts(session, path=back)
    # the private export holds everything the import sets: it imports back unchanged
    assert (again.rows, again.cases_unchanged, again.unions_added) == (10, 8, 0)
