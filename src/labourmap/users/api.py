"""``GET /api/v1/review/users``: the users page as JSON, for admins (anonymous → 401, viewers
and editors → 403). The accounts are changed on the page or with `labourmap users`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from labourmap.users.auth import require_role
from labourmap.users.models import User
from labourmap.users.schemas import UsersPage
from labourmap.users.service import users_page
from labourmap.web.deps import SessionDep
from labourmap.web.errors import ErrorResponse

ERRORS = {code: {"model": ErrorResponse} for code in (401, 403)}
router = APIRouter(prefix="/api/v1/review", tags=["review"], responses=ERRORS)  # type: ignore[arg-type]
Admin = Annotated[User, require_role("admin")]


@router.get("/users", response_model=UsersPage)
def users(session: SessionDep, user: Admin) -> UsersPage:
    """Every account (never its password hash), the roles, the shortest password allowed, and
    the latest changes to accounts, newest first."""
    return users_page(session)
