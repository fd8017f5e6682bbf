"""xlsx read fast (calamine) must look exactly as Excel shows it: row numbers and columns as in the
sheet, numbers and dates as displayed, formulas by their cached value, every sheet an item."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
from sources_helpers import read

from mamori.sources.spreadsheet import _fits_in_memory


def _with_cached_value(path: Path, formula: bytes, value: bytes) -> None:
    """openpyxl writes a formula without its result; Excel stores the last computed value next to it."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"<f>" + formula + b"</f><v></v>", b"<f>" + formula + b"</f><v>" + value + b"</v>"
                )
            dst.writestr(info, data)
    tmp.replace(path)


def test_rows_columns_values_and_sheets_as_excel_shows_them(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "顧客"
    sheet["B3"] = "氏名"
    sheet["C3"] = "電話番号"
    sheet["D3"] = "生年月日"
    sheet["E3"] = "件数"
    sheet["B4"] = "山田太郎"
    sheet["C4"] = 9012345678.0
    sheet["D4"] = dt.datetime(1980, 4, 1)
    sheet["E4"] = "=1+2"
    sheet["B6"] = "佐藤花子"
    sheet["F6"] = dt.datetime(2024, 1, 2, 9, 30)
    sheet["G6"] = True
    other = book.create_sheet("メモ")
    other["A1"] = "連絡先は別紙"
    path = tmp_path / "名簿.xlsx"
    book.save(path)
    _with_cached_value(path, b"1+2", b"3")

    reads, errors = read(path)
    assert not errors
    first, second = reads
    assert first.item.location.endswith("名簿.xlsx#sheet=顧客") and first.item.table is not None
    # column A is empty, so row 3 does not pass for a header: every row stays a row, numbered as in Excel
    assert first.item.table.header == []
    assert [(r.number, r.cells) for r in first.rows] == [
        (3, ["", "氏名", "電話番号", "生年月日", "件数"]),
        (4, ["", "山田太郎", "9012345678", "1980-04-01", "3"]),
        (6, ["", "佐藤花子", "", "", "", "2024-01-02 09:30:00", "TRUE"]),
    ]
    assert first.item.locate(first.item.table.fragment(4, 2)).endswith("#sheet=顧客&row=4&col=C")
    assert second.item.location.endswith("#sheet=メモ")
    assert second.item.table is not None and second.item.table.header == ["連絡先は別紙"]
    assert second.item.table.header_row == 1 and second.rows == []


def test_two_cells_far_apart_are_streamed_not_loaded_whole(tmp_path: Path) -> None:
    # as a dense grid A1:XFD20000 would be 327 million cells from a file of a few kilobytes
    book = openpyxl.Workbook()
    book.active["A1"] = "山田"
    book.active["XFD20000"] = "090-1234-5678"
    path = tmp_path / "sparse.xlsx"
    book.save(path)
    with path.open("rb") as stream:
        assert not _fits_in_memory(stream)
    reads, errors = read(path)
    assert not errors
    assert reads[0].item.table is not None and reads[0].item.table.header_row == 1
    assert [(r.number, r.cells[0], r.cells[-1], len(r.cells)) for r in reads[0].rows] == [
        (20000, "", "090-1234-5678", 16384)
    ]


def test_an_ordinary_list_is_read_by_calamine(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for n in range(200):
        book.active.append([f"氏名{n}", f"03-0000-{n:04d}", n])
    path = tmp_path / "list.xlsx"
    book.save(path)
    with path.open("rb") as stream:
        assert _fits_in_memory(stream)
    reads, _ = read(path)
    assert [r.number for r in reads[0].rows][-1] == 200
