"""One transaction per repository call, with database failures turned into a message naming the database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from mamori.ledger.errors import LedgerUnavailableError


class Transactions:
    def __init__(self, engine: Engine, database: str) -> None:
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self.database = database

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """Commit on success, roll back on any error: a failed call leaves the ledger as it was."""
        try:
            with self._factory.begin() as session:
                yield session
        except DBAPIError as exc:
            raise LedgerUnavailableError(self.database, _reason(exc)) from exc


def _reason(exc: DBAPIError) -> str:
    first_line = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    return f"データベースの操作に失敗しました（{first_line}）。この操作は記録されていません。"
