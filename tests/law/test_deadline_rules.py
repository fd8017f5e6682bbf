"""Closed days and deadline counting (規則8条2項; 行政機関の休日に関する法律2条)."""

from __future__ import annotations

from datetime import date

import pytest

from mamori.law import closed_day_reason, final_report_deadline, next_open_day
from mamori.law.deadlines import nth_day


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        (date(2026, 12, 29), "年末年始"),
        (date(2027, 1, 3), "年末年始"),
        (date(2026, 5, 6), "振替休日"),
        (date(2026, 9, 22), "国民の休日"),
        (date(2026, 11, 28), "土曜日"),
        (date(2026, 11, 29), "日曜日"),
    ],
)
def test_closed_days(day: date, reason: str) -> None:
    found = closed_day_reason(day)
    assert found is not None and reason in found


def test_open_day() -> None:
    assert closed_day_reason(date(2026, 11, 24)) is None
    assert closed_day_reason(date(2027, 1, 4)) is None


def test_day_of_knowing_is_day_one() -> None:
    assert nth_day(date(2026, 3, 2), 1) == date(2026, 3, 2)
    assert nth_day(date(2026, 3, 2), 30) == date(2026, 3, 31)


def test_next_open_day_after_new_year() -> None:
    assert next_open_day(date(2026, 12, 29)) == date(2027, 1, 4)


def test_sixty_days_for_malice() -> None:
    deadline = final_report_deadline(date(2026, 3, 2), malice=True)
    assert (deadline.days, deadline.due_date) == (60, date(2026, 4, 30))


def test_moved_deadline_keeps_nominal_day_and_reasons() -> None:
    deadline = final_report_deadline(date(2026, 12, 1), malice=False)
    assert deadline.nominal_last_day == date(2026, 12, 30)
    assert deadline.due_date == date(2027, 1, 4)
    assert len(deadline.moved_because) == 5
