"""The public site's JSON API on SQLite and PostgreSQL: every filter (keywords in Chinese and
English included), the map's aggregates and points, related incidents, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text as sa_text

from labourmap.db import Database

from .site_data import HIDDEN, PUBLISHED, make_app


@pytest.fixture
def client(db: Database, tmp_path: Path) -> TestClient:
    return TestClient(make_app(db, tmp_path))


def uids(client: TestClient, **params: str) -> set[str]:
    res = client.get("/api/v1/incidents", params=params)
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["total"] == len(body["items"])
    return {i["uid"] for i in body["items"]}


@pytest.mark.parametrize(("params", "expected"), [
    ({}, PUBLISHED),
    ({"kind": "collective_action"}, {"hebei-taxi", "gd-build", "gd-factory", "gd-factory-2"}),
    ({"kind": "call_for_help,workplace_accident"}, {"cd-help", "bj-accident"}),
    ({"date_from": "2021-06-01"}, {"gd-factory", "gd-factory-2", "cd-help"}),
    ({"date_to": "2020-12-31"}, {"hebei-taxi", "bj-accident"}),
    ({"date_from": "2021-01-01", "date_to": "2021-06-30"}, {"gd-build", "cd-help"}),
    ({"province": "440000"}, {"gd-build", "gd-factory", "gd-factory-2"}),
    ({"province": "440000,510000"}, {"gd-build", "gd-factory", "gd-factory-2", "cd-help"}),
    ({"city": "441900"}, {"gd-factory", "gd-factory-2"}),
    ({"county": "110105"}, {"bj-accident"}),
    ({"industry": "manufacturing"}, {"gd-factory", "gd-factory-2"}),
    ({"demands": "wage_arrears"}, {"gd-build", "cd-help"}),
    ({"demands": "severance,social_insurance"}, {"gd-factory", "gd-factory-2"}),
    ({"forms": "strike"}, {"gd-factory", "gd-factory-2"}),
    ({"ownership": "state_owned"}, {"gd-build"}),
    ({"participants": "1-9"}, {"cd-help"}),
    ({"responses": "police"}, {"gd-build", "gd-factory"}),
    ({"responses": "negotiation"}, {"gd-build"}),
    ({"q": "罢工"}, {"gd-factory", "gd-factory-2"}),           # two characters: LIKE
    ({"q": "再次罢工"}, {"gd-factory-2"}),                       # four: trigram index
    ({"q": "中铁十四局"}, {"gd-build"}),                          # the employer
    ({"q": "yue yuen"}, {"gd-factory", "gd-factory-2"}),       # English, any case, two terms
    ({"q": "STRIKE again"}, {"gd-factory-2"}),
    ({"q": "for details"}, {"gd-factory"}),                    # the description
    ({"q": "SECRET"}, set()),                                  # hidden incidents only
    ({"q": "100%"}, set()),
    ({"q": "罢工", "city": "441900", "date_to": "2021-07-31"}, {"gd-factory"}),
    ({"province": "440000", "industry": "manufacturing", "responses": "police"},
     {"gd-factory"}),
])
def test_every_filter(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    assert uids(client, **params) == expected
    stats = client.get("/api/v1/stats", params=params).json()
    assert stats["total"] == len(expected)
    regions = client.get("/api/v1/map/regions", params=params).json()
    assert regions["total"] == len(expected)


@pytest.mark.parametrize(("params", "field"), [
    ({"q": "电话13912345678"}, "q"),
    ({"q": "x" * 201}, "q"),
    ({"q": "罢工\x00厂"}, "q"),  # a NUL ended SQLite's full-text query mid-string: a 500
    ({"responses": "shouting"}, "responses"),
    ({"province": "44"}, "province"),
    ({"date_from": "2021-02-01", "date_to": "2021-01-01"}, "date_from"),
])
def test_bad_filters_are_422_naming_the_field(client: TestClient, params: dict[str, str],
                                              field: str) -> None:
    for path in ("/api/v1/incidents", "/api/v1/stats", "/api/v1/map/regions",
                 "/api/v1/map/points", "/api/v1/incidents.csv", "/api/v1/incidents.atom",
                 "/api/v1/incidents.xlsx"):
        res = client.get(path, params=params)
        assert res.status_code == 422, (path, res.text)
        assert res.json()["error"]["problems"][0]["field"] == field


def test_region_counts_by_province_and_city(client: TestClient) -> None:
    prov = client.get("/api/v1/map/regions", params={"level": "province"}).json()
    counts = {r["code"]: r["count"] for r in prov["items"]}
    assert counts == {"440000": 3, "130000": 1, "110000": 1, "510000": 1}
    names = {r["code"]: (r["name_zh"], r["name_en"]) for r in prov["items"]}
    assert names["440000"] == ("广东省", "Guangdong")
    city = client.get("/api/v1/map/regions", params={"level": "city", "province": "440000"})
    assert {r["code"]: r["count"] for r in city.json()["items"]} == {"440300": 1, "441900": 2}
    assert client.get("/api/v1/map/regions", params={"level": "county"}).status_code == 422


def test_points_are_geojson_in_the_box(client: TestClient) -> None:
    fc = client.get("/api/v1/map/points").json()
    assert fc["type"] == "FeatureCollection" and not fc["truncated"]
    assert {f["id"] for f in fc["features"]} == PUBLISHED
    lon, lat = next(f for f in fc["features"] if f["id"] == "gd-factory")["geometry"]["coordinates"]
    assert 113 < lon < 114.5 and 22.5 < lat < 23.5  # Dongguan
    guangdong = client.get("/api/v1/map/points", params={"bbox": "109,20,117.5,25.6"}).json()
    assert {f["id"] for f in guangdong["features"]} == {"gd-build", "gd-factory", "gd-factory-2"}
    few = client.get("/api/v1/map/points", params={"limit": 2}).json()
    assert few["truncated"] and few["total"] == len(PUBLISHED) and len(few["features"]) == 2
    props = next(f for f in fc["features"] if f["id"] == "gd-factory")["properties"]
    assert props["demands"] == ["pay", "social_insurance"]
    for bad in ("1,2,3", "10,20,5,30", "a,b,c,d"):
        assert client.get("/api/v1/map/points", params={"bbox": bad}).status_code == 422


def test_incident_has_related_incidents_published_only(client: TestClient) -> None:
    inc = client.get("/api/v1/incidents/gd-factory").json()
    assert [r["uid"] for r in inc["related_employer"]] == ["gd-factory-2"]
    assert [r["uid"] for r in inc["related_place"]] == ["gd-factory-2"]
    assert inc["related_place"][0]["places"][1]["code"] == "441900"
    lone = client.get("/api/v1/incidents/cd-help").json()
    assert lone["related_employer"] == [] and lone["related_place"] == []


def test_codebook_and_divisions(client: TestClient) -> None:
    cb = client.get("/api/v1/codebook").json()
    industry = next(f for f in cb["fields"] if f["name"] == "industry")
    assert {"code": "construction", "en": "Construction", "zh": "建筑业"} in industry["codes"]
    provs = client.get("/api/v1/divisions").json()["items"]
    assert len(provs) == 31 and all(p["code"].endswith("0000") for p in provs)
    cities = client.get("/api/v1/divisions", params={"province": "440000"}).json()["items"]
    assert {"440300", "441900"} <= {c["code"] for c in cities}
    assert [c["code"] for c in client.get("/api/v1/divisions",
                                          params={"province": "110000"}).json()["items"]] == [
        "110000"]
    assert client.get("/api/v1/divisions", params={"province": "440300"}).status_code == 422


def test_hidden_incidents_are_absent_from_every_answer(client: TestClient) -> None:
    answers = [client.get(path, params=params).text for path, params in [
        ("/api/v1/incidents", {"size": "500"}), ("/api/v1/stats", {}),
        ("/api/v1/map/points", {}), ("/api/v1/incidents/gd-factory", {}),
        ("/api/v1/incidents.csv", {}), ("/api/v1/incidents.json", {}),
        ("/api/v1/incidents.geojson", {}), ("/api/v1/incidents.atom", {}),
    ]]
    for text in answers:
        for uid in HIDDEN:
            assert uid not in text
        assert "SECRET" not in text
    for uid in HIDDEN:
        assert client.get(f"/api/v1/incidents/{uid}").status_code == 404
    regions = client.get("/api/v1/map/regions", params={"city": "441900"}).json()
    assert regions["total"] == 2


def test_a_read_outlives_the_server_dropping_its_connection(db: Database,
                                                            tmp_path: Path) -> None:
    """The public reads' pool sends no ping before each use (a round trip per request); a
    connection the server has dropped fails once, and the read runs again on a new one."""
    if db.is_sqlite:
        pytest.skip("SQLite has no server to drop a connection")
    client = TestClient(make_app(db, tmp_path))
    assert client.get("/api/v1/incidents/gd-build").status_code == 200
    with db.reads() as session:  # the connection the request used, back in the pool
        pid = session.execute(sa_text("SELECT pg_backend_pid()")).scalar_one()
    with db.engine.connect() as conn:
        assert conn.execute(sa_text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    for path in ("/api/v1/incidents/gd-build", "/incidents/gd-build"):
        assert client.get(path).status_code == 200, path
