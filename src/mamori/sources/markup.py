"""XML and HTML: their text content (and XML attribute values), located by element path or line."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from lxml import etree

from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.location import fragment
from mamori.sources.source import BinaryStream, Context, Source
from mamori.sources.text import open_decoded

_HTML_FEED_CHARS = 64 * 1024
_MAX_UNIT_CHARS = 256 * 1024
_INVISIBLE = frozenset({"script", "style", "template"})
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "rp",
        "rt",
    }
    | {"ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"}
)


def read_xml(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """lxml reads every encoding an XML declaration may name (Shift_JIS and EUC-JP included); entities
    are never expanded and no DTD or network resource is loaded, so entity bombs and XXE do nothing."""
    units = ctx.guard(src.location, src.path, xml_units(stream))
    yield Item(src.location, ItemKind.TEXT, "xml", src.path, None, units=units)


def xml_units(stream: BinaryStream) -> Iterator[TextUnit]:
    events = etree.iterparse(
        stream,
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
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
    encoding, text = open_decoded(stream, ctx)
    units = ctx.guard(src.location, src.path, html_units(text))
    yield Item(src.location, ItemKind.TEXT, "html", src.path, encoding, units=units)


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
        if tag in _INVISIBLE:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        self._boundary(tag)
        if tag in _INVISIBLE and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if not self._pending:
            self._line = self.getpos()[0]
        self._pending.append(data)
        self._size += len(data)
        if self._size > _MAX_UNIT_CHARS:  # a page of text without tags must not grow without bound
            self._flush()

    def close(self) -> None:
        super().close()
        self._flush()

    def take(self) -> list[TextUnit]:
        found, self._found = self._found, []
        return found

    def _boundary(self, tag: str) -> None:
        if tag not in _INLINE:
            self._flush()

    def _flush(self) -> None:
        text = "".join(self._pending)
        self._pending = []
        self._size = 0
        if text.strip():
            self._found.append(TextUnit(text, f"line={self._line}"))
