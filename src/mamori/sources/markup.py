"""XML and HTML. A document small enough to parse whole (`max_parse_bytes`) has its collections of
records read as tables and the rest as prose; a larger one is streamed as prose, located by element
path (XML) or line (HTML).

XML records: an element that repeats (two or more siblings of one name) and has child elements is a
record, and so is a root whose children are all leaves, or any element outside a record whose leaf
children have two or more names (a form export). A record's fields are named by their path relative to
the record: `recipient.name` for a descendant element, `@id` for an attribute of the record itself,
`tel@type` for an attribute of a descendant; repeated leaves join into one cell ("; "), repeated elements
with children are numbered from 0 (`family.member.0.name`), unless there are more than `MAX_INLINE` of
them: then they are a table of their own. An element's own text beside its children is a field under its
own name (`_value` for the record's). Namespaces are left out of names."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from lxml import etree

from mamori.sources.htmltables import INLINE, INVISIBLE, MAX_UNIT_CHARS, html_tree_items
from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.location import fragment
from mamori.sources.records import (
    MAX_DEPTH,
    MAX_INLINE,
    VALUE,
    Columns,
    dotted,
    numbered_rows,
    put,
    record_table_item,
)
from mamori.sources.source import BinaryStream, Context, Source
from mamori.sources.text import guard_decoded, note_replaced, open_decoded

_HTML_FEED_CHARS = 64 * 1024
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def read_xml(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """lxml reads every encoding an XML declaration may name (Shift_JIS and EUC-JP included); entities
    are never expanded and no DTD or network resource is loaded, so entity bombs and XXE do nothing."""
    size = stream.seek(0, os.SEEK_END)
    stream.seek(0)
    tree = _parse_xml(stream) if size <= ctx.limits.max_parse_bytes else None
    if tree is not None:
        yield from _xml_tree_items(src, tree.getroot(), tree.docinfo.encoding)
        return
    stream.seek(0)
    units = ctx.guard(src.location, src.path, xml_units(stream))
    yield Item(src.location, ItemKind.TEXT, "xml", src.path, None, units=units)


# Entities are never expanded and no DTD or network resource is loaded (entity bombs and XXE do nothing).
_SAFE_XML: dict[str, Any] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _xml_parser() -> Any:
    return etree.XMLParser(**_SAFE_XML)


def _parse_xml(stream: BinaryStream) -> Any:
    """The whole tree, or None for a document libxml2 refuses (cut off, an entity bomb): that one is
    streamed instead, so the text before the fault is still read and the fault reported after it."""
    try:
        return etree.parse(stream, _xml_parser())
    except etree.XMLSyntaxError:
        return None


Spills = list[tuple[str, str, list[Any]]]
"""Nested collections too long to be columns: (parent path, element name, the elements)."""


@dataclass
class _XmlCollection:
    sheet: str  # the element path of the collection: `/会員一覧[1]/会員`, or the record's own path
    records: list[tuple[str, Any]]  # (element path, element)
    columns: Columns = field(default_factory=Columns)


@dataclass
class _XmlReading:
    collections: list[_XmlCollection] = field(default_factory=list)
    prose: list[TextUnit] = field(default_factory=list)

    def add(self, collection: _XmlCollection) -> None:
        """Learn the header before the rows are read; nested collections too long to be columns are
        collections of their own, read after this one."""
        self.collections.append(collection)
        spills: Spills = []
        for path, element in collection.records:
            collection.columns.add(_xml_fields(element, path, spills))
        for parent, name, members in spills:
            records = [(f"{parent}/{name}[{i}]", m) for i, m in enumerate(members, 1)]
            self.add(_XmlCollection(f"{parent}/{name}", records))

    def text(self, text: str | None, path: str) -> None:
        if text and text.strip():
            self.prose.append(TextUnit(text, fragment([("xpath", path)])))


def _xml_tree_items(src: Source, root: Any, encoding: str | None) -> Iterator[Item]:
    reading = _XmlReading()
    _visit(root, f"/{_name(root)}[1]", 0, reading)
    for collection in reading.collections:
        paths = [path for path, _ in collection.records]
        records = (
            (number, _xml_fields(element, path, []))
            for number, (path, element) in enumerate(collection.records, 1)
        )
        yield record_table_item(
            src,
            "xml",
            encoding,
            (collection.columns.header, numbered_rows(collection.columns, records)),
            sheet=collection.sheet,
            at=fragment([("xpath", collection.sheet)]),
            record=_xpath_record(paths),
        )
    if reading.prose or not reading.collections:
        yield Item(src.location, ItemKind.TEXT, "xml", src.path, encoding, units=iter(reading.prose))


def _xpath_record(paths: list[str]) -> Callable[[int], str]:
    return lambda number: fragment([("xpath", paths[number - 1])])


def _visit(element: Any, path: str, depth: int, reading: _XmlReading) -> None:
    """Collections of records under `element`, and its text that is in none of them."""
    if depth >= MAX_DEPTH:
        reading.text(" ".join(t.strip() for t in element.itertext() if t.strip()), path)
        return
    children = _elements(element)
    if _is_form(element, children, depth == 0):
        reading.add(_XmlCollection(path, [(path, element)]))
        return
    for key, value in element.attrib.items():
        reading.text(value, f"{path}/@{_name(key)}")
    reading.text(element.text, path)
    repeated = _record_names(children)
    found: dict[str, _XmlCollection] = {}
    counters: dict[str, int] = {}
    for child in element:
        if isinstance(child.tag, str):  # not an entity reference left unexpanded
            name = _name(child)
            index = counters[name] = counters.get(name, 0) + 1
            child_path = f"{path}/{name}[{index}]"
            if name in repeated:
                group = found.setdefault(name, _XmlCollection(f"{path}/{name}", []))
                group.records.append((child_path, child))
            else:
                _visit(child, child_path, depth + 1, reading)
        reading.text(child.tail, path)
    for collection in found.values():
        reading.add(collection)


def _elements(element: Any) -> list[Any]:
    return [child for child in element if isinstance(child.tag, str)]


def _is_leaf(element: Any) -> bool:
    return not any(isinstance(child.tag, str) for child in element)


def _is_form(element: Any, children: list[Any], root: bool) -> bool:
    """A root whose children are all leaves, or an element whose leaf children have two or more names:
    one record. Mixed content (a paragraph with emphasis in it) is prose, not a record."""
    if not children or not all(_is_leaf(child) for child in children):
        return False
    if (element.text and element.text.strip()) or any(c.tail and c.tail.strip() for c in element):
        return False
    return root or len({_name(child) for child in children}) >= 2


def _record_names(children: list[Any]) -> set[str]:
    """Names of the children that are records: repeated, with child elements of their own."""
    counts: dict[str, int] = {}
    nested: set[str] = set()
    for child in children:
        name = _name(child)
        counts[name] = counts.get(name, 0) + 1
        if not _is_leaf(child):
            nested.add(name)
    return {name for name in nested if counts[name] >= 2}


def _xml_fields(element: Any, path: str, spills: Spills) -> dict[str, str]:
    out: dict[str, str] = {}
    _flatten(element, "", path, out, spills, 0)
    return out


def _flatten(element: Any, name: str, path: str, out: dict[str, str], spills: Spills, depth: int) -> None:
    for key, value in element.attrib.items():
        if value.strip():
            put(out, f"{name}@{_name(key)}", value.strip())
    if depth >= MAX_DEPTH:
        put(out, name or VALUE, " ".join(t.strip() for t in element.itertext() if t.strip()))
        return
    own = " ".join(t.strip() for t in _own_texts(element) if t and t.strip())
    if own:
        put(out, name or VALUE, own)
    groups: dict[str, list[Any]] = {}
    for child in _elements(element):
        groups.setdefault(_name(child), []).append(child)
    for tag, members in groups.items():
        here = dotted(name, tag)
        if len(members) == 1 or all(_is_leaf(m) for m in members):
            for member in members:  # repeated leaves join into one cell
                _flatten(member, here, f"{path}/{tag}[1]", out, spills, depth + 1)
        elif len(members) > MAX_INLINE:
            spills.append((path, tag, members))
        else:
            for index, member in enumerate(members):
                where = f"{path}/{tag}[{index + 1}]"
                _flatten(member, dotted(here, str(index)), where, out, spills, depth + 1)


def _own_texts(element: Any) -> Iterator[str | None]:
    yield element.text
    for child in element:
        yield child.tail


def _name(node: Any) -> str:
    return str(etree.QName(node).localname)


def xml_units(stream: BinaryStream) -> Iterator[TextUnit]:
    events = etree.iterparse(stream, events=("start", "end"), **_SAFE_XML)
    paths: list[str] = []
    counters: list[dict[str, int]] = [{}]
    for event, element in events:
        if event == "start":
            name = etree.QName(element).localname
            index = counters[-1][name] = counters[-1].get(name, 0) + 1
            paths.append(f"{paths[-1] if paths else ''}/{name}[{index}]")
            counters.append({})
            yield from _attribute_units(element, paths[-1])
            continue
        path = paths.pop()
        counters.pop()
        yield from _element_units(element, path, paths[-1] if paths else path)
        _release(element)


def _attribute_units(element: Any, path: str) -> Iterator[TextUnit]:
    for key, value in element.attrib.items():
        if value.strip():
            yield TextUnit(value, fragment([("xpath", f"{path}/@{etree.QName(key).localname}")]))


def _element_units(element: Any, path: str, parent_path: str) -> Iterator[TextUnit]:
    if element.text and element.text.strip():
        yield TextUnit(element.text, fragment([("xpath", path)]))
    if element.tail and element.tail.strip():
        yield TextUnit(element.tail, fragment([("xpath", parent_path)]))


def _release(element: Any) -> None:
    """Keep memory flat on large documents: drop what has been read."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def read_html(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """A page small enough to parse whole has its tables, definition lists and forms read as tables
    (see `htmltables`); a larger one is streamed as prose."""
    size = stream.seek(0, os.SEEK_END)
    stream.seek(0)
    encoding, text = open_decoded(stream, ctx)
    if size > ctx.limits.max_parse_bytes:
        units = guard_decoded(src, ctx, text, html_units(text))
        yield Item(src.location, ItemKind.TEXT, "html", src.path, encoding, units=units)
        return
    page = _XML_DECLARATION.sub("", text.read(), count=1)
    note_replaced(src, ctx, text)
    yield from html_tree_items(src, encoding, page)


def html_units(text: Any) -> Iterator[TextUnit]:
    """Visible text of an HTML stream (script and style left out), each piece with its line."""
    parser = _TextCollector()
    while chunk := text.read(_HTML_FEED_CHARS):
        parser.feed(chunk)
        yield from parser.take()
    parser.close()
    yield from parser.take()


class _TextCollector(HTMLParser):
    """Joins the text of inline elements (`<b>`, `<span>`, `<a>`) so a name split by markup stays whole;
    any other tag ends a unit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._found: list[TextUnit] = []
        self._pending: list[str] = []
        self._line = 0
        self._size = 0
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._boundary(tag)
        if tag in INVISIBLE:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        self._boundary(tag)
        if tag in INVISIBLE and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if not self._pending:
            self._line = self.getpos()[0]
        self._pending.append(data)
        self._size += len(data)
        if self._size > MAX_UNIT_CHARS:  # a page of text without tags must not grow without bound
            self._flush()

    def close(self) -> None:
        super().close()
        self._flush()

    def take(self) -> list[TextUnit]:
        found, self._found = self._found, []
        return found

    def _boundary(self, tag: str) -> None:
        if tag not in INLINE:
            self._flush()

    def _flush(self) -> None:
        text = "".join(self._pending)
        self._pending = []
        self._size = 0
        if text.strip():
            self._found.append(TextUnit(text, f"line={self._line}"))
