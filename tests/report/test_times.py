"""Reports give times in Japan Standard Time and say so; the ledger keeps UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

from mamori.report.times import jst_date, jst_text


def test_a_ledger_time_late_in_the_utc_day_is_the_next_day_in_japan() -> None:
    evening = datetime(2026, 12, 7, 20, 30, tzinfo=UTC)
    assert jst_text(evening) == "2026-12-08 05:30 JST"
    assert jst_date(evening) == date(2026, 12, 8)


def test_a_naive_time_from_sqlite_is_read_as_utc() -> None:
    assert jst_text(datetime(2026, 1, 1, 0, 0)) == "2026-01-01 09:00 JST"
