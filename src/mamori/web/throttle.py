"""Login throttling: failures are counted in the ledger, so a restart or a second server process does
not reset them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from mamori.ledger.accounts import AccountRepository
from mamori.web.settings import WebSettings


def locked_out(accounts: AccountRepository, name: str, client: str, settings: WebSettings) -> bool:
    since = datetime.now(UTC) - timedelta(minutes=settings.failure_window_minutes)
    return accounts.failures_since(name, client, since) >= settings.max_failures
