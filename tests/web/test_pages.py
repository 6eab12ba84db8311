"""The HTML pages: what each map lists, the default date range, the incident page, two
languages, errors as pages, the accountability tab."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from labourmap.db import Database
from labourmap.web.pages import months_before

from .site_data import HIDDEN, ID_CARD, PHONE, PRIVATE_TEXT, PRIVATE_URL, make_app


@pytest.fixture
def client(db: Database, tmp_path: Path) -> TestClient:
    return TestClient(make_app(db, tmp_path))


def listed(html: str) -> list[str]:
    block = html.split('id="incident-list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'href="/incidents/([^"?]+)', block)


def test_strike_map_defaults_to_six_months_up_to_the_newest(client: TestClient) -> None:
    res = client.get("/")
    assert res.status_code == 200
    html = res.text
    assert 'value="2021-02-02"' in html and 'value="2021-08-01"' in html
    assert listed(html) == ["gd-factory-2", "gd-factory", "gd-build"]
    assert "3 incidents" in html


def test_an_empty_date_means_no_bound(client: TestClient) -> None:
    html = client.get("/", params={"date_from": "", "date_to": ""}).text
    assert listed(html) == ["gd-factory-2", "gd-factory", "gd-build", "hebei-taxi"]


def test_each_map_lists_its_kind(client: TestClient) -> None:
    assert listed(client.get("/accidents").text) == ["bj-accident"]
    assert listed(client.get("/calls").text) == ["cd-help"]


def test_filters_in_the_url_are_applied_and_shown(client: TestClient) -> None:
    html = client.get("/", params={"date_from": "", "province": "440000", "city": "441900",
                                   "industry": "manufacturing", "q": "再次"}).text
    assert listed(html) == ["gd-factory-2"]
    assert '<option value="441900" selected>' in html
    assert 'value="manufacturing" checked' in html
    assert 'href="/api/v1/incidents.csv?kind=collective_action' in html


def test_chinese_pages_use_the_codebook_and_the_catalogue(client: TestClient) -> None:
    res = client.get("/", params={"lang": "zh", "date_from": ""})
    html = res.text
    assert '<html lang="zh-Hans">' in html
    assert "罢工地图" in html and "制造业" in html and "全部省份" in html
    assert "深圳宝安建筑工人讨薪" in html
    assert "2021年8月1日" in html
    assert res.cookies.get("lang") == "zh"
    again = client.get("/accidents")  # the cookie keeps the language
    assert "工作场所事故" in again.text and "北京朝阳工地坠落事故" in again.text


def test_incident_page(client: TestClient) -> None:
    html = client.get("/incidents/gd-build", params={"lang": "en"}).text
    assert "Builders demand pay" in html and "深圳宝安建筑工人讨薪" in html
    assert "2 March 2021" in html
    assert "Guangdong" in html and "Shenzhen" in html and "Bao&#39;an" in html or "Bao" in html
    for label in ("Construction", "Wage arrears", "State-owned", "Police", "Protest"):
        assert label in html, label
    assert "https://example.org/public-post" in html
    assert PRIVATE_URL not in html and PRIVATE_TEXT not in html
    assert PHONE not in html and ID_CARD not in html and "139********" in html
    zh = client.get("/incidents/gd-factory", params={"lang": "zh"}).text
    assert "东莞裕元工人罢工" in zh and "外资/港澳台资" in zh and "罢工/停工" in zh
    assert "/incidents/gd-factory-2" in zh  # related: same employer, same place


def test_hidden_incidents_have_no_page_and_no_trace(client: TestClient) -> None:
    for uid in HIDDEN:
        res = client.get(f"/incidents/{uid}")
        assert res.status_code == 404
        assert res.headers["content-type"].startswith("text/html")
    for path in ("/", "/accidents", "/calls", "/incidents/gd-factory"):
        html = client.get(path, params={"date_from": ""}).text
        assert not any(uid in html for uid in HIDDEN), path
        assert "SECRET" not in html


def test_a_bad_filter_is_an_html_error_page(client: TestClient) -> None:
    res = client.get("/", params={"industry": "farming", "lang": "zh"})
    assert res.status_code == 422
    assert "请求无效" in res.text and "industry" in res.text


def test_data_page_has_the_dictionary(client: TestClient) -> None:
    html = client.get("/data", params={"lang": "zh"}).text
    assert "数据字典" in html and "<code>amount_yuan</code>" in html and "采矿业" in html


def test_the_accountability_tab_opens_its_map(client: TestClient) -> None:
    assert 'href="/accountability"' in client.get("/").text
    page = client.get("/accountability")
    assert page.status_code == 200 and "/api/v1/accountability/regions" in page.text
    regions = client.get("/api/v1/accountability/regions")
    assert regions.status_code == 200 and "items" in regions.json()


def test_months_before() -> None:
    assert months_before(dt.date(2021, 8, 1), 6) == dt.date(2021, 2, 2)
    assert months_before(dt.date(2021, 8, 31), 6) == dt.date(2021, 3, 1)
    assert months_before(dt.date(2021, 3, 1), 6) == dt.date(2020, 9, 2)
