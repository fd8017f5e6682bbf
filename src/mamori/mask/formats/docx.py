"""Word documents: text replaced inside the runs that hold it, so bold, fonts and colours stay put.

Every paragraph of the body, tables, headers and footers (and footnotes, endnotes and comments when present)
is read as the concatenation of its `w:t` texts; a finding that spans several runs is written into the
first run and removed from the others. A table cell is detected with its column's first-row text as header.
The author fields of the document properties are masked as names.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import XmlPart
from docx.oxml.ns import qn
from lxml import etree

from mamori.detect import EntityType
from mamori.mask.engine import Edit
from mamori.mask.formats import Format, FormatError, Transformer, Unit
from mamori.mask.formats.xlsx import _is_encrypted

_TEXT_TAGS = (qn("w:t"), qn("w:delText"))
_P, _TC, _TR, _TBL = qn("w:p"), qn("w:tc"), qn("w:tr"), qn("w:tbl")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_TEXT_PARTS = ("/word/document.xml", "/word/header", "/word/footer", "/word/footnotes", "/word/endnotes")


def open_document(path: Path) -> DocumentObject:
    try:
        return Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        reason = (
            "パスワードで保護（暗号化）されているか、壊れています"
            if _is_encrypted(path)
            else f"壊れています（{exc}）"
        )
        raise FormatError(f"{path.name} を Word ファイルとして開けません: {reason}") from None


def _roots(document: DocumentObject) -> Iterator[etree._Element]:
    """The XML of every part holding text. Parts python-docx keeps as bytes (footnotes, endnotes) are parsed
    here and written back into the part after the caller has edited them."""
    for part in document.part.package.iter_parts():
        if not str(part.partname).startswith(_TEXT_PARTS):
            continue
        if isinstance(part, XmlPart):
            yield part.element
            continue
        root = etree.fromstring(part.blob)
        yield root
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _paragraph_texts(root: etree._Element) -> dict[etree._Element, list[etree._Element]]:
    """Each paragraph's own text elements in order (a text box's paragraphs are paragraphs of their own)."""
    paragraphs: dict[etree._Element, list[etree._Element]] = {}
    for element in root.iter(*_TEXT_TAGS):
        parent = element.getparent()
        while parent is not None and parent.tag != _P:
            parent = parent.getparent()
        if parent is not None:
            paragraphs.setdefault(parent, []).append(element)
    return paragraphs


def _ancestor(element: etree._Element, tag: str) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _cell_text(cell: etree._Element) -> str:
    return "".join(t.text or "" for t in cell.iter(qn("w:t")))


def _column(paragraph: etree._Element) -> str | None:
    """The first-row text of the table column a paragraph sits in, if it sits in a table below row 1."""
    cell = _ancestor(paragraph, _TC)
    row = cell.getparent() if cell is not None else None
    table = row.getparent() if row is not None else None
    if cell is None or row is None or table is None or table.tag != _TBL:
        return None
    rows = table.findall(_TR)
    if not rows or rows[0] is row:
        return None
    index = row.findall(_TC).index(cell)
    header_cells = rows[0].findall(_TC)
    return _cell_text(header_cells[index]).strip() or None if index < len(header_cells) else None


def _apply(texts: list[etree._Element], edits: list[Edit]) -> None:
    bounds = []
    pos = 0
    for element in texts:
        bounds.append((pos, pos + len(element.text or "")))
        pos = bounds[-1][1]
    # Right to left, so the offsets of edits still to apply stay valid.
    for edit in reversed(edits):
        first = True
        for element, (start, end) in zip(texts, bounds, strict=True):
            if end <= edit.start or start >= edit.end or (start == end):
                continue
            text = element.text or ""
            lo, hi = max(edit.start, start) - start, min(edit.end, end) - start
            element.text = text[:lo] + (edit.text if first else "") + text[hi:]
            element.set(_XML_SPACE, "preserve")
            first = False


def transform(src: Path, dst: Path, transformer: Transformer) -> None:
    document = open_document(src)
    for root in _roots(document):
        for paragraph, texts in _paragraph_texts(root).items():
            text = "".join(t.text or "" for t in texts)
            if text.strip():
                _apply(texts, transformer.plan(text, _column(paragraph)))
    properties = document.core_properties
    if properties.author:
        properties.author = transformer.whole(properties.author, EntityType.PERSON)
    if properties.last_modified_by:
        properties.last_modified_by = transformer.whole(properties.last_modified_by, EntityType.PERSON)
    document.save(str(dst))


def units(path: Path) -> Iterator[Unit]:
    document = open_document(path)
    for root in _roots(document):
        for paragraph, texts in _paragraph_texts(root).items():
            yield Unit("".join(t.text or "" for t in texts), _column(paragraph))


DOCX = Format("docx", (".docx",), transform, units)
