"""Users: add, list, change a role or a password, deactivate and reactivate, check a login.

Passwords are hashed with argon2id. Every change is written to the history of accounts
(:mod:`labourmap.audit`) with who made it; a change of role or password, and a deactivation,
end the user's open sessions (their ``session_epoch`` goes up). No change may leave the site
without an active admin.
"""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.audit.service import record_user_change, user_history
from labourmap.errors import Conflict, NotAuthenticated, NotFound, Problem, ValidationError
from labourmap.users.models import ROLES, User
from labourmap.users.schemas import UserOut, UsersPage

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")
MIN_PASSWORD = 10
#: The author of a change no logged-in user made (`labourmap users`, scripts). Not a valid
#: username, so it is never mistaken for one.
COMMAND_LINE = "(command line)"
_hasher = PasswordHasher()
#: Verified against when the user does not exist, so that a login takes as long either way.
_DUMMY = _hasher.hash("not a password of anyone")


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


def add_user(session: Session, *, username: str, password: str, role: str,
             by: str = COMMAND_LINE) -> UserOut:
    _check(username, password, role)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"user {username!r} exists already",
                       [Problem("this username is taken", field="username", value=username)])
    user = User(username=username, password_hash=_hasher.hash(password), role=role,
                active=True, session_epoch=1)
    session.add(user)
    session.flush()
    record_user_change(session, user_id=user.id, actor=by, action="add", after=role)
    return _out(user)


def _out(user: User) -> UserOut:
    return UserOut(username=user.username, role=user.role, active=user.active,
                   created_at=user.created_at)


def list_users(session: Session) -> list[UserOut]:
    return [_out(u) for u in session.scalars(select(User).order_by(User.username))]


def users_page(session: Session) -> UsersPage:
    """The data of the users page: every account and the latest changes to accounts."""
    return UsersPage(users=list_users(session), roles=list(ROLES), min_password=MIN_PASSWORD,
                     history=user_history(session))


def get_user(session: Session, *, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(f"no user {username!r}",
                       [Problem("no such user", field="username", value=username)])
    return user


def _keep_an_admin(session: Session, user: User, *, field: str) -> None:
    """Refuse to take the admin role or the login from the last active admin.

    The active admins' rows are locked (on PostgreSQL) so that two admins demoting each other
    at once cannot both succeed."""
    if user.role != "admin" or not user.active:
        return
    admins = session.scalars(select(User.id).where(User.role == "admin", User.active.is_(True))
                             .with_for_update()).all()
    if not [i for i in admins if i != user.id]:
        raise Conflict(f"{user.username} is the last active admin",
                       [Problem("make another user an admin first: the site would have no "
                                "active admin", field=field, value=user.username)])


def set_role(session: Session, *, username: str, role: str, by: str = COMMAND_LINE) -> UserOut:
    """Give a user another role; their open sessions end."""
    _check(None, None, role)
    user = get_user(session, username=username)
    if role == user.role:
        return _out(user)
    if role != "admin":
        _keep_an_admin(session, user, field="role")
    record_user_change(session, user_id=user.id, actor=by, action="role", before=user.role,
                       after=role)
    user.role = role
    user.session_epoch += 1
    return _out(user)


def deactivate_user(session: Session, *, username: str, by: str = COMMAND_LINE) -> UserOut:
    """Deactivate a user: they can no longer log in and their open sessions end."""
    return _set_active(session, username=username, active=False, by=by)


def activate_user(session: Session, *, username: str, by: str = COMMAND_LINE) -> UserOut:
    """Reactivate a user, with the role and password they had (old sessions stay ended)."""
    return _set_active(session, username=username, active=True, by=by)


def _set_active(session: Session, *, username: str, active: bool, by: str) -> UserOut:
    user = get_user(session, username=username)
    if active == user.active:
        return _out(user)
    if not active:
        _keep_an_admin(session, user, field="active")
        user.session_epoch += 1
    record_user_change(session, user_id=user.id, actor=by,
                       action="activate" if active else "deactivate")
    user.active = active
    return _out(user)


def set_password(session: Session, *, username: str, password: str,
                 by: str = COMMAND_LINE) -> None:
    """Change a password; every session of the user ends."""
    _check(None, password, None)
    user = get_user(session, username=username)
    user.password_hash = _hasher.hash(password)
    user.session_epoch += 1
    record_user_change(session, user_id=user.id, actor=by, action="password")


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
