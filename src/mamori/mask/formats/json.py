"""JSON and JSON Lines, rewritten token by token: layout, key order and escaping style are kept.

String values are masked with their object key as the column; a number value that turns out to be personal
(a My Number stored as a number) is replaced by a string, because its replacement is no longer a number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mamori.mask.engine import Edit, apply_edits
from mamori.mask.formats import Format, FormatError, Transformer, Unit
from mamori.mask.formats.text import read_text, write_text

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|-?\d[\d.eE+-]*|true|false|null|\s+', re.DOTALL)


@dataclass(slots=True)
class _Frame:
    is_object: bool
    key: str | None = None
    expect_key: bool = False


@dataclass(frozen=True, slots=True)
class Value:
    """A string or number literal: its span, decoded text and the key it belongs to."""

    start: int
    end: int
    text: str
    key: str | None
    is_string: bool
    escaped: bool


def values(text: str, name: str) -> Iterator[Value]:
    stack: list[_Frame] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise FormatError(f"{name} は JSON として読めません（{pos} 文字目）")
        token, pos = match.group(), match.end()
        first = token[0]
        if first in "{[":
            stack.append(_Frame(first == "{", expect_key=first == "{"))
        elif first in "}]":
            if stack:
                stack.pop()
        elif first == ",":
            if stack and stack[-1].is_object:
                stack[-1].expect_key = True
        elif first == '"' and stack and stack[-1].expect_key:
            stack[-1].key = json.loads(token)
            stack[-1].expect_key = False
        elif first == '"' or first == "-" or first.isdigit():
            key = next((f.key for f in reversed(stack) if f.is_object), None)
            decoded = json.loads(token) if first == '"' else token
            yield Value(match.start(), pos, decoded, key, first == '"', "\\u" in token)


def _edits(text: str, name: str, transformer: Transformer) -> Iterator[Edit]:
    for value in values(text, name):
        if not value.text.strip():
            continue
        new = apply_edits(value.text, transformer.plan(value.text, value.key))
        if new != value.text:
            yield Edit(value.start, value.end, json.dumps(new, ensure_ascii=value.escaped))


def transform(src: Path, dst: Path, transformer: Transformer) -> None:
    text, encoding = read_text(src)
    write_text(dst, apply_edits(text, list(_edits(text, src.name, transformer))), encoding)


def units(path: Path) -> Iterator[Unit]:
    text = read_text(path)[0]
    for value in values(text, path.name):
        yield Unit(value.text, value.key)


JSON = Format("json", (".json",), transform, units)
JSONL = Format("jsonl", (".jsonl", ".ndjson"), transform, units)
