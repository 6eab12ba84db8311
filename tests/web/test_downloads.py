"""Downloads (CSV, JSON, GeoJSON, XLSX), the data dictionary and the Atom feed: the filtered
selection, published incidents only, identifiers masked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from labourmap.db import Database
from labourmap.incidents.records import COLUMNS

from .site_data import ID_CARD, PHONE, PRIVATE_TEXT, PRIVATE_URL, PUBLISHED, make_app


@pytest.fixture
def client(db: Database, tmp_path: Path) -> TestClient:
    return TestClient(make_app(db, tmp_path))


def _csv(client: TestClient, **params: str) -> list[dict[str, str]]:
    res = client.get("/api/v1/incidents.csv", params=params)
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("text/csv")
    assert "attachment" in res.headers["content-disposition"]
    text = res.content.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_csv_is_the_filtered_selection(client: TestClient) -> None:
    assert {r["uid"] for r in _csv(client)} == PUBLISHED
    rows = _csv(client, province="440000", industry="manufacturing")
    assert {r["uid"] for r in rows} == {"gd-factory", "gd-factory-2"}
    factory = next(r for r in rows if r["uid"] == "gd-factory")
    assert factory["demands"] == "pay;social_insurance"
    assert factory["status"] == "published"
    assert {r["uid"] for r in _csv(client, q="罢工")} == {"gd-factory", "gd-factory-2"}


def test_every_format_is_masked_and_public_only(client: TestClient) -> None:
    for fmt in ("csv", "json", "geojson"):
        text = client.get(f"/api/v1/incidents.{fmt}").text
        assert PHONE not in text and ID_CARD not in text, fmt
        assert PRIVATE_TEXT not in text and PRIVATE_URL not in text, fmt
        assert "139********" in text
        assert "hidden-" not in text
    data = json.loads(client.get("/api/v1/incidents.json").text)
    assert {r["uid"] for r in data} == PUBLISHED
    assert list(data[0]) == list(COLUMNS)
    geo = json.loads(client.get("/api/v1/incidents.geojson", params={"kind": "call_for_help"}).text)
    assert geo["type"] == "FeatureCollection"
    assert [f["id"] for f in geo["features"]] == ["cd-help"]
    assert geo["features"][0]["geometry"]["type"] == "Point"


def test_many_rows_stream_in_chunks(db: Database, tmp_path: Path) -> None:
    from datetime import date

    from labourmap.incidents.transfer import import_file
    from labourmap.settings import Settings
    from labourmap.web.app import create_app

    from ..incidents.helpers import row, write_csv

    rows = [row(uid=f"many-{i:05d}", date="2021-01-01") for i in range(4500)]
    import_file(db, write_csv(tmp_path / "many.csv", rows), today=date(2026, 1, 1))
    client = TestClient(create_app(Settings(database_url=db.url), db=db))
    data = json.loads(client.get("/api/v1/incidents.json").text)
    assert len(data) == 4500 and len({r["uid"] for r in data}) == 4500
    geo = json.loads(client.get("/api/v1/incidents.geojson").text)
    assert len(geo["features"]) == 4500
    assert len(_csv(client)) == 4500


def test_xlsx_has_incidents_and_the_dictionary(client: TestClient) -> None:
    res = client.get("/api/v1/incidents.xlsx", params={"province": "440000"})
    assert res.status_code == 200
    assert "spreadsheetml" in res.headers["content-type"]
    wb = load_workbook(io.BytesIO(res.content), read_only=True)
    rows = list(wb["incidents"].iter_rows(values_only=True))
    assert rows[0] == COLUMNS
    assert {r[0] for r in rows[1:]} == {"gd-build", "gd-factory", "gd-factory-2"}
    assert not any(PHONE in str(c) for r in rows for c in r)
    dictionary = list(wb["dictionary"].iter_rows(values_only=True))
    assert [r[0] for r in dictionary[1:]] == list(COLUMNS)


def test_data_dictionary(client: TestClient) -> None:
    d = client.get("/api/v1/dictionary").json()
    assert [c["name"] for c in d["columns"]] == list(COLUMNS)
    industry = next(c for c in d["columns"] if c["name"] == "industry")
    assert {"code": "mining", "en": "Mining", "zh": "采矿业"} in industry["codes"]
    text = client.get("/api/v1/dictionary.csv").content.decode("utf-8-sig")
    assert text.splitlines()[0] == "column,type,description,说明,codes"


def test_atom_feed_of_a_filtered_view(client: TestClient) -> None:
    res = client.get("/api/v1/incidents.atom", params={"province": "440000", "lang": "zh"})
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(res.content)
    assert not feed.bozo, feed.bozo_exception
    titles = [e.title for e in feed.entries]
    assert titles == ["裕元工人再次罢工", "东莞裕元工人罢工", "深圳宝安建筑工人讨薪"]
    assert feed.entries[0].link.endswith("/incidents/gd-factory-2?lang=zh")
    assert "罢工" in feed.entries[0].summary  # the codebook's Chinese label of the form
    text = res.text
    assert PHONE not in text and ID_CARD not in text and "hidden-" not in text
    en = feedparser.parse(client.get("/api/v1/incidents.atom",
                                     params={"kind": "workplace_accident", "lang": "en"}).content)
    assert [e.title for e in en.entries] == ["Fall at a Beijing building site"]
