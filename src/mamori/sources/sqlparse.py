"""The statements of a SQL dump (mysqldump, pg_dump, SQLite `.dump`, SQL Server scripts) as events: each
row of an INSERT or of a PostgreSQL COPY block is a `Record`, text that is no statement a `Prose`.

CREATE TABLE is remembered for its column names (an INSERT without a column list takes them); UPDATE,
DELETE and SELECT statements that carry values are prose, since a `SET name = '山田'` names someone
too; every other statement (SET, CREATE INDEX, LOCK TABLES, comments) is skipped."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from mamori.sources.limits import Limits
from mamori.sources.records import MAX_COLUMNS
from mamori.sources.source import CORRUPT, SourceError
from mamori.sources.sqllex import BINARY, DOLLAR, DOUBLE, END, IDENT, PUNCT, STRING, WORD, Lexer, Token
from mamori.sources.sqlvalues import copy_field, dollar_body, unquote_name, unquote_string


class Record(NamedTuple):
    table: str
    names: tuple[str, ...]
    cells: list[str]


class Prose(NamedTuple):
    text: str
    line: int


Event = Record | Prose

_ROWS = frozenset({"INSERT", "REPLACE"})
_PROSE = frozenset({"UPDATE", "DELETE", "SELECT", "WITH", "MERGE", "UPSERT"})
_SKIPPED = (
    frozenset({"ALTER", "ANALYZE", "CLUSTER", "COMMENT", "CREATE", "DROP", "GRANT", "REVOKE", "RENAME"})
    | frozenset({"REFRESH", "REINDEX", "SECURITY", "TRUNCATE", "VACUUM", "OPTIMIZE", "FLUSH", "CHECKPOINT"})
    | frozenset({"BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE"})
    | frozenset({"SET", "RESET", "SHOW", "USE", "PRAGMA", "LOCK", "UNLOCK", "ATTACH", "DETACH", "LOAD"})
    | frozenset({"CALL", "DO", "EXEC", "EXECUTE", "PREPARE", "DEALLOCATE", "DECLARE", "EXPLAIN", "IF"})
    | frozenset({"LISTEN", "NOTIFY", "PRINT"})
)
_STATEMENTS = _ROWS | _PROSE | _SKIPPED | {"COPY", "GO", "DELIMITER"}
_LINE_COMMANDS = frozenset({"GO", "DELIMITER"})  # end at their line, not at a semicolon
_INSERT_WORDS = frozenset({"INTO", "IGNORE", "LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "OR", "REPLACE"})
_INSERT_WORDS |= frozenset({"ABORT", "FAIL", "ROLLBACK"})  # SQLite `INSERT OR ROLLBACK INTO`
_CREATE_WORDS = frozenset({"OR", "REPLACE", "TEMPORARY", "TEMP", "GLOBAL", "LOCAL", "UNLOGGED"})
_CONSTRAINTS = frozenset({"CONSTRAINT", "PRIMARY", "UNIQUE", "KEY", "INDEX", "FOREIGN", "CHECK"})
_CONSTRAINTS |= frozenset({"FULLTEXT", "SPATIAL", "EXCLUDE", "LIKE", "PERIOD"})
_EMPTY_WORDS = frozenset({"NULL", "DEFAULT"})
_MAX_TABLES = 10_000
_HEAD = 64 * 1024
_LITERAL_DIALECT = re.compile(
    r"PostgreSQL database dump|standard_conforming_strings\s*=\s*on|^PRAGMA\s|^BEGIN TRANSACTION;",
    re.IGNORECASE | re.MULTILINE,
)
_CONFORMING = re.compile(r"standard_conforming_strings\s*(?:=|\bTO\b)\s*'?(\w+)", re.IGNORECASE)
TRUNCATED = (
    "SQL ファイルが文の途中で終わっています（途中で切れている可能性があります）",
    f"{CORRUPT[1]}: the SQL file ends inside a statement",
)


def dump_events(text: io.TextIOBase, limits: Limits) -> Iterator[Event]:
    lexer = Lexer(text, limits.max_line_chars)
    lexer.fill()
    lexer.set_escapes(not _LITERAL_DIALECT.search(lexer.buf[:_HEAD]))
    return _Parser(lexer, limits.text_chunk_chars).events()


@lru_cache(maxsize=64)
def positional(count: int) -> tuple[str, ...]:
    """Column names of a table whose columns are not known: `1`, `2`, … as a spreadsheet user counts."""
    return tuple(str(n) for n in range(1, count + 1))


class _Malformed(Exception):
    """A `;` inside a row: the statement is cut short, its text is kept as prose."""


class _Parser:
    def __init__(self, lexer: Lexer, chunk_chars: int) -> None:
        self.lx = lexer
        self.chunk = chunk_chars
        self.created: dict[str, tuple[str, ...]] = {}

    def events(self) -> Iterator[Event]:
        lx = self.lx
        while True:
            lx.mark = lx.pos
            char = lx.next_char()
            if not char:
                return
            start = lx.pos
            if char == ";":
                lx.pos += 1
                continue
            if char == "\\":  # a psql meta-command (`\connect`): one line, no semicolon
                lx.pos = lx.line_end(start, self.chunk)
                continue
            if not (char.isascii() and (char.isalpha() or char == "_")):
                yield from self._prose_line(start)
                continue
            word = self._word(lx.token())
            if word in _LINE_COMMANDS:  # SQL Server `GO`, MySQL `DELIMITER ;;`
                lx.pos = lx.line_end(start, self.chunk)
            elif word in _ROWS:
                yield from self._insert(start)
            elif word == "COPY":
                yield from self._copy()
            elif word == "CREATE":
                self._create()
            elif word == "SET":
                self._set(start)
            elif word in _PROSE:
                yield from self._prose_statement(start, word)
            elif word in _SKIPPED:
                self._skip()
            else:
                yield from self._prose_line(start)

    # --- statements ---------------------------------------------------------------------------------

    def _insert(self, start: int) -> Iterator[Event]:
        lx = self.lx
        token = lx.token()
        while token[0] == WORD and self._word(token) in _INSERT_WORDS:
            token = lx.token()
        if token[0] not in (WORD, DOUBLE, IDENT):
            yield from self._rest_as_prose(start, token)
            return
        table, token = self._name(token)
        names: tuple[str, ...] | None = None
        if self._is(token, "("):
            names = self._names()
            token = lx.token()
        if token[0] == WORD and self._word(token) == "OVERRIDING":  # PostgreSQL identity columns
            lx.token(), lx.token()
            token = lx.token()
        if token[0] != WORD or self._word(token) not in ("VALUES", "VALUE"):
            yield from self._rest_as_prose(start, token)  # INSERT … SELECT, INSERT … SET a = 'x'
            return
        yield from self._tuples(table, names if names is not None else self._created(table))

    def _tuples(self, table: str, names: tuple[str, ...]) -> Iterator[Event]:
        lx = self.lx
        while True:
            lx.mark = begin = lx.pos  # rows already read are let go: a 2 GB INSERT is read row by row
            simple = lx.simple_row()
            if simple is not None:
                values, more = simple
                cells = [self._simple_cell(value) for value in values]
            else:
                token = lx.token()
                if not self._is(token, "("):
                    yield from self._after_tuples(begin, token)
                    return
                try:
                    found = self._cells()
                except _Malformed:
                    yield Prose(lx.text(begin, lx.pos), lx.line_at(begin))
                    return
                if found is None:
                    yield from self._truncated(begin)
                    return
                cells, more = found, False
            if len(cells) > len(names):
                names = names + positional(len(cells))[len(names) :]
            yield Record(table, names, cells)
            if more:
                continue
            token = lx.token()
            if not self._is(token, ","):
                yield from self._after_tuples(token[1], token)
                return

    def _simple_cell(self, value: str) -> str:
        if value[0] == "'":
            body = value[1:-1]
            return self._unquote_(value) if "\\" in body or "'" in body else body
        if value in ("NULL", "null", "DEFAULT") or value[:2] in ("0x", "0X"):
            return ""
        return value

    def _after_tuples(self, begin: int, token: Token) -> Iterator[Event]:
        """`;`, the end of the file, or what follows the rows (`ON DUPLICATE KEY UPDATE …`)."""
        if token[0] == END:
            # a file that ends right after `),` was cut between rows; one that ends after `)` only
            # lacks its last semicolon, as hand-written scripts often do
            if self.lx.text(max(self.lx.base, begin - 64), begin).rstrip().endswith(","):
                yield from self._truncated(begin)
        elif token[0] == WORD and self._word(token) in _STATEMENTS:
            self.lx.pos = token[1]  # a script without semicolons (SQL Server): the next statement
        elif not self._is(token, ";"):
            self._skip_from(token)

    def _cells(self) -> list[str] | None:
        """The values of one row up to its `)`; None when the text ends first."""
        lx = self.lx
        cells: list[str] = []
        parts: list[Token] = []
        depth = 1
        while True:
            token = lx.token()
            kind = token[0]
            if kind == END:
                return None
            if kind == PUNCT:
                char = lx.buf[token[1] - lx.base]
                if char == ";":
                    raise _Malformed
                if depth == 1 and char != "(":
                    cells.append(self._cell(parts))
                    if char == ")":
                        return cells
                    parts = []
                    continue
                depth += 1 if char == "(" else -1 if char == ")" else 0
            parts.append(token)

    def _cell(self, parts: list[Token]) -> str:
        """A string unquoted (a cast or charset introducer around it left out); NULL, DEFAULT and binary
        literals empty; anything else (numbers, TRUE, NOW()) as written."""
        if not parts:
            return ""
        if len(parts) == 1:
            kind, start, end = parts[0]
            text = self.lx.text(start, end)
            if kind == STRING or (kind == DOUBLE and self.lx.escapes):
                return self._unquote_(text)
            if kind == BINARY or (kind == WORD and text.upper() in _EMPTY_WORDS):
                return ""
            if kind == DOLLAR:
                return dollar_body(text)
            return unquote_name(text) if kind in (IDENT, DOUBLE) else text
        strings = [part for part in parts if part[0] == STRING]
        if len(strings) == 1 and not any(self._is(part, "(") for part in parts):
            return self._unquote_(self.lx.text(strings[0][1], strings[0][2]))
        return self.lx.text(parts[0][1], parts[-1][2]).strip()

    def _unquote_(self, literal: str) -> str:
        return unquote_string(literal, escapes=self.lx.escapes)

    def _copy(self) -> Iterator[Event]:
        """`COPY table (columns) FROM stdin;` and its lines up to `\\.`, tab-separated as pg_dump
        writes them; data in another format (CSV, binary) is read as prose lines."""
        lx = self.lx
        token = lx.token()
        if token[0] not in (WORD, DOUBLE, IDENT):
            self._skip_from(token)
            return
        table, token = self._name(token)
        names = self._created(table)
        if self._is(token, "("):
            names = self._names()
            token = lx.token()
        words: set[str] = set()
        while token[0] != END and not self._is(token, ";"):
            words.add(lx.text(token[1], token[2]).strip("'").upper())
            token = lx.token()
        if "STDIN" not in words or token[0] == END:
            return
        lx.pos = lx.line_end(lx.pos, self.chunk)  # the data starts on the next line
        yield from self._copy_lines(table, names, text_format=not words & {"CSV", "BINARY"})

    def _copy_lines(self, table: str, names: tuple[str, ...], *, text_format: bool) -> Iterator[Event]:
        lx = self.lx
        while True:
            lx.mark = begin = lx.pos
            end = lx.line_end(begin, lx.max_chars if text_format else self.chunk)
            line = lx.text(begin, end)
            lx.pos = end
            if not line:
                raise SourceError(*TRUNCATED)
            if text_format and not line.endswith("\n") and not lx.eof:
                raise lx.too_long()
            row = line.rstrip("\r\n")
            if row == "\\.":
                return
            if not text_format:
                yield Prose(line, lx.line_at(begin))
                continue
            cells = [copy_field(field) for field in row.split("\t")]
            if len(cells) > len(names):
                names = names + positional(len(cells))[len(names) :]
            yield Record(table, names, cells)

    def _create(self) -> None:
        """Remember the column names of a CREATE TABLE; every other CREATE is skipped."""
        lx = self.lx
        token = lx.token()
        while token[0] == WORD and self._word(token) in _CREATE_WORDS:
            token = lx.token()
        if token[0] != WORD or self._word(token) != "TABLE":
            self._skip_from(token)
            return
        token = lx.token()
        while token[0] == WORD and self._word(token) in ("IF", "NOT", "EXISTS"):
            token = lx.token()
        if token[0] not in (WORD, DOUBLE, IDENT):
            self._skip_from(token)
            return
        table, token = self._name(token)
        if not self._is(token, "("):
            self._skip_from(token)
            return
        columns = self._definitions()
        if columns and len(self.created) < _MAX_TABLES:
            self.created[table] = columns
            self.created.setdefault(_short(table), columns)
        self._skip()

    def _definitions(self) -> tuple[str, ...]:
        """Column names of a table definition: the first name of each element that is no constraint."""
        lx = self.lx
        columns: list[str] = []
        depth, first = 1, True
        while depth:
            kind, start, end = lx.token()
            if kind == END or self._is((kind, start, end), ";"):
                lx.pos = start
                break
            if kind == PUNCT:
                char = lx.buf[start - lx.base]
                depth += 1 if char == "(" else -1 if char == ")" else 0
                first = depth == 1 and char == ","
                continue
            if first and depth == 1:
                text = lx.text(start, end)
                if kind != WORD or text.upper() not in _CONSTRAINTS:
                    columns.append(unquote_name(text) if kind != WORD else text)
            first = False
        return tuple(columns[:MAX_COLUMNS])

    def _set(self, start: int) -> None:
        """`SET standard_conforming_strings = off` makes PostgreSQL read backslashes as escapes again."""
        self._skip()
        found = _CONFORMING.search(self.lx.text(start, self.lx.pos))
        if found:
            self.lx.set_escapes(found.group(1).lower() in ("off", "false", "0"))

    def _prose_statement(self, start: int, word: str) -> Iterator[Event]:
        """An UPDATE or DELETE carries values: its text is prose. pg_dump's `SELECT pg_catalog.…` calls
        set sequences and search paths, nothing of anyone."""
        token = self.lx.token()
        if word == "SELECT" and self.lx.text(token[1], token[2]).lower().startswith("pg_catalog."):
            self._skip_from(token)
            return
        yield from self._rest_as_prose(start, token)

    def _rest_as_prose(self, start: int, token: Token) -> Iterator[Event]:
        self._skip_from(token)
        text = self.lx.text(start, self.lx.pos)
        if text.strip():
            yield Prose(text, self.lx.line_at(start))

    def _prose_line(self, start: int) -> Iterator[Event]:
        """Text that is no statement (notes, a stray line): kept as prose to the end of its line."""
        lx = self.lx
        lx.mark = start
        lx.pos = lx.line_end(start, self.chunk)
        text = lx.text(start, lx.pos)
        if text.strip():
            yield Prose(text, lx.line_at(start))

    def _truncated(self, begin: int) -> Iterator[Event]:
        text = self.lx.text(begin, self.lx.base + len(self.lx.buf))
        if text.strip():
            yield Prose(text, self.lx.line_at(begin))
        raise SourceError(*TRUNCATED)

    # --- helpers ------------------------------------------------------------------------------------

    def _skip(self) -> None:
        self._skip_from(self.lx.token())

    def _skip_from(self, token: Token) -> None:
        """Up to and including the `;` that ends the statement."""
        while token[0] != END and not self._is(token, ";"):
            token = self.lx.token()

    def _name(self, token: Token) -> tuple[str, Token]:
        """A table name, its parts unquoted and joined by dots (`public.customers`), and the token
        after it."""
        parts: list[str] = []
        while True:
            text = self.lx.text(token[1], token[2])
            parts.append(text if token[0] == WORD else unquote_name(text))
            following = self.lx.token()
            if following[0] == WORD:
                joined = self.lx.text(following[1], following[2]).startswith(".") or parts[-1].endswith(".")
            else:
                joined = following[0] in (DOUBLE, IDENT) and parts[-1].endswith(".")
            if not joined:
                return "".join(parts), following
            token = following

    def _names(self) -> tuple[str, ...]:
        """A column list after its `(`, up to its `)`."""
        names: list[str] = []
        while True:
            kind, start, end = self.lx.token()
            if kind in (END, PUNCT) and self.lx.text(start, end) in ("", ")", ";"):
                return tuple(names)
            if kind != PUNCT:
                text = self.lx.text(start, end)
                names.append(text if kind == WORD else unquote_name(text))

    def _created(self, table: str) -> tuple[str, ...]:
        return self.created.get(table) or self.created.get(_short(table)) or ()

    def _word(self, token: Token) -> str:
        return self.lx.text(token[1], token[2]).upper()

    def _is(self, token: Token, char: str) -> bool:
        return token[0] == PUNCT and self.lx.buf[token[1] - self.lx.base] == char


def _short(table: str) -> str:
    """The name without its schema, in lower case: `INSERT INTO customers` after `CREATE TABLE
    public.Customers`."""
    return table.rsplit(".", 1)[-1].lower()
