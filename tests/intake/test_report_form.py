"""A worker's own report: a bilingual public form; a private post in the review queue; no IP
address or browser data stored anywhere; contact details never public; rate-limited; a
reference number for the sender."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select, text

from labourmap.db import Database
from labourmap.incidents.filters import IncidentFilter
from labourmap.incidents.models import Incident
from labourmap.incidents.transfer import export
from labourmap.intake.models import IntakeReport
from labourmap.intake.ratelimit import RateLimited, RateLimiter
from labourmap.sources.models import Source

from ..review.conftest import csrf, login

STORY = "我在东莞市立新工厂干了八个月，老板拖欠我们三十多人的工资，一共二十万元。"
PHONE = "13912345678"
NAME = "王师傅"
ADDRESS = ("203.0.113.77", 41234)  # the sender's IP address and port, as the server sees them
BROWSER = {"User-Agent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) Fingerprint/91.0.4472",
           "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5", "X-Forwarded-For": "198.51.100.23",
           "Referer": "https://referrer.example/path", "Sec-CH-UA-Platform": "\"Android\""}
REFERENCE = re.compile(r'id="reference">(LM-[A-Z0-9]{4}-[A-Z0-9]{4})<')


def _send(client: TestClient, **extra: str) -> str:
    """Fill in and send the form as a browser does; the reference number shown."""
    token = csrf(client, "/report")
    data = {"csrf_token": token, "text": STORY, "kind": "call_for_help", "relation": "self",
            "province": "440000", "employer": "立新工厂", "contact_name": NAME,
            "contact": PHONE, "wants_help": "yes", "lang": "zh", "website": "", **extra}
    res = client.post("/report", data=data)
    assert res.status_code == 200, res.text
    found = REFERENCE.search(res.text)
    assert found, res.text
    return found.group(1)


def _sender(make_client: Callable[[], TestClient], address: tuple[str, int] = ADDRESS
            ) -> TestClient:
    app = make_client().app
    return TestClient(app, client=address, headers=BROWSER, follow_redirects=False)


def test_the_form_is_bilingual(anon: TestClient) -> None:
    page = anon.get("/report")
    assert page.status_code == 200 and '<html lang="zh-Hans">' in page.text
    for zh, en in (("发生了什么？", "What happened?"), ("类型", "Kind"), ("您是", "You are"),
                   ("我希望得到帮助", "I would like help"), ("省份", "Province"),
                   ("雇主", "Employer"), ("日期", "Date"), ("您的称呼", "Your name"),
                   ("联系方式", "How to reach you"), ("提交", "Send"),
                   ("不会公开", "never published"), ("我们不记录您的IP地址",
                                                    "We do not record your IP address")):
        assert zh in page.text and en in page.text, (zh, en)
    assert "工人求助" in page.text and "A call for help" in page.text
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"] == "no-store"


def test_the_sender_gets_a_reference_number(anon: TestClient, app_db: Database) -> None:
    token = csrf(anon, "/report")
    res = anon.post("/report", data={"csrf_token": token, "text": STORY})
    assert res.status_code == 200
    ref = REFERENCE.search(res.text)
    assert ref and "您的编号" in res.text and "Your reference number" in res.text
    other = _send(anon)
    assert other != ref.group(1)
    with app_db.sessions() as s:
        assert set(s.scalars(select(IntakeReport.reference))) == {ref.group(1), other}


def test_a_report_is_a_private_post_in_the_queue(anon: TestClient, app_db: Database,
                                                 editor: tuple[TestClient, str],
                                                 viewer: tuple[TestClient, str]) -> None:
    ref = _send(anon)
    with app_db.sessions() as s:
        report = s.scalar(select(IntakeReport).where(IntakeReport.reference == ref))
        assert report is not None and report.contact == PHONE and report.wants_help
        src = s.get(Source, report.source_id)
        assert src is not None and not src.public and src.platform == "form"
        assert src.text == STORY
        inc = s.get(Incident, src.incident_id)
        assert inc is not None and inc.status == "in_review"
        # the uid is public once published: it gives away neither the reference nor the form
        assert re.fullmatch(r"p-[0-9a-f]{16}", inc.uid)
        assert _compact(ref)[2:] not in inc.uid
    client, _ = editor
    queue = client.get("/api/v1/review/queue").json()["items"]
    item = next(i for i in queue if i["from_report"])
    assert item["kind"] == "call_for_help" and item["employer"] == "立新工厂"
    inc_view = client.get(f"/api/v1/review/incidents/{item['uid']}").json()
    assert inc_view["sources"][0]["report"]["contact"] == PHONE
    assert inc_view["sources"][0]["report"]["contact_name"] == NAME
    assert inc_view["history"][0]["username"] == "report-form"
    page = client.get(f"/review/incidents/{item['uid']}").text
    assert PHONE in page and ref in page
    # a viewer sees that it is a worker's report, not who sent it
    seen = viewer[0].get(f"/api/v1/review/incidents/{item['uid']}").json()["sources"][0]
    assert seen["report"] is None and seen["report_reference"] == ref
    page = viewer[0].get(f"/review/incidents/{item['uid']}").text
    assert PHONE not in page and NAME not in page and "editors only" in page


def test_no_address_or_browser_is_stored(make_client: Callable[[], TestClient],
                                         app_db: Database) -> None:
    ref = _send(_sender(make_client))
    traces = [ADDRESS[0], str(ADDRESS[1]), BROWSER["X-Forwarded-For"], "Fingerprint",
              "Mozilla", "Android", "zh-CN,zh", "referrer.example", "testclient"]
    tables = inspect(app_db.engine).get_table_names()
    assert {"sources", "intake_reports", "incidents", "audit_entries", "users"} <= set(tables)
    seen_reference = False
    with app_db.engine.connect() as conn:
        for table in tables:
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                flat = " ".join(str(v) for v in row)
                seen_reference = seen_reference or ref in flat
                for trace in traces:
                    assert trace not in flat, (table, trace)
    assert seen_reference  # the scan did read the report's rows


def test_csrf_and_rate_limit(make_client: Callable[[], TestClient], app_db: Database) -> None:
    client = _sender(make_client)
    res = client.post("/report", data={"text": STORY})
    assert res.status_code == 403
    for _ in range(3):  # report_limit=3 in these tests
        _send(client)
    token = csrf(client, "/report")
    res = client.post("/report", data={"csrf_token": token, "text": STORY})
    assert res.status_code == 429
    assert "提交过于频繁" in res.text and "too many reports" in res.text
    _send(_sender(make_client, ("192.0.2.5", 5000)))  # another sender is not held back
    with app_db.sessions() as s:
        assert len(s.scalars(select(IntakeReport.id)).all()) == 4


def test_behind_a_local_proxy_senders_are_told_apart(make_client: Callable[[], TestClient]
                                                     ) -> None:
    """As `labourmap serve` runs it: a proxy on the same machine forwards each sender's address,
    and the limit holds each sender apart; a forwarded address from anywhere else is ignored."""
    from labourmap.cli.serve import server_config

    app: Any = make_client().app
    config = server_config(app.state.settings)
    config.load()

    def through(peer: str, forwarded: str) -> TestClient:
        headers = {**BROWSER, "X-Forwarded-For": forwarded}
        return TestClient(config.loaded_app, client=(peer, 41000), headers=headers,
                          follow_redirects=False)

    first = through("127.0.0.1", "198.51.100.1")
    for _ in range(3):
        _send(first)
    token = csrf(first, "/report")
    assert first.post("/report", data={"csrf_token": token, "text": STORY}).status_code == 429
    _send(through("127.0.0.1", "198.51.100.2"))  # another sender behind the same proxy
    outsider = through("203.0.113.9", "198.51.100.3")  # not a trusted proxy: its own address
    for _ in range(3):
        _send(outsider)
    spoofed = through("203.0.113.9", "198.51.100.4")  # a new forwarded address: no way round
    token = csrf(spoofed, "/report")
    assert spoofed.post("/report", data={"csrf_token": token, "text": STORY}).status_code == 429


def test_the_limiter_forgets_after_an_hour() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=1, clock=lambda: now[0])
    limiter.check("10.0.0.1")
    assert "10.0.0.1" in limiter
    assert all(b"10.0.0.1" not in k for k in limiter._seen)  # only a keyed hash is kept
    with pytest.raises(RateLimited):
        limiter.check("10.0.0.1")
    limiter.check("10.0.0.2")
    now[0] = 3601.0
    limiter.check("10.0.0.1")
    assert "10.0.0.2" not in limiter  # forgotten an hour after its last report


def _compact(ref: str) -> str:
    return ref.replace("-", "").lower()


def test_a_published_report_leaks_nothing_private(anon: TestClient, app_db: Database,
                                                  make_client: Callable[[], TestClient]
                                                  ) -> None:
    ref = _send(anon)
    client = make_client()
    token = login(client, "editor")
    uid = next(i["uid"] for i in client.get("/api/v1/review/queue").json()["items"]
               if i["from_report"])
    headers = {"X-CSRF-Token": token}
    res = client.patch(f"/api/v1/review/incidents/{uid}", headers=headers,
                       json={"title_en": "Unpaid wages at a Dongguan factory", "city": "441900",
                             "date": "2024-05-01"})
    assert res.status_code == 200, res.text
    assert client.post(f"/api/v1/review/incidents/{uid}/publish",
                       headers=headers).status_code == 200
    public = {path: anon.get(path).text for path in (
        f"/api/v1/incidents/{uid}", f"/incidents/{uid}", "/api/v1/incidents",
        "/api/v1/incidents.csv", "/api/v1/incidents.json", "/api/v1/incidents.geojson",
        "/api/v1/incidents.atom", "/api/v1/incidents?q=立新", "/api/v1/map/points",
        "/api/v1/stats", "/", "/calls", "/data", f"/api/v1/incidents/{uid}?lang=en")}
    assert "Unpaid wages at a Dongguan factory" in public[f"/api/v1/incidents/{uid}"]
    assert uid in public["/api/v1/incidents.csv"]
    with app_db.sessions() as s:
        out = io.StringIO()
        export(s, out, fmt="jsonl", flt=IncidentFilter())
        public["labourmap export"] = out.getvalue()
    for where, body in public.items():
        for secret in (STORY[:12], STORY[-10:], PHONE, NAME, ref):
            assert secret not in body, (where, secret)
        assert _compact(ref) not in body.lower().replace("-", ""), where


def test_a_bot_filling_the_hidden_field_stores_nothing(anon: TestClient, app_db: Database
                                                       ) -> None:
    token = csrf(anon, "/report")
    res = anon.post("/report", data={"csrf_token": token, "text": STORY,
                                     "website": "https://spam.example"})
    assert res.status_code == 200 and not REFERENCE.search(res.text)
    with app_db.sessions() as s:
        assert s.scalars(select(IntakeReport.id)).all() == []
