"""SQL dumps (mysqldump, `pg_dump --inserts` or COPY, SQLite `.dump`) read as tables: each table with
rows is a `TABLE` item, `sheet` its name, its rows the tuples of its INSERTs (or the lines of its COPY
block), its header the INSERT's column list, else its CREATE TABLE's, else `1`, `2`, … . Cells are at
`table=NAME&row=N&col=COLUMN`, N counting the table's rows from 1 in file order. Text that is no
statement is prose, in a `TEXT` item after the tables (sooner when it passes `_PROSE_CHARS`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from mamori.sources.items import Item, ItemError, ItemKind, Row, TextUnit
from mamori.sources.location import fragment
from mamori.sources.records import Columns, record_table_item
from mamori.sources.source import BinaryStream, Context, Source
from mamori.sources.sqlparse import Event, Prose, Record, dump_events
from mamori.sources.text import guard_decoded, open_decoded

_PROSE_CHARS = 1 << 20
"""Prose held back until the tables are read; past this it is handed out at once, memory stays flat."""
_LEADING = re.compile(rb"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/;?)*", re.DOTALL)
_STATEMENT = re.compile(
    rb"(?:CREATE\s+(?:(?:TEMPORARY|TEMP|UNLOGGED)\s+)?TABLE|(?:INSERT|REPLACE)(?:\s+IGNORE)?\s+INTO"
    rb"|SET\s+[\w@.]+\s*(?:=|TO\s)|DROP\s+(?:TABLE|DATABASE|SCHEMA|VIEW)|LOCK\s+TABLES"
    rb"|(?:BEGIN|START)\s+TRANSACTION|PRAGMA\s+\w+|COPY\s+\S+.*?FROM\s+stdin"
    rb"|CREATE\s+(?:DATABASE|SCHEMA|SEQUENCE|EXTENSION|TYPE)|SELECT\s+pg_catalog\.)\b",
    re.IGNORECASE,
)
_DUMP_BANNER = re.compile(rb"^-- (?:MySQL dump|MariaDB dump|PostgreSQL database dump)", re.MULTILINE)


def is_sql(head: bytes) -> bool:
    """Content that starts, after comments, with a statement a dump starts with (or a dump's banner)."""
    start = _LEADING.match(head.removeprefix(b"\xef\xbb\xbf"))
    rest = head[start.end() if start else 0 :]
    return bool(_STATEMENT.match(rest) or _DUMP_BANNER.search(head[:1024]))


class _Feed:
    """The parser's events with one of lookahead, shared by the items read from them in turn."""

    def __init__(self, events: Iterator[Event]) -> None:
        self._events = events
        self._head: Event | None = None

    def peek(self) -> Event | None:
        if self._head is None:
            self._head = next(self._events, None)
        return self._head

    def take(self) -> None:
        self._head = None


class _Aside:
    """Prose met while tables are read, handed out after them; bounded by `_PROSE_CHARS`."""

    def __init__(self) -> None:
        self.units: list[TextUnit] = []
        self.chars = 0

    def keep(self, event: Prose) -> bool:
        if self.units and self.chars + len(event.text) > _PROSE_CHARS:
            return False
        self.units.append(_unit(event))
        self.chars += len(event.text)
        return True

    def take(self) -> list[TextUnit]:
        units, self.units, self.chars = self.units, [], 0
        return units


def read_sql(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    encoding, text = open_decoded(stream, ctx)
    feed = _Feed(guard_decoded(src, ctx, text, dump_events(text, ctx.limits)))
    aside = _Aside()
    numbers: dict[str, int] = {}
    while (event := feed.peek()) is not None:
        if isinstance(event, Record):
            columns = Columns()
            columns.add(event.names)  # the header is whole before the first row is read
            rows = _rows(feed, event.table, columns, aside, numbers)
            yield _table_item(src, encoding, event.table, columns, rows)
            _drain(rows)
        elif aside.keep(event):
            feed.take()
        else:  # too much prose to hold: hand it out now, with the run of prose that follows
            units = itertools.chain(aside.take(), _prose_run(feed))
            yield Item(src.location, ItemKind.TEXT, "sql", src.path, encoding, units=units)
            _drain(units)
    if aside.units:
        yield Item(src.location, ItemKind.TEXT, "sql", src.path, encoding, units=iter(aside.take()))


def _drain(stream: Iterator[object]) -> None:
    """What the caller skipped is read past (the next item starts after it), not handed out again."""
    for _ in stream:
        pass


def _table_item(src: Source, encoding: str, table: str, columns: Columns, rows: Iterator[Row]) -> Item:
    return record_table_item(
        src,
        "sql",
        encoding,
        (columns.header, rows),
        sheet=table,
        at=fragment([("table", table)]),
        record=lambda number: fragment([("table", table), ("row", str(number))]),
    )


def _rows(feed: _Feed, table: str, columns: Columns, aside: _Aside, numbers: dict[str, int]) -> Iterator[Row]:
    """The rows of `table` up to the next table's; prose in between is put aside (while it fits)."""
    names = event.names if isinstance(event := feed.peek(), Record) else ()
    in_order = names == tuple(columns.header[: len(names)])
    while (event := feed.peek()) is not None:
        if isinstance(event, Prose):
            if not aside.keep(event):
                return
            feed.take()
            continue
        if event.table != table:
            return
        feed.take()
        if event.names is not names:  # another INSERT's column list
            names = event.names
            columns.add(names)
            in_order = names == tuple(columns.header[: len(names)])
        number = numbers[table] = numbers.get(table, 0) + 1
        if in_order and len(event.cells) <= len(names):  # cells already in header order: no dict
            cells = event.cells
            while cells and not cells[-1]:
                cells.pop()
        else:
            cells = columns.cells(dict(zip(names, event.cells, strict=False)))
        if cells:
            yield Row(number, cells)


def _unit(event: Prose) -> TextUnit:
    return TextUnit(event.text, fragment([("line", str(event.line))]))


def _prose_run(feed: _Feed) -> Iterator[TextUnit]:
    while isinstance(event := feed.peek(), Prose):
        feed.take()
        yield _unit(event)
