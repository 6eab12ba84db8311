"""Editor pages and the write API refuse anonymous and under-privileged requests; cookies are
HttpOnly and SameSite; every form needs its CSRF token."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from labourmap.db import Database
from labourmap.users.service import set_password

from .conftest import PASSWORD, csrf, login


def _uid(client: TestClient) -> str:
    res = client.get("/api/v1/review/queue")
    assert res.status_code == 200, res.text
    return str(res.json()["items"][0]["uid"])


def test_anonymous_requests_are_refused(anon: TestClient,
                                        editor: tuple[TestClient, str]) -> None:
    uid = _uid(editor[0])
    res = anon.get("/review")
    assert res.status_code == 303 and res.headers["location"] == "/login?next=/review"
    assert anon.get(f"/review/incidents/{uid}").status_code == 303
    for method, path in (("GET", "/api/v1/review/queue"),
                         ("GET", f"/api/v1/review/incidents/{uid}"),
                         ("PATCH", f"/api/v1/review/incidents/{uid}"),
                         ("POST", f"/api/v1/review/incidents/{uid}/publish")):
        res = anon.request(method, path, json={"employer": "x"})
        assert res.status_code == 401, (method, path)
        assert res.json()["error"]["code"] == "not_authenticated"
    token = csrf(anon)
    res = anon.post(f"/review/incidents/{uid}/status", data={"status": "published",
                                                            "csrf_token": token})
    assert res.status_code == 303 and res.headers["location"].startswith("/login")


def test_a_viewer_reads_but_cannot_write(viewer: tuple[TestClient, str],
                                         editor: tuple[TestClient, str]) -> None:
    client, token = viewer
    uid = _uid(client)
    page = client.get(f"/review/incidents/{uid}")
    assert page.status_code == 200 and "Save changes" not in page.text
    assert client.get(f"/api/v1/review/incidents/{uid}").status_code == 200
    headers = {"X-CSRF-Token": token}
    res = client.patch(f"/api/v1/review/incidents/{uid}", json={"employer": "x"},
                       headers=headers)
    assert res.status_code == 403 and res.json()["error"]["code"] == "forbidden"
    assert client.post(f"/api/v1/review/incidents/{uid}/publish",
                       headers=headers).status_code == 403
    res = client.post(f"/review/incidents/{uid}/status",
                      data={"status": "published", "csrf_token": token})
    assert res.status_code == 403
    assert editor[0].get(f"/api/v1/review/incidents/{uid}").json()["status"] == "in_review"


def test_writes_without_the_csrf_token_are_refused(editor: tuple[TestClient, str]) -> None:
    client, token = editor
    uid = _uid(client)
    assert client.patch(f"/api/v1/review/incidents/{uid}",
                        json={"employer": "x"}).status_code == 403
    assert client.patch(f"/api/v1/review/incidents/{uid}", json={"employer": "x"},
                        headers={"X-CSRF-Token": "forged"}).status_code == 403
    res = client.post(f"/review/incidents/{uid}/status", data={"status": "published"})
    assert res.status_code == 403
    ok = client.patch(f"/api/v1/review/incidents/{uid}", json={"employer": "x公司"},
                      headers={"X-CSRF-Token": token})
    assert ok.status_code == 200 and ok.json()["employer"] == "x公司"


def test_login_needs_the_csrf_token_and_the_right_password(anon: TestClient) -> None:
    assert anon.post("/login", data={"username": "editor", "password": PASSWORD}
                     ).status_code == 403
    first = anon.get("/login")
    csrf_cookie = next(c for c in first.headers.get_list("set-cookie")
                       if c.startswith("lm_csrf="))
    assert "HttpOnly" in csrf_cookie and "SameSite=strict" in csrf_cookie
    token = csrf(anon)
    res = anon.post("/login", data={"username": "editor", "password": "wrong password",
                                    "csrf_token": token})
    assert res.status_code == 401 and "Wrong username or password" in res.text
    res = anon.post("/login", data={"username": "editor", "password": PASSWORD,
                                    "csrf_token": token, "next": "https://evil.example/"})
    assert res.status_code == 303 and res.headers["location"] == "/review"
    session = next(c for c in res.headers.get_list("set-cookie")
                   if c.startswith("lm_session="))
    assert "HttpOnly" in session and "SameSite=lax" in session
    assert anon.get("/review").status_code == 200


def test_a_new_password_ends_open_sessions(editor: tuple[TestClient, str],
                                           app_db: Database) -> None:
    client, _ = editor
    assert client.get("/api/v1/review/me").json()["role"] == "editor"
    with app_db.session() as s:
        set_password(s, username="editor", password="another long password")
    assert client.get("/api/v1/review/me").status_code == 401


def test_logout(make_client: Callable[[], TestClient]) -> None:
    client = make_client()
    token = login(client, "admin")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/api/v1/review/me").status_code == 401
