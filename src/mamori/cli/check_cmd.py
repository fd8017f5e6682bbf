"""`mamori check`: the 安全管理措置 self-assessment, asked in the terminal or read from an answers file,
joined with the latest scan in the ledger; result on the terminal, as JSON, HTML or XLSX."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from mamori.cli.gate import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE
from mamori.cli.output import console, err_console, print_json

if TYPE_CHECKING:
    from mamori.controls import AnswerSheet, CheckResult
    from mamori.ledger import Ledger


def register(app: typer.Typer) -> None:
    app.command("check")(check)


def check(
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers", "-a", help="回答ファイル（YAML/JSON）。省略すると端末で質問する", show_default=False
        ),
    ] = None,
    policy: Annotated[
        Path | None,
        typer.Option(
            "--policy",
            help="組織の設定だけのファイル（retention_days・my_number_areas・max_table_readers）。回答ファイルの値より優先",
            show_default=False,
        ),
    ] = None,
    answerer: Annotated[
        str | None, typer.Option("--answerer", help="回答者（回答ファイルの値より優先）", show_default=False)
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="台帳（SQLiteのパスまたはURL）。既定は ~/.mamori/ledger.db")
    ] = None,
    scan_id: Annotated[
        int | None,
        typer.Option("--scan", min=1, help="証拠に使うスキャン番号（既定: 最新の完了したスキャン）"),
    ] = None,
    incidents: Annotated[
        list[Path] | None,
        typer.Option(
            "--incidents",
            help="事案ファイル（YAML/JSON）またはそのフォルダ。台帳の事案に加えて調べる。繰り返し可",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="結果をJSONで標準出力に出す")] = False,
    html: Annotated[
        Path | None, typer.Option("--html", help="HTML報告書を書き出す", show_default=False)
    ] = None,
    xlsx: Annotated[
        Path | None, typer.Option("--xlsx", help="Excelの点検表・計画を書き出す", show_default=False)
    ] = None,
    write_answers: Annotated[
        Path | None,
        typer.Option(
            "--write-answers",
            help="端末で答えた回答を、次回用の回答ファイル（YAML）に保存する",
            show_default=False,
        ),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="端末に表示する矛盾・対策の数")] = 10,
    list_only: Annotated[
        bool, typer.Option("--list", help="点検項目の一覧（ID・根拠）を表示して終了する")
    ] = False,
) -> None:
    """安全管理措置（通則編10）を自己点検し、スキャン結果と突き合わせ、想定賠償額の大きい順に対策を示す。

    回答と結果は台帳に日付・回答者とともに保存され、次回の実行で前回との差分を表示する。

    終了コード: 0 スキャン結果との矛盾なし、1 矛盾あり、2 指定・回答ファイルの誤り、台帳を開けない。
    """
    from mamori.controls import AnswersError, IncidentFileError, load_answers, load_policy
    from mamori.ledger import LedgerUnavailableError, NotFoundError, open_ledger

    if list_only:
        _list_measures()
        raise typer.Exit(EXIT_CLEAN)
    try:
        ledger = open_ledger(db)
    except LedgerUnavailableError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(EXIT_USAGE) from None
    with ledger:
        try:
            if answers is not None:
                sheet = load_answers(answers, answerer)
            else:
                sheet = _previous_or_asked(ledger, answerer)
            if policy is not None:
                sheet = replace(sheet, policy=load_policy(policy, sheet.policy))
            if write_answers is not None:
                _write_answers(sheet, write_answers)
            result = _run(ledger, sheet, scan_id, incidents or [])
        except (AnswersError, IncidentFileError, NotFoundError) as exc:
            err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
            raise typer.Exit(EXIT_USAGE) from None
    _output(result, as_json=as_json, html=html, xlsx=xlsx, top=top)
    raise typer.Exit(EXIT_FINDINGS if result.contradictions else EXIT_CLEAN)


def _run(ledger: Ledger, sheet: AnswerSheet, scan_id: int | None, incidents: list[Path]) -> CheckResult:
    from mamori.controls import run_check

    return run_check(ledger, sheet, scan_id=scan_id, incident_files=incidents)


def _previous_or_asked(ledger: Ledger, answerer: str | None) -> AnswerSheet:
    """In a terminal, ask; otherwise (cron, a pipe) take the answers of the previous run again, so a
    re-run after a fix needs no file."""
    from mamori.controls import AnswersError, sheet_from_mapping

    if sys.stdin.isatty():
        return _ask(answerer)
    previous = ledger.checks.latest()
    if previous is None:
        raise AnswersError(
            "端末ではないため質問できません。回答ファイルを --answers で指定してください"
            "（書き方は docs/check.md、項目の一覧は mamori check --list）"
        )
    answers = {**previous.answers, "date": date.today().isoformat()}
    return sheet_from_mapping(f"前回の自己点検 #{previous.id}", answers, answerer)


def _ask(answerer: str | None) -> AnswerSheet:
    from mamori.controls import AnswerSheet, Policy, measures
    from mamori.controls.answers import Answer, parse_choice

    console.print("[bold]安全管理措置の自己点検[/bold]（個人情報保護委員会ガイドライン通則編 10）")
    name = answerer or typer.prompt("回答者の名前（部署）")
    small = typer.confirm("中小規模事業者（従業員100人以下、委託を受けた取扱いなし等）ですか", default=False)
    given = []
    all_measures = measures()
    for number, m in enumerate(all_measures, 1):
        console.print(f"\n[bold]{number}/{len(all_measures)} {m.citation} {m.title}[/bold]\n{m.text}")
        if small:
            console.print(f"[dim]中小規模事業者の手法: {m.small}[/dim]")
        console.print(f"[dim]証拠の例: {'、'.join(m.evidence)}[/dim]")
        while (
            choice := parse_choice(typer.prompt("回答（はい/一部/いいえ/該当なし）", default="いいえ"))
        ) is None:
            err_console.print("はい・一部・いいえ・該当なし のいずれかで答えてください")
        given.append(Answer(m.id, choice))
    return AnswerSheet(name.strip() or "（未記入）", date.today(), small, Policy(), tuple(given))


def _write_answers(sheet: AnswerSheet, path: Path) -> None:
    import yaml

    from mamori.mask.atomic import write_private

    text = yaml.safe_dump(sheet.to_dict(), allow_unicode=True, sort_keys=False)
    write_private(path, text.encode("utf-8"))


def _output(result: CheckResult, *, as_json: bool, html: Path | None, xlsx: Path | None, top: int) -> None:
    from mamori.report.check_html import write_check_html
    from mamori.report.check_terminal import render_check
    from mamori.report.check_xlsx import write_check_xlsx

    if as_json:
        print_json(result.to_dict())
    else:
        render_check(result, console, top=top)
    said = err_console if as_json else console
    if html is not None:
        write_check_html(result, html)
        said.print(f"HTML報告書: {html}")
    if xlsx is not None:
        write_check_xlsx(result, xlsx)
        said.print(f"点検表・計画（Excel）: {xlsx}")
    if result.check_id is not None:
        said.print(f"自己点検 #{result.check_id} として台帳に保存しました。")


def _list_measures() -> None:
    from rich.table import Table

    from mamori.controls import measures

    table = Table(title="安全管理措置の点検項目（個人情報保護委員会ガイドライン通則編 10）")
    table.add_column("ID")
    table.add_column("根拠")
    table.add_column("措置")
    table.add_column("スキャンで確かめる問題")
    for m in measures():
        table.add_row(m.id, m.citation, m.title, "、".join(m.rules))
    console.print(table)
