"""The values `sources` hands out: items, their text units and table rows, and errors as values."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from mamori.sources.location import column_letter
from mamori.sources.location import fragment as make_fragment


class ItemKind(StrEnum):
    TEXT = "text"  # content in `units`
    TABLE = "table"  # content in `table`
    MAIL = "mail"  # headers and bodies in `units`; attachments follow as nested items
    ARCHIVE = "archive"  # a zip or mbox; no content of its own, its members follow as nested items
    BINARY = "binary"  # recognised as not text (an image, a program): nothing to read


@dataclass(frozen=True, slots=True)
class TextUnit:
    """A piece of text and where it sits inside its item (`line=12`, `page=3`, `pointer=/a/0`)."""

    text: str
    fragment: str


class Row(NamedTuple):
    """One row of a table: `number` is the row as the user's application shows it (1-based).

    A named tuple rather than a frozen dataclass: a large CSV makes millions of these, and a tuple is
    built in C."""

    number: int
    cells: list[str]


@dataclass(frozen=True, slots=True)
class Records:
    """Where the rows of a table read from records (JSON, XML, HTML, vCard) sit in their file: a row
    number says little there, the record's own address (`pointer=/customers/3`) says where to look."""

    table: str
    """Fragment of the collection as a whole (`pointer=/customers`, `table=2`); "" for the whole file."""
    record: Callable[[int], str]
    """Fragment of the record of a `Row.number` (`pointer=/customers/3`, `line=12`)."""


@dataclass(frozen=True, slots=True)
class Table:
    """A sheet, a CSV file or a collection of records. `header` is empty when the first row does not
    look like one; the header row is not repeated in `rows`, nor is a row without content. The item's
    location already names the sheet.

    A record table (`records` set) may extend `header` while its rows stream (JSON Lines: a key first
    seen on line 500): read it again after the rows you need. Its cells are located by record and
    column name (`pointer=/customers/3&col=recipient.name`) rather than by row and letter."""

    header: list[str]
    rows: Iterator[Row]
    header_row: int | None = None
    sheet: str | None = None
    records: Records | None = None

    def fragment(self, row: int, col: int) -> str:
        """Location of a cell: `row` as in `Row.number`, `col` a 0-based index into `Row.cells`."""
        if self.records is None:
            return make_fragment([("row", str(row)), ("col", column_letter(col))])
        return _join(self.records.record(row), make_fragment([("col", self._column_name(col))]))

    def column_fragment(self, col: int) -> str:
        """Location of a whole column, for findings about a column rather than one cell."""
        if self.records is None:
            return make_fragment([("col", column_letter(col))])
        return _join(self.records.table, make_fragment([("col", self._column_name(col))]))

    def _column_name(self, col: int) -> str:
        return self.header[col] if col < len(self.header) and self.header[col] else column_letter(col)


def _join(first: str, second: str) -> str:
    return f"{first}&{second}" if first else second


def _no_units() -> Iterator[TextUnit]:
    return iter(())


@dataclass(frozen=True, slots=True)
class Item:
    """Something readable: a file, a sheet, a mail, an archive member.

    `units` and `table.rows` are streams read from the open source: consume them before asking the
    iterator for the next item (as with `itertools.groupby`); what was not consumed is skipped.
    """

    location: str
    kind: ItemKind
    format: str
    path: Path
    encoding: str | None = None
    units: Iterator[TextUnit] = field(default_factory=_no_units)
    table: Table | None = None

    def locate(self, frag: str) -> str:
        """The full location of a unit or cell of this item."""
        if not frag:
            return self.location
        return f"{self.location}&{frag}" if "#" in self.location else f"{self.location}#{frag}"


@dataclass(frozen=True, slots=True)
class ItemError:
    """Something that could not be read, and why: in Japanese for the user, in English for the log."""

    location: str
    reason_ja: str
    reason_en: str
    path: Path | None = None
