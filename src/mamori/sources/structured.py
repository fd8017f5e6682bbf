"""JSON and JSON Lines: collections of objects are tables (one row per object, flattened keys as
columns); every other string (and number) value stays text, located by JSON pointer.

What is a record:
- a list whose elements are mostly objects (at any depth: the top level, `{"customers": [...]}`);
- an object whose keys are mostly values rather than names (`{"yamada@example.jp": {...}}`): each value
  is a record, its key a cell under `_key` (a scalar value goes under `_value`);
- any other object whose fields are mostly scalars (a form export): one record of the fields that hold
  no list of objects; such lists are collections of their own (beside them, the object needs two string
  or number fields to be a form: `{"count": 3, "customers": [...]}` is a collection and a stray number).
A record is flattened: nested objects give dotted names (`recipient.name`), a list of scalars one cell
joined by "; ", a list of objects indexed names (`family.0.name`) — more than `MAX_INLINE` of them are a
table of their own instead. Keys that look like values are never names: `contacts.0._key`.
"""

from __future__ import annotations

import io
import itertools
import json
import os
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from mamori.sources.encoding import UndecodableError, decode_whole
from mamori.sources.items import Item, ItemError, ItemKind, Row, TextUnit
from mamori.sources.location import fragment
from mamori.sources.records import (
    JOIN,
    KEY,
    MAX_DEPTH,
    MAX_INLINE,
    VALUE,
    Columns,
    dotted,
    looks_like_value,
    numbered_rows,
    put,
    record_table_item,
)
from mamori.sources.source import UNDECODABLE, BinaryStream, Context, Source, SourceError
from mamori.sources.text import (
    bounded_lines,
    chunked_units,
    guard_decoded,
    note_replaced,
    open_decoded,
    read_text,
)

_JSONL_PEEK = 10
Spills = list[tuple[str, object]] | None
"""Where a record's long nested lists go to be tables of their own; None: they are columns anyway."""


@dataclass
class _Collection:
    pointer: str
    records: list[tuple[str, str | None, object]]  # (record pointer, key in a keyed mapping, record)
    depth: int
    columns: Columns = field(default_factory=Columns)


@dataclass
class _Reading:
    """What a document holds: its collections of records in document order, and the text outside them."""

    collections: list[_Collection] = field(default_factory=list)
    prose: list[tuple[str, str]] = field(default_factory=list)

    def add(self, collection: _Collection) -> None:
        """Learn the header now (the union of every record's keys, for the scanner to read before the
        rows); a list too long to be columns of its record is a collection read after this one."""
        self.collections.append(collection)
        spills: list[tuple[str, object]] = []
        for pointer, key, node in collection.records:
            collection.columns.add(_record_fields(pointer, key, node, spills, collection.depth))
        for pointer, node in spills:
            _find(node, pointer, collection.depth + 1, self)


