"""CSRF tokens: one per login session (kept in the ledger), and a double-submit cookie for the login
form, which comes before any session."""

from __future__ import annotations

import hmac
import secrets

FORM_FIELD = "csrf_token"
HEADER = "x-csrf-token"
LOGIN_COOKIE = "mamori_login_csrf"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def matches(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))
