"""Incidents, their timeline and deadlines, on every reachable backend."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mamori.ledger import (
    FINAL_REPORT,
    NOTIFY_INDIVIDUALS,
    PRELIMINARY_REPORT,
    Ledger,
    NewDeadline,
    NewIncident,
    NotFoundError,
    kinds_closed_by,
    open_ledger,
)
from mamori.ledger.migrate import head_revision

FACTS = {"persons": 1200, "data_items": ["氏名", "住所", "病歴"], "cause": "誤送信", "encrypted": False}
DEADLINES = (
    NewDeadline(PRELIMINARY_REPORT, "速報", date(2026, 11, 27)),
    NewDeadline(FINAL_REPORT, "確報", date(2026, 12, 23)),
    NewDeadline(NOTIFY_INDIVIDUALS, "本人への通知"),
)


def _incident(ledger: Ledger, title: str = "顧客名簿の誤送信") -> int:
    return ledger.incidents.create(NewIncident(title, FACTS, date(2026, 11, 24), DEADLINES)).id


def test_incident_round_trips_japanese_facts(ledger: Ledger) -> None:
    incident_id = _incident(ledger)
    stored = ledger.incidents.get(incident_id)
    assert stored.title == "顧客名簿の誤送信"
    assert stored.facts == FACTS
    assert stored.discovered_on == date(2026, 11, 24)
    assert stored.status == "open"
    assert stored.created_at.tzinfo is not None


def test_timeline_keeps_order_and_exact_times(ledger: Ledger) -> None:
    incident_id = _incident(ledger)
    first = datetime(2026, 11, 24, 9, 30, 15, 123456, tzinfo=UTC)
    ledger.incidents.add_event(incident_id, "発覚: 誤送信先から連絡", at=first)
    ledger.incidents.add_event(incident_id, "社内責任者へ報告", at=datetime(2026, 11, 24, 10, 0, tzinfo=UTC))
    events = ledger.incidents.events(incident_id)
    assert [e.text for e in events] == ["発覚: 誤送信先から連絡", "社内責任者へ報告"]
    assert events[0].at == first


def test_open_deadlines_soonest_first_and_closed_by_timeline(ledger: Ledger) -> None:
    incident_id = _incident(ledger)
    kinds = [d.kind for d in ledger.incidents.open_deadlines()]
    assert kinds == [PRELIMINARY_REPORT, FINAL_REPORT, NOTIFY_INDIVIDUALS]

    event = ledger.incidents.add_event(incident_id, "速報提出", closes=kinds_closed_by("速報提出"))
    assert event.closed_kinds == (PRELIMINARY_REPORT,)
    assert [d.kind for d in ledger.incidents.open_deadlines()] == [FINAL_REPORT, NOTIFY_INDIVIDUALS]
    closed = next(d for d in ledger.incidents.deadlines(incident_id) if d.kind == PRELIMINARY_REPORT)
    assert closed.closed_by_event_id == event.id
    assert not closed.is_overdue(date(2027, 1, 1))


def test_overdue_is_an_open_deadline_past_its_date(ledger: Ledger) -> None:
    _incident(ledger)
    preliminary = ledger.incidents.open_deadlines()[0]
    assert preliminary.is_overdue(date(2026, 11, 28))
    assert not preliminary.is_overdue(date(2026, 11, 27))


def test_closed_incident_leaves_the_open_deadline_list(ledger: Ledger) -> None:
    incident_id = _incident(ledger)
    ledger.incidents.set_status(incident_id, "closed")
    assert ledger.incidents.open_deadlines() == []
    assert [i.id for i in ledger.incidents.all(status="closed")] == [incident_id]


def test_new_facts_replace_open_deadlines_but_keep_closed_ones(ledger: Ledger) -> None:
    incident_id = _incident(ledger)
    ledger.incidents.add_event(incident_id, "速報提出", closes=(PRELIMINARY_REPORT,))
    later = (
        NewDeadline(PRELIMINARY_REPORT, "速報", date(2026, 11, 27)),
        NewDeadline(FINAL_REPORT, "確報", date(2027, 1, 22)),
    )
    ledger.incidents.update_facts(incident_id, {**FACTS, "malicious": True}, later)
    deadlines = {d.kind: d for d in ledger.incidents.deadlines(incident_id)}
    assert set(deadlines) == {PRELIMINARY_REPORT, FINAL_REPORT}
    assert deadlines[PRELIMINARY_REPORT].closed_at is not None
    assert deadlines[FINAL_REPORT].due_on == date(2027, 1, 22)
    assert ledger.incidents.get(incident_id).facts["malicious"] is True


def test_unknown_incident_is_reported_by_id(ledger: Ledger) -> None:
    with pytest.raises(NotFoundError, match="インシデント 999"):
        ledger.incidents.get(999)
    with pytest.raises(NotFoundError):
        ledger.incidents.add_event(999, "速報提出")


def test_empty_title_or_timeline_text_is_refused(ledger: Ledger) -> None:
    with pytest.raises(ValueError):
        ledger.incidents.create(NewIncident("  ", FACTS, date(2026, 11, 24)))
    incident_id = _incident(ledger)
    with pytest.raises(ValueError):
        ledger.incidents.add_event(incident_id, " ")
    assert ledger.incidents.events(incident_id) == []


def test_data_survive_reopening(ledger_url: str) -> None:
    with open_ledger(ledger_url) as first:
        incident_id = _incident(first)
    with open_ledger(ledger_url) as second:
        assert second.incidents.get(incident_id).title == "顧客名簿の誤送信"
        assert second.schema_revision() == head_revision()