def read_json(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """A document too large to parse whole, or one that is not valid JSON, is still read: as text."""
    if stream.seek(0, os.SEEK_END) > ctx.limits.max_parse_bytes:
        stream.seek(0)
        yield from read_text(src, stream, ctx)
        return
    stream.seek(0)
    try:
        whole, decoded = decode_whole(stream.read())
    except UndecodableError:
        raise SourceError(*UNDECODABLE) from None
    note_replaced(src, ctx, decoded)
    encoding = decoded.encoding_name
    try:
        document = json.loads(whole)
    except (json.JSONDecodeError, RecursionError):
        units = chunked_units(io.StringIO(whole), ctx.limits.text_chunk_chars)
        yield Item(src.location, ItemKind.TEXT, "text", src.path, encoding, units=units)
        return
    reading = _Reading()
    _find(document, "", 0, reading)
    for collection in reading.collections:
        yield _json_table(src, encoding, collection)
    if reading.prose or not reading.collections:
        units = (TextUnit(text, fragment([("pointer", ptr)])) for ptr, text in reading.prose)
        yield Item(src.location, ItemKind.TEXT, "json", src.path, encoding, units=units)


def _json_table(src: Source, encoding: str, collection: _Collection) -> Item:
    pointers = [pointer for pointer, _, _ in collection.records]
    records = (
        (number, _record_fields(pointer, key, node, [], collection.depth))
        for number, (pointer, key, node) in enumerate(collection.records, 1)
    )
    rows = numbered_rows(collection.columns, records)
    at = collection.pointer
    return record_table_item(
        src,
        "json",
        encoding,
        (collection.columns.header, rows),
        sheet=at or None,
        at=fragment([("pointer", at)]) if at else "",
        record=lambda number: _pointer_fragment(pointers[number - 1]),
    )


def _pointer_fragment(pointer: str) -> str:
    return fragment([("pointer", pointer)]) if pointer else ""


def _find(node: object, pointer: str, depth: int, reading: _Reading) -> None:
    """Walk the document for collections of records; what is in none of them is prose."""
    if depth >= MAX_DEPTH:
        reading.prose.extend(json_values(node, pointer))
    elif isinstance(node, list):
        _find_in_list(node, pointer, depth, reading)
    elif isinstance(node, dict):
        _find_in_object(node, pointer, depth, reading)
    else:
        reading.prose.extend(json_values(node, pointer))


def _find_in_list(node: list[object], pointer: str, depth: int, reading: _Reading) -> None:
    if not _is_record_list(node):
        for index, value in enumerate(node):
            _find(value, f"{pointer}/{index}", depth + 1, reading)
        return
    records: list[tuple[str, str | None, object]] = []
    for index, value in enumerate(node):
        if isinstance(value, dict):
            records.append((f"{pointer}/{index}", None, value))
        else:  # a stray string among the records
            reading.prose.extend(json_values(value, f"{pointer}/{index}"))
    reading.add(_Collection(pointer, records, depth))


def _find_in_object(node: dict[str, object], pointer: str, depth: int, reading: _Reading) -> None:
    if _is_keyed(node):
        keyed: list[tuple[str, str | None, object]] = [
            (f"{pointer}/{_escape(k)}", k, v) for k, v in node.items()
        ]
        reading.add(_Collection(pointer, keyed, depth))
        return
    flat = {k: v for k, v in node.items() if not _holds_collection(v, depth)}
    form = _is_form(flat, whole=len(flat) == len(node))
    if form:
        reading.add(_Collection(pointer, [(pointer, None, flat)], depth))
    for key, value in node.items():
        if form and key in flat:
            continue
        _find(value, f"{pointer}/{_escape(key)}", depth + 1, reading)


def _is_record_list(node: list[object]) -> bool:
    objects = sum(1 for value in node if isinstance(value, dict))
    present = sum(1 for value in node if value is not None)
    return objects > 0 and objects * 2 > present


def _is_keyed(node: dict[str, object]) -> bool:
    return bool(node) and sum(1 for key in node if looks_like_value(key)) * 2 > len(node)


def _is_form(fields: dict[str, object], *, whole: bool) -> bool:
    """Mostly scalar fields or groups of them (an application's `applicant: {...}`, `spouse: {...}`),
    something to read in them; beside a collection, two such fields at least (`{"count": 3,
    "customers": [...]}` is a collection with a stray number, not a form)."""
    scalars = [v for v in fields.values() if not isinstance(v, dict | list)]
    groups = [v for v in fields.values() if isinstance(v, dict) and any(_scalar_text(x) for x in v.values())]
    readable = sum(1 for v in scalars if _scalar_text(v)) + len(groups)
    return readable >= (1 if whole else 2) and (len(scalars) + len(groups)) * 2 > len(fields)


def _holds_collection(node: object, depth: int) -> bool:
    """Whether a list of objects sits anywhere inside `node` (a form's field that holds one is a
    collection to read as a table, not columns of the form)."""
    stack = [(node, depth)]
    while stack:
        value, level = stack.pop()
        if level >= MAX_DEPTH:
            continue
        if isinstance(value, list):
            if _is_record_list(value):
                return True
            stack.extend((v, level + 1) for v in value)
        elif isinstance(value, dict):
            if _is_keyed(value):
                return True
            stack.extend((v, level + 1) for v in value.values())
    return False


def _record_fields(pointer: str, key: str | None, node: object, spills: Spills, depth: int) -> dict[str, str]:
    out: dict[str, str] = {}
    if key is not None:
        out[KEY] = key
    _flatten(node, "" if isinstance(node, dict) else VALUE, pointer, out, spills, depth)
    return out


def _flatten(node: object, name: str, pointer: str, out: dict[str, str], spills: Spills, depth: int) -> None:
    if depth >= MAX_DEPTH and isinstance(node, dict | list):
        text = JOIN.join(value for _, value in json_values(node, pointer))
        if text:
            put(out, name or VALUE, text)
    elif isinstance(node, dict):
        _flatten_object(node, name, pointer, out, spills, depth)
    elif isinstance(node, list):
        _flatten_list(node, name, pointer, out, spills, depth)
    else:
        text = _scalar_text(node)
        if text:
            put(out, name or VALUE, text)


def _flatten_object(
    node: dict[str, object],
    name: str,
    pointer: str,
    out: dict[str, str],
    spills: Spills,
    depth: int,
) -> None:
    """Named keys become dotted names; keys that are values become numbered entries with a `_key`."""
    entries = 0
    for key, value in node.items():
        here = f"{pointer}/{_escape(key)}"
        if not looks_like_value(key):
            _flatten(value, dotted(name, key), here, out, spills, depth + 1)
            continue
        entry = dotted(name, str(entries))
        entries += 1
        put(out, dotted(entry, KEY), key)
        inner = entry if isinstance(value, dict) else dotted(entry, VALUE)
        _flatten(value, inner, here, out, spills, depth + 1)


def _flatten_list(
    node: list[object],
    name: str,
    pointer: str,
    out: dict[str, str],
    spills: Spills,
    depth: int,
) -> None:
    if all(not isinstance(value, dict | list) for value in node):
        text = JOIN.join(t for t in map(_scalar_text, node) if t)
        if text:
            put(out, name or VALUE, text)
    elif spills is not None and len(node) > MAX_INLINE and _is_record_list(node):
        spills.append((pointer, node))
    else:
        for index, value in enumerate(node):
            _flatten(value, dotted(name, str(index)), f"{pointer}/{index}", out, spills, depth + 1)


def _scalar_text(value: object) -> str:
    """Strings and numbers; booleans and null say nothing about anyone."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def read_jsonl(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """Objects on their lines are rows of one table, streamed; other lines stay text, in an item after
    the table (read again from the file, so they are not held in memory meanwhile)."""
    encoding, text = open_decoded(stream, ctx)
    lines = enumerate(bounded_lines(text, ctx.limits.max_line_chars), 1)
    head = list(itertools.islice(((n, line) for n, line in lines if line.strip()), _JSONL_PEEK))
    parsed = [(number, line, _parse(line)) for number, line in head]
    if not any(isinstance(document, dict) for _, _, document in parsed):
        units = guard_decoded(src, ctx, text, _jsonl_units(itertools.chain(head, lines)))
        yield Item(src.location, ItemKind.TEXT, "jsonl", src.path, encoding, units=units)
        return
    strays: array[int] = array("q")
    columns = Columns()
    rows = guard_decoded(src, ctx, text, _jsonl_rows(parsed, lines, columns, strays))
    yield record_table_item(
        src,
        "jsonl",
        encoding,
        (columns.header, rows),
        sheet=None,
        at="",
        record=lambda number: fragment([("line", str(number))]),
    )
    if strays:
        yield from _jsonl_strays(src, ctx, encoding, strays)


_UNPARSED = object()


def _parse(line: str) -> object:
    try:
        return json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return _UNPARSED


def _jsonl_rows(
    parsed: list[tuple[int, str, object]],
    lines: Iterator[tuple[int, str]],
    columns: Columns,
    strays: array[int],
) -> Iterator[Row]:
    rest = ((number, line, _parse(line)) for number, line in lines if line.strip())
    records = _jsonl_records(itertools.chain(parsed, rest), strays)
    return numbered_rows(columns, records)


def _jsonl_records(
    documents: Iterator[tuple[int, str, object]], strays: array[int]
) -> Iterator[tuple[int, dict[str, str]]]:
    for number, _, document in documents:
        if isinstance(document, dict):
            yield number, _record_fields("", None, document, None, 0)  # no second table to spill to
        else:
            strays.append(number)


def _jsonl_strays(src: Source, ctx: Context, encoding: str, strays: array[int]) -> Iterator[Item | ItemError]:
    wanted = set(strays)
    with src.open() as again:
        _, text = open_decoded(again, ctx)
        lines = enumerate(bounded_lines(text, ctx.limits.max_line_chars), 1)
        picked = ((n, line) for n, line in lines if n in wanted)
        units = ctx.guard(src.location, src.path, _jsonl_units(picked))
        yield Item(src.location, ItemKind.TEXT, "jsonl", src.path, encoding, units=units)


def _jsonl_units(lines: Iterator[tuple[int, str]]) -> Iterator[TextUnit]:
    """A line that is not JSON (a log's stray line) is kept as text rather than lost."""
    for number, line in lines:
        if not line.strip():
            continue
        document = _parse(line)
        if document is _UNPARSED:
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


@lru_cache(maxsize=4096)
def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
