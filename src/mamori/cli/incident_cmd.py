"""`mamori incident …`: triage a leak and draft its documents.

`incident_app` is the sub-app other modules add commands to (e.g. the incident ledger).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from mamori.cli import incident_ledger_cmd
from mamori.cli.help_ja import JapaneseTyper
from mamori.cli.output import console, err_console, print_json
from mamori.incident import Assessment, FactsError, IncidentFacts, load_facts, triage
from mamori.incident.documents import DocxTemplateError, to_docx, to_html, to_markdown
from mamori.incident.documents import draft as build_document
from mamori.incident.documents.wording import event_phrase
from mamori.mask.atomic import write_private

incident_app = JapaneseTyper(
    help="漏えい等の事案対応: 報告義務の判定、期限、損害額の試算、文書の作成。",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(incident_app, name="incident")


def load_or_exit(path: Path) -> tuple[IncidentFacts, Assessment]:
    """Load and triage a facts file; bad input prints a bilingual error and exits with code 2."""
    try:
        facts = load_facts(path)
        return facts, triage(facts)
    except FactsError as exc:
        err_console.print(
            f"[red]入力エラー / input error[/red] {exc.field}: {exc.message_ja}", highlight=False
        )
        err_console.print(f"  ({exc.message_en})", highlight=False)
        raise typer.Exit(2) from None


@incident_app.command("assess")
def assess(
    file: Annotated[Path, typer.Argument(help="事案の事実を書いた JSON / YAML ファイル")],
    json_out: Annotated[bool, typer.Option("--json", help="JSON で出力する")] = False,
) -> None:
    """報告義務（規則7条）、速報・確報の期限、本人通知、JNSA 想定損害賠償額を判定する。"""
    _, result = load_or_exit(file)
    if json_out:
        print_json(result.to_dict())
        return
    _print_summary(result)


class DocKind(StrEnum):
    PPC_REPORT = "ppc-report"
    NOTICE = "notice"
    APOLOGY = "apology"
    PUBLIC = "public"
    POLICE = "police"


class DocFormat(StrEnum):
    MD = "md"
    DOCX = "docx"
    HTML = "html"


@incident_app.command("draft")
def draft(
    file: Annotated[Path, typer.Argument(help="事案の事実を書いた JSON / YAML ファイル")],
    doc: Annotated[
        DocKind,
        typer.Option(
            "--doc",
            help="ppc-report（委員会への報告）/ notice（本人通知）/ apology（お詫び状）/ public（公表文）/ "
            "police（警察相談メモ）",
        ),
    ],
    fmt: Annotated[DocFormat, typer.Option("--format", help="md / docx / html")] = DocFormat.MD,
    out: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="出力先（docx の既定: <事実ファイル名>-<種類>.docx）"),
    ] = None,
    docx_template: Annotated[
        Path | None,
        typer.Option(
            "--docx-template",
            help="下書きの元にする Word 文書（.docx / .dotx）。ヘッダー・フッターとスタイルを使う",
            show_default=False,
        ),
    ] = None,
) -> None:
    """事実から日本語の文書（報告書・本人通知・お詫び状・公表文・警察相談メモ）の下書きを作る。"""
    if docx_template is not None and fmt is not DocFormat.DOCX:
        err_console.print("[red]エラー[/red]: --docx-template は --format docx と一緒に指定してください")
        raise typer.Exit(2)
    facts, result = load_or_exit(file)
    document = build_document(doc.value, facts, result)
    if fmt is DocFormat.DOCX:
        target = out or Path(f"{file.stem}-{doc.value}.docx")
        try:
            data = to_docx(document, template=docx_template)
        except DocxTemplateError as exc:
            err_console.print(f"[red]エラー[/red]: {escape(str(exc))}", highlight=False)
            raise typer.Exit(2) from None
        _write(target, data)
        return
    text = to_markdown(document) if fmt is DocFormat.MD else to_html(document)
    if out is None:
        sys.stdout.write(text)
        return
    _write(out, text.encode("utf-8"))


def _write(target: Path, data: bytes) -> None:
    try:
        write_private(target, data)
    except OSError as exc:
        err_console.print(f"[red]エラー[/red]: {target} に書き込めません（{exc.strerror or exc}）")
        raise typer.Exit(2) from None
    err_console.print(f"{target} に書き出しました。", highlight=False)


def _print_summary(a: Assessment) -> None:
    verdict = (
        "[bold red]個人情報保護委員会への報告が必要です[/bold red]"
        if a.report_required
        else "[bold green]報告義務はありません[/bold green]"
    )
    console.print(Panel(f"{a.title}\n{verdict}", title="mamori 漏えい等の判定"))
    event = event_phrase(a.event, a.certainty)
    console.print(f"事象: {event}  本人の数: {a.people_counted:,}人  報告先: {a.report_to}")
    for reason in a.event_reasons:
        console.print(f"  ・{reason}")
    if a.triggers:
        table = Table(title="該当する報告対象事態", show_lines=True)
        table.add_column("号")
        table.add_column("理由（条文）", overflow="fold")
        for code in a.triggers:
            table.add_row(code, a.trigger_reasons[code])
        console.print(table)
    for exemption in a.exemptions:
        if exemption.code != "not_a_leak":  # its reason is already printed as the event's reason
            console.print(f"[green]除外[/green] {exemption.reason_ja}（{exemption.citation.ref}）")
    if a.report_required:
        p, f = a.preliminary_report, a.final_report
        console.print(f"速報（目安）: {p.target_from} 〜 {p.target_to}")
        moved = f"（{'、'.join(f.moved_because)}のため繰り下げ）" if f.moved_because else ""
        console.print(f"確報期限: [bold]{f.due_date}[/bold]（{f.days}日以内）{moved}")
    notice = a.individual_notice
    console.print(f"本人への通知: {'必要' if notice.required else '不要'} — {notice.exception}")
    j = a.jnsa
    console.print(Panel(j.explanation, title="JNSA 想定損害賠償額"))
    court = a.compensation.band
    console.print(
        f"裁判例の目安: 1人 {court.min_yen:,}〜{court.max_yen:,}"
        f"円（{court.basis}）  お詫び金の相場: 1人500〜1,000円"
    )
    for label, lines in (
        ("補足", a.duty_notes),
        ("仮定", a.assumptions),
        ("要確認", a.warnings),
        ("次にすること", a.next_steps),
    ):
        if lines:
            console.print(f"[bold]{label}[/bold]")
            for line in lines:
                console.print(f"  ・{line}", highlight=False)


incident_ledger_cmd.register(incident_app)
