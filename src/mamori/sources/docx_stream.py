"""Word .docx text streamed from the zip with lxml: the units python-docx gives (`office._docx_units`),
read at the speed of the XML.

python-docx builds an object per paragraph, run and cell, and walks merged cells with an XPath query
each: reading a docx cost more than finding the personal data in it. Here the body is parsed with
`iterparse` and each top-level paragraph or table is read when it ends, then dropped, so memory stays
flat. The text read is exactly python-docx's: the same paragraphs (top-level only, as
`iter_inner_content`), the same run children, merged cells resolved the same way, the same headers and
footers per section, the same fragments. Whatever this reader does not expect raises, and the caller
reads the file with python-docx instead, which reads it or reports the error it always reported.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from mamori.sources.items import TextUnit
from mamori.sources.location import fragment
from mamori.sources.source import BinaryStream

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE_DOCUMENT = _R.replace("/relationships", "/relationships/officeDocument")
_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

W_P, W_TBL, W_TR, W_TC, W_T, W_BR, W_CR = (f"{{{_W}}}{n}" for n in ("p", "tbl", "tr", "tc", "t", "br", "cr"))
W_BODY, W_PPR, W_SECTPR, W_TCPR, W_TRPR = (f"{{{_W}}}{n}" for n in ("body", "pPr", "sectPr", "tcPr", "trPr"))
_W_GRID_SPAN, _W_GRID_BEFORE, _W_VMERGE = (f"{{{_W}}}{n}" for n in ("gridSpan", "gridBefore", "vMerge"))
_W_NO_BREAK_HYPHEN, _W_VAL, _W_TYPE = f"{{{_W}}}noBreakHyphen", f"{{{_W}}}val", f"{{{_W}}}type"
_R_ID = f"{{{_R}}}id"

# The run children python-docx's `Paragraph.text` reads, in document order (`office._RUN_TEXT`).
_RUN_TEXT = etree.XPath(
    "(w:r | w:hyperlink/w:r)/*[self::w:br or self::w:cr or self::w:noBreakHyphen or self::w:ptab"
    " or self::w:t or self::w:tab]",
    namespaces={"w": _W},
)
# python-docx's parser: blank text between elements dropped, entities left unresolved.
_PARSE = {"remove_blank_text": True, "resolve_entities": False}


class NotPlainDocx(ValueError):
    """The package is not laid out as this reader expects: python-docx reads it."""


def docx_units(stream: BinaryStream) -> list[TextUnit]:
    """Every unit of the document, body first, then each section's own header and footer."""
    with zipfile.ZipFile(stream) as archive:
        main = _main_part(archive)
        rels = _relationships(archive, main)
        with archive.open(main.lstrip("/")) as body:
            units, sections = _body_units(body)
        for number, (header, footer) in enumerate(sections, 1):
            for part, rid in (("header", header), ("footer", footer)):
                # a story without a reference of its own is linked to the previous one (read there) or,
                # in the first section, empty
                if rid is not None:
                    story = etree.fromstring(archive.read(rels[rid].lstrip("/")), etree.XMLParser(**_PARSE))
                    units.extend(_story_units(story, number, part))
    return units


def _main_part(archive: zipfile.ZipFile) -> str:
    targets = [
        _resolve("/", rel.get("Target", ""))
        for rel in _xml(archive, "_rels/.rels")
        if rel.get("Type") == _OFFICE_DOCUMENT and rel.get("TargetMode") != "External"
    ]
    if len(targets) != 1:
        raise NotPlainDocx("no single main document part")
    if _content_type(archive, targets[0]) != _DOCUMENT_MAIN:
        raise NotPlainDocx("main part is not a Word document")  # .docm, .dotx: python-docx refuses
    return targets[0]


def _content_type(archive: zipfile.ZipFile, part: str) -> str | None:
    types = _xml(archive, "[Content_Types].xml")
    for entry in types.iterfind(f"{{{_CONTENT_TYPES}}}Override"):
        if entry.get("PartName", "").lower() == part.lower():
            override: str | None = entry.get("ContentType")
            return override
    extension = posixpath.splitext(part)[1][1:].lower()
    for entry in types.iterfind(f"{{{_CONTENT_TYPES}}}Default"):
        if entry.get("Extension", "").lower() == extension:
            default: str | None = entry.get("ContentType")
            return default
    return None


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """rId → part name of the part's internal relationships."""
    folder, name = posixpath.split(part)
    path = posixpath.join(folder, "_rels", f"{name}.rels").lstrip("/")
    if path not in archive.NameToInfo:
        return {}
    return {
        rel.get("Id", ""): _resolve(folder, rel.get("Target", ""))
        for rel in _xml(archive, path)
        if rel.tag == f"{{{_PKG_RELS}}}Relationship" and rel.get("TargetMode") != "External"
    }


def _resolve(folder: str, target: str) -> str:
    return posixpath.normpath(posixpath.join(folder, target))


def _xml(archive: zipfile.ZipFile, name: str) -> Any:
    return etree.fromstring(archive.read(name), etree.XMLParser(**_PARSE))


