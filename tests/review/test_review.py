"""The review desk on posts read by the real engine: the queue, evidence highlighted on the
original text, edits with their history, merge, split, publish and reject — through the JSON
API and the HTML pages."""

from __future__ import annotations

import re
from datetime import datetime
from html import unescape
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from labourmap.db import Database
from labourmap.ingest.extractor import LocalRunner, default_extractor
from labourmap.ingest.pipeline import ingest

from ..ingest.helpers import STRIKE, STRIKE_AGAIN, STRIKE_TRADITIONAL, write_jsonl


def _queue(client: TestClient, status: str = "in_review") -> list[dict[str, Any]]:
    res = client.get("/api/v1/review/queue", params={"status": status})
    assert res.status_code == 200, res.text
    items: list[dict[str, Any]] = res.json()["items"]
    return items


def _incident(client: TestClient, uid: str) -> dict[str, Any]:
    res = client.get(f"/api/v1/review/incidents/{uid}")
    assert res.status_code == 200, res.text
    data: dict[str, Any] = res.json()
    return data


def _strike(client: TestClient) -> dict[str, Any]:
    return _incident(client, next(i["uid"] for i in _queue(client)
                                  if i["kind"] == "collective_action"))


def _history_rows(page: str) -> list[list[str]]:
    """The cells of the history table of an incident page."""
    table = re.search(r'<table class="history">(.*?)</table>', page, re.S)
    assert table, page[:300]
    rows = [[unescape(c).strip() for c in re.findall(r"<td>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", table.group(1), re.S)]
    return [r for r in rows if r]


def test_the_queue_and_an_incident_with_its_evidence(editor: tuple[TestClient, str]) -> None:
    client, _ = editor
    items = _queue(client)
    assert [(i["kind"], i["sources"]) for i in items] == [("collective_action", 2),
                                                           ("workplace_accident", 1)]
    inc = _strike(client)
    assert inc["status"] == "in_review" and inc["employer"] == "鸿运精密制品有限公司"
    assert [s["text"] for s in inc["sources"]] == [STRIKE["text"], STRIKE_AGAIN["text"]]
    post = inc["sources"][0]
    assert "".join(s["text"] for s in post["segments"]) == post["text"]
    employer = next(e for e in post["evidence"] if e["field"] == "employer")
    assert post["text"][employer["start"]:employer["end"]] == "鸿运精密制品有限公司" == \
        employer["quote"]
    assert inc["confidence"]["employer"] == employer["confidence"] > 0
    marked = [s["text"] for s in post["segments"] if "employer" in s["fields"]]
    assert marked == ["鸿运精密制品有限公司"]
    page = client.get(f"/review/incidents/{inc['uid']}")
    assert page.status_code == 200
    # both posts side by side, each with its evidence marked
    assert '<mark data-fields="employer" title="employer">鸿运精密制品有限公司</mark>' in page.text
    assert '<mark data-fields="employer" title="employer">鸿运精密制品公司</mark>' in page.text
    assert page.text.count('<article class="card source"') == 2
    assert "Employer · 雇主" in page.text and "<q>约三百</q>" in page.text
    queue = client.get("/review")
    assert queue.status_code == 200 and inc["uid"] in queue.text


def test_evidence_is_highlighted_on_the_original_text(editor: tuple[TestClient, str],
                                                      app_db: Database, tmp_path: Path) -> None:
    engine = default_extractor()
    ingest(app_db, sources=[str(write_jsonl(tmp_path / "t.jsonl", [STRIKE_TRADITIONAL]))],
           extractor=engine, runner=LocalRunner(engine))
    client, _ = editor
    inc = _strike(client)
    post = next(s for s in inc["sources"] if s["external_id"] == "t1")
    assert post["text"] == STRIKE_TRADITIONAL["text"]
    quotes = {e["field"]: e["quote"] for e in post["evidence"]}
    assert (quotes["employer"], quotes["date"], quotes["county"]) == (
        "鴻運精密製品有限公司", "３月１２日", "寶安區")
    for e in post["evidence"]:
        assert post["text"][e["start"]:e["end"]] == e["quote"]
    assert post["segments"][0] == {"text": "\u3000\u3000", "fields": []}
    page = client.get(f"/review/incidents/{inc['uid']}").text
    assert '<mark data-fields="employer" title="employer">鴻運精密製品有限公司</mark>' in page
    assert '<mark data-fields="date" title="date">３月１２日</mark>' in page


def test_edits_are_validated_and_written_to_the_history(editor: tuple[TestClient, str]
                                                        ) -> None:
    client, token = editor
    inc = _strike(client)
    uid, headers = inc["uid"], {"X-CSRF-Token": token}
    res = client.patch(f"/api/v1/review/incidents/{uid}", headers=headers, json={
        "version": inc["version"], "ownership": "private", "county": "440305",
        "demands": ["wage_arrears", "social_insurance"], "employer": "深圳鸿运精密制品有限公司"})
    assert res.status_code == 200, res.text
    after = res.json()
    assert (after["ownership"], after["county"], after["city"]) == ("private", "440305",
                                                                    "440300")
    assert after["demands"] == ["wage_arrears", "social_insurance"]
    assert after["version"] == inc["version"] + 1
    history = {h["field"]: h for h in after["history"]}
    assert set(history) == {"ownership", "county", "demands", "employer", "latitude",
                            "longitude"}  # the point moves with the county
    assert (history["ownership"]["before"], history["ownership"]["after"]) == (None, "private")
    assert (history["county"]["before"], history["county"]["after"]) == ("440306", "440305")
    assert history["employer"]["before"] == "鸿运精密制品有限公司"
    assert history["demands"]["after"] == ["wage_arrears", "social_insurance"]
    assert {(h["username"], h["action"]) for h in after["history"]} == {("editor", "edit")}
    assert all(datetime.fromisoformat(h["at"]) for h in after["history"])
    bad = client.patch(f"/api/v1/review/incidents/{uid}", headers=headers,
                       json={"industry": "spaceflight", "date": "2999-01-01"})
    assert bad.status_code == 422
    assert {p["field"] for p in bad.json()["error"]["problems"]} == {"industry", "date"}
    stale = client.patch(f"/api/v1/review/incidents/{uid}", headers=headers,
                         json={"version": inc["version"], "place": "工业园"})
    assert stale.status_code == 409
    page = client.get(f"/review/incidents/{uid}").text
    rows = _history_rows(page)
    assert ["editor", "edit", "county", "440306", "440305"] in [r[1:] for r in rows]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r[0]) for r in rows)


