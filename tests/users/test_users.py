"""`labourmap users`: accounts in the database, passwords hashed with argon2."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from labourmap.cli.main import app
from labourmap.db import Database
from labourmap.errors import Conflict, NotAuthenticated, ValidationError
from labourmap.users.models import User
from labourmap.users.service import add_user, authenticate, has_role, set_password


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