def _body_units(body: Any) -> tuple[list[TextUnit], list[tuple[str | None, str | None]]]:
    """The body's units, and each section's default header and footer reference (rId or None)."""
    units: list[TextUnit] = []
    sections: list[tuple[str | None, str | None]] = []
    paragraphs = tables = 0
    seen_body = False
    for _, element in etree.iterparse(body, events=("end",), tag=(W_P, W_TBL, W_SECTPR), **_PARSE):
        parent = element.getparent()
        if element.tag == W_SECTPR:
            if parent is not None and (parent.tag == W_BODY or _is_body_paragraph_props(parent)):
                sections.append((_reference(element, "header"), _reference(element, "footer")))
            continue
        if parent is None or parent.tag != W_BODY:
            continue  # inside a table, a text box or a content control: read with what holds it
        seen_body = True
        if element.tag == W_P:
            paragraphs += 1
            text = paragraph_text(element)
            if text.strip():
                units.append(TextUnit(text, f"paragraph={paragraphs}"))
        else:
            tables += 1
            units.extend(_table_units(element, [("table", str(tables))]))
        element.clear()
        while element.getprevious() is not None:
            del parent[0]
    if not seen_body and not sections:
        raise NotPlainDocx("no body")
    return units, sections


def _is_body_paragraph_props(element: Any) -> bool:
    paragraph = element.getparent() if element.tag == W_PPR else None
    holder = paragraph.getparent() if paragraph is not None and paragraph.tag == W_P else None
    return holder is not None and holder.tag == W_BODY


def _reference(sect_pr: Any, part: str) -> str | None:
    for ref in sect_pr.iterchildren(f"{{{_W}}}{part}Reference"):
        if ref.get(_W_TYPE) == "default":
            rid: str = ref.get(_R_ID)
            return rid
    return None


def _story_units(story: Any, section: int, part: str) -> Iterator[TextUnit]:
    for index, paragraph in enumerate(story.iterchildren(W_P), 1):
        text = paragraph_text(paragraph)
        if text.strip():
            yield TextUnit(text, fragment([("section", str(section)), (part, str(index))]))
    for index, table in enumerate(story.iterchildren(W_TBL), 1):
        yield from _table_units(table, [("section", str(section)), (part, "table"), ("table", str(index))])


def paragraph_text(paragraph: Any) -> str:
    return "".join(map(_piece, _RUN_TEXT(paragraph)))


def _piece(element: Any) -> str:
    """python-docx's `str()` of a run child. A `w:t` holding an entity reference the parser left
    unresolved has the text after it in the reference's tail: read with every piece (`itertext`)."""
    if len(element):
        return "".join(element.itertext())
    tag = element.tag
    if tag == W_T:
        return element.text or ""
    if tag == W_BR:  # a page or column break is no text
        return "\n" if element.get(_W_TYPE, "textWrapping") == "textWrapping" else ""
    if tag == W_CR:
        return "\n"
    return "-" if tag == _W_NO_BREAK_HYPHEN else "\t"  # w:tab, w:ptab


def _table_units(table: Any, at: list[tuple[str, str]]) -> Iterator[TextUnit]:
    """One unit per cell, as python-docx's `row.cells`: a cell spanning columns once, a cell merged
    down from the row above as that cell (its text again, in the column it starts at)."""
    rows = list(table.iterchildren(W_TR))
    prefix = fragment(at)  # the same as `fragment` of the whole list: row and column are digits
    for r, row in enumerate(rows, 1):
        seen: set[Any] = set()
        column = 0
        for cell in row.iterchildren(W_TC):
            for held in _grid_cells(cell, rows, r - 1):
                column += 1
                if held in seen:
                    continue
                seen.add(held)
                text = "\n".join(paragraph_text(p) for p in held.iterchildren(W_P))
                if text.strip():
                    yield TextUnit(text, f"{prefix}&row={r}&col={column}")


def _grid_cells(cell: Any, rows: list[Any], row: int) -> list[Any]:
    """The cell holding the text of each grid column `cell` covers (python-docx `iter_tc_cells`)."""
    merge, span = _cell_props(cell)
    if merge == "continue":
        if row == 0:
            raise NotPlainDocx("a cell merged down from no row")
        above = _cell_at(rows[row - 1], _grid_offset(cell, rows[row]))
        return _grid_cells(above, rows, row - 1)
    return [cell] * span


def _cell_props(cell: Any) -> tuple[str | None, int]:
    """A cell's vertical merge (python-docx's `vMerge`: "continue" when the element has no value) and
    the grid columns it spans."""
    for props in cell.iterchildren(W_TCPR):  # python-docx reads the first tcPr, and its first of each
        merge = next(props.iterchildren(_W_VMERGE), None)
        span = next(props.iterchildren(_W_GRID_SPAN), None)
        return (
            None if merge is None else merge.get(_W_VAL, "continue"),
            1 if span is None else int(span.get(_W_VAL)),
        )
    return None, 1


def _span(cell: Any) -> int:
    return _cell_props(cell)[1]


def _grid_before(row: Any) -> int:
    props = row.find(W_TRPR)
    before = props.find(_W_GRID_BEFORE) if props is not None else None
    return 0 if before is None else int(before.get(_W_VAL))


def _grid_offset(cell: Any, row: Any) -> int:
    offset = _grid_before(row)
    for other in row.iterchildren(W_TC):
        if other is cell:
            return offset
        offset += _span(other)
    raise NotPlainDocx("cell outside its row")


def _cell_at(row: Any, offset: int) -> Any:
    remaining = offset - _grid_before(row)
    for cell in row.iterchildren(W_TC):
        if remaining < 0:
            break
        if remaining == 0:
            return cell
        remaining -= _span(cell)
    raise NotPlainDocx(f"no cell at grid offset {offset}")
