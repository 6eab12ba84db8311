"""`labourmap users`: accounts in the database, passwords hashed with argon2; roles, deactivation
and the history of changes to accounts."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from labourmap.cli.main import app
from labourmap.db import Database
from labourmap.errors import Conflict, NotAuthenticated, NotFound, ValidationError
from labourmap.users.models import User
from labourmap.users.service import (
    COMMAND_LINE,
    activate_user,
    add_user,
    authenticate,
    deactivate_user,
    has_role,
    set_password,
    set_role,
    users_page,
)


def test_users_add_list_passwd(db: Database) -> None:
    runner = CliRunner()
    env = {"LABOURMAP_DATABASE_URL": db.url}
    res = runner.invoke(app, ["users", "add", "alice", "--role", "editor",
                              "--password", "a long enough secret"], env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["users", "add", "bob", "--role", "viewer"],
                        input="another secret!\nanother secret!\n", env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["users", "list"], env=env)
    assert res.exit_code == 0
    assert [line.split("\t")[:2] for line in res.stdout.splitlines()] == [
        ["alice", "editor"], ["bob", "viewer"]]
    res = runner.invoke(app, ["users", "add", "alice", "--password", "a long enough secret"],
                        env=env)
    assert res.exit_code == 1 and "exists already" in res.output
    res = runner.invoke(app, ["users", "add", "carol", "--role", "boss", "--password", "short"],
                        env=env)
    assert res.exit_code == 1 and "role" in res.output and "password" in res.output
    res = runner.invoke(app, ["users", "passwd", "alice", "--password", "a new long secret"],
                        env=env)
    assert res.exit_code == 0, res.output
    with db.session() as s:
        stored = s.scalar(select(User).where(User.username == "alice"))
        assert stored is not None and stored.password_hash.startswith("$argon2id$")
        assert "secret" not in stored.password_hash
        assert authenticate(s, username="alice", password="a new long secret").role == "editor"
        with pytest.raises(NotAuthenticated):
            authenticate(s, username="alice", password="a long enough secret")


def test_roles_and_checks(db: Database) -> None:
    with db.session() as s:
        admin = s.get(User, add_user(s, username="root", password="x" * 12, role="admin")
                      and s.scalar(select(User.id)))
        assert admin is not None
        assert has_role(admin, "editor") and has_role(admin, "viewer")
        with pytest.raises(Conflict):
            add_user(s, username="root", password="y" * 12, role="viewer")
        with pytest.raises(ValidationError):
            add_user(s, username="-", password="y" * 12, role="viewer")
        with pytest.raises(NotAuthenticated):
            authenticate(s, username="nobody", password="x" * 12)
        epoch = admin.session_epoch
        set_password(s, username="root", password="z" * 12)
        assert admin.session_epoch == epoch + 1


def _epoch(db: Database, username: str) -> int:
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        return user.session_epoch


def test_users_role_deactivate_activate(db: Database) -> None:
    runner = CliRunner()
    env = {"LABOURMAP_DATABASE_URL": db.url}
    for name, role in (("root", "admin"), ("alice", "editor")):
        res = runner.invoke(app, ["users", "add", name, "--role", role,
                                  "--password", "a long enough secret"], env=env)
        assert res.exit_code == 0, res.output
    epoch = _epoch(db, "alice")
    res = runner.invoke(app, ["users", "role", "alice", "admin"], env=env)
    assert res.exit_code == 0 and "alice is now admin" in res.output
    assert _epoch(db, "alice") == epoch + 1
    res = runner.invoke(app, ["users", "role", "alice", "boss"], env=env)
    assert res.exit_code == 1 and "'role'" in res.output
    res = runner.invoke(app, ["users", "deactivate", "alice"], env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["users", "list"], env=env)
    assert "alice\tadmin (inactive)" in res.stdout
    # root is the last active admin now: neither demoted nor deactivated
    res = runner.invoke(app, ["users", "deactivate", "root"], env=env)
    assert res.exit_code == 1 and "last active admin" in res.output and "'active'" in res.output
    res = runner.invoke(app, ["users", "role", "root", "viewer"], env=env)
    assert res.exit_code == 1 and "last active admin" in res.output and "'role'" in res.output
    res = runner.invoke(app, ["users", "activate", "alice"], env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["users", "role", "root", "viewer"], env=env)
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["users", "activate", "nobody"], env=env)
    assert res.exit_code == 1 and "no user 'nobody'" in res.output
    with db.session() as s:
        history = users_page(s).history
        assert authenticate(s, username="alice", password="a long enough secret")
    assert [(h.username, h.action, h.before, h.after) for h in reversed(history)] == [
        ("root", "add", None, "admin"), ("alice", "add", None, "editor"),
        ("alice", "role", "editor", "admin"), ("alice", "deactivate", None, None),
        ("alice", "activate", None, None), ("root", "role", "admin", "viewer")]
    assert {h.actor for h in history} == {COMMAND_LINE}


def test_changes_are_recorded_with_their_author(db: Database) -> None:
    with db.session() as s:
        add_user(s, username="root", password="x" * 12, role="admin")
        add_user(s, username="bob", password="x" * 12, role="viewer", by="root")
        set_role(s, username="bob", role="editor", by="root")
        set_role(s, username="bob", role="editor", by="root")  # no change: not recorded
        set_password(s, username="bob", password="y" * 12, by="root")
        deactivate_user(s, username="bob", by="root")
        deactivate_user(s, username="bob", by="root")  # already: not recorded
        with pytest.raises(NotAuthenticated):
            authenticate(s, username="bob", password="y" * 12)
        activate_user(s, username="bob", by="root")
        assert authenticate(s, username="bob", password="y" * 12).role == "editor"
        with pytest.raises(NotFound):
            set_role(s, username="nobody", role="viewer", by="root")
        with pytest.raises(ValidationError) as bad:
            set_password(s, username="bob", password="short", by="root")
        assert [p.field for p in bad.value.problems] == ["password"]
        page = users_page(s)
    assert [(h.actor, h.username, h.action) for h in page.history] == [
        ("root", "bob", "activate"), ("root", "bob", "deactivate"),
        ("root", "bob", "password"), ("root", "bob", "role"), ("root", "bob", "add"),
        (COMMAND_LINE, "root", "add")]
    assert [u.username for u in page.users] == ["bob", "root"]
    assert "password_hash" not in page.model_dump_json()
    assert _epoch(db, "bob") == 4  # role, password, deactivation: each ended the sessions


def test_the_last_active_admin_stays(db: Database) -> None:
    with db.session() as s:
        add_user(s, username="root", password="x" * 12, role="admin")
        add_user(s, username="old", password="x" * 12, role="admin")
        deactivate_user(s, username="old")
        for change in (lambda: set_role(s, username="root", role="editor"),
                       lambda: deactivate_user(s, username="root")):
            with pytest.raises(Conflict) as refused:
                change()
            assert "root is the last active admin" in str(refused.value)
        set_role(s, username="old", role="viewer")  # an inactive admin is no admin to keep
        add_user(s, username="new", password="x" * 12, role="admin")
        deactivate_user(s, username="root")
        with pytest.raises(Conflict) as refused:
            set_role(s, username="new", role="viewer")
        assert [p.field for p in refused.value.problems] == ["role"]
