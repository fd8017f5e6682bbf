"""Collections of records read as tables: each record (a JSON object, an XML element, a vCard) is a row
and its field names, flattened to dotted paths relative to the record, are the columns — as a CSV's
header would be, so the scanner can tell which values belong to one person and what each one is."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

from mamori.sources.items import Item, ItemKind, Records, Row, Table
from mamori.sources.source import Source

KEY = "_key"
"""The key of a record in a mapping keyed by values (`{"yamada@example.jp": {...}}`)."""
VALUE = "_value"
"""A value that has no name of its own: a scalar under such a key, an XML record's own text."""
OTHER = "_other"
"""Fields past `MAX_COLUMNS`, as `name: value; …`: a file with a new key in every record must not make
every row as wide as the whole file."""
JOIN = "; "
MAX_COLUMNS = 1024
MAX_INLINE = 16
"""A nested list of more records than this is a table of its own rather than columns of its parent."""
MAX_DEPTH = 32
"""Nesting read field by field; deeper content is joined into one cell (or one prose unit)."""
_MAX_NAME_CHARS = 40


@lru_cache(maxsize=4096)  # the same few keys come back in every record
def looks_like_value(key: str) -> bool:
    """A key that is data rather than a field name: an address, an id or phone number, a sentence."""
    if "@" in key or "＠" in key or len(key) > _MAX_NAME_CHARS:
        return True
    return sum(map(str.isdigit, key)) * 2 > len(key)


def dotted(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def put(record: dict[str, str], name: str, text: str) -> None:
    """Add a field; a second value under the same name (repeated XML leaves, vCard TELs) joins the first."""
    have = record.get(name)
    record[name] = f"{have}{JOIN}{text}" if have else text


class Columns:
    """The header of a record table: the union of field names in first-seen order, grown as records are
    read (the list handed out as `Table.header` is the one that grows), bounded by `MAX_COLUMNS`."""

    def __init__(self) -> None:
        self.header: list[str] = []
        self._index: dict[str, int] = {}

    def add(self, names: Iterable[str]) -> None:
        for name in names:
            self._column(name)

    def cells(self, record: Mapping[str, str]) -> list[str]:
        """The record's values in header order; trailing empty cells are not written."""
        cells: list[str] = []
        other: list[str] = []
        for name, value in record.items():
            if not value:
                continue
            index = self._column(name)
            if index is None:
                other.append(f"{name}: {value}")
                continue
            _place(cells, index, value)
        if other:
            _place(cells, self._force(OTHER), JOIN.join(other))
        return cells

    def _column(self, name: str) -> int | None:
        index = self._index.get(name)
        if index is None and len(self.header) < MAX_COLUMNS - 1:  # one place kept for OTHER
            index = self._index[name] = len(self.header)
            self.header.append(name)
        return index

    def _force(self, name: str) -> int:
        index = self._index.get(name)
        if index is None:
            index = self._index[name] = len(self.header)
            self.header.append(name)
        return index


def _place(cells: list[str], index: int, value: str) -> None:
    if index >= len(cells):
        cells.extend([""] * (index + 1 - len(cells)))
    cells[index] = value


def numbered_rows(columns: Columns, records: Iterable[tuple[int, Mapping[str, str]]]) -> Iterator[Row]:
    """Rows of the records that hold anything, each numbered as its record."""
    for number, record in records:
        cells = columns.cells(record)
        if cells:
            yield Row(number, cells)


def record_table_item(
    src: Source,
    fmt: str,
    encoding: str | None,
    table: tuple[list[str], Iterator[Row]],
    *,
    sheet: str | None,
    at: str,
    record: Callable[[int], str],
) -> Item:
    """A `TABLE` item of records: `at` locates the collection, `record(row number)` one record of it."""
    header, rows = table
    records = Records(at, record)
    return Item(
        src.location,
        ItemKind.TABLE,
        fmt,
        src.path,
        encoding,
        table=Table(header, rows, None, sheet, records),
    )
