"""The text of SQL literals and quoted names, as MySQL, PostgreSQL (strings, E'…' strings, COPY text
format) and SQLite write them."""

from __future__ import annotations

import re

_MYSQL_ESCAPE = {"'": re.compile(r"\\(.)|''", re.DOTALL), '"': re.compile(r'\\(.)|""', re.DOTALL)}
# `\0` (NUL) is dropped: a NUL in a cell says nothing and breaks stores downstream (PostgreSQL text)
_MYSQL_CHARS = {"0": "", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "%": "\\%", "_": "\\_"}
_PG_ESCAPE = re.compile(
    r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))|''", re.S
)
_PG_CHARS = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_COPY_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))", re.DOTALL)


def unquote_string(literal: str, *, escapes: bool) -> str:
    """A string literal's text: MySQL's backslash escapes when `escapes`, PostgreSQL's in E'…'."""
    quote = '"' if literal[0] == '"' else "'"
    opening = literal.find(quote)
    prefix, body = literal[:opening], literal[opening + 1 :]
    if len(body) and body[-1] == quote:
        body = body[:-1]
    if prefix.upper() == "E":
        return _PG_ESCAPE.sub(_pg_char, body)
    if escapes:
        return _MYSQL_ESCAPE[quote].sub(_mysql_char, body) if "\\" in body or quote in body else body
    return body.replace(quote * 2, quote)


def unquote_name(text: str) -> str:
    if len(text) >= 2 and text[0] in '"`[':
        close = {"[": "]"}.get(text[0], text[0])
        inner = text[1:-1] if text.endswith(close) else text[1:]
        return inner.replace(close * 2, close) if close != "]" else inner
    return text


def dollar_body(text: str) -> str:
    tag_end = text.find("$", 1) + 1
    tag = text[:tag_end]
    return text[tag_end : -len(tag)] if text.endswith(tag) and len(text) >= 2 * len(tag) else text[tag_end:]


def _mysql_char(found: re.Match[str]) -> str:
    char = found.group(1)
    if char is None:
        return found.group(0)[0]  # '' or ""
    return _MYSQL_CHARS.get(char, char)


def _pg_char(found: re.Match[str]) -> str:
    octal, hexa, short, long, char = found.groups()
    if found.group(0) == "''":
        return "'"
    code = octal or hexa or short or long
    if code is not None:
        value = int(code, 8 if octal else 16)
        return chr(value) if 0 < value < 0x110000 and not 0xD800 <= value < 0xE000 else ""
    return _PG_CHARS.get(char, char)


def copy_field(field: str) -> str:
    if field == "\\N":
        return ""
    if "\\" not in field:
        return field
    return _COPY_ESCAPE.sub(_copy_char, field)


def _copy_char(found: re.Match[str]) -> str:
    octal, hexa, char = found.groups()
    if octal or hexa:
        value = int(octal or hexa, 8 if octal else 16)
        return chr(value) if value else ""
    return _PG_CHARS.get(char, char)
