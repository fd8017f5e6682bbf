"""CSV and TSV, rewritten field by field in place: quoting, delimiters, line endings and encoding are kept.

The standard `csv` module would re-quote every field its own way; here the original text is tokenised into
field spans, and only the spans of masked fields are rewritten (quoted again if they were quoted).
The first record is the header: its names are the `column` every cell below it is detected with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from mamori.detect.columns import names_columns, table_headers
from mamori.detect.table_layout import table_layout
from mamori.mask.engine import Edit, apply_edits
from mamori.mask.formats import Format, Transformer, Unit
from mamori.mask.formats.text import read_text, write_text


@dataclass(frozen=True, slots=True)
class Field:
    start: int  # span of the raw field, quotes included
    end: int
    value: str
    quoted: bool


@dataclass(slots=True)
class Record:
    start: int  # span of the record, its line ending included
    end: int
    fields: list[Field] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Table:
    header: list[str]
    rows: list[list[str]]


# Decides a cell's value in place of the masker (k-anonymity generalisation); None leaves it to the masker.
CellOverride = Callable[[int, str, str], str | None]


@cache
def _field_pattern(delimiter: str) -> re.Pattern[str]:
    d = re.escape(delimiter)
    return re.compile(rf'"((?:[^"]|"")*)"|([^{d}\r\n]*)')


_NEWLINE = re.compile(r"\r\n|\n|\r")


def parse(text: str, delimiter: str) -> list[Record]:
    pattern = _field_pattern(delimiter)
    records: list[Record] = []
    pos = 0
    while pos < len(text):
        record = Record(pos, pos)
        while True:
            match = pattern.match(text, pos)
            assert match is not None  # the pattern matches the empty string
            quoted = match.group(1) is not None
            value = match.group(1).replace('""', '"') if quoted else match.group(2)
            pos = match.end()
            if quoted:  # tolerate stray text after a closing quote, as spreadsheets do
                while pos < len(text) and text[pos] not in delimiter + "\r\n":
                    pos += 1
            record.fields.append(Field(match.start(), pos, value, quoted))
            if pos < len(text) and text[pos] == delimiter:
                pos += 1
                continue
            newline = _NEWLINE.match(text, pos)
            pos = newline.end() if newline else pos
            break
        record.end = pos
        records.append(record)
    return records


def _quote(value: str, delimiter: str, was_quoted: bool) -> str:
    if was_quoted or any(c in value for c in (delimiter, '"', "\r", "\n")):
        return '"' + value.replace('"', '""') + '"'
    return value


def _edits(
    records: list[Record],
    delimiter: str,
    transformer: Transformer,
    override: CellOverride | None,
    dropped: frozenset[int],
) -> Iterator[Edit]:
    header = [f.value for f in records[0].fields] if records else []
    body = records[1:]
    above: list[Record] = []
    if override is None and not dropped:
        # the header by content: a title row above it, or no header at all (then the first row is a
        # person's, masked like the rest, and the columns are named from their values)
        layout = table_layout([[f.value for f in r.fields] for r in records[:200]], _covered(transformer))
        start = 0 if layout.header_row is None else layout.header_row + 1
        header, body, above = layout.headers, records[start:], records[: max(0, start - 1)]
    for record in above:
        for cell in record.fields:
            if cell.value.strip():
                masked = apply_edits(cell.value, transformer.plan(cell.value))
                if masked != cell.value:
                    yield Edit(cell.start, cell.end, _quote(masked, delimiter, cell.quoted))
    read_as = table_headers(header)
    for index, record in enumerate(body):
        if index in dropped:
            yield Edit(record.start, record.end, "")
            continue
        for position, cell in enumerate(record.fields):
            column = header[position] if position < len(header) else None
            new = override(index, column, cell.value) if override and column is not None else None
            if new is None:
                if not cell.value.strip():
                    continue
                detect_as = read_as[position] if position < len(read_as) else None
                new = apply_edits(cell.value, transformer.plan(cell.value, detect_as))
            if new != cell.value:
                yield Edit(cell.start, cell.end, _quote(new, delimiter, cell.quoted))


def _covered(transformer: Transformer) -> Callable[[str], int]:
    """The length of the longest value the transformer would replace in a cell."""

    def covered(cell: str) -> int:
        return max((e.end - e.start for e in transformer.plan(cell)), default=0)

    return covered


def transform_table(
    src: Path,
    dst: Path,
    transformer: Transformer,
    delimiter: str,
    override: CellOverride | None = None,
    dropped: frozenset[int] = frozenset(),
) -> None:
    text, encoding = read_text(src)
    records = parse(text, delimiter)
    write_text(
        dst, apply_edits(text, list(_edits(records, delimiter, transformer, override, dropped))), encoding
    )


def read_table(path: Path, delimiter: str) -> Table:
    records = parse(read_text(path)[0], delimiter)
    if not records:
        return Table([], [])
    return Table([f.value for f in records[0].fields], [[f.value for f in r.fields] for r in records[1:]])


def _units(path: Path, delimiter: str) -> Iterator[Unit]:
    table = read_table(path, delimiter)
    rows = [table.header, *table.rows]
    # The header is the first top row that names columns; rows above it, or every row of a headerless
    # file (its first row was masked as data), are re-scanned as text: kept words (血圧計) name no column.
    at = next((i for i, row in enumerate(rows[:3]) if _names_columns(row)), None)
    for row in rows[: 0 if at is None else at]:
        yield from (Unit(value) for value in row if value.strip())
    header = [] if at is None else rows[at]
    read_as = table_headers(header)
    for row in rows[0 if at is None else at + 1 :]:
        for position, value in enumerate(row):
            if value.strip():
                yield Unit(value, read_as[position] if position < len(read_as) else None)


# What `placeholder` writes (<氏名_7>): a masked row's cells, not column names.
_PLACEHOLDER = re.compile(r"<[^<>]{1,20}_[0-9]+>")


def _names_columns(row: list[str]) -> bool:
    return names_columns(row) and not any(_PLACEHOLDER.search(cell) for cell in row)


def _format(name: str, suffixes: tuple[str, ...], delimiter: str) -> Format:
    return Format(
        name,
        suffixes,
        lambda src, dst, t: transform_table(src, dst, t, delimiter),
        lambda path: _units(path, delimiter),
    )


CSV = _format("csv", (".csv",), ",")
TSV = _format("tsv", (".tsv", ".tab"), "\t")
DELIMITERS = {"csv": ",", "tsv": "\t"}
