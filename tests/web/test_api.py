"""The minimal API: published incidents only, every filter, one error shape."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from labourmap.db import Database
from labourmap.incidents.transfer import import_file
from labourmap.settings import Settings
from labourmap.web.app import create_app

from ..incidents.helpers import row, write_csv

ROWS = [
    row(uid="hebei-taxi", date="2020-05-11"),
    row(uid="gd-build", date="2021-03-02", province="440000", city="440300", county="440306",
        industry="construction", forms="protest", demands="wage_arrears",
        participants="100-999", ownership="state_owned"),
    row(uid="gd-factory", date="2021-07-09", province="440000", city="441900", county="",
        industry="manufacturing", forms="strike", demands="pay;social_insurance",
        participants="1000-9999", ownership="foreign_invested",
        description_en="Call 13912345678 for details"),
    row(uid="bj-accident", kind="workplace_accident", forms="", date="2019-01-20",
        province="110000", city="110000", county="110105", industry="construction", demands="",
        killed="2", injured="1", accident_type="fall", participants=""),
    row(uid="hidden-draft", status="draft", date="2021-01-01"),
    row(uid="hidden-review", status="in_review", date="2021-01-01"),
    row(uid="hidden-rejected", status="rejected", date="2021-01-01"),
]


@pytest.fixture
def client(db: Database, tmp_path: Path) -> TestClient:
    import_file(db, write_csv(tmp_path / "rows.csv", ROWS), today=date(2026, 1, 1))
    app = create_app(Settings(database_url=db.url), db=db)
    return TestClient(app)


def uids(client: TestClient, **params: str) -> set[str]:
    res = client.get("/api/v1/incidents", params=params)
    assert res.status_code == 200, res.text
    return {i["uid"] for i in res.json()["items"]}


PUBLISHED = {"hebei-taxi", "gd-build", "gd-factory", "bj-accident"}


def test_only_published_incidents_are_listed(client: TestClient) -> None:
    assert uids(client) == PUBLISHED
    assert client.get("/api/v1/incidents").json()["total"] == 4
    for hidden in ("hidden-draft", "hidden-review", "hidden-rejected"):
        res = client.get(f"/api/v1/incidents/{hidden}")
        assert res.status_code == 404
        assert res.json()["error"]["code"] == "not_found"
    assert client.get("/api/v1/stats").json()["total"] == 4


@pytest.mark.parametrize(("params", "expected"), [
    ({"kind": "workplace_accident"}, {"bj-accident"}),
    ({"province": "440000"}, {"gd-build", "gd-factory"}),
    ({"city": "441900"}, {"gd-factory"}),
    ({"county": "440306"}, {"gd-build"}),
    ({"industry": "construction"}, {"gd-build", "bj-accident"}),
    ({"industry": "construction,manufacturing"}, {"gd-build", "gd-factory", "bj-accident"}),
    ({"demands": "social_insurance"}, {"gd-factory"}),
    ({"demands": "pay"}, {"hebei-taxi", "gd-factory"}),
    ({"forms": "strike"}, {"gd-factory"}),
    ({"ownership": "state_owned"}, {"gd-build"}),
    ({"participants": "1000-9999"}, {"gd-factory"}),
    ({"date_from": "2021-01-01", "date_to": "2021-06-30"}, {"gd-build"}),
    ({"date_from": "2021-01-01", "province": "440000", "industry": "manufacturing"},
     {"gd-factory"}),
])
def test_filters(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    assert uids(client, **params) == expected


def test_list_is_newest_first_and_paged(client: TestClient) -> None:
    page1 = client.get("/api/v1/incidents", params={"size": 2}).json()
    page2 = client.get("/api/v1/incidents", params={"size": 2, "page": 2}).json()
    assert [i["uid"] for i in page1["items"]] == ["gd-factory", "gd-build"]
    assert [i["uid"] for i in page2["items"]] == ["hebei-taxi", "bj-accident"]
    assert page1["total"] == page2["total"] == 4


def test_incident_has_codes_places_and_masked_text(client: TestClient) -> None:
    inc = client.get("/api/v1/incidents/gd-factory").json()
    assert inc["demands"] == ["pay", "social_insurance"]
    assert [p["code"] for p in inc["places"]] == ["440000", "441900"]
    assert inc["places"][1]["name_en"].startswith("Dongguan")
    assert "13912345678" not in inc["description_en"]


def test_stats_count_by_province_and_month(client: TestClient) -> None:
    stats = client.get("/api/v1/stats", params={"industry": "construction"}).json()
    assert stats["total"] == 2
    assert {c["key"]: c["count"] for c in stats["by_province"]} == {"440000": 1, "110000": 1}
    assert {c["key"] for c in stats["by_month"]} == {"2021-03", "2019-01"}
    assert {c["key"]: c["count"] for c in stats["by_year"]} == {"2019": 1, "2021": 1}


def test_unknown_code_is_a_422_naming_the_field(client: TestClient) -> None:
    res = client.get("/api/v1/incidents", params={"industry": "farming"})
    assert res.status_code == 422
    err = res.json()["error"]
    assert err["code"] == "invalid"
    assert err["problems"][0]["field"] == "industry"
    assert "agriculture" in err["problems"][0]["message"]


def test_bad_date_is_a_422_in_the_same_shape(client: TestClient) -> None:
    res = client.get("/api/v1/incidents", params={"date_from": "yesterday"})
    assert res.status_code == 422
    assert set(res.json()["error"]) == {"code", "message", "problems"}


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"


def test_app_refuses_to_start_on_an_out_of_date_schema(tmp_path: Path) -> None:
    from labourmap.errors import SchemaOutOfDate

    empty = Database(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(SchemaOutOfDate, match="labourmap db upgrade"):
        create_app(Settings(database_url=empty.url), db=empty)
