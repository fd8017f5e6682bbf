"""Tables read by column: a column is classified from its header and a sample of its values.

A column headed 氏名 holds persons: its cells are PERSON without analysis. A column without a useful
header is classified from its first `sample` values: mostly one format-defined type (phone, e-mail, My
Number …) makes it that type's column, checked cell by cell through a cache of value shapes; mostly
names or addresses (full pipeline only) makes it a PERSON or ADDRESS column; long free text is analysed
cell by cell by the full pipeline; the rest is looked at only by the format-defined layer, and only in
cells that have a digit or an @ (no format-defined type is written without one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from itertools import islice

from mamori.detect import Detector, Finding
from mamori.detect.columns import ColumnKind, column_meaning
from mamori.detect.types import EntityType
from mamori.detect.validators import is_corporate_number, is_luhn, is_my_number
from mamori.scan.collect import Collector
from mamori.scan.people import PeopleCounter
from mamori.sources import Item, Row, Table
from mamori.sources.location import column_letter

# Cells that say "nothing" under a 病歴 heading: not a mention of anyone's condition.
EMPTY_ANSWERS = frozenset(
    {
        "なし",
        "無",
        "無し",
        "特になし",
        "特に無し",
        "該当なし",
        "不明",
        "-",
        "ー",
        "―",
        "−",
        "none",
        "n/a",
        "na",
        "0",
        "×",
    }
)
SHAPE_CACHE_LIMIT = 4096
SHORT_CELL = 40
TEXT_CELL = 20
CLASSIFY_SHARE = 0.6
SAMPLE_CELLS = 40
# A shape that came out empty this many times running is not looked at again in that column: a 12-digit
# id column would yield a check-digit-valid My Number about once in ten, long before this.
EMPTY_SHAPE_TRUST = 64

_MAY_HOLD_FORMAT = re.compile(r"[0-9０-９@＠]")
_DIGITS = re.compile(r"\d")
_SHAPE_TABLE = str.maketrans(
    "0123456789０１２３４５６７８９abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "9" * 20 + "a" * 52,
)
_LETTER_RUNS = re.compile(r"a+")
# A typed column's cells are first checked against the plain shape of their type; a cell that does not
# fit goes through the value-shape cache and the detector as before, so the pattern only saves work.
_COLUMN_PATTERNS: dict[EntityType, re.Pattern[str]] = {
    EntityType.PHONE: re.compile(r"(?:0\d{1,4}-\d{1,4}-\d{3,4}|0[5789]0\d{8}|0\d{9})"),
    EntityType.EMAIL: re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"),
    EntityType.POSTAL_CODE: re.compile(r"〒?\d{3}-\d{4}"),
    EntityType.MY_NUMBER: re.compile(r"\d{4}[- ]?\d{4}[- ]?\d{4}"),
    EntityType.CORPORATE_NUMBER: re.compile(r"\d{13}"),
    EntityType.CREDIT_CARD: re.compile(r"\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{1,7}"),
}
# The shortest format-defined value (an IPv4 address, a postal code without its hyphen) has 7 characters.
SHORTEST_VALUE = 7
_CHECK_DIGIT = {
    EntityType.MY_NUMBER: is_my_number,
    EntityType.CORPORATE_NUMBER: is_corporate_number,
    EntityType.CREDIT_CARD: is_luhn,
}


class Role(Enum):
    DIRECT = "direct"  # every non-empty cell is one finding of the column's type
    FORMAT_COLUMN = "format_column"  # cells of one format-defined type, checked via shape cache
    TEXT = "text"  # free text: the full pipeline on every cell
    FORMAT_ONLY = "format_only"  # the format-defined layer on cells with a digit or @


_DIRECT_TYPES = {
    ColumnKind.PERSON: EntityType.PERSON,
    ColumnKind.PERSON_READING: EntityType.PERSON,
    ColumnKind.ADDRESS: EntityType.ADDRESS,
    ColumnKind.BIRTH_DATE: EntityType.DATE_OF_BIRTH,
    ColumnKind.SENSITIVE: EntityType.SENSITIVE,
}


@dataclass
class _Tally:
    subtype: str | None
    value: str  # the first value: previewed and hashed by the collector, never stored raw by default
    row: int
    count: int = 1


@dataclass
class ColumnPlan:
    index: int
    header: str
    role: Role
    type: EntityType | None = None
    subtype: str | None = None
    reason: str = ""


def shape(value: str) -> str:
    """Letters collapse and digits keep their count: `090-1234-5678` → `999-9999-9999`,
    `taro.12@example.jp` → `a.99@a.a`. Japanese text stays as it is (such cells rarely share a shape)."""
    return _LETTER_RUNS.sub("a", value.translate(_SHAPE_TABLE))


def _whole(findings: list[Finding], cell: str) -> Finding | None:
    """The one finding that covers (nearly) the whole cell, if there is one."""
    core = len(cell.strip())
    for f in findings:
        if f.end - f.start >= core * 0.8:
            return f
    return None


def _looks_like_header(cells: list[str]) -> bool:
    """A first row the reader did not take for a header, but whose cells name what columns hold."""
    named = sum(1 for c in cells if column_meaning(c) is not None)
    return named > 0 and named * 2 >= len([c for c in cells if c.strip()])


class TableScanner:
    """Streams one table's rows into a collector and a people counter."""

    def __init__(
        self,
        *,
        format_detector: Detector,
        full_detector: Detector | None,
        collector: Collector,
        people: PeopleCounter,
        sample: int,
    ) -> None:
        self._format = format_detector
        self._full = full_detector
        self._collector = collector
        self._people = people
        self._sample = max(1, sample)
        self._shapes: dict[tuple[int, str], EntityType | None] = {}
        # Per column and value shape: how many cells in a row came out empty (negative once one did not).
        self._empty_shapes: dict[tuple[int, str], int] = {}
        self.plans: list[ColumnPlan] = []
        self._roles: list[Role] = []
        self._tallies: dict[tuple[int, EntityType], _Tally] = {}
        self.rows = 0
        self.person_rows = 0

    def scan(self, item: Item, table: Table) -> None:
        rows: Iterator[Row] = table.rows
        head = list(islice(rows, self._sample))
        header = list(table.header)
        if not header and head and _looks_like_header(head[0].cells):
            header, head = head[0].cells, head[1:]
        width = max((len(r.cells) for r in head), default=0)
        width = max(width, len(header))
        self.plans = [self._plan(i, header, head) for i in range(width)]
        self._roles = [plan.role for plan in self.plans]
        self._tallies = {}
        try:
            for row in head:
                self._row(item, table, row)
            for row in rows:
                self._row(item, table, row)
        finally:
            self._flush(item, table)

    def _tally(self, code: EntityType, subtype: str | None, value: str, index: int, row: Row) -> None:
        """Count a whole-cell finding of a column; the collector hears of it once per column, at the end."""
        tally = self._tallies.get((index, code))
        if tally is None:
            self._tallies[(index, code)] = _Tally(subtype, value, row.number)
        else:
            tally.count += 1

    def _flush(self, item: Item, table: Table) -> None:
        for (index, code), tally in self._tallies.items():
            where = item.locate(table.fragment(tally.row, index))
            self._collector.add(code, tally.subtype, tally.value, item.location, where)
            if tally.count > 1:
                self._collector.bump(code, tally.subtype, item.location, where, tally.count - 1)
        self._tallies = {}

    def _plan(self, index: int, headers: list[str], head: list[Row]) -> ColumnPlan:
        header = headers[index] if index < len(headers) else ""
        values = [r.cells[index].strip() for r in head if index < len(r.cells) and r.cells[index].strip()]
        meaning = column_meaning(header)
        if meaning is not None and meaning.kind in _DIRECT_TYPES:
            numeric = sum(1 for v in values if not _DIGITS.sub("", v).strip(" -/.:"))
            if meaning.kind is ColumnKind.BIRTH_DATE or not values or numeric < len(values) * 0.8:
                return ColumnPlan(
                    index,
                    header,
                    Role.DIRECT,
                    _DIRECT_TYPES[meaning.kind],
                    meaning.subtype,
                    f"見出し「{header}」",
                )
        label = f"見出し「{header}」" if header else f"{column_letter(index)}列"
        sample = values[:SAMPLE_CELLS]
        if not sample:
            return ColumnPlan(index, header, Role.FORMAT_ONLY, reason=f"{label}: 値なし")
        format_types = self._classify(sample, self._format)
        if format_types is not None:
            code, hits = format_types
            return ColumnPlan(
                index,
                header,
                Role.FORMAT_COLUMN,
                code,
                reason=f"{label}: 標本{len(sample)}件中{hits}件が{code.value}",
            )
        not_person = meaning is not None and meaning.kind is ColumnKind.NOT_PERSON
        if self._full is not None and not not_person:
            language = self._classify(sample, self._full, (EntityType.PERSON, EntityType.ADDRESS))
            if language is not None:
                code, hits = language
                return ColumnPlan(
                    index,
                    header,
                    Role.DIRECT,
                    code,
                    reason=f"{label}: 標本{len(sample)}件中{hits}件が{code.value}",
                )
            if sum(len(v) for v in sample) / len(sample) >= TEXT_CELL:
                return ColumnPlan(index, header, Role.TEXT, reason=f"{label}: 自由記述")
        return ColumnPlan(index, header, Role.FORMAT_ONLY, reason=f"{label}: 形式で定まる種類のみ確認")

    @staticmethod
    def _classify(
        sample: list[str], detector: Detector, allowed: tuple[EntityType, ...] | None = None
    ) -> tuple[EntityType, int] | None:
        votes: dict[EntityType, int] = {}
        for value in sample:
            found = _whole(detector.detect(value), value)
            if found is not None and (allowed is None or found.type in allowed):
                votes[found.type] = votes.get(found.type, 0) + 1
        if not votes:
            return None
        code, hits = max(votes.items(), key=lambda kv: kv[1])
        return (code, hits) if hits >= len(sample) * CLASSIFY_SHARE else None

    def _row(self, item: Item, table: Table, row: Row) -> None:
        # The hot loop of a large table: locals and inlined tallies keep it near the cost of reading.
        self.rows += 1
        identity: dict[str, str] = {}
        personal = False
        plans = self.plans
        roles = self._roles
        width = len(plans)
        tallies = self._tallies
        direct, format_column, text, format_only = (
            Role.DIRECT,
            Role.FORMAT_COLUMN,
            Role.TEXT,
            Role.FORMAT_ONLY,
        )
        for index, cell in enumerate(row.cells):
            if not cell:
                continue
            role = roles[index] if index < width else format_only
            if role is direct:
                plan = plans[index]
                assert plan.type is not None
                code = plan.type
                value = cell.strip()
                if not value or (code is EntityType.SENSITIVE and value.lower() in EMPTY_ANSWERS):
                    continue
                tally = tallies.get((index, code))
                if tally is None:
                    tallies[(index, code)] = _Tally(plan.subtype, value, row.number)
                else:
                    tally.count += 1
                if code not in identity:
                    identity[code] = value
                personal = True
            elif role is format_column:
                personal |= self._format_column(item, table, row, plans[index], cell, identity)
            elif role is text and self._full is not None:
                personal |= self._detect(self._full, item, table, row, index, cell, identity)
            else:
                personal |= self._format_cells(item, table, row, index, cell, identity)
        if personal:
            self.person_rows += 1
            self._people.add_row(identity)

    def _add(
        self,
        code: EntityType,
        subtype: str | None,
        value: str,
        item: Item,
        table: Table,
        row: Row,
        index: int,
    ) -> None:
        """Count a finding; its location is built only if it is the first of its group (the costly part)."""
        self._collector.add_lazy(
            code, subtype, value, item.location, lambda: item.locate(table.fragment(row.number, index))
        )

    def _format_column(
        self, item: Item, table: Table, row: Row, plan: ColumnPlan, cell: str, identity: dict[str, str]
    ) -> bool:
        value = cell.strip()
        if not value:
            return False
        if len(value) > SHORT_CELL:
            return self._detect(self._format, item, table, row, plan.index, cell, identity)
        assert plan.type is not None
        pattern = _COLUMN_PATTERNS.get(plan.type)
        code = (
            plan.type
            if pattern is not None and pattern.fullmatch(value)
            else self._shape_type(plan.index, value)
        )
        if code is None:
            return False
        check = _CHECK_DIGIT.get(code)
        if check is not None and not check("".join(_DIGITS.findall(value))):
            return False
        self._tally(code, None, value, plan.index, row)
        identity.setdefault(code, value)
        return code is not EntityType.CORPORATE_NUMBER

    def _shape_type(self, index: int, value: str) -> EntityType | None:
        """The type a whole cell of this shape had when the detector last looked at one."""
        key = (index, shape(value))
        if key in self._shapes:
            return self._shapes[key]
        found = _whole(self._format.detect(value), value)
        code = found.type if found is not None else None
        if len(self._shapes) < SHAPE_CACHE_LIMIT:
            self._shapes[key] = code
        return code

    def _format_cells(
        self, item: Item, table: Table, row: Row, index: int, cell: str, identity: dict[str, str]
    ) -> bool:
        """The format-defined layer on a cell that could hold a value, skipping value shapes that have
        come out empty many times in this column (ids, amounts, codes)."""
        if len(cell) < SHORTEST_VALUE or _MAY_HOLD_FORMAT.search(cell) is None:
            return False
        key: tuple[int, str] | None = None
        if len(cell) <= SHORT_CELL:
            key = (index, shape(cell))
            seen = self._empty_shapes.get(key, 0)
            if seen >= EMPTY_SHAPE_TRUST:
                return False
        found = self._detect(self._format, item, table, row, index, cell, identity)
        if key is not None and len(self._empty_shapes) < SHAPE_CACHE_LIMIT:
            self._empty_shapes[key] = -(1 << 30) if found else self._empty_shapes.get(key, 0) + 1
        return found

    def _detect(
        self,
        detector: Detector,
        item: Item,
        table: Table,
        row: Row,
        index: int,
        cell: str,
        identity: dict[str, str],
    ) -> bool:
        personal = False
        for f in detector.detect(cell):
            value = f.value(cell)
            self._add(f.type, f.subtype, value, item, table, row, index)
            identity.setdefault(f.type, value)
            personal |= f.type is not EntityType.CORPORATE_NUMBER
        return personal
