"""The `mamori check` workbook: the plan, the measures and the findings, one sheet each, every row with
its guideline section (an auditor filters by it)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mamori.controls import CheckResult
from mamori.controls.evidence import RULES
from mamori.controls.measures import measure_for_rule
from mamori.controls.result import VERDICT_JA
from mamori.mask.atomic import write_private

HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def _sheet(sheet: Worksheet, columns: tuple[tuple[str, int], ...], rows: list[list[object]]) -> None:
    sheet.append([name for name, _ in columns])
    for index, (_, width) in enumerate(columns, 1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in rows:
        sheet.append(row)
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def check_workbook(result: CheckResult) -> Workbook:
    book = Workbook()
    plan = book.active
    assert plan is not None
    plan.title = "対策の計画"
    _sheet(
        plan,
        (
            ("順位", 6),
            ("対策", 70),
            ("想定賠償額（円）", 16),
            ("人数", 10),
            ("担当", 18),
            ("期限", 12),
            ("根拠", 14),
        ),
        [
            [n, a.summary, a.jnsa_yen, a.people, a.owner, a.due_on.isoformat(), a.citation]
            for n, a in enumerate(result.plan, 1)
        ],
    )
    _sheet(
        book.create_sheet("措置ごとの結果"),
        (
            ("根拠", 14),
            ("措置", 30),
            ("内容", 60),
            ("回答", 10),
            ("判定", 18),
            ("矛盾（件）", 10),
            ("メモ", 30),
        ),
        [
            [
                s.measure.citation,
                s.measure.title,
                s.measure.text,
                s.answer_ja,
                VERDICT_JA[s.verdict],
                len(s.contradictions),
                s.note,
            ]
            for s in result.measures
        ],
    )
    _sheet(
        book.create_sheet("スキャン結果との矛盾"),
        (
            ("根拠", 14),
            ("問題", 40),
            ("規則", 22),
            ("資産", 60),
            ("内容", 50),
            ("例（マスク済み）", 20),
            ("人数", 10),
            ("想定賠償額（円）", 16),
        ),
        [
            [
                measure_for_rule(c.rule).citation,
                RULES[c.rule],
                c.rule,
                c.asset,
                c.detail,
                c.preview,
                c.people,
                c.jnsa_yen,
            ]
            for c in result.contradictions
        ],
    )
    return book


def write_check_xlsx(result: CheckResult, path: Path) -> None:
    buffer = BytesIO()
    check_workbook(result).save(buffer)
    write_private(path, buffer.getvalue())
