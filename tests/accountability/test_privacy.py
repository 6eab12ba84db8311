"""Notes, contact persons, phone numbers and referral details never reach a public page,
a public API answer or a public export; editors read them through the private route."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from labourmap.accountability.schemas import ContactIn
from labourmap.accountability.service import log_contact
from labourmap.accountability.transfer import import_contacts
from labourmap.db import Database
from labourmap.settings import Settings
from labourmap.unions.schemas import DepartmentIn, UnionCreate
from labourmap.unions.service import add_union
from labourmap.users.service import add_user
from labourmap.web.app import create_app

from .helpers import PASSWORD, login, row, write_csv

SECRETS = ("NOTE-SECRET", "13912345678", "0752-7654321", "王主任", "REFERRAL-SECRET",
           "CASE-NOTE", "CONTACT-PERSON")


@pytest.fixture
def client(db: Database, tmp_path: Path) -> TestClient:
    with db.session() as s:
        add_union(s, data=UnionCreate(
            uid="u-huiyang", name_zh="惠州市惠阳区总工会", level="district_county",
            division_code="441303", phone="0752-7654321", contact_person="CONTACT-PERSON",
            departments=[DepartmentIn(code="维权部", phone="13912345678")]))
        add_union(s, data=UnionCreate(uid="u-open", name_zh="公开工会", level="municipal",
                                      division_code="441300", phone="0752-1111111",
                                      contact_public=True))
        add_user(s, username="viewer", password=PASSWORD, role="viewer")
        add_user(s, username="editor", password=PASSWORD, role="editor")
    path = write_csv(tmp_path / "c.csv", [
        row("p1", union_name="惠州市惠阳区总工会", notes="NOTE-SECRET call 13912345678",
            aware="no", excuses="weak_legal_case")])
    with db.session() as s:
        import_contacts(s, path=path)
        log_contact(s, case_uid="p1", contact=ContactIn(
            union_uid="u-open", reached="answered", person_role="王主任",
            referral_details="REFERRAL-SECRET", notes="NOTE-SECRET again"))
    app = create_app(Settings(database_url=db.url, secret_key="k", var_dir=tmp_path), db=db)
    return TestClient(app, follow_redirects=False)


PUBLIC = ("/api/v1/accountability/report", "/api/v1/accountability/regions?level=province",
          "/api/v1/accountability/regions?level=city", "/api/v1/accountability/regions/440000",
          "/api/v1/accountability/regions/441300", "/api/v1/accountability/cases",
          "/api/v1/unions", "/api/v1/unions/u-huiyang", "/api/v1/unions/u-huiyang/scorecard",
          "/api/v1/unions/u-open/scorecard", "/accountability/report", "/unions/u-huiyang",
          "/unions/u-open", "/accountability/regions/440000", "/accountability/regions/441300",
          "/unions/u-huiyang?lang=zh", "/accountability", "/accountability?lang=zh",
          "/api/v1/openapi.json")


def test_nothing_private_in_public_answers(client: TestClient) -> None:
    for url in PUBLIC:
        res = client.get(url)
        assert res.status_code == 200, (url, res.text[:200])
        for secret in SECRETS:
            assert secret not in res.text, (url, secret)
    cases = client.get("/api/v1/accountability/cases").json()["items"]
    assert cases[0]["contacts"][0]["union_name"] == "惠州市惠阳区总工会"
    assert "notes" not in cases[0]["contacts"][0] and "notes" not in cases[0]


def test_public_contact_details_shown_only_when_marked(client: TestClient) -> None:
    assert client.get("/api/v1/unions/u-open").json()["phone"] == "0752-1111111"
    assert "0752-1111111" in client.get("/unions/u-open").text
    hidden = client.get("/api/v1/unions/u-huiyang").json()
    assert hidden["phone"] is None and hidden["contact_person"] is None
    assert hidden["departments"][0]["phone"] is None
    assert hidden["departments"][0]["code"] == "rights_protection"


def test_private_case_for_signed_in_users_only(client: TestClient) -> None:
    assert client.get("/api/v1/accountability/cases/p1").status_code == 401
    login(client, "viewer")
    case = client.get("/api/v1/accountability/cases/p1").json()
    assert case["contacts"][0]["notes"].startswith("NOTE-SECRET")
    assert case["contacts"][1]["referral_details"] == "REFERRAL-SECRET"
    assert client.post("/api/v1/accountability/cases/p1/contacts",
                       json={"union_uid": "u-open", "reached": "answered"}).status_code == 403


def test_editor_logs_a_follow_up(client: TestClient) -> None:
    token = login(client, "editor")
    res = client.post("/api/v1/accountability/cases/p1/contacts",
                      headers={"X-CSRF-Token": token},
                      json={"union_uid": "u-huiyang", "reached": "answered", "aware": "yes",
                            "after_contact": "took_up", "contact_date": "2021-05-02",
                            "department": "维权部"})
    assert res.status_code == 201, res.text
    contacts = res.json()["contacts"]
    assert [c["follow_up"] for c in contacts] == [False, False, True]
    assert contacts[2]["department"] == "rights_protection"
    bad = client.post("/api/v1/accountability/cases/p1/contacts",
                      headers={"X-CSRF-Token": token},
                      json={"union_uid": "u-huiyang", "reached": "maybe"})
    assert bad.status_code == 422
    assert bad.json()["error"]["problems"][0]["field"] == "reached"


def test_map_page_in_english_and_chinese(client: TestClient) -> None:
    en = client.get("/accountability?lang=en").text
    zh = client.get("/accountability?lang=zh").text
    for key in ("aware_rate", "involved_rate", "took_up_rate", "participated_rate",
                "reach_rate", "cases"):
        assert f'<option value="{key}">' in en and f'<option value="{key}">' in zh
    assert "Shade by" in en and "Took the case up after the alert (% of unaware cases)" in en
    assert "着色依据" in zh and "提醒后接手（占不知情个案）" in zh
    labels = json.loads(zh.split('id="acc-labels">')[1].split("</script>")[0])
    assert labels["level"]["district_county"] == "区县总工会"
    assert 'href="/accountability/report?lang=zh"' in zh
    assert "/static/js/accountability.js" in zh and 'id="acc-labels"' in zh
