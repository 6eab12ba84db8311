"""An app with users of every role and ingested incidents; logging in through the form."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from labourmap.db import Database
from labourmap.ingest.extractor import LocalRunner, default_extractor
from labourmap.ingest.pipeline import ingest
from labourmap.settings import Settings
from labourmap.users.models import ROLES, User
from labourmap.web.app import create_app

from ..ingest.helpers import POSTS, write_jsonl

PASSWORD = "correct horse battery"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture(scope="session")
def password_hash() -> str:
    """PASSWORD hashed once (as `labourmap users add` hashes it: tests/users tests that)."""
    return PasswordHasher().hash(PASSWORD)


@pytest.fixture
def app_db(db: Database, tmp_path: Path, password_hash: str) -> Database:
    """The example posts ingested by the real engine: a strike (two posts), an accident (one)
    and a post that is no incident; and a user of each role, named after it."""
    engine = default_extractor()
    ingest(db, sources=[str(write_jsonl(tmp_path / "posts.jsonl", POSTS))], extractor=engine,
           runner=LocalRunner(engine))
    with db.session() as s:
        s.add_all(User(username=role, password_hash=password_hash, role=role, active=True,
                       session_epoch=1) for role in ROLES)
    return db


@pytest.fixture
def make_client(app_db: Database, tmp_path: Path) -> Callable[[], TestClient]:
    settings = Settings(database_url=app_db.url, secret_key="test-key", var_dir=tmp_path,
                        report_limit=3)
    app = create_app(settings, db=app_db)
    return lambda: TestClient(app, follow_redirects=False)


def csrf(client: TestClient, path: str = "/login") -> str:
    res = client.get(path)
    found = TOKEN.search(res.text)
    assert found, res.text[:300]
    return found.group(1)


def login(client: TestClient, username: str) -> str:
    """Log in through the form; returns the CSRF token for later writes."""
    token = csrf(client)
    res = client.post("/login", data={"username": username, "password": PASSWORD,
                                      "csrf_token": token, "next": "/review"})
    assert res.status_code == 303, res.text
    return token


@pytest.fixture
def anon(make_client: Callable[[], TestClient]) -> TestClient:
    return make_client()


@pytest.fixture
def editor(make_client: Callable[[], TestClient]) -> tuple[TestClient, str]:
    client = make_client()
    return client, login(client, "editor")


@pytest.fixture
def viewer(make_client: Callable[[], TestClient]) -> tuple[TestClient, str]:
    client = make_client()
    return client, login(client, "viewer")


@pytest.fixture
def admin(make_client: Callable[[], TestClient]) -> tuple[TestClient, str]:
    client = make_client()
    return client, login(client, "admin")
