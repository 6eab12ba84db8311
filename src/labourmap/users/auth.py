"""Sessions and CSRF for the editor pages, the review API and the public forms.

- The session is a signed cookie (itsdangerous, keyed by ``LABOURMAP_SECRET_KEY``) holding the
  user's id and session epoch: HttpOnly, SameSite=Lax, Secure over HTTPS, and void after a
  change of password or role, a deactivation, or ``LABOURMAP_SESSION_HOURS``.
- CSRF: a signed double-submit token. A random value lives in an HttpOnly, SameSite=Strict
  cookie; every form carries a token made from it with the key (and every write to the API
  sends it in ``X-CSRF-Token``). A write without a matching token is refused with 403.
- Typed dependencies: :data:`CurrentUser` (401 without a session) and :func:`require_role`
  (403 below the role).
"""

from __future__ import annotations

import hmac
import secrets
from functools import cache
from hashlib import sha256
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from labourmap.errors import NotAuthenticated, PermissionDenied
from labourmap.settings import Settings
from labourmap.users.models import User
from labourmap.users.service import has_role
from labourmap.web.deps import SessionDep

SESSION_COOKIE = "lm_session"
CSRF_COOKIE = "lm_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@cache
def _stored_key(var_dir: Path) -> str:
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.touch(mode=0o600)
    path.write_text(key, encoding="utf-8")
    return key


def secret_key(settings: Settings) -> str:
    """The configured key, else one made once and kept in ``var/secret_key``."""
    return settings.secret_key or _stored_key(settings.var_dir.resolve())


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key(_settings(request)), salt="labourmap.session")


def start_session(request: Request, response: Response, user: User) -> None:
    token = _serializer(request).dumps({"u": user.id, "e": user.session_epoch})
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https",
                        max_age=_settings(request).session_hours * 3600)


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="lax")


def session_user(request: Request, session: SessionDep) -> User | None:
    """The user of the request's session cookie, if it is valid."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    try:
        data: Any = _serializer(request).loads(
            token, max_age=_settings(request).session_hours * 3600)
        user = session.get(User, int(data["u"]))
    except (BadSignature, KeyError, TypeError, ValueError):
        return None
    if user is None or not user.active or user.session_epoch != data.get("e"):
        return None
    return user


OptionalUser = Annotated[User | None, Depends(session_user)]


def require_user(user: OptionalUser) -> User:
    if user is None:
        raise NotAuthenticated("log in first")
    return user


CurrentUser = Annotated[User, Depends(require_user)]


def require_role(role: str) -> Any:
    """A dependency: the current user, if they hold ``role`` (or a stronger one)."""

    def dependency(user: CurrentUser) -> User:
        if not has_role(user, role):
            raise PermissionDenied(f"this needs the {role} role; you are {user.role}")
        return user

    return Depends(dependency)


# --- CSRF -----------------------------------------------------------------------------------

def _csrf_mac(request: Request, nonce: str) -> str:
    key = secret_key(_settings(request)).encode()
    return hmac.new(key, f"csrf:{nonce}".encode(), sha256).hexdigest()


def csrf_nonce(request: Request) -> str:
    """The browser's CSRF nonce (from its cookie), or a new one for :func:`set_csrf_cookie`."""
    nonce = request.cookies.get(CSRF_COOKIE)
    if not nonce:
        nonce = getattr(request.state, "csrf_nonce", None) or secrets.token_urlsafe(24)
        request.state.csrf_nonce = nonce
    return nonce


def csrf_token(request: Request) -> str:
    """The token a form of this page must send back."""
    return _csrf_mac(request, csrf_nonce(request))


def set_csrf_cookie(request: Request, response: Response) -> None:
    """Send the nonce cookie if the browser does not have it yet."""
    if not request.cookies.get(CSRF_COOKIE):
        response.set_cookie(CSRF_COOKIE, csrf_nonce(request), httponly=True,
                            samesite="strict", secure=request.url.scheme == "https")


async def check_csrf(request: Request) -> None:
    """Refuse a write whose token (form field or ``X-CSRF-Token``) does not match its cookie."""
    if request.method in SAFE_METHODS:
        return
    nonce = request.cookies.get(CSRF_COOKIE)
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not nonce or not sent or not hmac.compare_digest(sent, _csrf_mac(request, nonce)):
        raise PermissionDenied("missing or wrong CSRF token: reload the page and try again")


CsrfProtected = Depends(check_csrf)


def require_writer(role: str) -> Any:
    """A dependency for writes: the user must hold ``role`` (401, then 403) and the request
    must carry the CSRF token (403)."""

    def dependency(user: User = require_role(role), _csrf: None = CsrfProtected) -> User:
        return user

    return Depends(dependency)
