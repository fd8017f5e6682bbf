"""PDF text layer (pypdf: pure Python, maintained, faster than pdfminer.six on text extraction).

A scanned PDF has no text layer and yields no units; reading images is not this package's work."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from mamori.sources.items import Item, ItemError, ItemKind, TextUnit
from mamori.sources.source import CORRUPT, BinaryStream, Context, Source, SourceError
from mamori.sources.spreadsheet import PASSWORD_PROTECTED

if TYPE_CHECKING:
    from pypdf import PdfReader


def read_pdf(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    from pypdf import PdfReader  # loaded when a PDF is met, not in every worker
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(stream, strict=False)
    except PdfReadError:
        raise SourceError(*CORRUPT) from None
    if reader.is_encrypted and not _opens_without_password(reader):
        raise SourceError(*PASSWORD_PROTECTED)
    pages = len(reader.pages)
    units = ctx.guard(src.location, src.path, _page_units(reader, pages))
    yield Item(src.location, ItemKind.TEXT, "pdf", src.path, units=units)


def _opens_without_password(reader: PdfReader) -> bool:
    """An owner password only restricts printing or copying; the text still opens with an empty one."""
    try:
        return bool(reader.decrypt(""))
    except Exception as exc:  # pypdf raises several types for ciphers it cannot open
        raise SourceError(*PASSWORD_PROTECTED) from exc


def _page_units(reader: Any, pages: int) -> Iterator[TextUnit]:
    for number in range(1, pages + 1):
        text = reader.pages[number - 1].extract_text()
        if text.strip():
            yield TextUnit(text, f"page={number}")