def test_the_edit_form_changes_only_what_changed(editor: tuple[TestClient, str]) -> None:
    client, token = editor
    inc = _strike(client)
    page = client.get(f"/review/incidents/{inc['uid']}").text
    form = {"csrf_token": token, "version": str(inc["version"])}
    for name in ("kind", "industry", "ownership", "participants", "accident_type", "outcome",
                 "date_precision", "geo_precision", "province", "city", "county"):
        chosen = re.search(rf'<select id="f-{name}" name="{name}">(.*?)</select>', page, re.S)
        assert chosen, name
        sel = re.search(r'<option value="([^"]*)" selected>', chosen.group(1))
        form[name] = sel.group(1) if sel else ""
    for name in ("date", "end_date", "place", "employer", "amount_yuan", "killed", "injured",
                 "latitude", "longitude", "title_en", "title_zh", "description_en",
                 "description_zh"):
        found = re.search(rf'name="{name}"(?: type="date")? value="([^"]*)"', page)
        form[name] = found.group(1) if found else ""
    for name in ("forms", "demands", "responses"):
        form[f"{name}__present"] = "1"
    assert form["county"] == "440306" and form["industry"] == "manufacturing"
    data: dict[str, Any] = {**form, "title_zh": "深圳鸿运精密工人停工讨薪", "forms": ["strike"],
                            "demands": inc["demands"]}
    res = client.post(f"/review/incidents/{inc['uid']}/edit", data=data)
    assert res.status_code == 303, res.text
    after = _incident(client, inc["uid"])
    assert after["title_zh"] == "深圳鸿运精密工人停工讨薪" and after["forms"] == ["strike"]
    assert sorted(h["field"] for h in after["history"]) == ["forms", "title_zh"]


