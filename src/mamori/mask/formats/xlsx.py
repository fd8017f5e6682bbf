"""Excel workbooks: cell values replaced in place; styles, widths, formulas, merged cells, sheets kept.

Row 1 of each sheet is its header, the `column` its cells are detected with. Formula cells are left alone
(their results are recomputed by Excel). Numbers long enough to be a phone or My Number, and dates (a birth
date column), are read as text for detection and written back as text only when masked.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.cell.rich_text import CellRichText
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from mamori.detect import EntityType
from mamori.mask.engine import apply_edits
from mamori.mask.formats import Format, FormatError, Transformer, Unit

_MIN_NUMBER_DIGITS = 7


def open_workbook(path: Path) -> Workbook:
    try:
        return load_workbook(path, rich_text=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        reason = (
            "パスワードで保護（暗号化）されているか、壊れています"
            if _is_encrypted(path)
            else f"壊れています（{exc}）"
        )
        raise FormatError(f"{path.name} を Excel ファイルとして開けません: {reason}") from None


def _is_encrypted(path: Path) -> bool:
    """An encrypted Office file is an OLE compound file, not a zip."""
    try:
        with path.open("rb") as fh:
            return fh.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    except OSError:
        return False


def _cell_text(cell: Cell) -> str | None:
    value = cell.value
    if cell.data_type == "f" or value is None:
        return None
    if isinstance(value, CellRichText | str):
        return str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and len(str(abs(value))) >= _MIN_NUMBER_DIGITS:
        return str(value)
    return None


def _cells(sheet: Worksheet) -> Iterator[tuple[Cell, str, str | None]]:
    header = {c.column: str(c.value) for c in sheet[1] if c.value is not None} if sheet.max_row >= 1 else {}
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if not isinstance(cell, Cell):
                continue
            text = _cell_text(cell)
            if text is not None and text.strip():
                yield cell, text, header.get(cell.column)


def transform(src: Path, dst: Path, transformer: Transformer) -> None:
    workbook = open_workbook(src)
    for sheet in workbook.worksheets:
        for cell, text, column in _cells(sheet):
            new = apply_edits(text, transformer.plan(text, column))
            if new != text:
                cell.value = new
    author = workbook.properties.creator
    if author:
        workbook.properties.creator = transformer.whole(author, EntityType.PERSON)
    if workbook.properties.lastModifiedBy:
        workbook.properties.lastModifiedBy = transformer.whole(
            workbook.properties.lastModifiedBy, EntityType.PERSON
        )
    workbook.save(dst)


def units(path: Path) -> Iterator[Unit]:
    workbook = open_workbook(path)
    for sheet in workbook.worksheets:
        for _, text, column in _cells(sheet):
            yield Unit(text, column)


XLSX = Format("xlsx", (".xlsx",), transform, units)
