"""Times as Japanese users read them: Japan Standard Time, said so. The ledger keeps UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

# Japan keeps no daylight saving: a fixed offset needs no time-zone database on the machine.
JST = timezone(timedelta(hours=9), "JST")
STATUS_JA = {"done": "完了", "interrupted": "中断（次回の実行で再開）", "running": "実行中"}


def in_jst(moment: datetime) -> datetime:
    """A ledger time (UTC, aware or naive as SQLite returns it) in JST."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(JST)


def jst_text(moment: datetime) -> str:
    return f"{in_jst(moment):%Y-%m-%d %H:%M} JST"


def jst_date(moment: datetime) -> date:
    return in_jst(moment).date()
