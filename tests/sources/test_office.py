"""Office files: each sheet a table, documents as located units; broken and locked files as errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import openpyxl
import pptx
import xlwt
from msoffcrypto.format.ooxml import OOXMLFile
from pptx.util import Inches
from sources_helpers import only, only_error, read

from mamori.sources import ItemKind


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2024"
    sheet.append(["氏名", "電話番号", "生年月日"])
    sheet.append(["山田太郎", 9012345678, None])
    sheet["A5"] = "佐藤花子"
    sheet["C5"] = "1980-04-01"
    other = book.create_sheet("メモ")
    other["B2"] = "連絡先は別紙"
    book.save(path)
    return path


def test_xlsx_sheets_are_tables_with_cell_locations(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "顧客.xlsx")
    reads, errors = read(path)
    assert not errors
    first, second = reads
    assert first.item.kind is ItemKind.TABLE and first.item.table is not None
    assert first.item.location.endswith("顧客.xlsx#sheet=2024")
    assert first.item.table.header == ["氏名", "電話番号", "生年月日"]
    assert [(r.number, r.cells) for r in first.rows] == [
        (2, ["山田太郎", "9012345678"]),
        (5, ["佐藤花子", "", "1980-04-01"]),
    ]
    assert first.item.locate(first.item.table.fragment(5, 2)).endswith("顧客.xlsx#sheet=2024&row=5&col=C")
    assert second.item.location.endswith("#sheet=メモ")
    assert [(r.number, r.cells) for r in second.rows] == [(2, ["", "連絡先は別紙"])]


def test_renamed_xlsx_is_read_by_its_content(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "export.dat")
    reads, errors = read(path)
    assert not errors and [r.item.format for r in reads] == ["xlsx", "xlsx"]


def test_truncated_xlsx_is_an_error(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx")
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    error = only_error(path)
    assert error.location.endswith("cut.xlsx")
    assert "破損" in error.reason_ja


def test_corrupt_member_inside_xlsx_is_an_error(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx")
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, b"<not xml" if info.filename.endswith("sheet1.xml") else data)
    reads, errors = read(path)
    assert errors, reads


def test_password_protected_xlsx_is_an_error(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "good.xlsx")
    path = tmp_path / "locked.xlsx"
    with good.open("rb") as plain, path.open("wb") as locked:
        OOXMLFile(plain).encrypt("secret", locked)
    error = only_error(path)
    assert error.reason_en == "password protected"
    assert "パスワード" in error.reason_ja


def test_legacy_xls(tmp_path: Path) -> None:
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名簿")
    for col, value in enumerate(["氏名", "電話"]):
        sheet.write(0, col, value)
    sheet.write(1, 0, "山田太郎")
    sheet.write(1, 1, 312345678.0)
    path = tmp_path / "old.xls"
    book.save(str(path))
    got = only(path)
    assert got.item.format == "xls" and got.item.table is not None
    assert got.item.location.endswith("#sheet=名簿")
    assert got.item.table.header == ["氏名", "電話"]
    assert [(r.number, r.cells) for r in got.rows] == [(2, ["山田太郎", "312345678"])]


def test_docx_paragraphs_tables_headers_and_footers(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("面談記録")
    document.add_paragraph("")
    document.add_paragraph("山田太郎様より連絡")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "電話"
    table.cell(1, 1).text = "090-1234-5678"
    document.sections[0].header.paragraphs[0].text = "社外秘 人事部"
    document.sections[0].footer.paragraphs[0].text = "作成者 佐藤"
    path = tmp_path / "記録.docx"
    document.save(str(path))
    got = only(path)
    assert [(u.fragment, u.text) for u in got.units] == [
        ("paragraph=1", "面談記録"),
        ("paragraph=3", "山田太郎様より連絡"),
        ("table=1&row=1&col=1", "電話"),
        ("table=1&row=2&col=2", "090-1234-5678"),
        ("section=1&header=1", "社外秘 人事部"),
        ("section=1&footer=1", "作成者 佐藤"),
    ]


def test_truncated_docx_is_an_error(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("山田太郎" * 500)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "cut.docx"
    path.write_bytes(buffer.getvalue()[:-3000])
    assert "破損" in only_error(path).reason_ja


def test_pptx_shapes_tables_and_notes(tmp_path: Path) -> None:
    presentation = pptx.Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "顧客一覧"
    rows = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    rows.cell(1, 0).text = "山田太郎"
    slide.notes_slide.notes_text_frame.text = "電話 090-1234-5678"
    path = tmp_path / "deck.pptx"
    presentation.save(str(path))
    got = only(path)
    fragments = {u.text: u.fragment for u in got.units}
    assert fragments["顧客一覧"].startswith("slide=1&shape=")
    assert fragments["山田太郎"].endswith("&row=2&col=1")
    assert fragments["電話 090-1234-5678"] == "slide=1&notes=1"


def _odf(path: Path, mimetype: str, body: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f"<office:body>{body}</office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


def test_ods_sheet_with_repeated_cells_and_rows(tmp_path: Path) -> None:
    body = (
        '<office:spreadsheet><table:table table:name="名簿">'
        "<table:table-row><table:table-cell><text:p>氏名</text:p></table:table-cell>"
        "<table:table-cell><text:p>電話</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="3">'
        '<table:table-cell table:number-columns-repeated="2"/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="1"/>'
        "<table:table-cell><text:p>03-1234-5678</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>'
        "</table:table></office:spreadsheet>"
    )
    path = _odf(tmp_path / "list.ods", "application/vnd.oasis.opendocument.spreadsheet", body)
    got = only(path)
    assert got.item.location.endswith("#sheet=名簿") and got.item.table is not None
    assert got.item.table.header == ["氏名", "電話"]
    assert [(r.number, r.cells) for r in got.rows] == [(5, ["", "03-1234-5678"])]


def test_odt_paragraphs(tmp_path: Path) -> None:
    body = (
        "<office:text><text:h>議事録</text:h>"
        "<text:p>出席 <text:span>山田太郎</text:span></text:p></office:text>"
    )
    path = _odf(tmp_path / "minutes.odt", "application/vnd.oasis.opendocument.text", body)
    got = only(path)
    assert [(u.fragment, u.text) for u in got.units] == [
        ("paragraph=1", "議事録"),
        ("paragraph=2", "出席 山田太郎"),
    ]


def test_renamed_ole_file_is_read_by_its_streams(tmp_path: Path) -> None:
    # an xls file is an OLE2 container too; renamed, it must still be read by its content
    book = xlwt.Workbook()
    book.add_sheet("s").write(0, 0, "山田")
    path = tmp_path / "renamed.doc"
    book.save(str(path))
    assert only(path).item.format == "xls"


def test_corrupt_msg_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "mail.msg"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 300)
    error = only_error(path)
    assert error.location.endswith("mail.msg")
