"""`mamori scan`: files, folders, archives, mail and databases into the ledger, with reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

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
from mamori.scan.rich_progress import RichProgress, progress_wanted
from mamori.scan.run import ScanSummary, run_scan
from mamori.scan.targets import is_database_url

INTERRUPTED_EXIT = 130


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)


def scan(
    targets: Annotated[
        list[str],
        typer.Argument(help="スキャンするフォルダ・ファイル、またはデータベースURL", show_default=False),
    ],
    db: Annotated[
        str | None, typer.Option("--db", help="台帳（SQLiteのパスまたはURL）。既定は ~/.mamori/ledger.db")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="結果をJSONで標準出力に出す")] = False,
    html: Annotated[
        Path | None, typer.Option("--html", help="HTML報告書（グラフ付き、1ファイル）を書き出す")
    ] = None,
    html_template: Annotated[
        Path | None,
        typer.Option(
            "--html-template", help="HTML報告書のテンプレート（Jinja2）。既定は同梱のもの", show_default=False
        ),
    ] = None,
    xlsx: Annotated[Path | None, typer.Option("--xlsx", help="Excelの個人データ管理台帳を書き出す")] = None,
    sarif: Annotated[Path | None, typer.Option("--sarif", help="CI向けのSARIFを書き出す")] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="並列プロセス数（既定: CPUコア数）", show_default=False),
    ] = None,
    full: Annotated[bool, typer.Option("--full", help="変更のないファイルも読み直す")] = False,
    fast: Annotated[
        bool, typer.Option("--fast", help="高速モード: 形式で定まる項目と列見出しのみ（形態素解析なし）")
    ] = False,
    sample: Annotated[
        int | None,
        typer.Option(
            "--sample",
            min=1,
            help="標本の行数（既定: 見出しのない列の判定に200行、データベースは表ごとに1,000行）",
            show_default=False,
        ),
    ] = None,
    store_values: Annotated[
        bool, typer.Option("--store-values", help="検出した値そのものを台帳に保存する（既定は保存しない）")
    ] = False,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="報告に値を表示する（--store-values で保存した値のみ）")
    ] = False,
    follow_symlinks: Annotated[
        bool, typer.Option("--follow-symlinks", help="シンボリックリンクをたどる")
    ] = False,
    retention_days: Annotated[
        int,
        typer.Option("--retention-days", min=1, help="これより古いファイルを保存期間の確認対象にする（日）"),
    ] = 365 * 5,
    top: Annotated[int, typer.Option("--top", min=1, help="端末に表示する資産の数")] = 15,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            help="読まないパス（.gitignore と同じ書き方、スキャンするフォルダーからの相対パス）。繰り返し可",
            show_default=False,
        ),
    ] = None,
    gitignore: Annotated[
        bool,
        typer.Option(
            "--gitignore/--no-gitignore", help="フォルダー直下の .gitignore に書かれたパスを読まない"
        ),
    ] = True,
    fail_on: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-on",
            help="該当する資産があれば終了コード1で終える（CI向け）。種類 MY_NUMBER、区分 要配慮個人情報"
            "（それより重い区分も含む）、報告の要件 R7-4、または personal。繰り返し・カンマ区切り可",
            show_default=False,
        ),
    ] = None,
) -> None:
    """フォルダ・ファイル・メール・アーカイブ・データベースをスキャンして個人データ管理台帳に記録する。

    2回目以降は変更のないファイルを読み直さず、中断したスキャンは同じコマンドで続きから再開する。

    終了コード: 0 問題なし、1 --fail-on に該当、2 指定の誤り、3 スキャンできない対象あり、130 中断。
    """
    try:
        gate = parse_fail_on(fail_on or [])
    except ValueError as exc:
        err_console.print(f"[red]エラー[/red]: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if html_template is not None and html is None:
        err_console.print("[red]エラー[/red]: --html-template は --html と一緒に指定してください")
        raise typer.Exit(EXIT_USAGE)
    try:
        # Compiled before the scan: a template with a syntax error should not wait for a long scan.
        template = load_html_template(html_template) if html_template is not None else None
    except ReportTemplateError as exc:
        err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
        raise typer.Exit(EXIT_USAGE) from None
    for target in targets:
        if not is_database_url(target) and (refusal := special_file_refusal(Path(target))) is not None:
            err_console.print(f"[red]エラー[/red]: {refusal}")
            raise typer.Exit(EXIT_USAGE)
    options = ScanOptions(
        workers=workers or default_workers(),
        full=full,
        fast=fast,
        sample=sample,
        store_values=store_values,
        follow_symlinks=follow_symlinks,
        retention_days=retention_days,
        exclude=tuple(exclude or ()),
        gitignore=gitignore,
    )
    try:
        ledger = open_ledger(db, store_values=store_values)
    except LedgerUnavailableError as exc:
        err_console.print(f"[red]{exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from None
    with ledger:
        progress: ScanProgress | None = None
        if not as_json and progress_wanted(console):
            progress = RichProgress(console)
        summary = run_scan(targets, ledger, options, progress)
        report = build_report(ledger, summary.scan_id, show_values=show_values)
        if as_json:
            print_json(report_dict(report))
        else:
            _say(summary)
            render_terminal(report, console, top=top)
        written = []
        if html is not None:
            try:
                write_html(report, html, template)
            except ReportTemplateError as exc:
                err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
                raise typer.Exit(EXIT_USAGE) from None
            written.append(f"HTML報告書: {html}")
        if xlsx is not None:
            write_xlsx(report, xlsx)
            written.append(f"個人データ管理台帳: {xlsx}")
        if sarif is not None:
            write_private(
                sarif, json.dumps(report_sarif(report), ensure_ascii=False, indent=1).encode("utf-8")
            )
            written.append(f"SARIF: {sarif}")
        for line in written:
            (err_console if as_json else console).print(line)
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
