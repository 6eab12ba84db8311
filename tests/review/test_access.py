"""Every route of the app, as the app lists them: the editor pages and every write refuse
anonymous visitors, every write refuses a viewer, the admin routes (the users page, its forms
and its JSON) refuse viewers and editors, and every write — the public forms too — refuses a
request without its CSRF token; a refused request changes nothing.

The routes are read from the app itself, so a route added without protection fails here.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from httpx import Response

from labourmap.db import Database, upgrade
from labourmap.settings import Settings
from labourmap.web.app import create_app

from ..ingest.helpers import dump
from .conftest import csrf

SAFE = {"GET", "HEAD", "OPTIONS"}
#: Where the editor pages and the review API live: reading there needs a login too.
PRIVATE = ("/review", "/api/v1/review")
#: Where the admin's pages live: only an admin may read or write there.
ADMIN = ("/review/users", "/api/v1/review/users")
#: The writes anyone may send (each still needs its CSRF token).
PUBLIC_WRITES = {("POST", "/login"), ("POST", "/logout"), ("POST", "/report")}
#: Values for path parameters other than an incident's uid.
PATH_VALUES = {"code": "440000", "fmt": "json", "username": "viewer"}


def _app_routes() -> list[tuple[str, str]]:
    """(method, path) of every route of an app built as `labourmap serve` builds it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/routes.db")
        upgrade(db.engine)
        app = create_app(Settings(database_url=db.url, var_dir=Path(tmp), secret_key="k"),
                         db=db)
        routes = {(method, str(route.path))
                  for route in iter_route_contexts(app.router.routes)
                  for method in route.methods or () if method != "HEAD"}
        db.dispose()
    return sorted(routes)


ROUTES = _app_routes()
WRITES = [r for r in ROUTES if r[0] not in SAFE]
PRIVATE_WRITES = [r for r in WRITES if r not in PUBLIC_WRITES]
PRIVATE_READS = [r for r in ROUTES if r[0] in SAFE and r[1].startswith(PRIVATE)]
ADMIN_ROUTES = [r for r in ROUTES if r[1].startswith(ADMIN)]
VIEWER_READS = [r for r in PRIVATE_READS if r not in ADMIN_ROUTES]


def _id(route: tuple[str, str]) -> str:
    return f"{route[0]} {route[1]}"


def test_the_routes_are_read_from_the_app() -> None:
    assert ("PATCH", "/api/v1/review/incidents/{uid}") in PRIVATE_WRITES
    assert ("POST", "/review/incidents/{uid}/merge") in PRIVATE_WRITES
    assert ("GET", "/review/incidents/{uid}") in PRIVATE_READS
    assert ("GET", "/api/v1/review/queue") in PRIVATE_READS
    assert set(PUBLIC_WRITES) <= set(WRITES)
    assert ("GET", "/review/users") in ADMIN_ROUTES
    assert ("GET", "/api/v1/review/users") in ADMIN_ROUTES
    assert ("POST", "/review/users/{username}/deactivate") in ADMIN_ROUTES
    assert set(ADMIN_ROUTES) <= set(PRIVATE_READS + PRIVATE_WRITES)


def _url(path: str, uid: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES.get(m.group(1), uid), path)


def _send(client: TestClient, method: str, path: str, uid: str, token: str | None) -> Response:
    """The request a browser (a form) or an API client would send, with ``token`` if any."""
    url = _url(path, uid)
    if path.startswith("/api/"):
        headers = {"X-CSRF-Token": token} if token else {}
        return client.request(method, url, json={}, headers=headers)
    if method in SAFE:
        return client.request(method, url)
    return client.request(method, url, data={"csrf_token": token} if token else {})


def _refused_anonymous(res: Response, path: str) -> bool:
    if path.startswith("/api/"):
        return res.status_code == 401 and res.json()["error"]["code"] == "not_authenticated"
    to_login = res.status_code == 303 and res.headers["location"].startswith("/login?next=")
    return to_login or res.status_code == 401


def _uid(editor: tuple[TestClient, str]) -> str:
    return str(editor[0].get("/api/v1/review/queue").json()["items"][0]["uid"])


@pytest.mark.parametrize("route", PRIVATE_READS + PRIVATE_WRITES, ids=_id)
def test_anonymous_visitors_are_refused(route: tuple[str, str], anon: TestClient,
                                        editor: tuple[TestClient, str],
                                        app_db: Database) -> None:
    method, path = route
    uid = _uid(editor)
    token = csrf(anon)  # a valid CSRF token: the refusal is for want of a login
    before = dump(app_db)
    res = _send(anon, method, path, uid, token)
    assert _refused_anonymous(res, path), (res.status_code, res.text[:200])
    assert dump(app_db) == before


@pytest.mark.parametrize("route", VIEWER_READS, ids=_id)
def test_a_viewer_may_read(route: tuple[str, str], viewer: tuple[TestClient, str],
                           editor: tuple[TestClient, str]) -> None:
    method, path = route
    res = _send(viewer[0], method, path, _uid(editor), None)
    assert res.status_code == 200, res.text[:200]
    if path == "/review/incidents/{uid}":  # and sees no editing controls
        assert "Save changes" not in res.text and "/split" not in res.text


@pytest.mark.parametrize("route", PRIVATE_WRITES, ids=_id)
def test_a_viewer_may_not_write(route: tuple[str, str], viewer: tuple[TestClient, str],
                                editor: tuple[TestClient, str], app_db: Database) -> None:
    method, path = route
    client, token = viewer
    uid = _uid(editor)
    before = dump(app_db)
    res = _send(client, method, path, uid, token)
    assert res.status_code == 403, (res.status_code, res.text[:200])
    if path.startswith("/api/"):
        assert res.json()["error"]["code"] == "forbidden"
    assert dump(app_db) == before


@pytest.mark.parametrize("role", ["viewer", "editor"])
@pytest.mark.parametrize("route", ADMIN_ROUTES, ids=_id)
def test_only_an_admin_may_use_the_admin_routes(route: tuple[str, str], role: str,
                                                request: pytest.FixtureRequest,
                                                editor: tuple[TestClient, str],
                                                admin: tuple[TestClient, str],
                                                app_db: Database) -> None:
    method, path = route
    client, token = request.getfixturevalue(role)
    uid = _uid(editor)
    before = dump(app_db)
    res = _send(client, method, path, uid, token)
    assert res.status_code == 403, (res.status_code, res.text[:200])
    if path.startswith("/api/"):
        assert res.json()["error"]["code"] == "forbidden"
    assert dump(app_db) == before
    if method in SAFE:
        assert _send(admin[0], method, path, uid, None).status_code == 200


@pytest.mark.parametrize("route", WRITES, ids=_id)
def test_every_write_needs_its_csrf_token(route: tuple[str, str], editor: tuple[TestClient, str],
                                          admin: tuple[TestClient, str],
                                          app_db: Database) -> None:
    """As an admin, who may send every write: the missing or forged token is the refusal."""
    method, path = route
    client, _ = admin
    uid = _uid(editor)
    before = dump(app_db)
    for token in (None, "forged"):
        res = _send(client, method, path, uid, token)
        assert res.status_code == 403, (token, res.status_code, res.text[:200])
    assert dump(app_db) == before
    assert client.get("/api/v1/review/me").status_code == 200  # not logged out either
