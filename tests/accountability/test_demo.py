"""The demo: CLB's union contacts linked to the demo incidents, loaded by `labourmap demo
load`; loading twice changes nothing; the report's figures on them, counted by hand from
accountability_contacts.csv."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from labourmap.accountability.demo import SEED, load_demo_accountability
from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.accountability.report import accountability_report
from labourmap.accountability.routing import route_incident
from labourmap.accountability.service import CaseFilter
from labourmap.cli.main import app as cli
from labourmap.db import Database
from labourmap.demo import load_demo
from labourmap.unions.models import Union, UnionDepartment

#: Every union contact the report describes: (union, department code or None) -> contacts.
DESCRIBED = {
    ("沧州市总工会", None): 1,
    ("廊坊市总工会", "organising"): 1, ("廊坊市总工会", None): 1,
    ("廊坊市总工会", "grassroots_work"): 1,
    ("朝阳区孙河工会服务站", None): 1,
    ("福州市总工会", None): 1,
    ("北京市东城区总工会", "rights_protection"): 1,  # its legal services department
    ("重庆市教科文卫体工会", None): 2,  # the call, and the call back (hung up)
    ("惠州市总工会", "operator"): 1, ("惠州市总工会", "rights_protection"): 1,
    ("惠州市总工会", None): 1,
    ("惠州市惠阳区总工会", "legal_services"): 1, ("惠州市惠阳区总工会", None): 1,
    ("广东省总工会职工服务热线", "duty_lawyer"): 1,
    ("绵阳市某县总工会（报告未写明县名）", None): 1, ("绵阳市总工会", None): 1,
    ("六盘水市总工会", "economic_work"): 1, ("六盘水市总工会", "rights_protection"): 1,
    ("盘州市总工会", None): 1,
    ("深圳市宝安区总工会", None): 1, ("深圳市宝安区总工会", "rights_protection"): 1,
    ("溧阳市总工会", "rights_protection"): 1,  # its legal services department, interviewed
}


def _state(db: Database) -> dict[str, Any]:
    """Every row the demo writes, with ids and timestamps (to tell that nothing changed)."""
    with db.sessions() as s:
        return {
            "unions": sorted((u.id, u.uid, u.updated_at, u.parent_id) for u in s.scalars(
                select(Union))),
            "departments": sorted((d.id, d.union_id, d.code) for d in s.scalars(
                select(UnionDepartment))),
            "cases": sorted((c.id, c.uid, c.updated_at, c.notes) for c in s.scalars(
                select(AccountabilityCase))),
            "contacts": sorted((c.id, c.case_id, c.seq, c.created_at) for c in s.scalars(
                select(UnionContact))),
        }


def test_demo_covers_every_contact_the_report_describes(db: Database) -> None:
    load_demo(db)
    first = load_demo_accountability(db)
    assert (first.unions.created, first.contacts.cases_created, first.contacts.rows) \
        == (31, 11, 23)
    with db.sessions() as s:
        contacts = list(s.scalars(select(UnionContact)))
        found: dict[tuple[str, str | None], int] = {}
        for c in contacts:
            found[(c.union_name, c.department)] = found.get((c.union_name, c.department), 0) + 1
        assert found == DESCRIBED
        assert all(c.union_id is not None for c in contacts)  # every one in the directory
        dongcheng = next(c for c in contacts if c.union_name == "北京市东城区总工会")
        assert dongcheng.department_name == "法律服务部"
        cases = list(s.scalars(select(AccountabilityCase)))
        assert all(case.notes and SEED in case.notes for case in cases)
        unlinked = [case.uid for case in cases if case.incident_id is None]
        assert unlinked == ["case-liyang-legal-aid-interview"]  # an interview, no incident
        assert s.scalar(select(func.count()).select_from(Union)
                        .where(Union.source_reference == SEED)) == 31


def test_demo_report_counted_by_hand(db: Database) -> None:
    load_demo(db)
    load_demo_accountability(db)
    with db.sessions() as s:
        r = accountability_report(s, flt=CaseFilter())
        # aware: Danke, Bao'an; unaware: Renqiu, Langfang, Zou; no response: Han, Fuzhou,
        # Qiang, Mianyang, Panzhou, Liyang
        assert (r.cases, r.aware.n, r.unaware.n, r.no_response.n) == (11, 2, 3, 6)
        # involved: Danke, Mianyang, Panzhou, Bao'an (the last three took it up);
        # uninvolved: Renqiu, Langfang, Fuzhou, Zou, Qiang; unknown: Han, Liyang
        assert (r.involved.n, r.uninvolved.n, r.involvement_unknown.n) == (4, 5, 2)
        assert (r.aware_involved.n, r.aware_involved.pct) == (2, 100.0)
        assert (r.took_up_after_alert.n, r.took_up_after_alert.pct) == (0, 0.0)
        assert [(e.code, e.n, e.contacts) for e in r.excuses[:3]] == [
            ("no_authority_refer_admin", 3, 3), ("outside_scope", 3, 3),
            ("weak_legal_case", 2, 4)]
        route = route_incident(s, incident_uid="seed001-renqiu-taxi-2020")
        assert [x.name_zh for x in route.steps] == ["任丘市总工会", "沧州市总工会",
                                                    "河北省总工会"]
        assert route.steps[0].referred_by == "沧州市总工会" and route.steps[1].contacted == 1
        panzhou = route_incident(s, incident_uid="seed001-panzhou-yang-2021")
        assert (panzhou.steps[0].name_zh, panzhou.steps[0].contacted) == ("盘州市总工会", 1)


def test_cli_demo_load_loads_unions_and_contacts_and_twice_changes_nothing(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURMAP_DATABASE_URL", db.url)
    runner = CliRunner()
    first = runner.invoke(cli, ["demo", "load"])
    assert first.exit_code == 0, first.output
    assert "31 unions — 31 created" in first.output
    assert "23 union contacts in 11 cases — 11 created" in first.output
    before = _state(db)
    assert (len(before["unions"]), len(before["cases"]), len(before["contacts"])) == (31, 11, 23)
    again = runner.invoke(cli, ["demo", "load"])
    assert again.exit_code == 0, again.output
    assert "31 unions — 0 created, 0 updated, 31 unchanged" in again.output
    assert "11 cases — 0 created, 0 replaced, 11 unchanged" in again.output
    assert _state(db) == before
    out = runner.invoke(cli, ["unions", "route", "seed001-huizhou-qiang"]).stdout
    assert out.startswith("1. [referral] 惠州市惠阳区总工会")


def test_a_changed_case_is_replaced_and_an_editor_note_survives(db: Database) -> None:
    load_demo(db)
    load_demo_accountability(db)
    with db.session() as s:
        case = s.scalar(select(AccountabilityCase)
                        .where(AccountabilityCase.uid == "case-fuzhou-yto-couriers"))
        assert case is not None
        case.outcome = "resolved"
        case.contacts[0].aware = "yes"
        case.notes = "Editor: called the couriers again"
    again = load_demo_accountability(db)
    assert (again.contacts.cases_updated, again.contacts.cases_unchanged) == (1, 10)
    with db.sessions() as s:
        case = s.scalar(select(AccountabilityCase)
                        .where(AccountabilityCase.uid == "case-fuzhou-yto-couriers"))
        assert case is not None and case.outcome == "unknown"
        assert case.contacts[0].aware == "no_response"
        assert case.notes is not None and case.notes.startswith("Editor: called the couriers")
        assert SEED in case.notes
