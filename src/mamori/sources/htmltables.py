"""An HTML page read as a tree (lxml's HTML parser: no network, no huge tree, comments dropped): what a
page lays out as records is read as tables, the rest of its visible text as prose by line.

- `<table>` with a header row (`<th>` cells, or the last row of a `<thead>`): header from those cells
  (a `colspan` repeats the name), each further `<tr>` a row. Cells at `table=N&row=R&col=NAME`.
- a vertical key/value table (each row `<th>key</th><td>value</td>`): one row, keys as columns, at
  `table=N`.
- `<dl>`: one row of `<dt>` keys and `<dd>` values, at `dl=N`.
- form fields (`<input value>`, `<textarea>`, the selected `<option>` of a `<select>`; checkboxes and
  radio buttons when checked): one row per `<form>`, at `form=N`, named by their `<label>` (by `for=`
  or wrapping), else `aria-label`, `name` or `id`. Fields outside any form are one more row.
Repeated keys join into one cell ("; "). Tables without a header row (layout) stay prose. Scripts,
styles and templates are invisible; the text read into cells is not read again as prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from mamori.sources.items import Item, ItemKind, Row, TextUnit
from mamori.sources.location import fragment
from mamori.sources.records import JOIN, put, record_table_item
from mamori.sources.source import Source
from mamori.sources.tables import trim

MAX_UNIT_CHARS = 256 * 1024
INVISIBLE = frozenset({"script", "style", "template"})
INLINE = frozenset(
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
_CONTROLS = ("input", "textarea", "select")
_NOT_FIELDS = frozenset({"submit", "button", "reset", "image", "file"})
_SPACES = re.compile(r"[ \t\r\n\f]+")
_MAX_SPAN = 1000
_MAX_CELLS = 16384  # the columns of an Excel sheet


@dataclass
class _Found:
    header: list[str]
    rows: list[Row]
    at: str
    record: Callable[[int], str]


def html_tree_items(src: Source, encoding: str, page: str) -> Iterator[Item]:
    root = _parse(page)
    if root is None:
        yield Item(src.location, ItemKind.TEXT, "html", src.path, encoding)
        return
    for hidden in list(root.iter(*INVISIBLE)):
        _remove(hidden)
    consumed: dict[Any, None] = {}  # the elements read into tables, in the order found
    found = [*_tables(root, consumed), *_definition_lists(root, consumed), *_forms(root, consumed)]
    for table in found:
        yield record_table_item(
            src,
            "html",
            encoding,
            (table.header, iter(table.rows)),
            sheet=table.at or None,
            at=table.at,
            record=table.record,
        )
    units = _prose(root, consumed)
    if units or not found:
        yield Item(src.location, ItemKind.TEXT, "html", src.path, encoding, units=iter(units))


def _parse(page: str) -> Any:
    if not page.strip():
        return None
    parser = etree.HTMLParser(no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(page, parser)
    except (etree.XMLSyntaxError, etree.ParserError, ValueError):
        return None


def _remove(element: Any) -> None:
    """Take an element out of the page, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _within(element: Any, consumed: dict[Any, None]) -> bool:
    return any(ancestor in consumed for ancestor in element.iterancestors())


# Tables


def _tables(root: Any, consumed: dict[Any, None]) -> Iterator[_Found]:
    for number, table in enumerate(list(root.iter("table")), 1):
        if _within(table, consumed):
            continue  # its text is in a cell of the table around it
        at = fragment([("table", str(number))])
        rows = _own_rows(table)
        found = _key_value_table(_after_captions(rows), at) or _data_table(rows, at)
        if found is not None:
            consumed[table] = None
            yield found


def _own_rows(table: Any) -> list[Any]:
    """The table's `<tr>`s, not those of a table nested in one of its cells."""
    rows: list[Any] = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child if row.tag == "tr")
    return rows


def _after_captions(rows: list[Any]) -> list[Any]:
    """Without the leading rows of one `<th>` (基本情報 over a key/value table)."""
    start = 0
    while start < len(rows) and [cell.tag for cell in _cells(rows[start])] == ["th"]:
        start += 1
    return rows[start:]


def _cells(row: Any) -> list[Any]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _data_table(rows: list[Any], at: str) -> _Found | None:
    heading = _header_rows(rows)
    if not heading:
        return None
    header = _spread(_cells(rows[heading - 1]), repeat=True)
    body: list[Row] = []
    for number, row in enumerate(rows[heading:], heading + 1):
        cells = trim(_spread(_cells(row), repeat=False))
        if cells:
            body.append(Row(number, cells))
    if not body or not any(header):
        return None
    return _Found(header, body, at, _row_record(at))


def _row_record(at: str) -> Callable[[int], str]:
    return lambda number: f"{at}&{fragment([('row', str(number))])}"


def _header_rows(rows: list[Any]) -> int:
    """How many rows head the table: those of a `<thead>`, else the leading rows of `<th>` cells only."""
    in_head = [i for i, row in enumerate(rows) if row.getparent().tag == "thead"]
    if in_head:
        return in_head[-1] + 1
    count = 0
    for row in rows:
        cells = _cells(row)
        if not cells or any(cell.tag != "th" for cell in cells):
            break
        count += 1
    return count


def _spread(cells: list[Any], *, repeat: bool) -> list[str]:
    """Cell texts with `colspan` expanded: a header's name repeated, a value's span left empty."""
    out: list[str] = []
    for cell in cells:
        if len(out) >= _MAX_CELLS:  # a hostile row of wide spans must not fill the memory
            break
        text = _text(cell)
        span = _span(cell.get("colspan"))
        out.append(text)
        out.extend([text if repeat else ""] * (span - 1))
    return out[:_MAX_CELLS]


