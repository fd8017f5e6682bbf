"""Documents: Word .docx (streamed from the zip, `docx_stream`; python-docx for what that reader does
not expect), PowerPoint .pptx (python-pptx), OpenDocument .odt (content.xml read directly). Each document
is one text item whose units are paragraphs, cells and shapes."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from functools import cache
from typing import Any

from lxml import etree

from mamori.sources.docx_stream import docx_units
from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.location import fragment
from mamori.sources.source import BinaryStream, Context, Source

_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def read_docx(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    try:
        units = docx_units(stream)
    except Exception:  # an odd or broken package: python-docx reads it, or reports what it always did
        stream.seek(0)
        units = _library_docx_units(stream)
    yield Item(src.location, ItemKind.TEXT, "docx", src.path, units=iter(units))


def _library_docx_units(stream: BinaryStream) -> list[TextUnit]:
    import docx  # the Office libraries load when such a file is met, not in every worker

    return list(_docx_units(docx.Document(stream)))


def _docx_units(document: Any) -> Iterator[TextUnit]:
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    paragraphs = tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraphs += 1
            text = _paragraph_text(block)
            if text.strip():
                yield TextUnit(text, f"paragraph={paragraphs}")
        elif isinstance(block, DocxTable):
            tables += 1
            yield from _docx_table(block, [("table", str(tables))])
    for number, section in enumerate(document.sections, 1):
        for part in ("header", "footer"):
            story = getattr(section, part)
            if story.is_linked_to_previous and number > 1:
                continue
            for index, paragraph in enumerate(story.paragraphs, 1):
                text = _paragraph_text(paragraph)
                if text.strip():
                    pairs = [("section", str(number)), (part, str(index))]
                    yield TextUnit(text, fragment(pairs))
            for index, table in enumerate(story.tables, 1):
                yield from _docx_table(
                    table, [("section", str(number)), (part, "table"), ("table", str(index))]
                )


def _docx_table(table: Any, at: list[tuple[str, str]]) -> Iterator[TextUnit]:
    for r, row in enumerate(table.rows, 1):
        seen: set[int] = set()
        for c, cell in enumerate(row.cells, 1):
            # a merged cell is returned once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = "\n".join(_paragraph_text(p) for p in cell.paragraphs)
            if text.strip():
                yield TextUnit(text, fragment([*at, ("row", str(r)), ("col", str(c))]))


# What python-docx's `Paragraph.text` reads (runs, and runs inside hyperlinks), in document order, as
# one compiled XPath query: its own property compiles a query per paragraph and another per run, which
# made reading a docx ten times slower than finding the personal data in it.
_RUN_TEXT = (
    "(w:r | w:hyperlink/w:r)/*[self::w:br or self::w:cr or self::w:noBreakHyphen or self::w:ptab"
    " or self::w:t or self::w:tab]"
)


@cache
def _run_text_query() -> etree.XPath:
    from docx.oxml.ns import nsmap

    return etree.XPath(_RUN_TEXT, namespaces={"w": nsmap["w"]})


def _paragraph_text(paragraph: Any) -> str:
    return "".join(map(_run_element_text, _run_text_query()(paragraph._p)))


def _run_element_text(element: Any) -> str:
    """A `w:t` holding an entity reference the parser leaves unresolved (declared in the part's own DTD)
    has the text after it in the reference's tail, which `str` leaves out: it is read with every piece,
    the reference as written."""
    return "".join(element.itertext()) if len(element) else str(element)


def read_pptx(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    import pptx

    presentation = pptx.Presentation(stream)
    units = list(_pptx_units(presentation))
    yield Item(src.location, ItemKind.TEXT, "pptx", src.path, units=iter(units))


def _pptx_units(presentation: Any) -> Iterator[TextUnit]:
    for number, slide in enumerate(presentation.slides, 1):
        at = [("slide", str(number))]
        for shape in slide.shapes:
            yield from _pptx_shape(shape, at)
        if slide.has_notes_slide:
            notes = slide.notes_slide.notes_text_frame
            if notes is not None and notes.text.strip():
                yield TextUnit(notes.text, fragment([*at, ("notes", "1")]))


def _pptx_shape(shape: Any, at: list[tuple[str, str]]) -> Iterator[TextUnit]:
    here = [*at, ("shape", shape.name or str(shape.shape_id))]
    if getattr(shape, "shapes", None) is not None:  # a group
        for inner in shape.shapes:
            yield from _pptx_shape(inner, here)
    if getattr(shape, "has_text_frame", False) and shape.text_frame.text.strip():
        yield TextUnit(shape.text_frame.text, fragment(here))
    if getattr(shape, "has_table", False):
        for r, row in enumerate(shape.table.rows, 1):
            for c, cell in enumerate(row.cells, 1):
                if cell.text.strip():
                    yield TextUnit(cell.text, fragment([*here, ("row", str(r)), ("col", str(c))]))


def read_odt(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    with zipfile.ZipFile(stream) as archive, archive.open("content.xml") as content:
        units = list(_odt_units(content))
    yield Item(src.location, ItemKind.TEXT, "odt", src.path, units=iter(units))


def _odt_units(content: BinaryStream) -> Iterator[TextUnit]:
    blocks = (f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h")
    events = etree.iterparse(
        content, events=("end",), resolve_entities=False, no_network=True, load_dtd=False
    )
    number = 0
    for _, element in events:
        if element.tag in blocks and (element.getparent() is None or element.getparent().tag not in blocks):
            number += 1
            text = "".join(element.itertext())
            if text.strip():
                yield TextUnit(text, f"paragraph={number}")
            element.clear(keep_tail=True)
