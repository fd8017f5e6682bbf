"""Spreadsheets: Excel .xlsx/.xlsm (calamine, openpyxl read-only streaming for sheets too large to load
at once), legacy .xls (xlrd) and OpenDocument .ods (its content.xml read directly). Each sheet is one
table item."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from typing import Any

import python_calamine
import xlrd
from lxml import etree

from mamori.sources.items import Item, ItemError, ItemKind, Row, Table
from mamori.sources.location import nested
from mamori.sources.source import BinaryStream, Context, Source, SourceError
from mamori.sources.tables import cell_text, split_header, trim

PASSWORD_PROTECTED = ("パスワードで保護されているため読み取れません", "password protected")
_ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_MAX_REPEATED_ROWS = 1000
_MAX_COLUMNS = 16384  # Excel's limit; beyond it a repeat can only be padding


def read_xlsx(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    """calamine reads a sheet many times faster than openpyxl but holds it whole, as a dense grid from
    its first to its last cell: a tiny file with two cells far apart would take gigabytes. The sheets'
    extent is bounded from their XML first; a workbook that may exceed `_MAX_DENSE_CELLS` (or whose
    extent cannot be told) is streamed by openpyxl instead."""
    if _fits_in_memory(stream):
        yield from _read_xlsx_calamine(src, stream, ctx)
    else:
        yield from _read_xlsx_streamed(src, stream, ctx)


def _read_xlsx_calamine(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    with python_calamine.CalamineWorkbook.from_filelike(stream) as workbook:
        for meta in workbook.sheets_metadata:
            if meta.typ == python_calamine.SheetTypeEnum.WorkSheet:  # as openpyxl: no chart/macro sheets
                yield _sheet_item(src, ctx, "xlsx", meta.name, _calamine_rows(workbook, meta.name))


def _calamine_rows(workbook: python_calamine.CalamineWorkbook, name: str) -> Iterator[Row]:
    # loaded when the rows are first asked for, so a broken sheet is an error of that sheet only
    sheet = workbook.get_sheet_by_name(name)
    if sheet.start is None:
        return
    # `iter_rows` starts at the first row (empty rows before the data included) but at the first
    # column holding data: pad the columns back so that indexes are Excel's
    pad = [""] * sheet.start[1]
    for number, values in enumerate(sheet.iter_rows(), 1):
        # most cells are text: no call for them (a sheet is hundreds of thousands of cells)
        cells = trim([value if type(value) is str else cell_text(value) for value in values])
        yield Row(number, pad + cells if pad and cells else cells)


def _read_xlsx_streamed(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    import openpyxl  # only for sheets too large for calamine: not loaded in every worker

    workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
    try:
        for sheet in workbook.worksheets:
            # a stale dimension record would cut rows off; without it every stored row is read
            sheet.reset_dimensions()
            rows = (
                Row(number, trim([cell_text(value) for value in values]))
                for number, values in enumerate(sheet.iter_rows(values_only=True), 1)
            )
            yield _sheet_item(src, ctx, "xlsx", sheet.title, rows)
    finally:
        workbook.close()


_MAX_DENSE_CELLS = 16_000_000  # calamine keeps 32 bytes a cell (plus the text): about 512 MB at most
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})')
_CHUNK = 1 << 20
_ROW_DIGITS = 8  # Excel's last row, 1048576, has 7


def _fits_in_memory(stream: BinaryStream) -> bool:
    """Whether every part of the workbook, laid out as a dense grid from A1 to its farthest cell, stays
    under `_MAX_DENSE_CELLS`. Columns are known exactly (their letters), rows to within their number of
    digits. Cells written in another form than `<c r="A1"` (a namespace prefix, no reference) make the
    extent unknown: such a workbook is streamed."""
    try:
        with zipfile.ZipFile(stream) as archive:
            for info in archive.infolist():
                with archive.open(info) as part:
                    if _dense_bound(part) > _MAX_DENSE_CELLS:
                        return False
        return True
    finally:
        stream.seek(0)


def _dense_bound(part: BinaryStream) -> int:
    letters: set[bytes] = set()
    digits, carry = 0, b""
    while True:
        chunk = part.read(_CHUNK)
        data = carry + chunk
        cut = data.rfind(b"<") if chunk else -1
        cut = cut if cut >= len(data) - 64 else len(data)  # a tag cut by the chunk is read with the next
        data, carry = data[:cut], data[cut:]
        found = _CELL_REF.findall(data)
        if len(found) != data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/>"):
            return _MAX_DENSE_CELLS + 1
        letters.update(found)
        while digits < _ROW_DIGITS and re.search(rb'<c r="[A-Z]{1,3}\d{%d}' % (digits + 1), data):
            digits += 1
        if not chunk:
            break
    if digits >= _ROW_DIGITS:
        return _MAX_DENSE_CELLS + 1
    width = max((_column_number(col) for col in letters), default=0)
    return width * int("9" * digits or "0")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def read_xls(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    try:
        book = xlrd.open_workbook(file_contents=stream.read(), on_demand=True)
    except xlrd.biffh.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise SourceError(*PASSWORD_PROTECTED) from None
        raise
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = (
                Row(r + 1, trim([_xls_cell(book, cell) for cell in sheet.row(r)])) for r in range(sheet.nrows)
            )
            yield _sheet_item(src, ctx, "xls", sheet.name, rows)
            book.unload_sheet(index)
    finally:
        book.release_resources()


def _xls_cell(book: Any, cell: Any) -> str:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError):
            return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return cell_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return cell_text(cell.value)


def read_ods(src: Source, stream: BinaryStream, ctx: Context) -> Iterator[Item | ItemError]:
    with zipfile.ZipFile(stream) as archive, archive.open("content.xml") as content:
        for name, rows, cut in _ods_sheets(content, ctx):
            yield _sheet_item(src, ctx, "ods", name, _rows_then(rows, cut))


def _rows_then(rows: list[Row], cut: SourceError | None) -> Iterator[Row]:
    """The rows read, then why the rest of the sheet was not (reported as a problem of the sheet)."""
    yield from rows
    if cut is not None:
        raise cut


def _ods_sheets(content: BinaryStream, ctx: Context) -> Iterator[tuple[str, list[Row], SourceError | None]]:
    """Sheets one at a time; OpenDocument's repeated rows and cells are expanded only where they hold
    something (a sheet often ends in a million repeated empty rows), and only up to
    `Limits.max_repeated_cells` for the whole file: past it the sheet is cut short, with the reason."""
    table_tag, row_tag = f"{{{_ODF_TABLE}}}table", f"{{{_ODF_TABLE}}}table-row"
    events = etree.iterparse(
        content, events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False
    )
    name, rows, number, cut = "", list[Row](), 0, None
    for event, element in events:
        if event == "start":
            if element.tag == table_tag:
                name, rows, number, cut = element.get(f"{{{_ODF_TABLE}}}name", ""), [], 0, None
            continue
        if element.tag == row_tag:
            if cut is None:
                written, cells = _ods_cells(element)
                cells = trim(cells)
                repeat = int(element.get(f"{{{_ODF_TABLE}}}number-rows-repeated", "1"))
                copies = min(repeat, _MAX_REPEATED_ROWS) if cells else 0
                added = max(0, len(cells) - written) + max(0, copies - 1) * len(cells)
                if added and ctx.repeated_cells + added > ctx.limits.max_repeated_cells:
                    cut = _too_many_repeats(ctx.limits.max_repeated_cells)
                else:
                    ctx.repeated_cells += added
                    rows.extend(Row(number + i + 1, cells) for i in range(copies))
                number += repeat
            element.clear()
        elif element.tag == table_tag:
            yield name, rows, cut
            element.clear()


def _too_many_repeats(limit: int) -> SourceError:
    return SourceError(
        f"繰り返し指定で展開されるセルが多すぎるため、この行以降は読み取りません（上限 {limit:,} セル）",
        f"too many cells from repeat counts (limit {limit}): the rest of the sheet is not read",
    )


def _ods_cells(row: Any) -> tuple[int, list[str]]:
    """The cells of a row with their repeats expanded, and how many the file actually wrote."""
    cells: list[str] = []
    written = 0
    for cell in row:
        if not isinstance(cell.tag, str) or not cell.tag.startswith(f"{{{_ODF_TABLE}}}"):
            continue
        written += 1
        text = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{_ODF_TEXT}}}p"))
        repeat = int(cell.get(f"{{{_ODF_TABLE}}}number-columns-repeated", "1"))
        cells.extend([text] * min(repeat, _MAX_COLUMNS - len(cells)))
        if len(cells) >= _MAX_COLUMNS:  # beyond the last column a spreadsheet has, only padding
            break
    return written, cells


def _sheet_item(src: Source, ctx: Context, fmt: str, sheet: str, rows: Iterator[Row]) -> Item:
    location = nested(src.location, [("sheet", sheet)])
    filled = (row for row in rows if row.cells)
    header, header_row, rest = split_header(ctx.guard(location, src.path, filled))
    table = Table(header, rest, header_row, sheet)
    return Item(location, ItemKind.TABLE, fmt, src.path, table=table)
