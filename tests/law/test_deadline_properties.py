"""Properties of the final-report deadline over many start dates."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from mamori.law import closed_day_reason, final_report_deadline


@given(st.dates(min_value=date(2022, 4, 1), max_value=date(2030, 12, 31)), st.booleans())
def test_due_date_is_open_and_the_first_open_day_from_the_nominal_day(start: date, malice: bool) -> None:
    deadline = final_report_deadline(start, malice=malice)
    assert deadline.nominal_last_day == start + timedelta(days=deadline.days - 1)
    assert closed_day_reason(deadline.due_date) is None
    day = deadline.nominal_last_day
    while day < deadline.due_date:
        assert closed_day_reason(day) is not None
        day += timedelta(days=1)
    assert len(deadline.moved_because) == (deadline.due_date - deadline.nominal_last_day).days
