"""Dates of birth as written in Japan: 1985年4月12日, 1985/04/12, 昭和60年4月12日, S60.4.12, 19850412."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from mamori.detect.normalize import shadow

_ERAS = {
    "明治": 1868,
    "大正": 1912,
    "昭和": 1926,
    "平成": 1989,
    "令和": 2019,
    "明": 1868,
    "大": 1912,
    "昭": 1926,
    "平": 1989,
    "令": 2019,
}
_ERA_LETTERS = {"M": 1868, "T": 1912, "S": 1926, "H": 1989, "R": 2019}
_ERA = re.compile(r"(明治|大正|昭和|平成|令和|[明大昭平令]|[MTSHR])\s*(元|\d{1,2})", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date with where its month and day are written, so a substitute can keep the layout."""

    year: int
    month: int | None
    day: int | None
    month_span: Span | None
    day_span: Span | None


def parse_date(value: str) -> ParsedDate | None:
    folded = shadow(value)
    era = _ERA.search(folded)
    if era:
        base = _ERAS.get(era.group(1)) or _ERA_LETTERS[era.group(1).upper()]
        year = base + (1 if era.group(2) == "元" else int(era.group(2))) - 1
        rest = list(_NUMBER.finditer(folded, era.end()))
    else:
        numbers = list(_NUMBER.finditer(folded))
        if len(numbers) == 1 and len(numbers[0].group()) == 8:
            digits = numbers[0]
            s = digits.start()
            return _build(folded, int(digits.group()[:4]), [(s + 4, s + 6), (s + 6, s + 8)])
        if not numbers or len(numbers[0].group()) != 4:
            return None
        year = int(numbers[0].group())
        rest = numbers[1:]
    return _build(folded, year, [(m.start(), m.end()) for m in rest[:2]])


def _build(folded: str, year: int, parts: list[tuple[int, int]]) -> ParsedDate | None:
    if not 1868 <= year <= 2200:
        return None
    values = [int(folded[s:e]) for s, e in parts]
    spans = [Span(s, e) for s, e in parts]
    month = values[0] if values and 1 <= values[0] <= 12 else None
    day = values[1] if len(values) > 1 and month and 1 <= values[1] <= 31 else None
    return ParsedDate(year, month, day, spans[0] if month else None, spans[1] if day else None)


def age_on(birth: ParsedDate, today: date) -> int:
    before_birthday = (today.month, today.day) < (birth.month or 1, birth.day or 1)
    return today.year - birth.year - (1 if before_birthday else 0)


def iso_date(value: str) -> str | None:
    """`1992-07-10` for 1992/7/10, 平成4年7月10日, H04.07.10 or 19920710: one form for one day, so a
    birth date written two ways still names the same person. None unless year, month and day are all
    there."""
    parsed = parse_date(value)
    if parsed is None or parsed.month is None or parsed.day is None:
        return None
    return f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}"
