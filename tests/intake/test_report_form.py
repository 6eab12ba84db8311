"""A worker's own report: bilingual, private, rate-limited, no address stored, a reference."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from sqlalchemy import select, text

from labourmap.db import Database
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.transfer import export
from labourmap.intake.models import IntakeReport
from labourmap.intake.ratelimit import RateLimited, RateLimiter
from labourmap.sources.models import Source

from ..review.conftest import csrf, login

STORY = "我在东莞市立新工厂干了八个月，老板拖欠我们三十多人的工资，一共二十万元。"
PHONE = "13912345678"


def _send(client: TestClient, **extra: str) -> str:
    token = csrf(client, "/report")
    data = {"csrf_token": token, "text": STORY, "kind": "call_for_help", "relation": "self",
            "province": "440000", "employer": "立新工厂", "contact_name": "王师傅",
            "contact": PHONE, "wants_help": "yes", **extra}
    res = client.post("/report", data=data)
    assert res.status_code == 200, res.text
    found = re.search(r'id="reference">(LM-[A-Z0-9]{4}-[A-Z0-9]{4})<', res.text)
    assert found, res.text
    return found.group(1)


def test_the_form_is_bilingual(anon: TestClient) -> None:
    page = anon.get("/report")
    assert page.status_code == 200
    for label in ("发生了什么？", "What happened?", "联系方式", "How to reach you", "提交"):
        assert label in page.text


def test_a_report_is_a_private_post_in_the_queue(anon: TestClient, app_db: Database,
                                                 editor: tuple[TestClient, str]) -> None:
    ref = _send(anon)
    with app_db.sessions() as s:
        report = s.scalar(select(IntakeReport).where(IntakeReport.reference == ref))
        assert report is not None and report.contact == PHONE and report.wants_help
        src = s.get(Source, report.source_id)
        assert src is not None and not src.public and src.platform == "form"
        assert src.text == STORY
    client, _ = editor
    queue = client.get("/api/v1/review/queue").json()["items"]
    item = next(i for i in queue if i["from_report"])
    assert item["kind"] == "call_for_help" and item["employer"] == "立新工厂"
    inc = client.get(f"/api/v1/review/incidents/{item['uid']}").json()
    assert inc["sources"][0]["report"]["contact"] == PHONE
    assert inc["history"][0]["username"] == "report-form"


def test_no_address_or_browser_is_stored(anon: TestClient, app_db: Database) -> None:
    _send(anon, contact="")
    address = "testclient"  # the TestClient's client address
    with app_db.engine.connect() as conn:
        for table in ("sources", "intake_reports", "incidents", "audit_entries"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                flat = " ".join(str(v) for v in row)
                assert address not in flat and "python-httpx" not in flat, table


def test_csrf_and_rate_limit(make_client: Callable[[], TestClient]) -> None:
    client = make_client()
    res = client.post("/report", data={"text": STORY})
    assert res.status_code == 403
    for _ in range(3):  # report_limit=3 in these tests
        _send(client)
    token = csrf(client, "/report")
    res = client.post("/report", data={"csrf_token": token, "text": STORY})
    assert res.status_code == 429
    assert "提交过于频繁" in res.text


def test_the_limiter_forgets_after_an_hour() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=1, clock=lambda: now[0])
    limiter.check("10.0.0.1")
    assert "10.0.0.1" in limiter
    assert all(b"10.0.0.1" not in k for k in limiter._seen)
    try:
        limiter.check("10.0.0.1")
        raise AssertionError("not limited")
    except RateLimited:
        pass
    limiter.check("10.0.0.2")
    now[0] = 3601.0
    limiter.check("10.0.0.1")


def test_a_published_report_leaks_nothing_private(anon: TestClient, app_db: Database,
                                                  make_client: Callable[[], TestClient]
                                                  ) -> None:
    ref = _send(anon)
    client = make_client()
    token = login(client, "editor")
    uid = next(i["uid"] for i in client.get("/api/v1/review/queue").json()["items"]
               if i["from_report"])
    headers = {"X-CSRF-Token": token}
    client.patch(f"/api/v1/review/incidents/{uid}", headers=headers,
                 json={"title_en": "Unpaid wages at a Dongguan factory", "city": "441900"})
    assert client.post(f"/api/v1/review/incidents/{uid}/publish",
                       headers=headers).status_code == 200
    public = [anon.get(f"/api/v1/incidents/{uid}").text, anon.get(f"/incidents/{uid}").text,
              anon.get("/api/v1/incidents").text, anon.get("/api/v1/incidents.csv").text,
              anon.get("/api/v1/incidents.json").text, anon.get("/api/v1/incidents.geojson").text,
              anon.get("/api/v1/incidents.atom").text]
    assert "Unpaid wages at a Dongguan factory" in public[0]
    with app_db.sessions() as s:
        out = io.StringIO()
        export(s, out, fmt="jsonl", flt=IncidentFilter())
        public.append(out.getvalue())
    for body in public:
        for secret in (STORY[:12], PHONE, "王师傅", ref):
            assert secret not in body
