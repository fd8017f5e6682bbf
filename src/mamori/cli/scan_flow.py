"""A `mamori scan` as the command line asked for it: checks, the scan, its reports and the exit code."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import typer
from rich.markup import escape

from mamori.cli.gate import (
    EXIT_CLEAN,
    EXIT_FINDINGS,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    FailOn,
    failing,
    parse_fail_on,
)
from mamori.cli.inputs import special_file_refusal
from mamori.cli.output import console, err_console, print_json
from mamori.cli.scan_engine import task_runner
from mamori.ledger import LedgerUnavailableError, open_ledger
from mamori.mask.atomic import write_private
from mamori.report import (
    ReportTemplateError,
    ScanReport,
    build_report,
    load_html_template,
    render_terminal,
    report_dict,
    report_sarif,
    write_html,
    write_xlsx,
)
from mamori.scan.options import ScanOptions, default_workers
from mamori.scan.progress import ScanProgress
from mamori.scan.remote import NEEDS_SPARK, is_remote_url
from mamori.scan.rich_progress import RichProgress, progress_wanted
from mamori.scan.run import ScanSummary, run_scan
from mamori.scan.spark_engine import SparkEngineError
from mamori.scan.targets import is_database_url

INTERRUPTED_EXIT = 130


@dataclass(frozen=True)
class ScanRequest:
    """The options of `mamori scan`, as `scan_cmd` declares them."""

    targets: list[str]
    db: str | None
    as_json: bool
    html: Path | None
    html_template: Path | None
    xlsx: Path | None
    sarif: Path | None
    workers: int | None
    full: bool
    fast: bool
    sample: int | None
    store_values: bool
    show_values: bool
    follow_symlinks: bool
    retention_days: int
    top: int
    exclude: list[str] | None
    gitignore: bool
    fail_on: list[str] | None
    engine: str = "local"
    master: str | None = None
    partitions: int | None = None


def run(request: ScanRequest) -> None:
    try:
        gate = parse_fail_on(request.fail_on or [])
    except ValueError as exc:
        err_console.print(f"[red]エラー[/red]: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if request.html_template is not None and request.html is None:
        err_console.print("[red]エラー[/red]: --html-template は --html と一緒に指定してください")
        raise typer.Exit(EXIT_USAGE)
    try:
        # Compiled before the scan: a template with a syntax error should not wait for a long scan.
        template = load_html_template(request.html_template) if request.html_template is not None else None
    except ReportTemplateError as exc:
        err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    if request.engine != "spark" and any(is_remote_url(t) for t in request.targets):
        err_console.print(f"[red]エラー[/red]: {NEEDS_SPARK}", highlight=False)
        raise typer.Exit(EXIT_USAGE)
    for target in request.targets:
        if is_remote_url(target):
            continue
        if not is_database_url(target) and (refusal := special_file_refusal(Path(target))) is not None:
            err_console.print(f"[red]エラー[/red]: {refusal}")
            raise typer.Exit(EXIT_USAGE)
    runner, ranges, lister = task_runner(
        request.engine, request.master, request.partitions, request.store_values
    )
    options = ScanOptions(
        workers=request.workers or default_workers(),
        full=request.full,
        fast=request.fast,
        sample=request.sample,
        store_values=request.store_values,
        follow_symlinks=request.follow_symlinks,
        retention_days=request.retention_days,
        exclude=tuple(request.exclude or ()),
        gitignore=request.gitignore,
    )
    try:
        ledger = open_ledger(request.db, store_values=request.store_values)
    except LedgerUnavailableError as exc:
        err_console.print(f"[red]{exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from None
    with ledger:
        progress: ScanProgress | None = None
        if not request.as_json and progress_wanted(console):
            progress = RichProgress(console)
        try:
            summary = run_scan(request.targets, ledger, options, progress, runner, ranges, lister)
        except SparkEngineError as exc:
            err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
            raise typer.Exit(EXIT_USAGE) from None
        report = build_report(ledger, summary.scan_id, show_values=request.show_values)
        if request.as_json:
            print_json(report_dict(report))
        else:
            _say(summary)
            render_terminal(report, console, top=request.top)
        written = []
        if request.html is not None:
            try:
                write_html(report, request.html, template)
            except ReportTemplateError as exc:
                err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
                raise typer.Exit(EXIT_USAGE) from None
            written.append(f"HTML報告書: {request.html}")
        if request.xlsx is not None:
            write_xlsx(report, request.xlsx)
            written.append(f"個人データ管理台帳: {request.xlsx}")
        if request.sarif is not None:
            write_private(
                request.sarif, json.dumps(report_sarif(report), ensure_ascii=False, indent=1).encode("utf-8")
            )
            written.append(f"SARIF: {request.sarif}")
        for line in written:
            (err_console if request.as_json else console).print(line)
    if summary.interrupted:
        err_console.print(
            "[yellow]スキャンを中断しました。ここまでの結果は台帳に保存済みです。"
            "同じコマンドをもう一度実行すると続きから再開します。[/yellow]"
        )
        raise typer.Exit(INTERRUPTED_EXIT)
    raise typer.Exit(_verdict(summary, report, gate))


def _verdict(summary: ScanSummary, report: ScanReport, gate: FailOn) -> int:
    """The exit code, said in words on standard error: a cron job or CI gate reads only the code."""
    if summary.unreachable:
        shown = "、".join(summary.unreachable)
        err_console.print(
            f"[red]エラー[/red]: スキャンできなかった対象があります: {shown}。"
            "これらについては「個人情報なし」ではありません（終了コード 3）"
        )
        return EXIT_UNREACHABLE
    if gate.empty:
        return EXIT_CLEAN
    hits = failing(report, gate)
    if not hits:
        return EXIT_CLEAN
    err_console.print(f"[red]--fail-on に該当する資産が {len(hits):,} 件あります（終了コード 1）[/red]")
    for asset in hits[:10]:
        err_console.print(f"  {asset.display}")
    return EXIT_FINDINGS


def _say(summary: ScanSummary) -> None:
    for message in summary.messages:
        err_console.print(f"[yellow]{message}[/yellow]")
    if summary.resumed:
        console.print(
            f"中断していたスキャン #{summary.scan_id} を再開しました"
            f"（処理済み {summary.already_done:,} 件は読み直しません）。"
        )
    if summary.unchanged and not summary.read:
        console.print(
            f"前回から変更のあるファイルはありませんでした（{summary.unchanged:,} 件、読み直しなし）。"
        )
    elif summary.unchanged:
        console.print(f"変更のない {summary.unchanged:,} 件は読み直さず、前回の結果を引き継ぎました。")
    sys.stdout.flush()
