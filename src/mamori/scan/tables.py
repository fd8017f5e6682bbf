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
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice, pairwise, zip_longest

from mamori.detect import Detector, Finding
from mamori.detect.aggregates import is_aggregate_table
from mamori.detect.column_kinds import ColumnKind, ColumnMeaning
from mamori.detect.columns import (
    column_meaning,
    column_subject,
    first_row_is_data,
    names_columns,
    table_headers,
)
from mamori.detect.dates import iso_date
from mamori.detect.types import FORMAT_DEFINED, EntityType
from mamori.detect.validators import is_corporate_number, is_luhn, is_my_number
from mamori.scan.collect import Collector
from mamori.scan.column_plan import ColumnPlan, Role, chance_plan, identifier_plan, mostly_kanji
from mamori.scan.organisations import organisation_rows, role_titles
from mamori.scan.people import PeopleCounter, fold_name
from mamori.scan.people_keys import fold, role_mailboxes
from mamori.scan.prose_people import ProsePeople
from mamori.scan.subjects import SubjectPlan, row_records
from mamori.sources import Item, Row, Table
from mamori.sources.location import column_letter
from mamori.sources.tables import NUMBERED_LABEL

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
BATCH_ROWS = 1024
SHORT_CELL = 40
TEXT_CELL = 20
CLASSIFY_SHARE = 0.6
SAMPLE_CELLS = 40
# A shape that came out empty this many times running is not looked at again in that column: a 12-digit
# id column would yield a check-digit-valid My Number about once in ten, long before this.
EMPTY_SHAPE_TRUST = 64

