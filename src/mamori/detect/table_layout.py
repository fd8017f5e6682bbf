"""Where a table's header is and what its columns hold when it has none: judged by content.

Exports put a title or a group row above the field names (「区画,使用者,,,故人」 over
「区画番号,使用者氏名,生年月日…」), and some have no header at all (a customer list straight from a
system). A header row is the first of the top rows whose cells mostly name columns; a first row whose
cells are values is data. A headerless table's columns are named from their values where the values say
it: a column of dates decades old is a birth-date column, a column of 7-digit codes before an address is
a postal-code column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from mamori.detect import validators
from mamori.detect.columns import column_meaning, first_row_is_data, names_columns
from mamori.detect.dates import iso_date

_HEADER_SEARCH = 3  # rows from the top where a header row is looked for
_SAMPLE = 200  # rows whose values name a headerless column
_SHARE = 0.8  # of a column's filled cells that must agree
_BIRTH_YEARS_AGO = 15  # a date at least this old, in most rows, is a birth date
_POSTAL = re.compile(r"〒?\s*[0-9]{3}-?[0-9]{4}")
# A phrase, not a name: kana after kanji (通院中のため, 障害あり) or a sentence's punctuation
_PROSE = re.compile(r"[一-龥][ぁ-ん]{2,}|[。、]|[一-龥ァ-ヴ]{2,}[のでに][一-龥ァ-ヴ]")
_NOTES_SHARE = 0.3
_TWELVE = re.compile(r"[0-9]{12}")
_ADDRESS = re.compile(r"[都道府県]|[市区町村郡]")


@dataclass(frozen=True, slots=True)
class TableLayout:
    """`header_row`: index of the row naming the columns (None: no header); `headers`: a name per column,
    the header's own or one read from the values ("" when nothing says)."""

    header_row: int | None
    headers: list[str]


def table_layout(rows: list[list[str]], covered: Callable[[str], int]) -> TableLayout:
    """The layout of a table given as rows of cell values. `covered(cell)` is the length of the longest
    value a detector finds in a cell (see `first_row_is_data`)."""
    if not rows:
        return TableLayout(None, [])
    if first_row_is_data(rows[0], covered):
        return TableLayout(None, headerless_headers(rows[:_SAMPLE]))
    for index, row in enumerate(rows[:_HEADER_SEARCH]):
        if names_columns(row) and sum(1 for c in row if column_meaning(c) is not None) >= 2:
            return TableLayout(index, list(row))
    return TableLayout(0, list(rows[0]))


def headerless_headers(rows: list[list[str]]) -> list[str]:
    """A column name for each column of a headerless table, from what its values are."""
    width = max((len(r) for r in rows), default=0)
    columns = [[_fold(r[i]) for r in rows if i < len(r) and r[i].strip()] for i in range(width)]
    names = []
    for i, values in enumerate(columns):
        after = columns[i + 1] if i + 1 < width else []
        names.append(_name_of(values, after))
    return names


def _name_of(values: list[str], after: list[str]) -> str:
    if not values:
        return ""
    if _share(values, _old_date) >= _SHARE:
        return "生年月日"
    if _share(values, _POSTAL.fullmatch) >= _SHARE and after and _share(after, _ADDRESS.search) >= 0.5:
        return "郵便番号"
    if _share(values, _PROSE.search) >= _NOTES_SHARE and _share(values, _ADDRESS.search) < 0.5:
        return "備考"  # free text in some rows (糖尿病で通院中, 杖歩行): notes about the row's person
    if _share(values, _TWELVE.fullmatch) >= _SHARE:
        # twelve digits: a licence column passes the licence check digit in every row, a My Number column
        # passes its own; one pass in eleven by chance is neither (a tracking number)
        if _share(values, validators.is_drivers_license) >= _SHARE:
            return "免許証番号"
        if _share(values, validators.is_my_number) >= _SHARE:
            return "個人番号"
    return ""


def _old_date(value: str) -> bool:
    iso = iso_date(value)
    if iso is None:
        return False
    year = int(iso[:4])
    return 1890 <= year <= date.today().year - _BIRTH_YEARS_AGO


def _share(values: list[str], test: Callable[[str], object]) -> float:
    return sum(1 for v in values if test(v)) / len(values)


def _fold(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()
