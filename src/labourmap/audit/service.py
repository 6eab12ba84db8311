"""Recording and reading the audit history of incidents and of user accounts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from labourmap.audit.models import AuditEntry, UserAuditEntry
from labourmap.users.models import User


class AuditOut(BaseModel):
    """One change: who, when, which field (or action), from what to what."""

    username: str
    at: datetime
    action: str
    field: str | None
    before: Any = None
    after: Any = None


def _json(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return value


def record(session: Session, *, incident_id: int, username: str, action: str,
           field: str | None = None, before: Any = None, after: Any = None,
           at: datetime | None = None) -> None:
    """Add one entry to the history of an incident (in the caller's transaction)."""
    entry = AuditEntry(incident_id=incident_id, username=username, action=action, field=field,
                       before=_json(before), after=_json(after))
    if at is not None:
        entry.at = at
    session.add(entry)


def history(session: Session, *, incident_id: int) -> list[AuditOut]:
    """The history of an incident, oldest first."""
    rows = session.scalars(select(AuditEntry).where(AuditEntry.incident_id == incident_id)
                           .order_by(AuditEntry.at, AuditEntry.id))
    return [AuditOut(username=r.username, at=r.at, action=r.action, field=r.field,
                     before=r.before, after=r.after) for r in rows]


# --- accounts ---------------------------------------------------------------------------------

#: The changes to an account the history records.
USER_ACTIONS = ("add", "role", "deactivate", "activate", "password")


class UserChange(BaseModel):
    """One change to an account: whose, by whom, when, what (a role before and after)."""

    username: str
    actor: str
    at: datetime
    action: str
    before: str | None = None
    after: str | None = None


def record_user_change(session: Session, *, user_id: int, actor: str, action: str,
                       before: str | None = None, after: str | None = None) -> None:
    """Add one entry to the history of accounts (in the caller's transaction)."""
    if action not in USER_ACTIONS:
        raise ValueError(f"unknown account action {action!r}")
    session.add(UserAuditEntry(user_id=user_id, actor=actor, action=action, before=before,
                               after=after))


def user_history(session: Session, *, limit: int = 200) -> list[UserChange]:
    """The latest changes to accounts, newest first."""
    rows = session.execute(select(UserAuditEntry, User.username)
                           .join(User, User.id == UserAuditEntry.user_id)
                           .order_by(UserAuditEntry.at.desc(), UserAuditEntry.id.desc())
                           .limit(limit))
    return [UserChange(username=name, actor=e.actor, at=e.at, action=e.action,
                       before=e.before, after=e.after) for e, name in rows]
