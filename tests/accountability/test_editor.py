"""Editors log union contacts, follow-ups and a case's outcome on the incident's private review
page; viewers read (notes included) but cannot write; anonymous visitors and writes without
the CSRF token are refused; a bad value is refused with an error naming the field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from labourmap.accountability.models import AccountabilityCase, UnionContact
from labourmap.db import Database
from labourmap.demo import load_all_demo
from labourmap.settings import Settings
from labourmap.unions.models import Union
from labourmap.users.service import add_user
from labourmap.web.app import create_app

from .helpers import PASSWORD, login

QIANG = "seed001-huizhou-qiang"
SANITATION = "seed000-guangzhou-sanitation-2008"  # an incident nobody has called about
PAGE = "/review/incidents/{}"
LOG = "/review/incidents/{}/accountability/contacts"
CASE = "/review/incidents/{}/accountability/case"


@pytest.fixture
def client(db: Database, tmp_path: Path) -> TestClient:
    load_all_demo(db)
    with db.session() as s:
        add_user(s, username="viewer", password=PASSWORD, role="viewer")
        add_user(s, username="editor", password=PASSWORD, role="editor")
    app = create_app(Settings(database_url=db.url, secret_key="k", var_dir=tmp_path), db=db)
    test_client = TestClient(app, follow_redirects=False)
    test_client.db = db
    return test_client


def _db(client: TestClient) -> Database:
    db: Database = client.db
    return db


def _contacts(client: TestClient, case_uid: str) -> list[UnionContact]:
    with _db(client).sessions() as s:
        case = s.scalar(select(AccountabilityCase).where(AccountabilityCase.uid == case_uid))
        return list(case.contacts) if case else []


def _count(client: TestClient) -> int:
    with _db(client).sessions() as s:
        return int(s.scalar(select(func.count()).select_from(UnionContact)) or 0)


def _form(token: str, **values: Any) -> dict[str, Any]:
    return {"csrf_token": token, "reached": "answered", "aware": "no_response",
            "involved": "unknown", "after_contact": "none", **values}


def test_the_page_shows_the_case_with_its_notes_and_suggests_unions_by_route(
        client: TestClient) -> None:
    login(client, "editor")
    page = client.get(PAGE.format(QIANG)).text
    panel = page[page.index('<section id="accountability"'):]
    assert "Call made by Qiang himself" in panel  # private notes: this page is private
    assert 'data-awareness="no_response"' in panel and 'data-involvement="uninvolved"' in panel
    assert "Unresolved · 未解决" in panel  # the outcome, both languages
    assert 'action="/review/incidents/seed001-huizhou-qiang/accountability/contacts"' in panel
    # the picker: unions already called, then the route's suggestions, then the directory
    groups = [panel.index(f'<optgroup label="{g}') for g in (
        "Contacted on this case", "Suggested for this incident", "Directory, this province")]
    assert groups == sorted(groups)
    suggested = panel[groups[1]:groups[2]]
    assert suggested.index("广东省总工会") > 0
    for field in ("reached", "aware", "involved", "after_contact", "department", "outcome"):
        assert f'name="{field}"' in panel, field
    assert panel.count('name="excuses"') == 8
    # a new case: the first suggestion is the county, then city, then province
    fresh = client.get(PAGE.format(SANITATION)).text
    assert "No union has been contacted about this incident yet" in fresh
    assert 'value="new:municipal:广州市总工会" selected' in fresh
    names = fresh.split('<datalist id="acc-union-names">')[1].split("</datalist>")[0]
    assert '<option value="广州市总工会">' in names and "not in the directory" not in names


def test_editor_logs_a_contact_then_a_follow_up_then_the_outcome(client: TestClient) -> None:
    token = login(client, "editor")
    before = len(_contacts(client, "case-huizhou-qiang"))
    res = client.post(LOG.format(QIANG), data=_form(
        token, union="uid:union-huizhou-huiyang-district", contact_date="2022-03-01",
        contact_time="09:15", department="权益保障部", person_role="Vice-chair · 副主席",
        aware="yes", involved="no", excuses=["weak_legal_case", "not_member"],
        after_contact="promised", referred_to="惠州市总工会", notes='She said: "we will see"'))
    assert res.status_code == 303
    assert res.headers["location"] == "/review/incidents/seed001-huizhou-qiang#accountability"
    logged = _contacts(client, "case-huizhou-qiang")[-1]
    assert len(_contacts(client, "case-huizhou-qiang")) == before + 1
    assert (str(logged.contact_date), str(logged.contact_time)) == ("2022-03-01", "09:15:00")
    assert (logged.union_name, logged.department, logged.department_name) == (
        "惠州市惠阳区总工会", "rights_protection", "权益保障部")
    assert logged.excuses == ["weak_legal_case", "not_member"]
    assert (logged.aware, logged.after_contact, logged.person_role) == (
        "yes", "promised", "Vice-chair · 副主席")
    page = client.get(PAGE.format(QIANG)).text
    assert 'data-awareness="aware"' in page  # the coded result follows the new contact
    assert "She said: &#34;we will see&#34;" in page or 'She said: "we will see"' in page
    # a follow-up: the link preselects the union of the contact followed up
    follow = client.get(PAGE.format(QIANG) + f"?follow_up={logged.seq}").text
    assert f"Follow-up of contact · 跟进联系 #{logged.seq}" in follow
    assert 'value="uid:union-huizhou-huiyang-district" selected' in follow
    client.post(LOG.format(QIANG), data=_form(
        token, union="uid:union-huizhou-huiyang-district", contact_date="2022-03-08",
        after_contact="took_up"))
    case = client.get("/api/v1/accountability/cases/case-huizhou-qiang").json()
    assert case["contacts"][-1]["follow_up"] is True
    assert case["coding"]["involvement"] == "involved"
    res = client.post(CASE.format(QIANG), data={"csrf_token": token, "outcome": "resolved",
                                               "notes": "Paid after the union stepped in"})
    assert res.status_code == 303
    case = client.get("/api/v1/accountability/cases/case-huizhou-qiang").json()
    assert (case["outcome"], case["notes"]) == ("resolved", "Paid after the union stepped in")


def test_logging_opens_a_case_and_adds_a_suggested_union(client: TestClient) -> None:
    token = login(client, "editor")
    res = client.post(LOG.format(SANITATION), data=_form(
        token, union="new:municipal:广州市总工会", reached="no_answer"))
    assert res.status_code == 303, res.text
    contacts = _contacts(client, f"case-{SANITATION}")
    assert [(c.union_name, c.reached) for c in contacts] == [("广州市总工会", "no_answer")]
    with _db(client).sessions() as s:
        added = s.scalar(select(Union).where(Union.name_zh == "广州市总工会"))
        assert added is not None and (added.level, added.division_code) == ("municipal",
                                                                             "440100")
        case = s.scalar(select(AccountabilityCase)
                        .where(AccountabilityCase.uid == f"case-{SANITATION}"))
        assert case is not None and case.province == "440000" and case.kind == \
            "collective_action"
    # a union typed by name (not in the list) wins over the picker
    client.post(LOG.format(SANITATION), data=_form(
        token, union="new:municipal:广州市总工会", union_name="广州市环卫行业工会",
        union_level="sectoral"))
    assert _contacts(client, f"case-{SANITATION}")[-1].union_name == "广州市环卫行业工会"


def test_viewers_read_but_cannot_write(client: TestClient) -> None:
    token = login(client, "viewer")
    page = client.get(PAGE.format(QIANG)).text
    assert "Call made by Qiang himself" in page
    assert "/accountability/contacts" not in page and 'name="excuses"' not in page
    n = _count(client)
    res = client.post(LOG.format(QIANG), data=_form(token, union="uid:union-huizhou-municipal"))
    assert res.status_code == 403
    assert client.post(CASE.format(QIANG), data={"csrf_token": token,
                                                 "outcome": "resolved"}).status_code == 403
    assert client.patch("/api/v1/accountability/cases/case-huizhou-qiang",
                        headers={"X-CSRF-Token": token},
                        json={"outcome": "resolved"}).status_code == 403
    assert _count(client) == n


def test_anonymous_and_missing_csrf_are_refused(client: TestClient) -> None:
    n = _count(client)
    res = client.post(LOG.format(QIANG), data={"union": "uid:union-huizhou-municipal",
                                               "reached": "answered"})
    assert res.status_code == 303 and res.headers["location"].startswith("/login")
    assert client.get(PAGE.format(QIANG)).headers["location"].startswith("/login")
    token = login(client, "editor")
    no_token = _form(token, union="uid:union-huizhou-municipal")
    del no_token["csrf_token"]
    assert client.post(LOG.format(QIANG), data=no_token).status_code == 403
    wrong = _form("forged", union="uid:union-huizhou-municipal")
    assert client.post(LOG.format(QIANG), data=wrong).status_code == 403
    assert client.post(CASE.format(QIANG), data={"outcome": "resolved"}).status_code == 403
    assert _count(client) == n


#: A bad form value, and the field the error must name.
BAD_VALUES: list[tuple[dict[str, Any], str]] = [
    ({"reached": "maybe"}, "reached"),
    ({"aware": "perhaps"}, "aware"),
    ({"involved": "kind of"}, "involved"),
    ({"after_contact": "later"}, "after_contact"),
    ({"excuses": ["not_member", "lazy"]}, "excuses"),
    ({"department": "食堂"}, "department"),
    ({"contact_date": "2021-13-01"}, "contact_date"),
    ({"contact_time": "09:00"}, "contact_time"),  # a time without a date
    ({"union": ""}, "union"),
    ({"union": "", "union_name": "某新工会"}, "union_level"),  # not in the directory
    ({"union": "uid:no-such-union"}, "union_uid"),
    ({"reached": "no_answer", "aware": "yes"}, "reached"),
]


def test_bad_values_are_refused_naming_the_field(client: TestClient) -> None:
    token = login(client, "editor")
    n = _count(client)
    for values, field in BAD_VALUES:
        res = client.post(LOG.format(SANITATION), data=_form(
            token, **{"union": "uid:union-guangdong-provincial", **values}))
        assert res.status_code == 422, values
        assert f"<code>{field}</code>" in res.text, (values, field)
    assert _count(client) == n
    with _db(client).sessions() as s:  # nor was a case opened
        assert s.scalar(select(AccountabilityCase)
                        .where(AccountabilityCase.uid == f"case-{SANITATION}")) is None


def test_bad_outcome_is_refused_naming_the_field(client: TestClient) -> None:
    token = login(client, "editor")
    res = client.post(CASE.format(QIANG), data={"csrf_token": token, "outcome": "won"})
    assert res.status_code == 422 and "<code>outcome</code>" in res.text
    api = client.patch("/api/v1/accountability/cases/case-huizhou-qiang",
                       headers={"X-CSRF-Token": token}, json={"outcome": "won"})
    assert api.status_code == 422
    assert api.json()["error"]["problems"][0]["field"] == "outcome"


def test_notes_logged_here_never_reach_public_answers(client: TestClient) -> None:
    token = login(client, "editor")
    client.post(LOG.format(QIANG), data=_form(
        token, union="uid:union-huizhou-municipal", person_role="ROLE-SECRET",
        referral_details="REFERRAL-SECRET", notes="NOTE-SECRET 13912345678"))
    client.post(CASE.format(QIANG), data={"csrf_token": token, "outcome": "unresolved",
                                          "notes": "CASE-SECRET"})
    public = TestClient(client.app)
    for url in ("/api/v1/accountability/cases", "/api/v1/unions/union-huizhou-municipal",
                "/api/v1/unions/union-huizhou-municipal/scorecard",
                "/unions/union-huizhou-municipal", "/unions/union-huizhou-municipal?lang=zh",
                "/accountability/regions/441300", "/accountability/regions/440000",
                "/api/v1/accountability/regions/441300", "/accountability",
                "/accountability/report", f"/incidents/{QIANG}", f"/api/v1/incidents/{QIANG}"):
        res = public.get(url)
        assert res.status_code == 200, url
        for secret in ("ROLE-SECRET", "REFERRAL-SECRET", "NOTE-SECRET", "13912345678",
                       "CASE-SECRET", "Call made by Qiang himself"):
            assert secret not in res.text, (url, secret)
