"""The audit log: who did what, when — written by the web dashboard for every action it takes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from mamori.ledger.account_models import AuditRow
from mamori.ledger.session import Transactions


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    target: str


class AuditRepository:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def record(self, actor: str, action: str, target: str = "") -> AuditEntry:
        row = AuditRow(at=datetime.now(UTC), actor=actor[:100], action=action[:60], target=target)
        with self._tx.begin() as session:
            session.add(row)
            session.flush()
            return AuditEntry(row.id, row.at, row.actor, row.action, row.target)

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        query = select(AuditRow).order_by(AuditRow.id.desc()).limit(limit)
        with self._tx.begin() as session:
            return [AuditEntry(r.id, r.at, r.actor, r.action, r.target) for r in session.scalars(query)]
