"""The users page, for admins: every account, forms to add one, change its role, deactivate
or reactivate it and set its password, and the history of changes to accounts.

``GET /review/users`` renders :func:`users_page` (``GET /api/v1/review/users`` returns the
same data as JSON). The forms post here, are protected like the other review forms (the admin
role and the CSRF token: anonymous → the login page, viewers and editors → 403) and land back
on the page (303). Bad input is refused with a page naming the field; nothing is written.

A change of your own password or role keeps this browser logged in (a new session cookie with
the new epoch) while every other session of yours ends, as for anyone else's account.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from labourmap.review.render import LoginRedirectRoute, render, see_other
from labourmap.users.auth import require_role, require_writer, start_session
from labourmap.users.models import User
from labourmap.users.service import (
    activate_user,
    add_user,
    deactivate_user,
    has_role,
    set_password,
    set_role,
    users_page,
)
from labourmap.web.deps import SessionDep

router = APIRouter(include_in_schema=False, route_class=LoginRedirectRoute)
Admin = Annotated[User, require_role("admin")]
AdminWriter = Annotated[User, require_writer("admin")]
PAGE = "/review/users"

#: Every label of the page that depends on data, English · Chinese.
ROLE_LABELS = {"viewer": "viewer · 只读", "editor": "editor · 编辑", "admin": "admin · 管理员"}
DONE = {
    "add": "added · 已添加", "role": "role changed · 角色已更改",
    "deactivate": "deactivated · 已停用", "activate": "reactivated · 已重新启用",
    "password": "password set · 密码已设置",
}


def _done(action: str, username: str) -> RedirectResponse:
    """Back to the page, which confirms what was done (to whom) and shows that row."""
    return see_other(f"{PAGE}?{urlencode({'done': action, 'user': username})}")


@router.get(PAGE, response_class=HTMLResponse)
def users_html(request: Request, session: SessionDep, user: Admin,
               done: str | None = None) -> HTMLResponse:
    target = request.query_params.get("user", "")
    return render(request, "users.html", user=user, page=users_page(session),
                  role_label=lambda r: ROLE_LABELS.get(r or "", r or ""),
                  actions=DONE, done=DONE.get(done or ""), done_user=target)


@router.post(PAGE)
def add_form(session: SessionDep, user: AdminWriter, username: Annotated[str, Form()] = "",
             role: Annotated[str, Form()] = "", password: Annotated[str, Form()] = ""
             ) -> RedirectResponse:
    added = add_user(session, username=username.strip(), role=role, password=password,
                     by=user.username)
    session.commit()
    return _done("add", added.username)


def _keep_my_session(request: Request, response: RedirectResponse, me: User) -> None:
    """After a change to one's own account: a new cookie for this browser (if still allowed)."""
    if me.active:
        start_session(request, response, me)


@router.post(PAGE + "/{username}/role")
def role_form(request: Request, session: SessionDep, user: AdminWriter, username: str,
              role: Annotated[str, Form()] = "") -> RedirectResponse:
    set_role(session, username=username, role=role, by=user.username)
    session.commit()
    if username != user.username:
        return _done("role", username)
    response = _done("role", username) if has_role(user, "admin") else see_other("/review")
    _keep_my_session(request, response, user)
    return response


@router.post(PAGE + "/{username}/deactivate")
def deactivate_form(session: SessionDep, user: AdminWriter, username: str) -> RedirectResponse:
    deactivate_user(session, username=username, by=user.username)
    session.commit()
    return _done("deactivate", username) if username != user.username else see_other("/login")


@router.post(PAGE + "/{username}/activate")
def activate_form(session: SessionDep, user: AdminWriter, username: str) -> RedirectResponse:
    activate_user(session, username=username, by=user.username)
    session.commit()
    return _done("activate", username)


@router.post(PAGE + "/{username}/password")
def password_form(request: Request, session: SessionDep, user: AdminWriter, username: str,
                  password: Annotated[str, Form()] = "") -> RedirectResponse:
    set_password(session, username=username, password=password, by=user.username)
    session.commit()
    response = _done("password", username)
    if username == user.username:
        _keep_my_session(request, response, user)
    return response
