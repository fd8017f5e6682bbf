"""Incidents, their timeline and their deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from mamori.ledger.errors import NotFoundError
from mamori.ledger.models import DeadlineRow, IncidentEventRow, IncidentRow
from mamori.ledger.records import (
    Deadline,
    Incident,
    IncidentEvent,
    IncidentStatus,
    JsonDict,
    NewDeadline,
    NewIncident,
)
from mamori.ledger.session import Transactions


def _incident(row: IncidentRow) -> Incident:
    status: IncidentStatus = "closed" if row.status == "closed" else "open"
    return Incident(row.id, row.title, dict(row.facts), row.discovered_on, row.created_at, status)


def _deadline(row: DeadlineRow, title: str) -> Deadline:
    return Deadline(
        row.id, row.incident_id, title, row.kind, row.label, row.due_on, row.closed_at, row.closed_by_event_id
    )


def _event(row: IncidentEventRow, closed: Sequence[str] = ()) -> IncidentEvent:
    return IncidentEvent(row.id, row.incident_id, row.at, row.text, tuple(closed))


def _deadline_rows(deadlines: Sequence[NewDeadline]) -> list[DeadlineRow]:
    return [DeadlineRow(kind=d.kind, label=d.label, due_on=d.due_on) for d in deadlines]


class IncidentRepository:
    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def create(self, incident: NewIncident) -> Incident:
        if not incident.title.strip():
            raise ValueError("incident title must not be empty")
        row = IncidentRow(
            title=incident.title.strip(),
            facts=dict(incident.facts),
            discovered_on=incident.discovered_on,
            created_at=datetime.now(UTC),
            status="open",
            deadlines=_deadline_rows(incident.deadlines),
        )
        with self._tx.begin() as session:
            session.add(row)
            session.flush()
            return _incident(row)

    def get(self, incident_id: int) -> Incident:
        with self._tx.begin() as session:
            return _incident(self._row(session, incident_id))

    def all(self, status: IncidentStatus | None = None) -> list[Incident]:
        query = select(IncidentRow).order_by(IncidentRow.id)
        if status is not None:
            query = query.where(IncidentRow.status == status)
        with self._tx.begin() as session:
            return [_incident(row) for row in session.scalars(query)]

    def update_facts(self, incident_id: int, facts: JsonDict, deadlines: Sequence[NewDeadline]) -> Incident:
        """New facts bring new deadlines; those already closed stay closed and are kept."""
        with self._tx.begin() as session:
            row = self._row(session, incident_id)
            row.facts = dict(facts)
            closed = {d.kind for d in row.deadlines if d.closed_at is not None}
            row.deadlines = [d for d in row.deadlines if d.closed_at is not None] + _deadline_rows(
                [d for d in deadlines if d.kind not in closed]
            )
            return _incident(row)

    def set_status(self, incident_id: int, status: IncidentStatus) -> Incident:
        with self._tx.begin() as session:
            row = self._row(session, incident_id)
            row.status = status
            return _incident(row)

    def add_event(
        self, incident_id: int, text: str, *, at: datetime | None = None, closes: Sequence[str] = ()
    ) -> IncidentEvent:
        """Append to the timeline; each open deadline whose kind is in `closes` is closed by this entry."""
        if not text.strip():
            raise ValueError("timeline text must not be empty")
        when = at or datetime.now(UTC)
        with self._tx.begin() as session:
            row = self._row(session, incident_id)
            event = IncidentEventRow(at=when, text=text.strip())
            row.events.append(event)
            session.flush()
            closed: list[str] = []
            for deadline in row.deadlines:
                if deadline.kind in closes and deadline.closed_at is None:
                    deadline.closed_at = when
                    deadline.closed_by_event_id = event.id
                    closed.append(deadline.kind)
            return _event(event, closed)

    def events(self, incident_id: int) -> list[IncidentEvent]:
        with self._tx.begin() as session:
            return [_event(e) for e in self._row(session, incident_id).events]

    def deadlines(self, incident_id: int) -> list[Deadline]:
        with self._tx.begin() as session:
            row = self._row(session, incident_id)
            return [_deadline(d, row.title) for d in row.deadlines]

    def open_deadlines(self) -> list[Deadline]:
        """Open deadlines of open incidents, soonest first; those without a date (速やかに) last."""
        query = (
            select(DeadlineRow, IncidentRow.title)
            .join(IncidentRow)
            .where(DeadlineRow.closed_at.is_(None), IncidentRow.status == "open")
        )
        with self._tx.begin() as session:
            found = [_deadline(row, title) for row, title in session.execute(query)]
        return sorted(found, key=lambda d: (d.due_on is None, d.due_on or datetime.max.date(), d.id))

    @staticmethod
    def _row(session: Session, incident_id: int) -> IncidentRow:
        row = session.get(IncidentRow, incident_id)
        if row is None:
            raise NotFoundError(f"インシデント {incident_id} は台帳にありません")
        return row
