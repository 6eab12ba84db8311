"""Users: add, list, change a password, check a login. Passwords are hashed with argon2id."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.errors import Conflict, NotAuthenticated, NotFound, Problem, ValidationError
from labourmap.users.models import ROLES, User

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
#: Verified against when the user does not exist, so that a login takes as long either way.
_DUMMY = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class UserOut:
    """A user as listed (never the hash)."""

    username: str
    role: str
    active: bool
    created_at: datetime


def _check(username: str | None, password: str | None, role: str | None) -> None:
    problems = []
    if username is not None and not USERNAME.match(username):
        problems.append(Problem("a username is 2–64 letters, digits, '.', '_', '@' or '-'",
                                field="username", value=username))
    if password is not None and len(password) < MIN_PASSWORD:
        problems.append(Problem(f"a password has at least {MIN_PASSWORD} characters",
                                field="password"))
    if role is not None and role not in ROLES:
        problems.append(Problem(f"role must be one of {', '.join(ROLES)}", field="role",
                                value=role))
    if problems:
        raise ValidationError("invalid user", problems)


def add_user(session: Session, *, username: str, password: str, role: str) -> UserOut:
    _check(username, password, role)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"user {username!r} exists already")
    user = User(username=username, password_hash=_hasher.hash(password), role=role,
                active=True, session_epoch=1)
    session.add(user)
    session.flush()
    return _out(user)


def _out(user: User) -> UserOut:
    return UserOut(username=user.username, role=user.role, active=user.active,
                   created_at=user.created_at)


def list_users(session: Session) -> list[UserOut]:
    return [_out(u) for u in session.scalars(select(User).order_by(User.username))]


def get_user(session: Session, *, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"no user {username!r}")
    return user


def set_password(session: Session, *, username: str, password: str) -> None:
    """Change a password; every session of the user ends."""
    _check(None, password, None)
    user = get_user(session, username=username)
    user.password_hash = _hasher.hash(password)
    user.session_epoch += 1


def authenticate(session: Session, *, username: str, password: str) -> User:
    """The active user with this name and password, else :class:`NotAuthenticated`."""
    user = session.scalar(select(User).where(User.username == username))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        user = None
    if user is None or not user.active:
        raise NotAuthenticated("wrong username or password")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def has_role(user: User, role: str) -> bool:
    """Whether ``user`` holds ``role`` or a stronger one."""
    return ROLES.index(user.role) >= ROLES.index(role)
