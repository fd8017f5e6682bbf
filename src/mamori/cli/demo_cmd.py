"""`mamori demo`: a real scan of a generated sample shared drive, so a new user sees mamori work at once.

The drive (a CP932 customer CSV, a staff workbook, a sensitive interview note, an invoice PDF, a mail
with an attachment and an old zip) is written to `$MAMORI_HOME/demo/drive`, scanned by the real scanner
into its own ledger `$MAMORI_HOME/demo/ledger.db`, and reported; an HTML report and the 台帳 workbook
are written beside it. A short detection over the bundled sample text comes first; a short self-assessment
(`mamori check` with the demo company's answers, `demo/answers.yaml`) against that scan ends it.
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from mamori.cli.output import console, err_console, findings_table
from mamori.controls import load_answers, run_check
from mamori.demo.drive import build_shared_drive
from mamori.detect import detect
from mamori.ledger import open_ledger
from mamori.privacy.keys import ensure_home
from mamori.report import (
    ReportTemplateError,
    build_report,
    load_html_template,
    render_terminal,
    write_html,
    write_xlsx,
)
from mamori.report.check_terminal import render_check
from mamori.scan.options import ScanOptions, default_workers
from mamori.scan.rich_progress import RichProgress, progress_wanted
from mamori.scan.run import run_scan


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo(
    fast: Annotated[bool, typer.Option("--fast", help="高速モードでスキャンする（形態素解析なし）")] = False,
    html_template: Annotated[
        Path | None,
        typer.Option("--html-template", help="HTML報告書のテンプレート（Jinja2）を試す", show_default=False),
    ] = None,
) -> None:
    """サンプルの共有ドライブを生成し、実際にスキャンして結果を表示する。"""
    try:
        template = load_html_template(html_template) if html_template is not None else None
    except ReportTemplateError as exc:
        err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    text = resources.files("mamori.demo").joinpath("sample.txt").read_text(encoding="utf-8")
    findings = detect(text)
    console.print("[bold]1. 文書の検査[/bold]（同梱のサンプル文書）。値はマスクして表示します。")
    console.print(
        findings_table(
            findings,
            [f.value(text) for f in findings],
            show_values=False,
            title=f"検出結果: {len(findings)} 件",
        )
    )
    home = ensure_home() / "demo"
    drive = home / "drive"
    if drive.exists():
        shutil.rmtree(drive)
    build_shared_drive(drive)
    ledger_path = home / "ledger.db"
    console.print(f"\n[bold]2. 共有ドライブのスキャン[/bold]（サンプルを {drive} に生成しました）")
    with open_ledger(str(ledger_path)) as ledger:
        progress = RichProgress(console) if progress_wanted(console) else None
        summary = run_scan(
            [str(drive)], ledger, ScanOptions(workers=min(2, default_workers()), fast=fast), progress
        )
        report = build_report(ledger, summary.scan_id)
        render_terminal(report, console)
        html = home / "report.html"
        xlsx = home / "個人データ管理台帳.xlsx"
        try:
            write_html(report, html, template)
        except ReportTemplateError as exc:
            err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
            raise typer.Exit(2) from None
        write_xlsx(report, xlsx)
        console.print("\n[bold]3. 安全管理措置の自己点検[/bold]（デモ会社の回答とスキャン結果の突き合わせ）")
        answers = resources.files("mamori.demo").joinpath("answers.yaml")
        with resources.as_file(answers) as answers_path:
            sheet = load_answers(answers_path)
        render_check(run_check(ledger, sheet, scan_id=summary.scan_id), console, top=5, short=True)
    console.print(f"HTML報告書: {html}\n個人データ管理台帳: {xlsx}\n台帳データベース: {ledger_path}")
    console.print(
        "自分のフォルダを調べるには: [bold]mamori scan フォルダ --html report.html --xlsx 台帳.xlsx[/bold]"
    )
    console.print(
        "自社の安全管理措置を点検するには: [bold]mamori check[/bold]（回答ファイルは docs/check.md）"
    )
