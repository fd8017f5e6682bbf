"""Self-assessments (`mamori check`): each run kept, so the next one can say what changed."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from mamori.ledger.models import ControlCheckRow
from mamori.ledger.records import ControlCheck, NewControlCheck
from mamori.ledger.session import Transactions


def _check(row: ControlCheckRow) -> ControlCheck:
    return ControlCheck(
        id=row.id,
        created_at=row.created_at,
        answered_on=row.answered_on,
        answerer=row.answerer,
        scan_id=row.scan_id,
        answers=dict(row.answers),
        result=dict(row.result),
    )


class ControlCheckRepository:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def add(self, check: NewControlCheck) -> ControlCheck:
        row = ControlCheckRow(
            created_at=datetime.now(UTC),
            answered_on=check.answered_on,
            answerer=check.answerer,
            scan_id=check.scan_id,
            answers=dict(check.answers),
            result=dict(check.result),
        )
        with self._tx.begin() as session:
            session.add(row)
            session.flush()
            return _check(row)

    def latest(self) -> ControlCheck | None:
        with self._tx.begin() as session:
            row = session.scalars(
                select(ControlCheckRow).order_by(ControlCheckRow.id.desc()).limit(1)
            ).first()
            return None if row is None else _check(row)

    def all(self) -> list[ControlCheck]:
        with self._tx.begin() as session:
            return [_check(r) for r in session.scalars(select(ControlCheckRow).order_by(ControlCheckRow.id))]
