"""Logging in and out: the login form needs its CSRF token and the right password; session and
CSRF cookies are HttpOnly and SameSite (Secure over HTTPS); a new password ends open sessions.
(Which route refuses whom: test_access.py.)"""

from __future__ import annotations

from collections.abc import Callable
from http.cookies import SimpleCookie

from fastapi.testclient import TestClient
from httpx import Response

from labourmap.db import Database
from labourmap.users.service import set_password

from .conftest import PASSWORD, csrf, login


def _cookie(res: Response, name: str) -> dict[str, str | bool]:
    """The attributes of the cookie ``name`` set by ``res`` (its Set-Cookie header)."""
    for header in res.headers.get_list("set-cookie"):
        jar: SimpleCookie = SimpleCookie()
        jar.load(header)
        if name in jar:
            morsel = jar[name]
            return {"value": morsel.value, **{k: morsel[k] for k in morsel if morsel[k]}}
    raise AssertionError(f"no Set-Cookie for {name}: {res.headers.get_list('set-cookie')}")


def test_login_needs_the_csrf_token_and_the_right_password(anon: TestClient) -> None:
    assert anon.post("/login", data={"username": "editor", "password": PASSWORD}
                     ).status_code == 403
    token = csrf(anon)
    res = anon.post("/login", data={"username": "editor", "password": "wrong password",
                                    "csrf_token": token})
    assert res.status_code == 401 and "Wrong username or password" in res.text
    assert "lm_session" not in res.headers.get("set-cookie", "")
    res = anon.post("/login", data={"username": "nobody", "password": PASSWORD,
                                    "csrf_token": token})
    assert res.status_code == 401
    res = anon.post("/login", data={"username": "editor", "password": PASSWORD,
                                    "csrf_token": token, "next": "https://evil.example/"})
    assert res.status_code == 303 and res.headers["location"] == "/review"
    assert anon.get("/review").status_code == 200
    assert anon.get("/api/v1/review/me").json()["role"] == "editor"


def test_cookies_are_httponly_and_samesite(make_client: Callable[[], TestClient]) -> None:
    client = make_client()
    first = client.get("/login")
    nonce = _cookie(first, "lm_csrf")
    assert nonce["httponly"] is True and str(nonce["samesite"]).lower() == "strict"
    assert "secure" not in nonce  # plain http (a test server): no Secure flag
    token = csrf(client)
    res = client.post("/login", data={"username": "admin", "password": PASSWORD,
                                      "csrf_token": token})
    session = _cookie(res, "lm_session")
    assert session["httponly"] is True and str(session["samesite"]).lower() == "lax"
    assert session["path"] == "/" and int(str(session["max-age"])) == 12 * 3600
    out = client.post("/logout", data={"csrf_token": token})
    gone = _cookie(out, "lm_session")
    assert gone["value"] == "" and gone["httponly"] is True
    assert str(gone["samesite"]).lower() == "lax"

    https = TestClient(client.app, base_url="https://testserver", follow_redirects=False)
    token = csrf(https)
    res = https.post("/login", data={"username": "admin", "password": PASSWORD,
                                     "csrf_token": token})
    assert res.status_code == 303
    session = _cookie(res, "lm_session")
    assert session["secure"] is True and session["httponly"] is True


def test_the_csrf_cookie_is_secure_over_https(make_client: Callable[[], TestClient]) -> None:
    https = TestClient(make_client().app, base_url="https://testserver")
    nonce = _cookie(https.get("/login"), "lm_csrf")
    assert nonce["secure"] is True and nonce["httponly"] is True


def test_a_new_password_ends_open_sessions(editor: tuple[TestClient, str],
                                           app_db: Database) -> None:
    client, _ = editor
    assert client.get("/api/v1/review/me").json()["role"] == "editor"
    with app_db.session() as s:
        set_password(s, username="editor", password="another long password")
    assert client.get("/api/v1/review/me").status_code == 401


def test_a_forged_session_cookie_is_no_login(editor: tuple[TestClient, str],
                                                      anon: TestClient) -> None:
    client, _ = editor
    cookie = client.cookies.get("lm_session")
    assert cookie
    anon.cookies.set("lm_session", cookie[:-4] + "AAAA")
    assert anon.get("/api/v1/review/me").status_code == 401
    anon.cookies.set("lm_session", cookie)  # a copied, valid cookie is that user's session
    assert anon.get("/api/v1/review/me").json()["username"] == "editor"


def test_logout(make_client: Callable[[], TestClient]) -> None:
    client = make_client()
    token = login(client, "admin")
    assert client.get("/api/v1/review/me").json()["role"] == "admin"
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/api/v1/review/me").status_code == 401
    assert client.get("/review").headers["location"] == "/login?next=/review"
