"""Rows of one table as text, streamed through a server-side cursor, each cell cut to a bounded size.

The cut happens in SQL (`substr`), so a 2 GB BLOB never crosses the network: at most `max_cell + 1`
characters or bytes of each cell are fetched, and the extra one tells that the cell was longer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, Text, cast, column, func, select, table, text
from sqlalchemy.sql.elements import ColumnElement

from mamori.sources.database.inspect import ColumnInfo, ReadAs
from mamori.sources.database.target import TableName

MAX_CELL = 65_536
BATCH = 1_000


@dataclass
class ReadNotes:
    """What the reader had to leave out, per column name, for the scan to report."""

    truncated: set[str] = field(default_factory=set)
    binary: set[str] = field(default_factory=set)  # bytes that are not UTF-8 text (images, archives…)


def _expression(info: ColumnInfo, dialect: str, max_cell: int) -> ColumnElement[Any]:
    col: ColumnElement[Any] = column(info.name)
    if info.read_as in (ReadAs.NUMBER, ReadAs.DATE):
        return col
    if info.read_as is ReadAs.JSON or (info.read_as is ReadAs.TEXT and dialect == "postgresql"):
        col = cast(col, Text)  # enums, arrays, inet, json: their text form
    return func.substr(col, 1, max_cell + 1)


def cell_text(value: object, name: str, max_cell: int, notes: ReadNotes) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        text_value = value
    elif isinstance(value, bytes | bytearray | memoryview):
        raw = bytes(value)
        if len(raw) > max_cell:
            notes.truncated.add(name)
            raw = raw[:max_cell]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A cut can split a character: keep the text before it, if there is text at all.
            if exc.start >= len(raw) - 3 and exc.start > 0:
                return raw[: exc.start].decode("utf-8")
            notes.binary.add(name)
            return None
    elif isinstance(value, bool):
        return None
    elif isinstance(value, int | Decimal):
        return str(value)
    elif isinstance(value, datetime):
        return value.date().isoformat()
    elif isinstance(value, date):
        return value.isoformat()
    elif isinstance(value, dict | list):
        text_value = json.dumps(value, ensure_ascii=False)
    else:
        return None
    if len(text_value) > max_cell:
        notes.truncated.add(name)
        return text_value[:max_cell]
    return text_value


def lift_statement_timeout(connection: Connection) -> None:
    """MariaDB and MySQL time a streamed SELECT until its last row is sent, so a full read of a large
    table would always time out: lift the limit for this connection. PostgreSQL times each FETCH."""
    if connection.dialect.name != "mysql":
        return
    if getattr(connection.dialect, "is_mariadb", False):
        connection.execute(text("SET SESSION max_statement_time = 0"))
    else:
        connection.execute(text("SET SESSION max_execution_time = 0"))


def read_rows(
    connection: Connection,
    name: TableName,
    columns: Sequence[ColumnInfo],
    *,
    limit: int | None,
    notes: ReadNotes,
    max_cell: int = MAX_CELL,
    batch: int = BATCH,
) -> Iterator[list[str | None]]:
    """Cells of `columns` as text (None for NULL or unreadable), row by row, `limit` rows at most."""
    query = _select(connection, name, columns, max_cell)
    if limit is not None:
        query = query.limit(limit)
    for row in _stream(connection, query, batch):
        yield _cells(row, columns, max_cell, notes)


def read_keyed_rows(
    connection: Connection,
    name: TableName,
    columns: Sequence[ColumnInfo],
    key: str,
    *,
    limit: int | None = None,
    between: tuple[int, int] | None = None,
    notes: ReadNotes,
    max_cell: int = MAX_CELL,
    batch: int = BATCH,
) -> Iterator[tuple[int, list[str | None]]]:
    """As `read_rows`, each row with the value of its integer primary key `key`: the first `limit` rows
    in the table's own order (the rows `read_rows` begins with), or those whose key lies `between` two
    values (both included), in key order."""
    query = _select(connection, name, columns, max_cell, column(key).label("k"))
    if between is not None:
        query = query.where(column(key).between(*between)).order_by(column(key))
    if limit is not None:
        query = query.limit(limit)
    for row in _stream(connection, query, batch):
        yield int(row[-1]), _cells(row[:-1], columns, max_cell, notes)


def key_bounds(connection: Connection, name: TableName, key: str) -> tuple[int, int] | None:
    """The least and greatest value of the integer key `key`; None for an empty table."""
    key_column: ColumnElement[Any] = column(key)
    query = select(func.min(key_column), func.max(key_column))
    low, high = connection.execute(query.select_from(table(name.name, schema=name.schema))).one()
    return None if low is None or high is None else (int(low), int(high))


def _select(
    connection: Connection,
    name: TableName,
    columns: Sequence[ColumnInfo],
    max_cell: int,
    *extra: ColumnElement[Any],
) -> Select[Any]:
    dialect = connection.dialect.name
    cells = [_expression(c, dialect, max_cell).label(f"c{i}") for i, c in enumerate(columns)]
    return select(*cells, *extra).select_from(table(name.name, schema=name.schema))


def _stream(connection: Connection, query: Select[Any], batch: int) -> Iterator[Sequence[Any]]:
    result = connection.execution_options(stream_results=True, max_row_buffer=batch).execute(query)
    try:
        for chunk in result.partitions(batch):
            yield from chunk
    finally:
        result.close()


def _cells(
    row: Sequence[Any], columns: Sequence[ColumnInfo], max_cell: int, notes: ReadNotes
) -> list[str | None]:
    return [cell_text(v, columns[i].name, max_cell, notes) for i, v in enumerate(row)]


def count_rows(connection: Connection, name: TableName) -> int:
    query = select(func.count()).select_from(table(name.name, schema=name.schema))
    return int(connection.execute(query).scalar_one())