def _span(value: str | None) -> int:
    try:
        return min(max(int(value or 1), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _key_value_table(rows: list[Any], at: str) -> _Found | None:
    """Each row a `<th>` key and `<td>` values: one record."""
    fields: dict[str, str] = {}
    pairs = 0
    for row in rows:
        cells = _cells(row)
        if not cells:
            continue
        if cells[0].tag != "th" or len(cells) < 2 or any(cell.tag != "td" for cell in cells[1:]):
            return None
        pairs += 1
        value = JOIN.join(text for text in map(_text, cells[1:]) if text)
        if value:
            put(fields, _text(cells[0]), value)
    return _one_row(fields, at) if pairs else None


def _one_row(fields: dict[str, str], at: str) -> _Found | None:
    if not fields:
        return None
    header = list(fields)
    return _Found(header, [Row(1, list(fields.values()))], at, lambda _: at)


# Definition lists


def _definition_lists(root: Any, consumed: dict[Any, None]) -> Iterator[_Found]:
    for number, listing in enumerate(list(root.iter("dl")), 1):
        if _within(listing, consumed):
            continue
        fields: dict[str, str] = {}
        key = ""
        for entry in _dl_entries(listing):
            if entry.tag == "dt":
                key = _text(entry)
            elif text := _text(entry):
                put(fields, key, text)
        found = _one_row(fields, fragment([("dl", str(number))]))
        if found is not None:
            consumed[listing] = None
            yield found


def _dl_entries(listing: Any) -> Iterator[Any]:
    """`<dt>`/`<dd>` children, also inside the `<div>` wrappers HTML allows."""
    for child in listing:
        if child.tag == "div":
            yield from (entry for entry in child if entry.tag in ("dt", "dd"))
        elif child.tag in ("dt", "dd"):
            yield child


# Forms


def _forms(root: Any, consumed: dict[Any, None]) -> Iterator[_Found]:
    forms = {form: number for number, form in enumerate(root.iter("form"), 1)}
    labels = {label.get("for"): label for label in root.iter("label") if label.get("for")}
    groups: dict[int, dict[str, str]] = {}
    for control in root.iter(*_CONTROLS):
        value = _control_value(control)
        if not value:
            continue
        form = next(control.iterancestors("form"), None)
        group = forms[form] if form is not None else 0
        label = labels.get(control.get("id"))
        if label is None:  # not `or`: an element without children is false
            label = next(control.iterancestors("label"), None)
        put(groups.setdefault(group, {}), _control_name(control, label), value)
        consumed.update((e, None) for e in (control, label) if e is not None)
    for group, fields in sorted(groups.items(), key=lambda kv: (kv[0] == 0, kv[0])):  # loose fields last
        found = _one_row(fields, fragment([("form", str(group))]) if group else "")
        if found is not None:
            yield found


def _control_value(control: Any) -> str:
    if control.tag == "textarea":
        return _text(control)
    if control.tag == "select":
        chosen = [o for o in control.iter("option") if o.get("selected") is not None]
        texts = (_text(option) or (option.get("value") or "").strip() for option in chosen)
        return JOIN.join(text for text in texts if text)
    kind = (control.get("type") or "text").lower()
    if kind in _NOT_FIELDS or (kind in ("checkbox", "radio") and control.get("checked") is None):
        return ""
    return (control.get("value") or "").strip()


def _control_name(control: Any, label: Any) -> str:
    if label is not None and (text := _text(label, skip=frozenset(_CONTROLS))):
        return text
    for attribute in ("aria-label", "name", "id"):
        if name := (control.get(attribute) or "").strip():
            return name
    return ""


# Text


def _text(element: Any, skip: frozenset[str] = frozenset()) -> str:
    """The visible text of an element, a space where a block or `<br>` breaks it, spaces collapsed.
    Iterative: a hostile page nested thousands deep must not exhaust the stack."""
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(element, True)]
    while stack:
        node, opening = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if not opening:
            if tag not in INLINE:
                parts.append(" ")
            if node is not element and node.tail:
                parts.append(node.tail)
            continue
        if node is not element and (not tag or tag in skip):
            if node.tail:
                parts.append(node.tail)
            continue
        if tag not in INLINE:
            parts.append(" ")
        if node.text:
            parts.append(node.text)
        stack.append((node, False))
        stack.extend((child, True) for child in reversed(node))
    return _SPACES.sub(" ", "".join(parts)).strip()


def _prose(root: Any, consumed: dict[Any, None]) -> list[TextUnit]:
    """The page's visible text outside the tables read: inline elements (`<b>`, `<span>`, `<a>`) joined so
    a name split by markup stays whole, any other tag ending a unit; each unit says the line it starts
    on (libxml2 gives start tags' lines: text after an element is placed on its last start tag's line)."""
    collector = _Units()
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, node in walker:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            collector.line = node.sourceline or collector.line
            if tag not in INLINE:
                collector.flush()
            if node in consumed:
                collector.line = max((e.sourceline or 0 for e in node.iter()), default=collector.line)
                walker.skip_subtree()
            elif tag:
                collector.add(node.text)
        else:
            if tag not in INLINE:
                collector.flush()
            collector.add(node.tail)
    collector.flush()
    return collector.units


class _Units:
    def __init__(self) -> None:
        self.units: list[TextUnit] = []
        self.line = 1
        self._start = 1
        self._pending: list[str] = []
        self._size = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        if not self._pending:
            self._start = self.line
        self._pending.append(text)
        self._size += len(text)
        if self._size > MAX_UNIT_CHARS:  # a page of text without tags must not make one huge unit
            self.flush()

    def flush(self) -> None:
        text = "".join(self._pending)
        self._pending = []
        self._size = 0
        if text.strip():
            self.units.append(TextUnit(text, f"line={self._start}"))
