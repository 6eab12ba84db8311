"""The review desk: the queue, evidence highlighted, edits with their history, merge, split,
publish and reject — through the JSON API and the HTML pages."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient


def _queue(client: TestClient, status: str = "in_review") -> list[dict[str, Any]]:
    res = client.get("/api/v1/review/queue", params={"status": status})
    assert res.status_code == 200, res.text
    items: list[dict[str, Any]] = res.json()["items"]
    return items


def _strike(client: TestClient) -> dict[str, Any]:
    uid = next(i["uid"] for i in _queue(client) if i["kind"] == "collective_action")
    res = client.get(f"/api/v1/review/incidents/{uid}")
    assert res.status_code == 200, res.text
    data: dict[str, Any] = res.json()
    return data


def test_the_queue_and_an_incident_with_its_evidence(editor: tuple[TestClient, str]) -> None:
    client, _ = editor
    items = _queue(client)
    assert [(i["kind"], i["sources"]) for i in items] == [("collective_action", 2),
                                                           ("workplace_accident", 1)]
    inc = _strike(client)
    assert inc["status"] == "in_review" and inc["employer"] == "宏达电子公司"
    assert inc["confidence"]["employer"] == 0.6
    post = inc["sources"][0]
    assert [s["text"] for s in post["segments"]] and "".join(
        s["text"] for s in post["segments"]) == post["text"]
    employer = next(e for e in post["evidence"] if e["field"] == "employer")
    assert post["text"][employer["start"]:employer["end"]] == "宏达电子公司" == employer["quote"]
    marked = [s for s in post["segments"] if "employer" in s["fields"]]
    assert [s["text"] for s in marked] == ["宏达电子公司"]
    page = client.get(f"/review/incidents/{inc['uid']}")
    assert page.status_code == 200
    assert '<mark data-fields="employer" title="employer">宏达电子公司</mark>' in page.text
    assert "Employer · 雇主" in page.text
    queue = client.get("/review")
    assert queue.status_code == 200 and inc["uid"] in queue.text


def test_edits_are_validated_and_written_to_the_history(editor: tuple[TestClient, str]
                                                        ) -> None:
    client, token = editor
    inc = _strike(client)
    uid, headers = inc["uid"], {"X-CSRF-Token": token}
    res = client.patch(f"/api/v1/review/incidents/{uid}", headers=headers, json={
        "version": inc["version"], "industry": "manufacturing", "county": "440306",
        "demands": ["wage_arrears", "social_insurance"], "employer": "宏达电子有限公司"})
    assert res.status_code == 200, res.text
    after = res.json()
    assert (after["industry"], after["county"], after["city"]) == ("manufacturing", "440306",
                                                                   "440300")
    assert after["demands"] == ["wage_arrears", "social_insurance"]
    history = {h["field"]: h for h in after["history"]}
    assert history["industry"]["before"] is None
    assert history["industry"]["after"] == "manufacturing"
    assert history["employer"]["before"] == "宏达电子公司"
    assert history["demands"]["after"] == ["wage_arrears", "social_insurance"]
    assert {h["username"] for h in after["history"]} == {"editor"}
    assert {h["action"] for h in after["history"]} == {"edit"}
    bad = client.patch(f"/api/v1/review/incidents/{uid}", headers=headers,
                       json={"industry": "spaceflight", "date": "2999-01-01"})
    assert bad.status_code == 422
    assert {p["field"] for p in bad.json()["error"]["problems"]} == {"industry", "date"}
    stale = client.patch(f"/api/v1/review/incidents/{uid}", headers=headers,
                         json={"version": inc["version"], "place": "工业园"})
    assert stale.status_code == 409
    page = client.get(f"/review/incidents/{uid}")
    assert "宏达电子有限公司" in page.text and "manufacturing" in page.text


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
    data: dict[str, Any] = {**form, "title_zh": "深圳宏达电子工人讨薪", "forms": ["strike"],
                            "demands": inc["demands"]}
    res = client.post(f"/review/incidents/{inc['uid']}/edit", data=data)
    assert res.status_code == 303, res.text
    after = client.get(f"/api/v1/review/incidents/{inc['uid']}").json()
    assert after["title_zh"] == "深圳宏达电子工人讨薪" and after["forms"] == ["strike"]
    assert sorted(h["field"] for h in after["history"]) == ["forms", "title_zh"]


def test_merge_split_publish_and_reject(editor: tuple[TestClient, str],
                                        anon: TestClient) -> None:
    client, token = editor
    headers = {"X-CSRF-Token": token}
    strike = _strike(client)
    accident = next(i["uid"] for i in _queue(client) if i["kind"] == "workplace_accident")
    # split the second post off, then merge it back
    second = strike["sources"][1]["id"]
    res = client.post(f"/api/v1/review/incidents/{strike['uid']}/split", headers=headers,
                      json={"source_id": second})
    assert res.status_code == 200, res.text
    new_uid = res.json()["uid"]
    split = client.get(f"/api/v1/review/incidents/{new_uid}").json()
    assert [s["id"] for s in split["sources"]] == [second]
    assert split["employer"] == "宏达电子公司" and split["status"] == "in_review"
    assert split["history"][0]["action"] == "split"
    lonely = client.post(f"/api/v1/review/incidents/{new_uid}/split", headers=headers,
                         json={"source_id": second})
    assert lonely.status_code == 409
    res = client.post(f"/api/v1/review/incidents/{new_uid}/merge", headers=headers,
                      json={"into": strike["uid"]})
    assert res.status_code == 200, res.text
    merged = client.get(f"/api/v1/review/incidents/{new_uid}").json()
    assert (merged["status"], merged["merged_into"], merged["sources"]) == (
        "merged", strike["uid"], [])
    target = client.get(f"/api/v1/review/incidents/{strike['uid']}").json()
    assert len(target["sources"]) == 2
    assert any(h["action"] == "merge" for h in target["history"])
    assert client.post(f"/api/v1/review/incidents/{new_uid}/publish",
                       headers=headers).status_code == 409
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
    history = client.get(f"/api/v1/review/incidents/{strike['uid']}").json()["history"]
    assert history[-1]["action"] == "publish" and history[-1]["after"] == "published"
    assert _queue(client) == []
