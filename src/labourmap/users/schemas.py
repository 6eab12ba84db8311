"""Schemas of the accounts (the data of the users page and of its JSON twin)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from labourmap.audit.service import UserChange


# An account as listed: never its password hash.
class UserOut(BaseModel):
    username: str
    role: str
    active: bool
    created_at: datetime


# The users page: every account, the roles to pick from, and the latest changes to accounts.
class UsersPage(BaseModel):
    users: list[UserOut]
    roles: list[str] = Field(description="weakest first: each may do all the earlier ones may")
    min_password: int = Field(description="the fewest characters a password may have")
    history: list[UserChange] = Field(description="the latest changes to accounts, newest first")
