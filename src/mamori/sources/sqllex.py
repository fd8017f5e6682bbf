"""Tokens of a SQL dump, lexed from a decoded text stream a block at a time. Only the text the parser
still needs (the statement or the row being read, from `mark` on) is kept, so a dump of any size reads in
bounded memory; a statement or row longer than the limit is an error rather than unbounded memory.

Quoting differs by dialect, and a wrong guess shifts every quote after it: MySQL writes backslash escapes
inside '…' and "…" strings (`'O\\'Brien'`); PostgreSQL (standard_conforming_strings, the default since
9.1) and SQLite keep a backslash as it is, except in PostgreSQL's E'…' strings. `escapes` says which."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from mamori.sources.source import SourceError

WORD = "w"  # a keyword, a bare name, a number, an operator
STRING = "s"  # '…', with its prefix: E'…', N'…', _utf8mb4'…'
DOUBLE = "d"  # "…": an identifier, or a string in MySQL
IDENT = "q"  # `…` (MySQL) or […] (SQL Server)
BINARY = "x"  # X'…', B'…', 0x…: bytes, not text
DOLLAR = "$"  # PostgreSQL $tag$…$tag$
PUNCT = "p"  # ( ) , ;
END = ""

Token = tuple[str, int, int]
"""(kind, start, end): absolute character offsets in the stream."""

_BLOCK = 1 << 20
_COMMENT = r"--[^\n]*+\n?|/\*(?:[^*]++|\*(?!/))*+(?:\*/)?"
_ESCAPED = r"'(?:[^'\\]++|\\.?|'')*+'?"
_LITERAL = r"'(?:[^']++|'')*+'?"
_PREFIX = r"(?:[Nn]|_[A-Za-z0-9]++\s*+)?"
_REST = r"""
| (?P<x>[Xx]'[^']*+'?|[Bb]'[01]*+'?|0[xX][0-9A-Fa-f]*+(?![\w.]))
| (?P<q>`(?:[^`]++|``)*+`?|\[[^\]\n]*+\]?)
| (?P<_d>\$(?:[A-Za-z_]\w*+)?\$)
| (?P<p>[(),;])
| (?P<w>[^\s(),;'"`$\[]++|\$)
)"""


def _pattern(escapes: bool) -> re.Pattern[str]:
    if escapes:  # MySQL: `#` starts a comment too, "…" is a string with the same escapes
        strings = rf"(?P<s>(?:[Ee]|{_PREFIX}){_ESCAPED})"
        double = r"(?P<d>\"(?:[^\"\\]++|\\.?|\"\")*+\"?)"
        comment = rf"(?P<c>{_COMMENT}|\#[^\n]*+\n?)"
    else:
        strings = rf"(?P<s>[Ee]{_ESCAPED}|{_PREFIX}{_LITERAL})"
        double = r"(?P<d>\"(?:[^\"]++|\"\")*+\"?)"
        comment = rf"(?P<c>{_COMMENT})"
    return re.compile(rf"\s*+(?:{comment}|{strings}|{double}{_REST}", re.VERBOSE | re.DOTALL)


_PATTERNS = {True: _pattern(True), False: _pattern(False)}
_BARE = r"[^\s(),;'\"`$\[]++"
_SIMPLE_STRING = {True: r"'(?:[^'\\]++|\\.|'')*+'", False: r"'(?:[^']++|'')*+'"}
_SIMPLE_ROW = {  # a row of plain strings, numbers and NULLs, matched whole: the common case, 10× faster
    escapes: re.compile(
        rf"\s*+\(\s*+((?:(?:{value}|{_BARE})\s*+,\s*+)*+(?:{value}|{_BARE}))\s*+\)(\s*+,)?", re.DOTALL
    )
    for escapes, value in _SIMPLE_STRING.items()
}
_SIMPLE_VALUE = {
    escapes: re.compile(rf"({value}|{_BARE})\s*+(?:,\s*+|$)", re.DOTALL)
    for escapes, value in _SIMPLE_STRING.items()
}
_SPACE = {
    True: re.compile(rf"(?:\s++|{_COMMENT}|\#[^\n]*+\n?)*+", re.DOTALL),
    False: re.compile(rf"(?:\s++|{_COMMENT})*+", re.DOTALL),
}


class Lexer:
    """Tokens from `pos` on. Positions are absolute offsets into the decoded text; `buf` holds the text
    from `base`, and text before `mark` may be dropped when more is read."""

    def __init__(self, text: io.TextIOBase, max_chars: int, *, escapes: bool = True) -> None:
        self._text = text
        self.max_chars = max_chars
        self.buf = ""
        self.base = 0
        self.pos = 0
        self.mark = 0
        self.eof = False
        self._line = 1
        self._line_pos = 0
        self.escapes = escapes
        self._match: Callable[[str, int], re.Match[str] | None] = _PATTERNS[escapes].match

    def set_escapes(self, escapes: bool) -> None:
        self.escapes = escapes
        self._match = _PATTERNS[escapes].match

    def too_long(self) -> SourceError:
        return SourceError(
            "SQL の文または行が長すぎるため読み取りを中止しました",
            f"a SQL statement or row is longer than {self.max_chars} characters",
        )

    def next_char(self) -> str:
        """The first character after white space and comments ("" at the end), without lexing a token:
        a line of prose that opens a quote must not be read as a string running to the end of the file."""
        while True:
            found = _SPACE[self.escapes].match(self.buf, self.pos - self.base)
            end = found.end() if found else self.pos - self.base
            if end == len(self.buf) and self.fill():
                continue
            self.pos = self.base + end
            return self.buf[end : end + 1]

    def fill(self) -> bool:
        """Read one more block; False at the end of the text."""
        if self.eof:
            return False
        if self.base + len(self.buf) - self.mark > self.max_chars:
            raise self.too_long()
        drop = self.mark - self.base
        if drop > len(self.buf) // 2:  # amortised: each character is copied a bounded number of times
            if self._line_pos < self.mark:
                self.line_at(self.mark)
            self.buf = self.buf[drop:]
            self.base = self.mark
        block = self._text.read(_BLOCK)
        if not block:
            self.eof = True
            return False
        self.buf += block
        return True

    def token(self) -> Token:
        """The next token after `pos`, comments skipped; kind END at the end of the text."""
        while True:
            at = self.pos - self.base
            found = self._match(self.buf, at)
            if found is None:  # only white space is left in the buffer
                if self.fill():
                    continue
                self.pos = self.base + len(self.buf)
                return END, self.pos, self.pos
            if found.end() == len(self.buf) and self.fill():
                continue  # the token may go on in the next block: lex it again
            kind = found.lastgroup or WORD
            start = self.base + found.start(kind)
            self.pos = self.base + found.end()
            if kind == "c":
                continue
            if kind == "_d":
                return self._dollar(start)
            return kind, start, self.pos

    def simple_row(self) -> tuple[list[str], bool] | None:
        """The values of a row of plain values at `pos`, as written, and whether a comma follows it;
        None when the row needs the tokenizer (comments, casts, function calls, the end of a block)."""
        found = _SIMPLE_ROW[self.escapes].match(self.buf, self.pos - self.base)
        if found is None or (found.end() == len(self.buf) and not self.eof):
            return None
        self.pos = self.base + found.end()
        return _SIMPLE_VALUE[self.escapes].findall(found.group(1)), found.group(2) is not None

    def _dollar(self, start: int) -> Token:
        """A dollar-quoted string runs to the same tag again, over any quotes and semicolons."""
        tag = self.text(start, self.pos)
        while (found := self.buf.find(tag, self.pos - self.base)) < 0:
            if not self.fill():
                self.pos = self.base + len(self.buf)
                return DOLLAR, start, self.pos
        self.pos = self.base + found + len(tag)
        return DOLLAR, start, self.pos

    def text(self, start: int, end: int) -> str:
        return self.buf[start - self.base : end - self.base]

    def line_end(self, start: int, limit: int) -> int:
        """Where the line from `start` ends (after its line break), at most `limit` characters on."""
        while True:
            at = start - self.base
            found = self.buf.find("\n", at, at + limit)
            if found >= 0:
                return self.base + found + 1
            if len(self.buf) - at >= limit or not self.fill():
                return self.base + min(len(self.buf), at + limit)

    def line_at(self, pos: int) -> int:
        """The line number of `pos`; asked in increasing order of `pos`."""
        if pos > self._line_pos:
            self._line += self.buf.count("\n", self._line_pos - self.base, pos - self.base)
            self._line_pos = pos
        return self._line