def test_split_and_merge_through_the_pages_with_their_history(editor: tuple[TestClient, str]
                                                             ) -> None:
    client, token = editor
    strike = _strike(client)
    uid, second = strike["uid"], strike["sources"][1]["id"]
    res = client.post(f"/review/incidents/{uid}/split",
                      data={"source_id": str(second), "csrf_token": token})
    assert res.status_code == 303, res.text
    new_uid = res.headers["location"].rsplit("/", 1)[1]
    split = _incident(client, new_uid)
    assert [s["id"] for s in split["sources"]] == [second]
    # the new incident takes the fields read from its own post
    assert (split["status"], split["kind"], split["employer"], split["responses"]) == (
        "in_review", "collective_action", "鸿运精密制品公司", ["police"])
    assert [s["id"] for s in _incident(client, uid)["sources"]] == [strike["sources"][0]["id"]]
    rows = [(h["username"], h["action"], h["field"], h["before"], h["after"])
            for h in _incident(client, uid)["history"]]
    assert rows == [("editor", "split", "sources", {"source": second}, {"to": new_uid})]
    rows = [(h["username"], h["action"], h["field"], h["before"], h["after"])
            for h in split["history"]]
    assert rows == [("editor", "split", "sources", {"from": uid}, {"source": second})]

    res = client.post(f"/review/incidents/{new_uid}/merge",
                      data={"into": uid, "csrf_token": token})
    assert res.status_code == 303 and res.headers["location"] == f"/review/incidents/{uid}"
    merged, target = _incident(client, new_uid), _incident(client, uid)
    assert (merged["status"], merged["merged_into"], merged["sources"]) == ("merged", uid, [])
    assert sorted(s["id"] for s in target["sources"]) == sorted(
        s["id"] for s in strike["sources"])
    assert [(h["action"], h["field"], h["before"], h["after"]) for h in merged["history"]][1:] \
        == [("merge", "status", "in_review", "merged"), ("merge", "merged_into", None, uid)]
    assert [(h["action"], h["field"], h["after"]) for h in target["history"]][1:] == [
        ("merge", "sources", {"from": new_uid, "moved": 1})]
    assert {h["username"] for h in merged["history"] + target["history"]} == {"editor"}
    page = client.get(f"/review/incidents/{new_uid}").text
    assert f'<a href="/review/incidents/{uid}">{uid}</a>' in page
    assert ["editor", "merge", "merged_into", "", uid] in [r[1:] for r in _history_rows(page)]
    assert _queue(client, "merged")[0]["uid"] == new_uid


def test_merge_split_publish_and_reject(editor: tuple[TestClient, str],
                                        anon: TestClient) -> None:
    client, token = editor
    headers = {"X-CSRF-Token": token}
    strike = _strike(client)
    accident = next(i["uid"] for i in _queue(client) if i["kind"] == "workplace_accident")
    # split the second post off, then merge it back, through the API
    second = strike["sources"][1]["id"]
    res = client.post(f"/api/v1/review/incidents/{strike['uid']}/split", headers=headers,
                      json={"source_id": second})
    assert res.status_code == 200, res.text
    new_uid = res.json()["uid"]
    split = _incident(client, new_uid)
    assert [s["id"] for s in split["sources"]] == [second]
    assert split["employer"] == "鸿运精密制品公司" and split["status"] == "in_review"
    lonely = client.post(f"/api/v1/review/incidents/{new_uid}/split", headers=headers,
                         json={"source_id": second})
    assert lonely.status_code == 409
    assert client.post(f"/api/v1/review/incidents/{new_uid}/merge", headers=headers,
                       json={"into": new_uid}).status_code == 422
    res = client.post(f"/api/v1/review/incidents/{new_uid}/merge", headers=headers,
                      json={"into": strike["uid"]})
    assert res.status_code == 200, res.text
    assert res.json() == {"uid": strike["uid"], "status": "in_review"}
    merged = _incident(client, new_uid)
    assert (merged["status"], merged["merged_into"], merged["sources"]) == (
        "merged", strike["uid"], [])
    assert len(_incident(client, strike["uid"])["sources"]) == 2
    assert client.post(f"/api/v1/review/incidents/{new_uid}/publish",
                       headers=headers).status_code == 409
    assert client.patch(f"/api/v1/review/incidents/{new_uid}", headers=headers,
                        json={"place": "厂门口"}).status_code == 409  # edit the one it went into
    assert "Save changes" not in client.get(f"/review/incidents/{new_uid}").text
    # publish one (through the page's form), reject the other
    res = client.post(f"/review/incidents/{strike['uid']}/status",
                      data={"status": "published", "csrf_token": token})
    assert res.status_code == 303
    assert client.post(f"/api/v1/review/incidents/{accident}/reject",
                       headers=headers).status_code == 200
    public = anon.get("/api/v1/incidents").json()
    assert [i["uid"] for i in public["items"]] == [strike["uid"]]
    assert anon.get(f"/api/v1/incidents/{accident}").status_code == 404
    assert anon.get(f"/api/v1/incidents/{strike['uid']}").json()["sources"] == []
    history = _incident(client, strike["uid"])["history"]
    assert (history[-1]["action"], history[-1]["field"], history[-1]["before"],
            history[-1]["after"]) == ("publish", "status", "in_review", "published")
    rejected = _incident(client, accident)["history"]
    assert [(h["action"], h["after"]) for h in rejected] == [("reject", "rejected")]
    assert _queue(client) == []
