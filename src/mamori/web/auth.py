"""Who is calling, and may they: a session cookie (browser) or a bearer API token (automation), a role
check per route, and the CSRF check of every state-changing request made with a cookie."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastapi import Depends, Request

from mamori.ledger.accounts import Role, User
from mamori.web import csrf
from mamori.web.state import AppState, app_state

SESSION_COOKIE = "mamori_session"
ROLE_RANK: dict[str, int] = {"viewer": 0, "officer": 1, "admin": 2}
ROLE_JA: dict[str, str] = {"admin": "管理者", "officer": "担当者", "viewer": "閲覧者"}
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class NotAuthenticatedError(Exception):
    """No valid session or token: pages redirect to the login, the API answers 401."""


class ForbiddenError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Caller:
    user: User
    # None for an API token: a token is sent on purpose by a program, never by a browser on its own.
    csrf_token: str | None

    @property
    def name(self) -> str:
        return self.user.name

    def can(self, role: Role) -> bool:
        return ROLE_RANK[self.user.role] >= ROLE_RANK[role]


def _identify(request: Request, state: AppState) -> Caller:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user = state.ledger.accounts.token_user(header[7:].strip())
        if user is None:
            raise NotAuthenticatedError
        return Caller(user, None)
    cookie = request.cookies.get(SESSION_COOKIE)
    session = state.ledger.accounts.session(cookie) if cookie else None
    if session is None:
        raise NotAuthenticatedError
    return Caller(session.user, session.csrf_token)


async def _check_csrf(request: Request, caller: Caller) -> None:
    if request.method in SAFE_METHODS or caller.csrf_token is None:
        return
    given = request.headers.get(csrf.HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(csrf.FORM_FIELD)
        given = value if isinstance(value, str) else None
    if not csrf.matches(caller.csrf_token, given):
        raise ForbiddenError("フォームの有効期限が切れました。ページを読み込み直してから操作してください。")


def require(role: Role) -> Callable[[Request, AppState], Awaitable[Caller]]:
    """A dependency: the caller, if logged in with at least `role` (and, for a form, a valid CSRF token)."""

    async def dependency(request: Request, state: AppState = Depends(app_state)) -> Caller:
        caller = _identify(request, state)
        await _check_csrf(request, caller)
        if not caller.can(role):
            raise ForbiddenError(f"この操作には{ROLE_JA[role]}以上の権限が必要です。")
        return caller

    return dependency


viewer = require("viewer")
officer = require("officer")
admin = require("admin")