# No format-defined value is written without a digit or an "@".
MAY_HOLD_FORMAT = re.compile(r"[0-9０-９@＠]")
_DIGITS = re.compile(r"\d")
SHAPE_TABLE = str.maketrans(
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
# The same patterns over a whole column joined by line breaks, for the types without a check digit: one
# regex call tells that every cell fits (the usual case), instead of one call per cell.
_COLUMN_BULK: dict[EntityType, re.Pattern[str]] = {
    code: re.compile(rf"(?:(?>{pattern.pattern})?\n)*+(?>{pattern.pattern})?")
    for code, pattern in _COLUMN_PATTERNS.items()
    if code in (EntityType.PHONE, EntityType.EMAIL, EntityType.POSTAL_CODE)
}
# The shortest format-defined value (an IPv4 address, a postal code without its hyphen) has 7 characters.
SHORTEST_VALUE = 7
_CHECK_DIGIT = {
    EntityType.MY_NUMBER: is_my_number,
    EntityType.CORPORATE_NUMBER: is_corporate_number,
    EntityType.CREDIT_CARD: is_luhn,
}


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


class _RowValues:
    """The values found in each row of a batch, per column and type ("" where a row has none)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: dict[tuple[int, EntityType], list[str]] = {}
        self.organisations: set[int] = set()  # rows whose name is a company's: their details are its

    def merge_column(self, index: int, code: EntityType, column: list[str]) -> None:
        have = self.values.get((index, code))
        if have is None:
            self.values[(index, code)] = column
        else:
            self.values[(index, code)] = [a or b for a, b in zip(have, column, strict=True)]

    def put(self, index: int, code: EntityType, row: int, value: str) -> None:
        have = self.values.get((index, code))
        if have is None:
            have = self.values[(index, code)] = [""] * self.size
        if not have[row]:
            have[row] = value


def shape_all(values: list[str]) -> list[str]:
    """`shape` of every value, on one joined string (a column at a time)."""
    if not values:
        return []
    joined = "\x00".join(values)
    if joined.count("\x00") != len(values) - 1:
        return [shape(v) for v in values]
    return _LETTER_RUNS.sub("a", joined.translate(SHAPE_TABLE)).split("\x00")


def shape(value: str) -> str:
    """Letters collapse and digits keep their count: `090-1234-5678` → `999-9999-9999`,
    `taro.12@example.jp` → `a.99@a.a`. Japanese text stays as it is (such cells rarely share a shape)."""
    return _LETTER_RUNS.sub("a", value.translate(SHAPE_TABLE))


def _all_fit(code: EntityType, values: list[str]) -> bool:
    """Whether every non-empty value has the plain shape of `code` (no value longer than a short cell)."""
    bulk = _COLUMN_BULK.get(code)
    if bulk is None:
        return False
    joined = "\n".join(values)
    if joined.count("\n") != len(values) - 1 or max(map(len, values), default=0) > SHORT_CELL:
        return False  # a cell with a line break of its own, or a long one: cell by cell
    return bulk.fullmatch(joined) is not None


def _whole(findings: list[Finding], cell: str) -> Finding | None:
    """The one finding that covers (nearly) the whole cell, if there is one."""
    core = len(cell.strip())
    for f in findings:
        if f.end - f.start >= core * 0.8:
            return f
    return None


def _named(cells: list[str]) -> int:
    return sum(1 for c in cells if column_meaning(c) is not None)


# Values of the language layer that, filling a header cell, say the row is data (a header names a column).
_VALUE_HEADER_TYPES = frozenset({EntityType.PERSON, EntityType.ADDRESS, EntityType.DATE_OF_BIRTH})

# Dates no later than this are old enough to be birth dates of persons on a customer or staff list.
BIRTH_YEAR_LIMIT = date.today().year - 10
# Title rows (「顧客台帳 2024年6月末」) above a header: how far down it is looked for.
HEADER_SEARCH_ROWS = 10


def _find_header(header: list[str], head: list[Row]) -> tuple[list[str], list[Row]]:
    """The header row: the reader's when its cells name columns, else the first of the first rows that
    does (the rows above it are titles, not data); joined with a group row (「契約者」「保証人」 over
    氏名/電話) above or below it."""
    if header and _named(header) >= 2 and names_columns(header):
        return _with_leaf_row(header, head)
    for at, row in enumerate(head[:HEADER_SEARCH_ROWS]):
        if _named(row.cells) >= 2 and names_columns(row.cells):
            if at and _groups(head[at - 1].cells, row.cells):
                return _joined_header(head[at - 1].cells, row.cells), head[at + 1 :]
            return _with_leaf_row(row.cells, head[at + 1 :])
    # a one-column table's header names one column; a title above a wider header (社員名簿（6月1日現在）)
    # was passed over by the search above
    if not header and head and _named(head[0].cells) >= 1 and names_columns(head[0].cells):
        return _with_leaf_row(head[0].cells, head[1:])
    return header, head


def _with_leaf_row(top: list[str], head: list[Row]) -> tuple[list[str], list[Row]]:
    if head and _groups(top, head[0].cells):
        return _joined_header(top, head[0].cells), head[1:]
    return top, head


def _groups(top: list[str], leaf: list[str]) -> bool:
    """Whether `top` is a row of group cells over the header row `leaf`: `leaf` names columns and holds
    no value with digits; `top`'s cells are labels (no 「期間:2024/04/01」 of a title row), some of them
    name whose the columns below are (本人, 配偶者, 扶養親族1, 保証人), and some columns of `leaf` sit
    under a blank of `top` (the rest of a merged group cell)."""
    if _named(leaf) < 2 or not names_columns(leaf) or any(any(c.isdigit() for c in cell) for cell in leaf):
        return False
    filled = [cell.strip() for cell in top if cell.strip()]
    if len(filled) < 2 or not all(_GROUP_LABEL.fullmatch(cell) for cell in filled):
        return False
    under_blank = any(
        cell.strip() and not (top[i].strip() if i < len(top) else "") for i, cell in enumerate(leaf)
    )
    return under_blank and any(column_subject(cell) for cell in filled)


# A label of a group row: words, perhaps numbered at the end (扶養親族1), no field:value of a title row.
_GROUP_LABEL = re.compile(r"[^\d:：/]{1,20}\d{0,2}")


def _joined_header(top: list[str], leaf: list[str]) -> list[str]:
    """Each column below a group cell (merged across its columns, so written once at the left) named
    `group.leaf` (`契約者.氏名`, `保証人.電話`), the way a record's nested keys are; a column whose upper
    cell spans both rows keeps that name."""
    names: list[str] = []
    group = ""
    for i in range(max(len(top), len(leaf))):
        upper = top[i].strip() if i < len(top) else ""
        lower = leaf[i].strip() if i < len(leaf) else ""
        if upper and lower:
            group = upper
        elif upper:
            group = ""
        names.append(f"{group}.{lower}" if group and lower else (lower or upper))
    return names


# The row's own details in a list of companies or stores: theirs, not a person's.
_ORGANISATION_TYPES = (FORMAT_DEFINED | {EntityType.ADDRESS}) - {EntityType.CORPORATE_NUMBER}


def _organisation_details(plans: list[ColumnPlan], subjects: SubjectPlan) -> None:
    """In a list of companies or stores, the row's own contact details are theirs, not a person's."""
    for plan in plans:
        if subjects.owner.get(plan.index, 0) == 0 and plan.type in _ORGANISATION_TYPES:
            plan.role, plan.type = Role.ORGANISATION, None
            plan.reason += "（組織の一覧の行: 組織の連絡先）"


_KATAKANA_NAME = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]+(?:[ \u3000][\u30a0-\u30ff\uff66-\uff9f]+)?")


def _beside_names(plans: list[ColumnPlan], head: list[Row]) -> None:
    """In a table without a header that holds names, columns are read by what they look like beside
    them: katakana words are the names' readings, full dates decades apart are birth dates."""
    if not any(p.type is EntityType.PERSON for p in plans):
        return
    for plan in plans:
        named = plan.header and not NUMBERED_LABEL.fullmatch(plan.header.strip())  # field_04 says nothing
        if named or plan.type is not None or plan.role not in (Role.FORMAT_ONLY, Role.TEXT):
            continue
        values = [r.cells[plan.index].strip() for r in head[:SAMPLE_CELLS] if plan.index < len(r.cells)]
        values = [v for v in values if v]
        if len(values) < 3:
            continue
        label = f"{column_letter(plan.index)}列"
        kana = sum(1 for v in values if _KATAKANA_NAME.fullmatch(v))
        # names vary from row to row; a plan or a class (デイタイム, ナイト) repeats
        if kana >= len(values) * 0.8 and len(set(values)) >= len(values) * 0.5:
            plan.role, plan.type = Role.DIRECT, EntityType.PERSON
            plan.reason = f"{label}: 氏名の列と並ぶカタカナの列（標本{len(values)}件中{kana}件）: 氏名の読み"
            continue
        years = [int(d[:4]) for d in map(iso_date, values) if d is not None]
        if (
            len(years) >= len(values) * 0.8
            and max(years) - min(years) >= 10
            and max(years) <= BIRTH_YEAR_LIMIT
        ):
            plan.role, plan.type = Role.DIRECT, EntityType.DATE_OF_BIRTH
            span = f"{min(years)}〜{max(years)}年"
            plan.reason = f"{label}: 氏名の列と並ぶ日付の列（標本{len(values)}件、{span}）: 生年月日"


# Words of a header that say its values are names (担当者名, 氏名, name), not only whose role it is (担当).
_NAME_HEADER = re.compile(
    r"氏名|名前|姓|名|シメイ|ナマエ|カナ|かな|フリガナ|name|mei|namae|kana", re.IGNORECASE
)


# A row's doctor (主治医名, 担当医), whose clinic's number in the same row is where the doctor is reached.
_DOCTORS = frozenset({"主治医", "担当医", "医師", "処方医", "かかりつけ医", "doctor"})
_CLINIC_LINE = re.compile(
    r"(?:医療機関|病院|クリニック|医院|診療所|hospital|clinic).*(?:電話|tel|phone)", re.I
)
_PHONE_SHAPE = re.compile(r"[0-9０-９()（）\-－‐ +]{10,16}")


def _doctors_lines(plans: list[ColumnPlan], head: list[Row]) -> None:
    """The clinic's phone beside the row's one doctor (主治医名 | 医療機関TEL) is the doctor's work line: with
    the doctor's name it is the key that finds the same doctor in another file, as `doctor.tel` does."""
    doctors = {p.subject for p in plans if p.type is EntityType.PERSON and p.subject in _DOCTORS}
    if len(doctors) != 1:
        return
    doctor = next(iter(doctors))
    for plan in plans:
        if plan.role is not Role.ORGANISATION or not _CLINIC_LINE.search(plan.header):
            continue
        values = [r.cells[plan.index].strip() for r in head[:SAMPLE_CELLS] if plan.index < len(r.cells)]
        values = [v for v in values if v]
        if values and sum(1 for v in values if _PHONE_SHAPE.fullmatch(v)) >= len(values) * CLASSIFY_SHARE:
            plan.role, plan.type, plan.subject = Role.DIRECT, EntityType.PHONE, doctor
            plan.reason = f"見出し「{plan.header}」: 主治医の医療機関の電話（主治医の連絡先）"


# Two words of kana or Latin letters: a name as a bank transfer or a passport writes it (ﾏﾙﾔﾏ ﾕｳﾄ).
_SPELLED_NAME = re.compile(r"[\u30a0-\u30ff\uff66-\uff9fA-Za-z]+[ \u3000][\u30a0-\u30ff\uff66-\uff9fA-Za-z]+")


def _reads_as_name(value: str, detector: Detector) -> bool:
    return _SPELLED_NAME.fullmatch(value) is not None or any(
        f.type is EntityType.PERSON for f in detector.detect(value)
    )


# A part of a name: one word of at most four characters (西村, 哲也, ニシムラ), not a whole name.
_NAME_PART = re.compile(r"[^\s\u3000]{1,5}")


def _split_names(plans: list[ColumnPlan], head: list[Row]) -> None:
    """Two name columns side by side with no header, each one short word (西村 | 哲也, ニシムラ | テツヤ):
    the family and the given name of one person, not two persons; a katakana pair beside a kanji
    one is its reading."""
    names = [p for p in plans if p.type is EntityType.PERSON and p.part is None and not p.header.strip()]
    kanji_pair = False
    for first, second in pairwise(names):
        if second.index != first.index + 1 or first.part or second.part:
            continue
        pairs = [
            (r.cells[first.index].strip(), r.cells[second.index].strip())
            for r in head[:SAMPLE_CELLS]
            if second.index < len(r.cells)
        ]
        pairs = [(a, b) for a, b in pairs if a or b]
        parts = sum(1 for a, b in pairs if _NAME_PART.fullmatch(a) and _NAME_PART.fullmatch(b))
        if len(pairs) < 3 or parts < len(pairs) * 0.8:
            continue
        kana = all(_KATAKANA_NAME.fullmatch(a + b) for a, b in pairs if a and b)
        first.part, second.part = "family", "given"
        if kana and kanji_pair:
            first.reading = second.reading = True
        kanji_pair = kanji_pair or not kana


def _same_person_names(plans: list[ColumnPlan], head: list[Row]) -> None:
    """A second kanji name column that mostly repeats the first (a vCard's FN and N, 氏名 and 宛名) names
    the same person, not a second one."""
    names = [p for p in plans if p.kanji]
    for later in names[1:]:
        for first in names[: names.index(later)]:
            pairs = [
                (fold_name(r.cells[first.index]), fold_name(r.cells[later.index]))
                for r in head[:SAMPLE_CELLS]
                if max(first.index, later.index) < len(r.cells) and r.cells[later.index].strip()
            ]
            if pairs and sum(1 for a, b in pairs if a == b) >= len(pairs) * 0.5:
                later.kanji = False
                break


# Headers that say nothing alone but are health-check results in a table of them (判定 A, 所見 なし).
_RESULT_HEADERS = frozenset({"判定", "総合判定", "結果", "所見", "区分", "評価", "コメント"})


def _health_results(plans: list[ColumnPlan]) -> None:
    """In a table of health-check results (two or more medical columns), its 判定 and 所見 columns are
    medical too; in a clinic's list (診察券番号, 患者), what it did (処置内容) is the patient's care, where
    an IT incident log's 処置内容 is a server's."""
    medical = [p for p in plans if p.type is EntityType.SENSITIVE and p.subtype == "medical"]
    clinic = medical or any(_CLINIC_HEADER.search(p.header) for p in plans)
    for plan in plans:
        if plan.type is not None or plan.role is Role.TEXT:
            continue
        header = plan.header.strip()
        if len(medical) >= 2 and header in _RESULT_HEADERS:
            why = "健康診断等の結果の表の列"
        elif clinic and header in _CARE_HEADERS:
            why = "診療の一覧の列（行の患者の処置）"
        else:
            continue
        plan.role, plan.type, plan.subtype = Role.DIRECT, EntityType.SENSITIVE, "medical"
        plan.reason = f"見出し「{plan.header}」: {why}"


# What a clinic's list did for the row's patient, medical only beside a clinic's columns.
_CARE_HEADERS = frozenset({"処置", "処置内容", "処置名", "治療", "施術"})
_CLINIC_HEADER = re.compile(r"診察券|患者|カルテ|保険証|被保険者|受診")


def _pair_insurance_numbers(plans: list[ColumnPlan]) -> None:
    """A bare 番号 beside a health-insurance 記号 column is the insured person's number."""
    if not any(p.type is EntityType.HEALTH_INSURANCE for p in plans):
        return
    for plan in plans:
        if plan.role is Role.CODE and plan.header.strip() in ("番号", "No", "No.", "no"):
            plan.role, plan.type = Role.DIRECT, EntityType.HEALTH_INSURANCE
            plan.reason = f"見出し「{plan.header}」: 健康保険の記号の列と並ぶ番号"


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
        self.decided: list[ColumnPlan] = []
        self._roles: list[Role] = []
        self._subjects = SubjectPlan.of([], scope="")
        self._tallies: dict[tuple[int, EntityType], _Tally] = {}
        self.rows = 0
        self.person_rows = 0

    def scan(self, item: Item, table: Table) -> None:
        rows: Iterator[Row] = table.rows
        head = self.plan(item, table, rows)
        self.feed(item, table, head, rows)

    def plan(self, item: Item, table: Table, rows: Iterator[Row]) -> list[Row]:
        """Decide every column from the first `sample` rows of `rows` (taken from it); returns those of
        them that are data (not a header or a title above it), for `feed`."""
        head = list(islice(rows, self._sample))
        header, head = self._header_or_data(table, head)
        header, head = _find_header(header, head)
        width = max((len(r.cells) for r in head), default=0)
        width = max(width, len(header))
        read_as = table_headers(header)
        self.plans = [self._plan(i, header, read_as, head) for i in range(width)]
        self._roles = [plan.role for plan in self.plans]
        _beside_names(self.plans, head)
        _split_names(self.plans, head)
        _same_person_names(self.plans, head)
        _doctors_lines(self.plans, head)
        # Copies: what `adopt` rebuilds the table-wide decisions below from, elsewhere (a Spark executor
        # reading a range of the table's rows).
        self.decided = [replace(plan) for plan in self.plans]
        self._table_wide(item.location)
        return head

    def adopt(self, decided: list[ColumnPlan], scope: str) -> None:
        """The plans another scanner's `plan` decided (its `decided`), for rows of the same table."""
        self.decided = [replace(plan) for plan in decided]
        self.plans = [replace(plan) for plan in decided]
        self._table_wide(scope)

    def _table_wide(self, scope: str) -> None:
        """Decisions on the columns taken together: whose each column is, and what that changes."""
        self._subjects = SubjectPlan.of(self.plans, scope=scope)
        if self._subjects.groups[0].organisation:
            _organisation_details(self.plans, self._subjects)
        _pair_insurance_numbers(self.plans)
        _health_results(self.plans)
        self._roles = [plan.role for plan in self.plans]

    def feed(
        self, item: Item, table: Table, head: list[Row], rows: Iterator[Row], *, flush: bool = True
    ) -> None:
        """Every row (the planned `head`, then the rest) into the collector and the people counter. The
        per-column tallies go to the collector at the end, unless `flush` is False: then `take_tallies`
        hands them over (a range of a table's rows, merged with the other ranges first)."""
        self._tallies = {}
        try:
            self._batch(item, table, head)
            while batch := list(islice(rows, BATCH_ROWS)):
                self._batch(item, table, batch)
        finally:
            if flush:
                self._flush(item, table)

    def take_tallies(self) -> list[tuple[int, EntityType, str | None, str, int, int]]:
        """The tallies `feed(flush=False)` kept, in the order their columns and types first had a value:
        (column index, type, subtype, first value, its row number, count)."""
        taken = [
            (index, code, t.subtype, t.value, t.row, t.count) for (index, code), t in self._tallies.items()
        ]
        self._tallies = {}
        return taken

    def _header_or_data(self, table: Table, head: list[Row]) -> tuple[list[str], list[Row]]:
        """The reader's header, or no header and that row back in front of the data when a cell of it is
        a value (`yamada.taro@example.jp`, 山田太郎): the reader judged by position and shape, this judges
        by content, so a headerless file's first person is counted and never shown as a header."""
        header = list(table.header)
        if not header or table.header_row is None or table.records is not None:
            return header, head
        if first_row_is_data(header, self._covered):
            return [], [Row(table.header_row, header), *head]
        return header, head

    def _covered(self, cell: str) -> int:
        """Length of the longest value in a cell: an e-mail address, a phone number, a name …"""
        found = list(self._format.detect(cell))
        if self._full is not None:
            found += [f for f in self._full.detect(cell) if f.type in _VALUE_HEADER_TYPES]
        return max((f.end - f.start for f in found), default=0)

    def _tally(self, code: EntityType, subtype: str | None, value: str, index: int, row: Row) -> None:
        """Count a whole-cell finding of a column; the collector hears of it once per column, at the end."""
        self._tally_many(code, subtype, index, row, value, 1)

    def _tally_many(
        self, code: EntityType, subtype: str | None, index: int, row: Row, value: str, count: int
    ) -> None:
        tally = self._tallies.get((index, code))
        if tally is None:
            self._tallies[(index, code)] = _Tally(subtype, value, row.number, count)
        else:
            tally.count += count

    def _flush(self, item: Item, table: Table) -> None:
        for (index, code), tally in self._tallies.items():
            where = item.locate(table.fragment(tally.row, index))
            self._collector.add(code, tally.subtype, tally.value, item.location, where)
            if tally.count > 1:
                self._collector.bump(code, tally.subtype, item.location, where, tally.count - 1)
        self._tallies = {}

    def _plan(self, index: int, headers: list[str], read_as: list[str], head: list[Row]) -> ColumnPlan:
        header = headers[index] if index < len(headers) else ""
        values = [r.cells[index].strip() for r in head if index < len(r.cells) and r.cells[index].strip()]
        meaning = column_meaning(read_as[index] if index < len(read_as) else "")
        if meaning is not None and meaning.kind is ColumnKind.SENSITIVE and is_aggregate_table(read_as):
            why = f"見出し「{header}」: 件数・金額の集計表の分類（個人についての記述ではない）"
            return ColumnPlan(index, header, Role.FORMAT_ONLY, reason=why)
        plan = self._decide(index, header, meaning, values)
        plan.subject = column_subject(header)
        plan.kanji = plan.type is EntityType.PERSON and mostly_kanji(values[:SAMPLE_CELLS])
        if meaning is not None:
            plan.part = meaning.part
        return plan

    def _decide(
        self, index: int, header: str, meaning: ColumnMeaning | None, values: list[str]
    ) -> ColumnPlan:
        if meaning is not None and meaning.kind in (ColumnKind.PERSON, ColumnKind.PERSON_READING) and values:
            companies = len(organisation_rows(values[:SAMPLE_CELLS]))
            shown = min(len(values), SAMPLE_CELLS)
            if companies >= shown * CLASSIFY_SHARE:
                why = f"見出し「{header}」: 標本{shown}件中{companies}件が会社・店舗等の名称"
                return ColumnPlan(index, header, Role.ORGANISATION, reason=why)
            roles = role_titles(values[:SAMPLE_CELLS])
            if roles >= shown * CLASSIFY_SHARE:
                why = f"見出し「{header}」: 標本{shown}件中{roles}件が職名・役割（人の名前ではない）"
                return ColumnPlan(index, header, Role.FORMAT_ONLY, reason=why)
            if (
                self._full is not None
                and meaning.kind is ColumnKind.PERSON
                and not _NAME_HEADER.search(unicodedata.normalize("NFKC", header))
            ):
                # 担当 or 担当クラス names a role, not that its values are names: A, B, HIIT, ヨガ are not
                distinct = sorted(set(values[:SAMPLE_CELLS]))
                named = sum(1 for v in distinct if _reads_as_name(v, self._full))
                if named < len(distinct) * 0.5:
                    shown_kinds = f"標本の値{len(distinct)}種のうち人の名前は{named}種"
                    why = f"見出し「{header}」: {shown_kinds}（区分・記号）"
                    return ColumnPlan(index, header, Role.FORMAT_ONLY, reason=why)
        if meaning is not None and meaning.kind in _DIRECT_TYPES:
            numeric = sum(1 for v in values if not _DIGITS.sub("", v).strip(" -/.:"))
            # a name or an address is not digits; a birth date or a blood pressure is
            words = meaning.kind in (ColumnKind.PERSON, ColumnKind.PERSON_READING, ColumnKind.ADDRESS)
            if not words or not values or numeric < len(values) * 0.8:
                return ColumnPlan(
                    index,
                    header,
                    Role.DIRECT,
                    _DIRECT_TYPES[meaning.kind],
                    meaning.subtype,
                    f"見出し「{header}」",
                )
        if meaning is not None and meaning.kind is ColumnKind.IDENTIFIER:
            by_header = identifier_plan(index, header, meaning, values[:SAMPLE_CELLS])
            if by_header is not None:
                return by_header
        if (
            meaning is not None
            and meaning.kind is ColumnKind.CODE
            and not self._emails(values[:SAMPLE_CELLS])
        ):
            # (a login ID that is an e-mail address is the person's address: its values decide)
            return ColumnPlan(index, header, Role.CODE, reason=f"見出し「{header}」: 番号・コードの列")
        if meaning is not None and meaning.kind is ColumnKind.NOTES and self._full is not None:
            return ColumnPlan(
                index, header, Role.TEXT, reason=f"見出し「{header}」: 自由記述（行の本人についての記述）"
            )
        if (
            meaning is not None
            and meaning.kind is ColumnKind.NOT_PERSON
            and meaning.subtype == "organisation"
        ):
            why = f"見出し「{header}」: 組織の名称・連絡先（個人の情報ではない）"
            return ColumnPlan(index, header, Role.ORGANISATION, reason=why)
        label = f"見出し「{header}」" if header else f"{column_letter(index)}列"
        sample = values[:SAMPLE_CELLS]
        if not sample:
            return ColumnPlan(index, header, Role.FORMAT_ONLY, reason=f"{label}: 値なし")
        by_chance = chance_plan(index, label, header, sample)
        if by_chance is not None:
            return by_chance
        format_types = self._classify(sample, self._format)
        if format_types is not None:
            code, hits = format_types
            roles = len(role_mailboxes(sample)) if code is EntityType.EMAIL else 0
            if roles >= hits * CLASSIFY_SHARE and roles:
                why = f"{label}: 標本{len(sample)}件中{roles}件が info@ 等の窓口のアドレス（個人ではない）"
                return ColumnPlan(index, header, Role.ORGANISATION, reason=why)
            return ColumnPlan(
                index,
                header,
                Role.FORMAT_COLUMN,
                code,
                reason=f"{label}: 標本{len(sample)}件中{hits}件が{code.value}",
            )
        not_person = meaning is not None and meaning.excludes_names
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

    def _emails(self, sample: list[str]) -> bool:
        """Whether a column holds e-mail addresses as the detector reads them (a login ID may be one)."""
        if not any("@" in value for value in sample):
            return False
        found = self._classify(sample, self._format, (EntityType.EMAIL,))
        return found is not None

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

    def _batch(self, item: Item, table: Table, batch: list[Row]) -> None:
        """A batch of rows, column by column: list operations over a column keep the per-cell work in C,
        which is what lets a large CSV scan near the speed of reading it."""
        if not batch:
            return
        self.rows += len(batch)
        found = _RowValues(len(batch))
        roles = self._roles
        width = len(roles)
        columns = zip_longest(*(row.cells for row in batch), fillvalue="")
        for index, column in enumerate(columns):
            role = roles[index] if index < width else Role.FORMAT_ONLY
            if role is Role.DIRECT:
                self._direct_column(index, column, batch, found)
            elif role is Role.FORMAT_COLUMN:
                self._typed_column(item, table, index, column, batch, found)
            elif role is Role.CODE:
                self._code_cells(item, table, index, column, batch, found)
            elif role is Role.TEXT and self._full is not None:
                # under its header: a memo's illness is the row's person's, though it names no one
                header = self.plans[index].header or None
                for r, cell in enumerate(column):
                    if cell:
                        self._text_cell(item, table, batch, r, index, cell, found, header)
            else:
                self._format_cells(item, table, index, column, batch, found)
        self._count_people(found)

    def _named_as_organisation(self, names: list[str], batch: list[Row]) -> list[int]:
        """The rows whose name begins with the row's own organisation (a vCard's FN and ORG alike)."""
        columns = [p.index for p in self.plans if p.role is Role.ORGANISATION]
        if not columns:
            return []
        rows: list[int] = []
        for r, name in enumerate(names):
            folded = fold(name)
            if folded and any(
                (org := fold(batch[r].cells[i]) if i < len(batch[r].cells) else "") and folded.startswith(org)
                for i in columns
            ):
                rows.append(r)
        return rows

    def _direct_column(
        self, index: int, column: tuple[str, ...], batch: list[Row], found: _RowValues
    ) -> None:
        """Every non-empty cell is one finding of the column's type (a 病歴 cell saying なし is not)."""
        plan = self.plans[index]
        code = plan.type
        assert code is not None
        values = list(map(str.strip, column))
        if code is EntityType.SENSITIVE:
            values = [v if v.lower() not in EMPTY_ANSWERS else "" for v in values]
        elif code is EntityType.PERSON:
            # a company as 口座名義 or caller, or a card named as its own ORG (中村塗装店 | 中村塗装店,
            # ミナト住建 サポート | ミナト住建): nobody in this row
            for r in {*organisation_rows(values), *self._named_as_organisation(values, batch)}:
                values[r] = ""
                found.organisations.add(r)
        elif code is EntityType.EMAIL:
            values = [v if "@" in v or "＠" in v else "" for v in values]
        elif code in FORMAT_DEFINED:
            values = [v if MAY_HOLD_FORMAT.search(v) else "" for v in values]
        hits = len(values) - values.count("")
        if not hits:
            return
        first = next(r for r, v in enumerate(values) if v)
        self._tally_many(code, plan.subtype, index, batch[first], values[first], hits)
        found.merge_column(index, code, values)

    def _typed_column(
        self,
        item: Item,
        table: Table,
        index: int,
        column: tuple[str, ...],
        batch: list[Row],
        found: _RowValues,
    ) -> None:
        """Cells of a column of one format-defined type: the plain shape of the type (and its check digit)
        first; a cell that does not fit goes through the value-shape cache and the detector."""
        plan = self.plans[index]
        code = plan.type
        assert code is not None
        pattern = _COLUMN_PATTERNS.get(code)
        fits = pattern.fullmatch if pattern is not None else None
        check = _CHECK_DIGIT.get(code)
        values = list(map(str.strip, column))
        if _all_fit(code, values):
            hits = len(values) - values.count("")
            if hits:
                first = next(r for r, v in enumerate(values) if v)
                self._tally_many(code, None, index, batch[first], values[first], hits)
                found.merge_column(index, code, values)
            return
        out = [""] * len(values)
        first = -1
        hits = 0
        others: list[int] = []
        for r, value in enumerate(values):
            if not value:
                continue
            if fits is not None and len(value) <= SHORT_CELL and fits(value):
                if check is None or check("".join(_DIGITS.findall(value))):
                    out[r] = value
                    hits += 1
                    if first < 0:
                        first = r
            else:
                others.append(r)
        if hits:
            self._tally_many(code, None, index, batch[first], values[first], hits)
            found.merge_column(index, code, out)
        for r in others:
            value = values[r]
            if len(value) > SHORT_CELL:
                self._detect(self._format, item, table, batch, r, index, column[r], found)
                continue
            other = self._shape_type(index, value)
            if other is None:
                continue
            other_check = _CHECK_DIGIT.get(other)
            if other_check is not None and not other_check("".join(_DIGITS.findall(value))):
                continue
            self._tally(other, None, value, index, batch[r])
            found.put(index, other, r, value)

    def _text_cell(
        self,
        item: Item,
        table: Table,
        batch: list[Row],
        r: int,
        index: int,
        cell: str,
        found: _RowValues,
        header: str | None,
    ) -> None:
        """A free-text cell: its findings, and the persons it names with details of their own (同居家族:
        長男 金子実（2016年6月1日生）, a JSON list of family members) as persons of the table. A bare name
        or a detail without a name is left to the row's own subjects: a memo names the row's person
        and its staff in passing."""
        assert self._full is not None
        findings = self._full.detect(cell, column=header)
        for f in findings:
            value = f.value(cell)
            self._add(f.type, f.subtype, value, item, table, batch[r], index)
            found.put(index, f.type, r, value)
        if any(f.type is EntityType.PERSON for f in findings):
            named = ProsePeople(self._people, item.location, detailed_only=True)
            named.feed(cell, findings)
            named.close()

    def _count_people(self, found: _RowValues) -> None:
        """Each row's subjects (its own person, a spouse, a recipient …) are persons, known by their keys
        (see `people.py`); the same person in two rows or two tables counts once."""
        records, rows = row_records(
            self._subjects, found.values, found.size, self._people.keys, found.organisations
        )
        self.person_rows += rows
        self._people.add_records(records)

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

    def _code_cells(
        self,
        item: Item,
        table: Table,
        index: int,
        column: tuple[str, ...],
        batch: list[Row],
        found: _RowValues,
    ) -> None:
        """An id or code column: numbers in it are not a person's, but an e-mail used as a login id is."""
        if "@" not in "".join(column):
            return
        for r, cell in enumerate(column):
            if "@" in cell:
                for f in self._format.detect(cell):
                    if f.type is EntityType.EMAIL:
                        value = f.value(cell)
                        self._add(f.type, f.subtype, value, item, table, batch[r], index)
                        found.put(index, f.type, r, value)

    def _format_cells(
        self,
        item: Item,
        table: Table,
        index: int,
        column: tuple[str, ...],
        batch: list[Row],
        found: _RowValues,
    ) -> None:
        """The format-defined layer on the cells that could hold a value, skipping value shapes that have
        come out empty many times in this column (ids, amounts, codes)."""
        if MAY_HOLD_FORMAT.search("".join(column)) is None:
            return
        may_hold = MAY_HOLD_FORMAT.search
        candidates = [r for r, cell in enumerate(column) if len(cell) >= SHORTEST_VALUE and may_hold(cell)]
        short = [r for r in candidates if len(column[r]) <= SHORT_CELL]
        shapes = dict(zip(short, shape_all([column[r] for r in short]), strict=True))
        empty = self._empty_shapes
        if len(short) == len(candidates) and all(
            empty.get((index, s), 0) >= EMPTY_SHAPE_TRUST for s in set(shapes.values())
        ):
            return
        for r in candidates:
            cell = column[r]
            key: tuple[int, str] | None = None
            if r in shapes:
                key = (index, shapes[r])
                if empty.get(key, 0) >= EMPTY_SHAPE_TRUST:
                    continue
            personal = self._detect(self._format, item, table, batch, r, index, cell, found)
            if key is not None and len(empty) < SHAPE_CACHE_LIMIT:
                empty[key] = -(1 << 30) if personal else empty.get(key, 0) + 1

    def _detect(
        self,
        detector: Detector,
        item: Item,
        table: Table,
        batch: list[Row],
        r: int,
        index: int,
        cell: str,
        found: _RowValues,
        column: str | None = None,
    ) -> bool:
        personal = False
        for f in detector.detect(cell, column=column):
            value = f.value(cell)
            self._add(f.type, f.subtype, value, item, table, batch[r], index)
            found.put(index, f.type, r, value)
            personal |= f.type is not EntityType.CORPORATE_NUMBER
        return personal
