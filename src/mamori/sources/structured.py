"""JSON and JSON Lines: the text of every string (and number) value, located by JSON pointer."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator

from mamori.sources.encoding import UndecodableError, decode_bytes
from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.location import fragment
from mamori.sources.source import UNDECODABLE, BinaryStream, Context, Source, SourceError
from mamori.sources.text import bounded_lines, chunked_units, open_decoded, read_text


def read_json(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """A document too large to parse whole, or one that is not valid JSON, is still read: as text."""
    if stream.seek(0, os.SEEK_END) > ctx.limits.max_parse_bytes:
        stream.seek(0)
        yield from read_text(src, stream, ctx)
        return
    stream.seek(0)
    try:
        decoded = decode_bytes(stream.read())
    except UndecodableError:
        raise SourceError(*UNDECODABLE) from None
    try:
        document = json.loads(decoded.text)
    except (json.JSONDecodeError, RecursionError):
        units = chunked_units(io.StringIO(decoded.text), ctx.limits.text_chunk_chars)
        yield Item(src.location, ItemKind.TEXT, "text", src.path, decoded.encoding, units=units)
        return
    units = (TextUnit(text, fragment([("pointer", ptr)])) for ptr, text in json_values(document, ""))
    yield Item(src.location, ItemKind.TEXT, "json", src.path, decoded.encoding, units=units)


def read_jsonl(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    encoding, text = open_decoded(stream, ctx)
    lines = bounded_lines(text, ctx.limits.max_line_chars)
    units = ctx.guard(src.location, src.path, _jsonl_units(lines))
    yield Item(src.location, ItemKind.TEXT, "jsonl", src.path, encoding, units=units)


def _jsonl_units(lines: Iterator[str]) -> Iterator[TextUnit]:
    """A line that is not JSON (a log's stray line) is kept as text rather than lost."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            document = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            yield TextUnit(line, f"line={number}")
            continue
        for ptr, value in json_values(document, ""):
            yield TextUnit(value, fragment([("line", str(number)), ("pointer", ptr)]))


def json_values(node: object, pointer: str) -> Iterator[tuple[str, str]]:
    """(JSON pointer, text) for each string and number. Numbers count: a My Number or a phone number is
    often stored as one. Object keys are labels, not values, and are left out."""
    stack: list[tuple[object, str]] = [(node, pointer)]
    while stack:
        value, ptr = stack.pop()
        if isinstance(value, dict):
            stack.extend((v, f"{ptr}/{_escape(str(k))}") for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((v, f"{ptr}/{i}") for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, str):
            if value:
                yield ptr, value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            yield ptr, str(value)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
