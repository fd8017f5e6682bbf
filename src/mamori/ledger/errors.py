"""Errors the ledger raises. Messages are Japanese because front ends show them to users as they are."""

from __future__ import annotations


class LedgerError(Exception):
    """Base class of every error raised by `mamori.ledger`."""


class LedgerUnavailableError(LedgerError):
    """The database cannot be reached, opened or migrated; `database` names it without its password."""

    def __init__(self, database: str, reason: str) -> None:
        super().__init__(f"台帳データベース {database} を使用できません: {reason}")
        self.database = database
        self.reason = reason


class NotFoundError(LedgerError):
    """An incident, scan or asset id that the ledger does not hold."""


class RawValueRefusedError(LedgerError, ValueError):
    """A raw personal value was offered to a ledger not opened with `store_values=True`."""
