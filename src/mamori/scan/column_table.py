"""A database table as `TableScanner` reads it, shared by the driver's reads and a Spark executor's read of
a range of the table's rows: cells located by column, summaries per column, rows as the scanner wants them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from mamori.detect.types import EntityType
from mamori.scan.collect import Collector
from mamori.sources import Row, Table
from mamori.sources.database import ColumnInfo, ReadAs
from mamori.sources.location import fragment


@dataclass(frozen=True, slots=True)
class ColumnTable(Table):
    """A cell's location is its column, not a row number, because rows of a database table have no order
    a user could find them by."""

    names: tuple[str, ...] = ()

    def fragment(self, row: int, col: int) -> str:
        return fragment([("column", self.names[col])])


class ColumnCollector(Collector):
    """Summaries per column (the file scanner's collector summarises per sheet)."""

    def add(self, code: EntityType, subtype: str | None, value: str, item: str, where: str) -> None:
        super().add(code, subtype, value, where, where)


# No format-defined value (the shortest is a 7-digit postal code) fits in fewer digits: quantities, prices
# and ids are left out before they cost a detector call each.
SHORTEST_NUMBER = 7


def table_rows(cells: Iterable[list[str | None]], columns: list[ColumnInfo]) -> Iterator[Row]:
    numeric = [c.read_as is ReadAs.NUMBER for c in columns]
    for number, row in enumerate(cells, start=1):
        yield Row(
            number,
            ["" if c is None or (numeric[i] and len(c) < SHORTEST_NUMBER) else c for i, c in enumerate(row)],
        )
