"""Accounts of the web dashboard: users, login sessions, API tokens and failed logins.

Only hashes are stored: of passwords (argon2, computed by the caller), of session and API tokens (SHA-256,
computed here: they are random, so a plain hash is enough and lets a token be looked up by its hash).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from mamori.ledger.account_models import ApiTokenRow, LoginFailureRow, SessionRow, UserRow
from mamori.ledger.errors import LedgerError, NotFoundError
from mamori.ledger.session import Transactions

Role = Literal["admin", "officer", "viewer"]
ROLES: tuple[Role, ...] = ("admin", "officer", "viewer")


class UserExistsError(LedgerError):
    """A user of that name is already in the ledger."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    password_hash: str
    created_at: datetime
    disabled: bool


@dataclass(frozen=True)
class LoginSession:
    user: User
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True)
class ApiToken:
    id: int
    user_name: str
    label: str
    created_at: datetime
    revoked_at: datetime | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _user(row: UserRow) -> User:
    role: Role = row.role  # type: ignore[assignment]
    return User(row.id, row.name, role, row.password_hash, row.created_at, row.disabled)


class AccountRepository:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def add_user(self, name: str, role: Role, password_hash: str) -> User:
        if role not in ROLES:
            raise ValueError(f"role must be one of {ROLES}")
        if not name.strip():
            raise ValueError("user name must not be empty")
        row = UserRow(
            name=name.strip(),
            role=role,
            password_hash=password_hash,
            created_at=datetime.now(UTC),
            disabled=False,
        )
        with self._tx.begin() as session:
            if session.scalars(select(UserRow.id).where(UserRow.name == row.name)).first() is not None:
                raise UserExistsError(f"ユーザー {row.name} は既に登録されています")
            session.add(row)
            session.flush()
            return _user(row)

    def user(self, name: str) -> User | None:
        with self._tx.begin() as session:
            row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
            return None if row is None else _user(row)

    def users(self) -> list[User]:
        with self._tx.begin() as session:
            return [_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.id))]

    def update_user(
        self,
        name: str,
        *,
        role: Role | None = None,
        password_hash: str | None = None,
        disabled: bool | None = None,
    ) -> User:
        """Change a user; disabling one also ends its sessions."""
        with self._tx.begin() as session:
            row = self._user_row(session, name)
            if role is not None:
                if role not in ROLES:
                    raise ValueError(f"role must be one of {ROLES}")
                row.role = role
            if password_hash is not None:
                row.password_hash = password_hash
            if disabled is not None:
                row.disabled = disabled
                if disabled:
                    session.execute(delete(SessionRow).where(SessionRow.user_id == row.id))
            return _user(row)

    # sessions

    def open_session(self, user_id: int, token: str, csrf_token: str, expires_at: datetime) -> None:
        now = datetime.now(UTC)
        with self._tx.begin() as session:
            session.execute(delete(SessionRow).where(SessionRow.expires_at < now))
            session.add(
                SessionRow(
                    token_hash=token_hash(token),
                    user_id=user_id,
                    csrf_token=csrf_token,
                    created_at=now,
                    expires_at=expires_at,
                )
            )

    def session(self, token: str) -> LoginSession | None:
        """The live session of a cookie's token, None when unknown, expired or its user disabled."""
        query = (
            select(SessionRow, UserRow)
            .join(UserRow, SessionRow.user_id == UserRow.id)
            .where(SessionRow.token_hash == token_hash(token), SessionRow.expires_at > datetime.now(UTC))
        )
        with self._tx.begin() as session:
            found = session.execute(query).first()
            if found is None or found[1].disabled:
                return None
            row, user = found
            return LoginSession(_user(user), row.csrf_token, row.expires_at)

    def close_session(self, token: str) -> None:
        with self._tx.begin() as session:
            session.execute(delete(SessionRow).where(SessionRow.token_hash == token_hash(token)))

    # API tokens

    def add_token(self, user_name: str, token: str, label: str) -> ApiToken:
        with self._tx.begin() as session:
            user = self._user_row(session, user_name)
            row = ApiTokenRow(
                token_hash=token_hash(token), user_id=user.id, label=label, created_at=datetime.now(UTC)
            )
            session.add(row)
            session.flush()
            return ApiToken(row.id, user.name, row.label, row.created_at, None)

    def token_user(self, token: str) -> User | None:
        query = (
            select(UserRow)
            .join(ApiTokenRow, ApiTokenRow.user_id == UserRow.id)
            .where(ApiTokenRow.token_hash == token_hash(token), ApiTokenRow.revoked_at.is_(None))
        )
        with self._tx.begin() as session:
            row = session.scalars(query).first()
            return None if row is None or row.disabled else _user(row)

    def tokens(self) -> list[ApiToken]:
        query = select(ApiTokenRow, UserRow.name).join(UserRow).order_by(ApiTokenRow.id)
        with self._tx.begin() as session:
            return [
                ApiToken(row.id, name, row.label, row.created_at, row.revoked_at)
                for row, name in session.execute(query)
            ]

    def revoke_token(self, token_id: int) -> ApiToken:
        with self._tx.begin() as session:
            row = session.get(ApiTokenRow, token_id)
            if row is None:
                raise NotFoundError(f"APIトークン {token_id} は台帳にありません")
            if row.revoked_at is None:
                row.revoked_at = datetime.now(UTC)
            user = session.get(UserRow, row.user_id)
            return ApiToken(row.id, user.name if user else "", row.label, row.created_at, row.revoked_at)

    # failed logins

    def record_failure(self, name: str, client: str) -> None:
        with self._tx.begin() as session:
            session.add(LoginFailureRow(name=name[:100], client=client[:64], at=datetime.now(UTC)))

    def failures_since(self, name: str, client: str, since: datetime) -> int:
        """Failed logins for this name or from this client since `since`."""
        query = select(func.count()).where(
            LoginFailureRow.at >= since,
            or_(LoginFailureRow.name == name[:100], LoginFailureRow.client == client[:64]),
        )
        with self._tx.begin() as session:
            return int(session.execute(query).scalar_one())

    def clear_failures(self, name: str) -> None:
        with self._tx.begin() as session:
            session.execute(delete(LoginFailureRow).where(LoginFailureRow.name == name[:100]))

    @staticmethod
    def _user_row(session: Session, name: str) -> UserRow:
        row = session.scalars(select(UserRow).where(UserRow.name == name)).first()
        if row is None:
            raise NotFoundError(f"ユーザー {name} は登録されていません")
        return row
