"""The demo: CLB's union contacts linked to the demo incidents; loading twice changes nothing;
the report's figures on them, counted by hand from accountability_contacts.csv."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from labourmap.accountability.demo import load_demo_accountability
from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.accountability.report import accountability_report
from labourmap.accountability.routing import route_incident
from labourmap.accountability.service import CaseFilter
from labourmap.cli.main import app as cli
from labourmap.db import Database
from labourmap.demo import load_demo
from labourmap.unions.models import Union


def test_demo_load(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    load_demo(db)
    first = load_demo_accountability(db)
    again = load_demo_accountability(db)
    assert (first.unions.created, first.contacts.cases_created) == (31, 10)
    assert (again.unions.created, again.contacts.cases_created, again.contacts.unions_added) \
        == (0, 0, 0)
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Union)) == 31
        assert s.scalar(select(func.count()).select_from(UnionContact)) == 20
        linked = s.scalar(select(func.count()).select_from(AccountabilityCase)
                          .where(AccountabilityCase.incident_id.is_not(None)))
        assert linked == 10
        assert s.scalar(select(func.count()).select_from(UnionContact)
                        .where(UnionContact.union_id.is_(None))) == 0
        r = accountability_report(s, flt=CaseFilter())
        # aware: Danke, Bao'an; unaware: Renqiu, Langfang, Zou; the rest no response
        assert (r.cases, r.aware.n, r.unaware.n, r.no_response.n) == (10, 2, 3, 5)
        # involved: Danke, Mianyang, Panzhou, Bao'an; unknown: Han
        assert (r.involved.n, r.uninvolved.n, r.involvement_unknown.n) == (4, 5, 1)
        assert (r.aware_involved.n, r.aware_involved.pct) == (2, 100.0)
        assert r.excuses[0].code == "outside_scope"
        route = route_incident(s, incident_uid="seed001-renqiu-taxi-2020")
        assert [x.name_zh for x in route.steps] == ["任丘市总工会", "沧州市总工会",
                                                    "河北省总工会"]
        assert route.steps[0].referred_by == "沧州市总工会" and route.steps[1].contacted == 1
    monkeypatch.setenv("LABOURMAP_DATABASE_URL", db.url)
    out = CliRunner().invoke(cli, ["unions", "route", "seed001-huizhou-qiang"]).stdout
    assert out.startswith("1. [referral] 惠州市惠阳区总工会")
