"""Users, API tokens and the audit log: for administrators only."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from mamori.ledger import NotFoundError
from mamori.ledger.accounts import Role, UserExistsError
from mamori.web.audit import audit
from mamori.web.auth import Caller, admin
from mamori.web.errors import BadInputError, NotFoundPageError
from mamori.web.pages import render
from mamori.web.params import RecordId
from mamori.web.passwords import hash_password
from mamori.web.state import AppState, app_state

router = APIRouter()
TOKEN_PREFIX = "mamori_"
AUDIT_SHOWN = 100


class UserOut(BaseModel):
    name: str
    role: str
    created_at: datetime
    disabled: bool


class UserIn(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    role: Role
    password: str = Field(min_length=8, max_length=200)


class TokenOut(BaseModel):
    id: int
    user: str
    label: str
    created_at: datetime
    revoked_at: datetime | None


class NewTokenOut(TokenOut):
    token: str = Field(description="shown once: only its hash is kept")


class TokenIn(BaseModel):
    user: str = Field(min_length=1, max_length=100)
    label: str = Field("", max_length=100)


class AuditOut(BaseModel):
    at: datetime
    actor: str
    action: str
    target: str


def _users(state: AppState) -> list[UserOut]:
    return [
        UserOut(name=u.name, role=u.role, created_at=u.created_at, disabled=u.disabled)
        for u in state.ledger.accounts.users()
    ]


def _tokens(state: AppState) -> list[TokenOut]:
    return [
        TokenOut(id=t.id, user=t.user_name, label=t.label, created_at=t.created_at, revoked_at=t.revoked_at)
        for t in state.ledger.accounts.tokens()
    ]


def _audit(state: AppState) -> list[AuditOut]:
    return [
        AuditOut(at=e.at, actor=e.actor, action=e.action, target=e.target)
        for e in state.ledger.audit.recent(AUDIT_SHOWN)
    ]


def _add_user(state: AppState, caller: Caller, body: UserIn) -> UserOut:
    try:
        user = state.ledger.accounts.add_user(body.name, body.role, hash_password(body.password))
    except (UserExistsError, ValueError) as exc:
        raise BadInputError(str(exc)) from None
    audit(state.ledger, caller.name, "user_add", f"user:{user.name} role:{user.role}")
    return UserOut(name=user.name, role=user.role, created_at=user.created_at, disabled=user.disabled)


def _new_token(state: AppState, caller: Caller, body: TokenIn) -> NewTokenOut:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    try:
        made = state.ledger.accounts.add_token(body.user, token, body.label or "automation")
    except NotFoundError as exc:
        raise BadInputError(str(exc)) from None
    audit(state.ledger, caller.name, "token_create", f"token:{made.id} user:{made.user_name}")
    return NewTokenOut(
        id=made.id,
        user=made.user_name,
        label=made.label,
        created_at=made.created_at,
        revoked_at=None,
        token=token,
    )


def _revoke(state: AppState, caller: Caller, token_id: RecordId) -> TokenOut:
    try:
        t = state.ledger.accounts.revoke_token(token_id)
    except NotFoundError as exc:
        raise NotFoundPageError(str(exc)) from None
    audit(state.ledger, caller.name, "token_revoke", f"token:{token_id}")
    return TokenOut(
        id=t.id, user=t.user_name, label=t.label, created_at=t.created_at, revoked_at=t.revoked_at
    )


def _page(
    request: Request, caller: Caller, state: AppState, status_code: int = 200, **context: Any
) -> HTMLResponse:
    return render(
        request,
        "users.html.j2",
        caller,
        status_code=status_code,
        users=_users(state),
        tokens=_tokens(state),
        entries=_audit(state),
        **context,
    )


@router.get("/api/users", response_model=list[UserOut], tags=["users"])
def api_users(caller: Caller = Depends(admin), state: AppState = Depends(app_state)) -> list[UserOut]:
    """Every user and role."""
    return _users(state)


@router.post("/api/users", response_model=UserOut, status_code=201, tags=["users"])
def api_add_user(
    body: UserIn, caller: Caller = Depends(admin), state: AppState = Depends(app_state)
) -> UserOut:
    """Add a user (admin, officer or viewer)."""
    return _add_user(state, caller, body)


@router.get("/api/tokens", response_model=list[TokenOut], tags=["users"])
def api_tokens(caller: Caller = Depends(admin), state: AppState = Depends(app_state)) -> list[TokenOut]:
    """API tokens (never the tokens themselves: only their hashes are kept)."""
    return _tokens(state)


@router.post("/api/tokens", response_model=NewTokenOut, status_code=201, tags=["users"])
def api_new_token(
    body: TokenIn, caller: Caller = Depends(admin), state: AppState = Depends(app_state)
) -> NewTokenOut:
    """Issue an API token acting as `user`; send it as `Authorization: Bearer <token>`."""
    return _new_token(state, caller, body)


@router.post("/api/tokens/{token_id}/revoke", response_model=TokenOut, tags=["users"])
def api_revoke(
    token_id: RecordId, caller: Caller = Depends(admin), state: AppState = Depends(app_state)
) -> TokenOut:
    """Revoke an API token at once."""
    return _revoke(state, caller, token_id)


@router.get("/api/audit", response_model=list[AuditOut], tags=["users"])
def api_audit(caller: Caller = Depends(admin), state: AppState = Depends(app_state)) -> list[AuditOut]:
    """The latest entries of the audit log (who, what, when), newest first."""
    return _audit(state)


@router.get("/users", response_class=HTMLResponse, include_in_schema=False)
def page_users(
    request: Request, caller: Caller = Depends(admin), state: AppState = Depends(app_state)
) -> HTMLResponse:
    return _page(request, caller, state)


@router.post("/users", include_in_schema=False)
def page_add_user(
    request: Request,
    name: str = Form(""),
    role: str = Form("viewer"),
    password: str = Form(""),
    caller: Caller = Depends(admin),
    state: AppState = Depends(app_state),
) -> Response:
    try:
        _add_user(state, caller, UserIn.model_validate({"name": name, "role": role, "password": password}))
    except (BadInputError, ValueError) as exc:
        message = (
            exc.message
            if isinstance(exc, BadInputError)
            else "ユーザー名・役割・パスワード（8文字以上）を確認してください"
        )
        return _page(request, caller, state, 400, error=message)
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{name}/role", include_in_schema=False)
def page_role(
    name: str, role: str = Form(""), caller: Caller = Depends(admin), state: AppState = Depends(app_state)
) -> Response:
    try:
        state.ledger.accounts.update_user(name, role=role)  # type: ignore[arg-type]
    except (NotFoundError, ValueError) as exc:
        raise BadInputError(str(exc)) from None
    audit(state.ledger, caller.name, "user_role", f"user:{name} role:{role}")
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{name}/disable", include_in_schema=False)
def page_disable(
    name: str,
    disabled: bool = Form(True),
    caller: Caller = Depends(admin),
    state: AppState = Depends(app_state),
) -> Response:
    try:
        state.ledger.accounts.update_user(name, disabled=disabled)
    except NotFoundError as exc:
        raise NotFoundPageError(str(exc)) from None
    audit(state.ledger, caller.name, "user_disable" if disabled else "user_enable", f"user:{name}")
    return RedirectResponse("/users", status_code=303)


@router.post("/tokens", include_in_schema=False)
def page_new_token(
    request: Request,
    user: str = Form(""),
    label: str = Form(""),
    caller: Caller = Depends(admin),
    state: AppState = Depends(app_state),
) -> Response:
    try:
        made = _new_token(state, caller, TokenIn(user=user or caller.name, label=label[:100]))
    except BadInputError as exc:
        return _page(request, caller, state, 400, error=exc.message)
    return _page(request, caller, state, new_token=made)


@router.post("/tokens/{token_id}/revoke", include_in_schema=False)
def page_revoke(
    token_id: RecordId, caller: Caller = Depends(admin), state: AppState = Depends(app_state)
) -> Response:
    _revoke(state, caller, token_id)
    return RedirectResponse("/users", status_code=303)
