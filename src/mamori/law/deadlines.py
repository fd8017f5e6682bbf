"""Report deadlines (規則8条) and the closed days that push a last day forward.

Counting follows the guideline 3-5-3-4: the day the business knew is day 1, every calendar day counts,
and a last day that falls on a 行政機関の休日 (Saturday, Sunday, national holiday, 29 Dec – 3 Jan) moves
to the next day that is not one (行政機関の休日に関する法律2条).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

from mamori.law.citation import GUIDELINE, Citation

FINAL_REPORT_DAYS = 30
FINAL_REPORT_DAYS_MALICE = 60
# 「概ね3～5日以内」: a guide figure for the preliminary report, not a statutory deadline.
PRELIMINARY_FROM_DAY = 3
PRELIMINARY_TO_DAY = 5

PRELIMINARY_CITATION = Citation("個人情報保護法施行規則8条1項（速報）", f"{GUIDELINE} 3-5-3-3")
FINAL_CITATION = Citation("個人情報保護法施行規則8条2項（確報）", f"{GUIDELINE} 3-5-3-4")
CLOSED_DAYS_CITATION = Citation(
    "行政機関の休日に関する法律2条", f"{GUIDELINE} 3-5-3-4 ※2（期限が行政機関の休日に当たる場合）"
)


@cache
def _national_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("JP", years=year, language="ja")


def closed_day_reason(day: date) -> str | None:
    """Why government offices are closed on `day` (in Japanese), or None when they are open."""
    if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
        return "年末年始（12月29日〜1月3日）"
    name = _national_holidays(day.year).get(day)
    if name:
        return f"国民の祝日・休日（{name}）"
    if day.weekday() == 5:
        return "土曜日"
    if day.weekday() == 6:
        return "日曜日"
    return None


def next_open_day(day: date) -> date:
    while closed_day_reason(day) is not None:
        day += timedelta(days=1)
    return day


def nth_day(start: date, n: int) -> date:
    """Day `n` when `start` is day 1."""
    return start + timedelta(days=n - 1)


@dataclass(frozen=True)
class FinalDeadline:
    days: int
    nominal_last_day: date
    due_date: date
    moved_because: tuple[str, ...]  # reasons for each closed day skipped, in order


def final_report_deadline(known_on: date, *, malice: bool) -> FinalDeadline:
    days = FINAL_REPORT_DAYS_MALICE if malice else FINAL_REPORT_DAYS
    nominal = nth_day(known_on, days)
    reasons: list[str] = []
    due = nominal
    while (reason := closed_day_reason(due)) is not None:
        reasons.append(f"{due.isoformat()} は{reason}")
        due += timedelta(days=1)
    return FinalDeadline(days, nominal, due, tuple(reasons))
