"""PDF text layer (pypdfium2: PDFium's native parser, its binary shipped in the wheel; about 10x faster than
pure-Python readers on Japanese PDFs, whose CID-font text is hex strings that Python parses slowly).

A scanned PDF has no text layer and yields no units; reading images is not this package's work."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.location import nested
from mamori.sources.source import CORRUPT, BinaryStream, Context, Source, SourceError
from mamori.sources.spreadsheet import PASSWORD_PROTECTED


def read_pdf(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    import pypdfium2  # type: ignore[import-untyped]  # loaded when a PDF is met, not in every worker
    from pypdfium2.raw import FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY  # type: ignore[import-untyped]

    try:
        # No password: PDFium then tries the empty one, so owner-only restrictions (no printing or
        # copying) still open; a user password or a cipher PDFium lacks is reported as locked.
        pdf = pypdfium2.PdfDocument(stream)
    except pypdfium2.PdfiumError as exc:
        locked = exc.err_code in (FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY)
        raise SourceError(*(PASSWORD_PROTECTED if locked else CORRUPT)) from None
    with pdf:  # the units are read before the next item is asked for, so the document lives until then
        yield Item(src.location, ItemKind.TEXT, "pdf", src.path, units=_page_units(pdf, src, ctx))


def _page_units(pdf: Any, src: Source, ctx: Context) -> Iterator[TextUnit]:
    for number in range(1, len(pdf) + 1):
        # Guarded one page at a time: a broken page is an error at its own location, the next still read.
        location = nested(src.location, [("page", str(number))])
        yield from ctx.guard(location, src.path, _page_unit(pdf, number))


def _page_unit(pdf: Any, number: int) -> Iterator[TextUnit]:
    # Closed before the text is handed on, so only one page's native objects are alive at a time.
    page = pdf[number - 1]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    # PDFium ends lines with CRLF, and joins a word hyphenated at a line end through U+FFFE (a
    # noncharacter); give downstream the text as drawn, with LF as every other reader gives it.
    text = text.replace("\r\n", "\n").replace("\ufffe", "-\n")
    if text.strip():
        yield TextUnit(text, f"page={number}")
