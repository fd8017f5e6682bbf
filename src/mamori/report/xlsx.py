"""The 「個人データ管理台帳」 workbook: one row per asset holding personal data, as an APPI compliance
officer keeps it. 利用目的 is left for the user; 管理責任者 starts as the file's owner."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mamori.mask.atomic import write_private
from mamori.report.labels import exposure_label, trigger_label, type_label, yen
from mamori.report.model import ScanReport
from mamori.report.times import jst_date, jst_text

LEDGER_SHEET = "個人データ管理台帳"
LEDGER_COLUMNS: tuple[tuple[str, int], ...] = (
    ("No.", 6),
    ("保管場所", 60),
    ("形式", 10),
    ("項目", 40),
    ("人数", 10),
    ("人数の算定方法", 50),
    ("要配慮の有無", 12),
    ("分類", 16),
    ("利用目的", 30),
    ("管理責任者", 16),
    ("最終確認日", 12),
    ("漏えい時の報告対象", 50),
    ("JNSA想定賠償額（円）", 16),
    ("露出・保存期間", 40),
    ("最終更新日", 12),
    ("サイズ（バイト）", 14),
    # What a 台帳 also records and a scan cannot know: left for the user, in yellow
    ("取得方法", 20),
    ("保存期間", 14),
    ("廃棄方法・廃棄日", 20),
    ("委託先・第三者提供", 24),
    ("アクセス権者", 30),
)
# Columns the user fills in (yellow); アクセス権者 starts with who can read the asset, where known.
USER_COLUMNS = ("利用目的", "取得方法", "保存期間", "廃棄方法・廃棄日", "委託先・第三者提供", "アクセス権者")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
USER_FILL = PatternFill("solid", fgColor="FFF2CC")


def _for_paper(sheet: Worksheet) -> None:
    """Printed as a 台帳 is filed: A4 landscape, all columns on the width of a page, the header row on
    every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.page_margins.left = sheet.page_margins.right = 0.4


def _header(sheet: Worksheet, columns: tuple[tuple[str, int], ...]) -> None:
    for index, (title, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def write_xlsx(report: ScanReport, path: Path) -> None:
    write_private(path, xlsx_bytes(report))


def xlsx_bytes(report: ScanReport) -> bytes:
    """The workbook as a file's bytes, for a download as well as for `write_xlsx`."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = LEDGER_SHEET
    _header(sheet, LEDGER_COLUMNS)
    checked = jst_date(report.scan.finished_at or report.scan.started_at)
    titles = [t for t, _ in LEDGER_COLUMNS]
    user_cols = [titles.index(t) + 1 for t in USER_COLUMNS]
    for number, asset in enumerate(report.personal, start=1):
        row = [
            number,
            asset.display,
            asset.kind,
            "、".join(type_label(t) for t in sorted(asset.types, key=lambda t: -asset.types[t])),
            asset.people,
            asset.people_method or "",
            "有" if asset.sensitive else "無",
            asset.appi_class or "",
            "",
            asset.owner or "",
            checked,
            "\n".join(trigger_label(t) for t in asset.report_triggers)
            or "なし（不正目的の漏えいなら規則7条3号）",
            asset.jnsa_yen,
            "\n".join(exposure_label(f) for f in asset.exposure),
            jst_date(asset.modified) if asset.modified else None,
            asset.size,
            "",
            "",
            "",
            "",
            "\n".join(asset.readers),
        ]
        sheet.append(row)
        excel_row = sheet.max_row
        for column in user_cols:
            sheet.cell(row=excel_row, column=column).fill = USER_FILL
        for cell in sheet[excel_row]:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        sheet.cell(row=excel_row, column=11).number_format = "yyyy-mm-dd"
        sheet.cell(row=excel_row, column=13).number_format = "#,##0"
        sheet.cell(row=excel_row, column=15).number_format = "yyyy-mm-dd"
        sheet.cell(row=excel_row, column=16).number_format = "#,##0"
    sheet.auto_filter.ref = sheet.dimensions
    _for_paper(sheet)
    _columns(book.create_sheet("列の判定"), report)
    _readers(book.create_sheet("閲覧できる者"), report)
    _summary(book.create_sheet("スキャン情報"), report)
    _errors(book.create_sheet("読み取りエラー"), report)
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _summary(sheet: Worksheet, report: ScanReport) -> None:
    counts = report.scan.counts
    rows: list[tuple[str, object]] = [
        ("スキャン番号", report.scan.id),
        ("開始", jst_text(report.scan.started_at)),
        ("対象", "\n".join(report.scan.roots)),
        ("台帳", report.database),
        ("ファイル数", counts.get("files", 0)),
        ("変更なし（再読込なし）", counts.get("unchanged", 0)),
        ("エラー", counts.get("errors", 0)),
        ("個人情報を含む資産", len(report.personal)),
        ("本人の数（重複除去後）", report.people),
        ("人数の算定方法", report.people_explanation),
        ("JNSA想定賠償額の合計（資産ごとの試算の和）", yen(report.total_jnsa())),
        (
            "利用目的・管理責任者",
            "利用目的は記入してください（法17条・21条）。管理責任者はファイル所有者を初期値としています。",
        ),
    ]
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 90
    for key, value in rows:
        sheet.append([key, value])
        sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
        sheet.cell(row=sheet.max_row, column=2).alignment = Alignment(wrap_text=True, vertical="top")


def _columns(sheet: Worksheet, report: ScanReport) -> None:
    """Every column of every personal table: what it was taken to hold, how that was decided, whose it is."""
    _header(
        sheet,
        (
            ("保管場所", 60),
            ("シート", 14),
            ("列", 24),
            ("種類", 18),
            ("人物", 12),
            ("判定の根拠", 70),
            ("検査数字の一致率", 12),
        ),
    )
    for asset in report.personal:
        for column in asset.columns:
            sheet.append(
                [
                    asset.display,
                    column.sheet or "",
                    column.name or "（見出しなし）",
                    type_label(column.holds) if column.holds else "—",
                    column.subject or "本人",
                    column.why,
                    column.pass_rate,
                ]
            )
            sheet.cell(row=sheet.max_row, column=7).number_format = "0%"
    sheet.auto_filter.ref = sheet.dimensions


def _readers(sheet: Worksheet, report: ScanReport) -> None:
    """Who can read each personal database table (grants, roles, the file of a SQLite database)."""
    _header(sheet, (("保管場所", 70), ("閲覧できる者", 70)))
    for asset in report.personal:
        for reader in asset.readers:
            sheet.append([asset.display, reader])


def _errors(sheet: Worksheet, report: ScanReport) -> None:
    _header(sheet, (("場所", 80), ("理由", 60)))
    for asset in report.errors:
        sheet.append([asset.display, asset.error or ""])
