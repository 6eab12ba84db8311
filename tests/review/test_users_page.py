"""The users page, for admins: list, add, change a role, deactivate and reactivate, set a
password — each change ends the user's sessions at once and goes to the history; the last
active admin keeps the role and the login; no password hash ever reaches a page.
(Which route refuses whom — viewers, editors, anonymous, no CSRF token: test_access.py.)"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select

from labourmap.db import Database
from labourmap.users.models import User

from ..ingest.helpers import dump
from .conftest import PASSWORD, csrf, login

NEW_PASSWORD = "a brand new passphrase"


def _post(client: TestClient, token: str, path: str, **data: str) -> Response:
    return client.post(path, data={"csrf_token": token, **data})


def _rows(page: str, table: str) -> list[list[str]]:
    """The text of each row of the table of class ``table`` (tags dropped)."""
    found = re.search(rf'<table class="{table}">(.*?)</table>', page, re.S)
    assert found, page[:300]
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", found.group(1), re.S):
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        rows.append([" ".join(unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in cells])
    return rows[1:]  # without the heading


def _user(db: Database, username: str) -> tuple[str, bool, int]:
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        return user.role, user.active, user.session_epoch


def _logged_in(client: TestClient) -> bool:
    return client.get("/api/v1/review/me").status_code == 200


def _can_log_in(make_client: Callable[[], TestClient], username: str, password: str) -> bool:
    client = make_client()
    res = client.post("/login", data={"username": username, "password": password,
                                      "csrf_token": csrf(client)})
    return res.status_code == 303


def test_an_admin_lists_every_user(admin: tuple[TestClient, str],
                                   editor: tuple[TestClient, str]) -> None:
    client, _ = admin
    page = client.get("/review/users")
    assert page.status_code == 200
    users = _rows(page.text, "users")
    assert [r[:3] for r in users] == [["admin (you · 你)", "admin · 管理员", "active · 启用"],
                                      ["editor", "editor · 编辑", "active · 启用"],
                                      ["viewer", "viewer · 只读", "active · 启用"]]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", r[3]) for r in users)
    # the navigation links the page for admins only
    assert '<a href="/review/users">Users · 用户</a>' in client.get("/review").text
    assert '<a href="/review/users">Users · 用户</a>' in page.text
    assert "/review/users" not in editor[0].get("/review").text
    data = client.get("/api/v1/review/users").json()
    assert [u["username"] for u in data["users"]] == ["admin", "editor", "viewer"]
    assert set(data["users"][0]) == {"username", "role", "active", "created_at"}
    assert data["roles"] == ["viewer", "editor", "admin"] and data["min_password"] == 10


def test_an_admin_adds_a_user(admin: tuple[TestClient, str], app_db: Database,
                              make_client: Callable[[], TestClient]) -> None:
    client, token = admin
    res = _post(client, token, "/review/users", username=" dora ", role="editor",
                password=NEW_PASSWORD)
    assert res.status_code == 303
    assert res.headers["location"] == "/review/users?done=add&user=dora"
    page = client.get(res.headers["location"]).text
    assert "<strong>dora</strong>: added · 已添加" in page
    dora = next(r for r in _rows(page, "users") if r[0] == "dora")
    assert dora[:3] == ["dora", "editor · 编辑", "active · 启用"]
    assert _rows(page, "history")[0][1:] == ["admin", "dora", "added · 已添加", "",
                                             "editor · 编辑"]
    assert _can_log_in(make_client, "dora", NEW_PASSWORD)


def test_bad_input_is_refused_naming_the_field(admin: tuple[TestClient, str],
                                               app_db: Database) -> None:
    client, token = admin
    before = dump(app_db)
    res = _post(client, token, "/review/users", username="dora", role="boss", password="short")
    assert res.status_code == 422
    assert "<code>role</code>" in res.text and "<code>password</code>" in res.text
    res = _post(client, token, "/review/users", username="-", role="viewer",
                password=NEW_PASSWORD)
    assert res.status_code == 422 and "<code>username</code>" in res.text
    res = _post(client, token, "/review/users", role="viewer", password=NEW_PASSWORD)
    assert res.status_code == 422 and "<code>username</code>" in res.text
    res = _post(client, token, "/review/users", username="editor", role="viewer",
                password=NEW_PASSWORD)
    assert res.status_code == 409 and "<code>username</code>" in res.text
    assert "exists already" in res.text
    res = _post(client, token, "/review/users/editor/role", role="boss")
    assert res.status_code == 422 and "<code>role</code>" in res.text
    res = _post(client, token, "/review/users/editor/password", password="short")
    assert res.status_code == 422 and "<code>password</code>" in res.text
    res = _post(client, token, "/review/users/nobody/deactivate")
    assert res.status_code == 404 and "<code>username</code>" in res.text
    assert dump(app_db) == before
    assert _logged_in(client)


def test_a_form_without_its_csrf_token_is_refused(admin: tuple[TestClient, str],
                                                  app_db: Database) -> None:
    client, _ = admin
    before = dump(app_db)
    for path, data in (("/review/users", {"username": "dora", "role": "admin",
                                          "password": NEW_PASSWORD}),
                       ("/review/users/editor/role", {"role": "admin"}),
                       ("/review/users/editor/deactivate", {}),
                       ("/review/users/editor/password", {"password": NEW_PASSWORD})):
        assert client.post(path, data=data).status_code == 403, path
        forged = client.post(path, data={**data, "csrf_token": "forged"})
        assert forged.status_code == 403, path
    assert dump(app_db) == before


def test_a_new_role_ends_the_users_sessions(admin: tuple[TestClient, str],
                                            editor: tuple[TestClient, str],
                                            app_db: Database) -> None:
    client, token = admin
    assert _logged_in(editor[0])
    res = _post(client, token, "/review/users/editor/role", role="viewer")
    assert res.status_code == 303 and "done=role" in res.headers["location"]
    assert _user(app_db, "editor")[0] == "viewer"
    assert not _logged_in(editor[0])
    login(editor[0], "editor")
    assert editor[0].get("/api/v1/review/me").json()["role"] == "viewer"
    history = _rows(client.get("/review/users").text, "history")
    assert history[0][1:] == ["admin", "editor", "role changed · 角色已更改", "editor · 编辑",
                              "viewer · 只读"]
    epoch = _user(app_db, "editor")[2]
    _post(client, token, "/review/users/editor/role", role="viewer")  # no change: nothing
    assert _user(app_db, "editor")[2] == epoch
    assert len(_rows(client.get("/review/users").text, "history")) == 1


def test_a_deactivated_user_is_logged_out_at_once(admin: tuple[TestClient, str],
                                                  editor: tuple[TestClient, str],
                                                  app_db: Database,
                                                  make_client: Callable[[], TestClient]
                                                  ) -> None:
    client, token = admin
    other, other_token = editor
    assert other.get("/review").status_code == 200
    res = _post(client, token, "/review/users/editor/deactivate")
    assert res.status_code == 303
    assert _user(app_db, "editor")[1] is False
    assert other.get("/review").headers["location"] == "/login?next=/review"
    assert other.get("/api/v1/review/me").status_code == 401
    uid = client.get("/api/v1/review/queue").json()["items"][0]["uid"]
    res = other.post(f"/api/v1/review/incidents/{uid}/reject",
                     headers={"X-CSRF-Token": other_token})
    assert res.status_code == 401
    assert not _can_log_in(make_client, "editor", PASSWORD)
    page = client.get("/review/users").text
    assert next(r for r in _rows(page, "users") if r[0] == "editor")[2] == "inactive · 已停用"
    assert 'action="/review/users/editor/activate"' in page

    res = _post(client, token, "/review/users/editor/activate")
    assert res.status_code == 303
    assert not _logged_in(other)  # the old session stays ended
    assert _can_log_in(make_client, "editor", PASSWORD)
    actions = [r[3] for r in _rows(client.get("/review/users").text, "history")]
    assert actions == ["reactivated · 已重新启用", "deactivated · 已停用"]


def test_an_admin_sets_a_password(admin: tuple[TestClient, str],
                                  viewer: tuple[TestClient, str], app_db: Database,
                                  make_client: Callable[[], TestClient]) -> None:
    client, token = admin
    res = _post(client, token, "/review/users/viewer/password", password=NEW_PASSWORD)
    assert res.status_code == 303
    assert not _logged_in(viewer[0])
    assert not _can_log_in(make_client, "viewer", PASSWORD)
    assert _can_log_in(make_client, "viewer", NEW_PASSWORD)
    history = _rows(client.get("/review/users").text, "history")
    assert history[0][1:] == ["admin", "viewer", "password set · 密码已设置", "", ""]
    # one's own password: this browser stays logged in, the other sessions end
    elsewhere = make_client()
    login(elsewhere, "admin")
    res = _post(client, token, "/review/users/admin/password", password=NEW_PASSWORD)
    assert res.status_code == 303
    assert _logged_in(client) and not _logged_in(elsewhere)


def test_the_last_active_admin_keeps_role_and_login(admin: tuple[TestClient, str],
                                                    app_db: Database,
                                                    make_client: Callable[[], TestClient]
                                                    ) -> None:
    client, token = admin
    before = dump(app_db)
    res = _post(client, token, "/review/users/admin/deactivate")
    assert res.status_code == 409
    assert "admin is the last active admin" in res.text and "<code>active</code>" in res.text
    res = _post(client, token, "/review/users/admin/role", role="editor")
    assert res.status_code == 409 and "<code>role</code>" in res.text
    assert dump(app_db) == before and _logged_in(client)

    # with a second admin, the first may step down: their browser stays logged in
    _post(client, token, "/review/users/editor/role", role="admin")
    res = _post(client, token, "/review/users/admin/role", role="editor")
    assert res.status_code == 303 and res.headers["location"] == "/review"
    assert client.get("/api/v1/review/me").json()["role"] == "editor"
    assert client.get("/review/users").status_code == 403
    # and the one left is the last active admin now
    other = make_client()
    other_token = login(other, "editor")
    res = _post(other, other_token, "/review/users/editor/deactivate")
    assert res.status_code == 409 and "<code>active</code>" in res.text
    # deactivating oneself (another admin being left) ends one's own session
    _post(other, other_token, "/review/users/admin/role", role="admin")
    res = _post(other, other_token, "/review/users/editor/deactivate")
    assert res.status_code == 303 and res.headers["location"] == "/login"
    assert not _logged_in(other)


def test_no_page_shows_a_password_hash(admin: tuple[TestClient, str], app_db: Database
                                       ) -> None:
    client, token = admin
    _post(client, token, "/review/users", username="dora", role="viewer",
          password=NEW_PASSWORD)
    _post(client, token, "/review/users/editor/password", password=NEW_PASSWORD)
    _post(client, token, "/review/users/viewer/deactivate")
    with app_db.session() as s:
        hashes = list(s.scalars(select(User.password_hash)))
    assert len(hashes) == 4
    uid = client.get("/api/v1/review/queue").json()["items"][0]["uid"]
    answers = [client.get(path) for path in (
        "/review/users", "/review/users?done=add&user=dora", "/api/v1/review/users",
        "/review", f"/review/incidents/{uid}", "/api/v1/review/me")]
    answers += [_post(client, token, "/review/users", username="dora", role="viewer",
                      password=NEW_PASSWORD),
                _post(client, token, "/review/users/admin/deactivate")]
    for res in answers:
        assert "$argon2" not in res.text and "password_hash" not in res.text
        for h in hashes:
            assert h not in res.text and h.rsplit("$", 1)[-1] not in res.text
