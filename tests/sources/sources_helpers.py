"""Read a file the way a scan would: every item, its units and rows consumed before the next item."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mamori.sources import Item, ItemError, Limits, Row, TextUnit, iter_items


@dataclass
class Read:
    item: Item
    units: list[TextUnit] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(unit.text for unit in self.units)


def read(path: Path, limits: Limits | None = None) -> tuple[list[Read], list[ItemError]]:
    reads: list[Read] = []
    errors: list[ItemError] = []
    for found in iter_items(path, limits=limits or Limits()):
        if isinstance(found, ItemError):
            errors.append(found)
            continue
        reads.append(Read(found, list(found.units), list(found.table.rows) if found.table else []))
    return reads, errors


def only(path: Path) -> Read:
    reads, errors = read(path)
    assert not errors, errors
    assert len(reads) == 1, [r.item.location for r in reads]
    return reads[0]


def only_error(path: Path, limits: Limits | None = None) -> ItemError:
    _, errors = read(path, limits)
    assert len(errors) == 1, errors
    return errors[0]


def cells_at(got: Read) -> list[tuple[str, str]]:
    """(fragment, text) of every non-empty cell of a table read, in row order."""
    table = got.item.table
    assert table is not None
    return [
        (table.fragment(row.number, col), cell)
        for row in got.rows
        for col, cell in enumerate(row.cells)
        if cell
    ]


def records(got: Read) -> list[dict[str, str]]:
    """A table read as its header names to the non-empty cells of each row."""
    table = got.item.table
    assert table is not None
    return [{table.header[i]: cell for i, cell in enumerate(row.cells) if cell} for row in got.rows]
