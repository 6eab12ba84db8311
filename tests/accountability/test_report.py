"""The report: every figure checked against the hand-counted fixture (helpers.HAND_COUNTED),
through the service, the CLI (text and JSON) and the JSON route."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from labourmap.accountability.report import accountability_report
from labourmap.accountability.service import CaseFilter
from labourmap.accountability.transfer import import_contacts
from labourmap.cli.main import app as cli
from labourmap.db import Database
from labourmap.settings import Settings
from labourmap.web.app import create_app

from .helpers import HAND_COUNTED, write_csv

#: Counted by hand from the comments in helpers.HAND_COUNTED (8 cases).
EXPECTED = {
    "cases": 8,
    "aware": {"n": 3, "pct": 37.5},  # c3 c4 c6
    "unaware": {"n": 3, "pct": 37.5},  # c1 c2 c7
    "no_response": {"n": 2, "pct": 25.0},  # c5 c8
    "involved": {"n": 3, "pct": 37.5},  # c2 (took up) c3 c8 (took up)
    "uninvolved": {"n": 2, "pct": 25.0},  # c1 c4
    "involvement_unknown": {"n": 3, "pct": 37.5},  # c5 c6 c7
    "took_up_after_alert": {"n": 1, "pct": 33.3},  # c2, of 3 unaware
    "aware_not_involved": {"n": 1, "pct": 33.3},  # c4, of 3 aware
    "aware_involved": {"n": 1, "pct": 33.3},  # c3, of 3 aware
}
EXCUSES = [("not_member", 3, 37.5, 3), ("wrong_jurisdiction", 1, 12.5, 1),
           ("bureaucratic_deflection", 1, 12.5, 1), ("already_in_legal_process", 1, 12.5, 1)]


@pytest.fixture
def loaded(db: Database, tmp_path: Path) -> Database:
    path = write_csv(tmp_path / "contacts.csv", HAND_COUNTED)
    with db.session() as session:
        result = import_contacts(session, path=path)
    assert (result.rows, result.cases_created) == (10, 8)
    return db


def _check(data: dict[str, object]) -> None:
    for key, value in EXPECTED.items():
        assert data[key] == value, key
    excuses = [(e["code"], e["n"], e["pct"], e["contacts"]) for e in data["excuses"]]  # type: ignore[attr-defined,index]
    assert excuses == EXCUSES


def test_every_figure(loaded: Database) -> None:
    with loaded.sessions() as session:
        report = accountability_report(session, flt=CaseFilter())
    data = report.model_dump()
    assert list(data) == ["cases", "aware", "unaware", "no_response", "involved", "uninvolved",
                          "involvement_unknown", "took_up_after_alert", "aware_not_involved",
                          "aware_involved", "excuses"]
    _check(data)


def test_filters_by_case_date_and_province(loaded: Database) -> None:
    with loaded.sessions() as session:
        # case dates: c1 c5-c8 2020-05-01 (incident), c2 2021-03-02, c3 2019-06-01, c4 2020-01-10
        r = accountability_report(session, flt=CaseFilter(date_from=dt.date(2020, 2, 1),
                                                          date_to=dt.date(2020, 12, 31)))
        assert r.cases == 5
        assert (r.unaware.n, r.aware.n, r.no_response.n) == (2, 1, 2)
        beijing = accountability_report(session, flt=CaseFilter(province="110000"))
        assert beijing.cases == 2
        assert (beijing.aware.n, beijing.aware.pct, beijing.no_response.n) == (1, 50.0, 1)
        assert beijing.excuses == []


def test_cli_json_and_text(loaded: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABOURMAP_DATABASE_URL", loaded.url)
    runner = CliRunner()
    res = runner.invoke(cli, ["accountability", "report", "--format", "json"])
    assert res.exit_code == 0, res.output
    _check(json.loads(res.stdout))
    text = runner.invoke(cli, ["accountability", "report"]).stdout
    assert "Cases investigated: 8" in text
    assert "Took the case up after the alert" in text and "33.3% of unaware cases" in text
    assert "1. Not a union member (not_member)" in text
    html = runner.invoke(cli, ["accountability", "report", "--format", "html"]).stdout
    assert html.startswith("<!doctype html>") and "37.5%" in html
    bad = runner.invoke(cli, ["accountability", "report", "--from", "May 2020"])
    assert bad.exit_code == 1


def test_json_route_and_page(loaded: Database, tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(database_url=loaded.url, var_dir=tmp_path),
                                   db=loaded))
    _check(client.get("/api/v1/accountability/report").json())
    page = client.get("/accountability/report")
    assert page.status_code == 200
    assert 'data-key="took_up_after_alert">1<' in page.text
    assert page.text.count("<svg") == 4 and "cdn" not in page.text.lower()
    zh = client.get("/accountability/report?lang=zh").text
    assert "提醒后接手" in zh and "非工会会员" in zh
    guangdong = client.get("/accountability/report?province=440000&lang=zh").text
    assert 'href="?province=440000&amp;lang=en"' in guangdong  # the switch keeps the filter
    assert 'data-key="cases">4<' in guangdong
    regions = client.get("/api/v1/accountability/regions?level=province").json()["items"]
    by_code = {r["code"]: r for r in regions}
    assert by_code["440000"]["cases"] == 4 and by_code["440000"]["aware_rate"] == 0.5
    assert by_code["110000"]["reach_rate"] == 0.5
    assert by_code["130000"]["took_up_rate"] == 0.0
    cities = client.get("/api/v1/accountability/regions?level=city").json()["items"]
    assert {r["code"] for r in cities} == {"441300", "110000", "130900"}
