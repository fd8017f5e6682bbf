"""Logging in and out. The login form is the one page (with the static files) open without a session."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel

from mamori.web import csrf
from mamori.web.audit import audit
from mamori.web.auth import SESSION_COOKIE, Caller, viewer
from mamori.web.pages import render
from mamori.web.passwords import DUMMY_HASH, verify_password
from mamori.web.state import AppState, app_state
from mamori.web.throttle import locked_out

router = APIRouter()


class MeOut(BaseModel):
    name: str
    role: str


def _safe_next(target: str | None) -> str:
    """Only a path of this site: `next` must not send a user elsewhere after logging in."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _login_page(
    request: Request, message: str = "", status_code: int = 200, next_path: str = "/"
) -> Response:
    token = csrf.new_token()
    response = render(
        request,
        "login.html.j2",
        None,
        status_code=status_code,
        message=message,
        login_csrf=token,
        next_path=next_path,
    )
    response.set_cookie(
        csrf.LOGIN_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.app.state.mamori.settings.secure_cookies,
    )
    return response


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
def page_login(request: Request, next: str | None = None) -> Response:
    return _login_page(request, next_path=_safe_next(next))


@router.post("/login", include_in_schema=False)
def login(
    request: Request,
    name: str = Form(""),
    password: str = Form(""),
    csrf_token: str = Form(""),
    next: str = Form("/"),
    state: AppState = Depends(app_state),
) -> Response:
    target = _safe_next(next)
    if not csrf.matches(request.cookies.get(csrf.LOGIN_COOKIE), csrf_token):
        return _login_page(request, "フォームの有効期限が切れました。もう一度入力してください。", 403, target)
    accounts = state.ledger.accounts
    client = _client(request)
    if locked_out(accounts, name, client, state.settings):
        audit(state.ledger, name[:100] or "（不明）", "login_refused", "throttled")
        minutes = state.settings.failure_window_minutes
        return _login_page(
            request, f"ログインの失敗が続いたため、{minutes}分間ログインを受け付けません。", 429, target
        )
    user = accounts.user(name)
    valid = verify_password(user.password_hash if user else DUMMY_HASH, password)
    if user is None or not valid or user.disabled:
        accounts.record_failure(name, client)
        audit(state.ledger, name[:100] or "（不明）", "login_failed")
        return _login_page(request, "ユーザー名またはパスワードが違います。", 401, target)
    accounts.clear_failures(name)
    token = secrets.token_urlsafe(32)
    expires = datetime.now(UTC) + timedelta(hours=state.settings.session_hours)
    accounts.open_session(user.id, token, csrf.new_token(), expires)
    audit(state.ledger, user.name, "login")
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=state.settings.session_hours * 3600,
        httponly=True,
        samesite="strict",
        secure=state.settings.secure_cookies,
    )
    response.delete_cookie(csrf.LOGIN_COOKIE)
    return response


@router.post("/logout", include_in_schema=False)
def logout(
    request: Request, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> Response:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        state.ledger.accounts.close_session(cookie)
    audit(state.ledger, caller.name, "logout")
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/api/me", response_model=MeOut, tags=["account"])
def api_me(caller: Caller = Depends(viewer)) -> MeOut:
    """Who the token or session belongs to, and its role."""
    return MeOut(name=caller.name, role=caller.user.role)
