"""`mamori incident new/add/list/show/log`: keep incidents in the ledger and follow their deadlines.

Triage stays with the incident engine; this module stores its facts, the deadlines triage computes and a
timeline in which entries such as 「速報提出」 close the matching deadline.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.markup import escape
from rich.prompt import Confirm, IntPrompt, Prompt
from rich.table import Table

from mamori.cli.output import console, err_console, print_json
from mamori.incident import Assessment, FactsError, IncidentFacts, facts_from_dict, triage
from mamori.incident.documents.wording import CAUSE_JA, MEDIUM_JA, items_phrase, people_phrase
from mamori.incident.facts import Cause, Medium
from mamori.law.items import ITEM_KINDS, SENSITIVE_SUBTYPES
from mamori.ledger import (
    Deadline,
    Incident,
    Ledger,
    LedgerError,
    NewIncident,
    NotFoundError,
    deadlines_from_assessment,
    kinds_closed_by,
    open_ledger,
)
from mamori.mask.atomic import write_private

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="MAMORI_LEDGER_URL",
        help="台帳の URL（例: postgresql+psycopg://user@host/db）。省略時は $MAMORI_HOME/ledger.db",
    ),
]
PROMPT_ITEMS = (
    "PERSON",
    "ADDRESS",
    "PHONE",
    "EMAIL",
    "DATE_OF_BIRTH",
    "CREDIT_CARD",
    "MY_NUMBER",
    "SENSITIVE",
)


def register(incident_app: typer.Typer) -> None:
    incident_app.command("new")(new)
    incident_app.command("add")(add)
    incident_app.command("list")(list_incidents)
    incident_app.command("show")(show)
    incident_app.command("log")(log)


def _fail(message: str, code: int = 2) -> typer.Exit:
    err_console.print(f"[red]エラー[/red]: {escape(message)}", highlight=False)
    return typer.Exit(code)


def _open(url: str | None) -> Ledger:
    try:
        return open_ledger(url)
    except LedgerError as exc:
        raise _fail(str(exc)) from None


def _jsonable(value: Any) -> Any:
    """YAML gives dates as `date`; the ledger stores JSON."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value.isoformat() if isinstance(value, date) else value


def _validated(raw: dict[str, Any]) -> tuple[IncidentFacts, Assessment]:
    try:
        facts = facts_from_dict(raw)
    except FactsError as exc:
        raise _fail(f"{exc.field}: {exc.message_ja}") from None
    return facts, triage(facts)


def _store(url: str | None, raw: dict[str, Any]) -> None:
    """Validate, triage and record; if the ledger fails, keep the facts in a file so nothing typed is lost."""
    facts, assessment = _validated(raw)
    record = NewIncident(
        facts.title, raw, facts.discovered_on, deadlines_from_assessment(assessment.to_dict())
    )
    try:
        with open_ledger(url) as ledger:
            incident = ledger.incidents.create(record)
            ledger.incidents.add_event(incident.id, "台帳に登録")
    except LedgerError as exc:
        saved = Path(f"incident-{datetime.now(UTC):%Y%m%dT%H%M%S}.json")
        write_private(saved, json.dumps(raw, ensure_ascii=False, indent=2).encode("utf-8"))
        raise _fail(
            f"{exc}\n入力した事実は {saved} に保存しました。`mamori incident add {saved}` で登録できます。"
        ) from None
    console.print(f"インシデント [bold]{incident.id}[/bold]「{escape(incident.title)}」を登録しました。")
    _print_deadlines([(d.label, d.due_on) for d in record.deadlines], date.today())


def _print_deadlines(rows: list[tuple[str, date | None]], today: date) -> None:
    if not rows:
        console.print("個人情報保護委員会への報告義務はありません（期限はありません）。")
        return
    for label, due in rows:
        console.print(f"  ・{label}: {_due_text(due, today)}", highlight=False)


def _due_text(due: date | None, today: date) -> str:
    if due is None:
        return "速やかに（日数の定めなし）"
    left = (due - today).days
    if left < 0:
        return f"[bold red]{due.isoformat()}（期限切れ: {-left}日超過）[/bold red]"
    return (
        f"{due.isoformat()}（あと{left}日）" if left else f"[yellow]{due.isoformat()}（本日が期限）[/yellow]"
    )


def add(
    file: Annotated[Path, typer.Argument(help="事案の事実を書いた JSON / YAML ファイル")], db: DbOption = None
) -> None:
    """事実ファイルを判定し、インシデントとして台帳に登録する。"""
    try:
        text = file.read_text(encoding="utf-8")
        raw = json.loads(text) if file.suffix.lower() == ".json" else yaml.safe_load(text)
    except OSError as exc:
        raise _fail(f"{file} を読めません（{exc.strerror or exc}）") from None
    except (ValueError, yaml.YAMLError) as exc:
        raise _fail(f"{file} は JSON / YAML として読めません（{exc}）") from None
    if not isinstance(raw, dict):
        raise _fail(f"{file} の内容が事実の形式（オブジェクト）ではありません")
    _store(db, _jsonable(raw))


def _ask_items() -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    for code in PROMPT_ITEMS:
        if Confirm.ask(f"「{ITEM_KINDS[code].name_ja}」は含まれますか", default=code == "PERSON"):
            item = {"type": code}
            if code == "SENSITIVE":
                choices = list(SENSITIVE_SUBTYPES)
                console.print("  " + " / ".join(f"{k}: {v}" for k, v in SENSITIVE_SUBTYPES.items()))
                item["subtype"] = Prompt.ask("  要配慮個人情報の種類", choices=choices, default="medical")
            items.append(item)
    return items


def new(db: DbOption = None) -> None:
    """質問に答えてインシデントを登録する（対話式）。"""
    _open(db).close()
    title = Prompt.ask("事案の件名（例: 顧客名簿の誤送信）").strip()
    discovered = Prompt.ask("発覚した日（YYYY-MM-DD）", default=date.today().isoformat())
    organisation = Prompt.ask("事業者名")
    console.print(" / ".join(f"{c.value}: {CAUSE_JA[c]}" for c in Cause))
    cause = Prompt.ask("原因", choices=[c.value for c in Cause], default=Cause.OTHER.value)
    console.print(" / ".join(f"{m.value}: {MEDIUM_JA[m]}" for m in Medium))
    medium = Prompt.ask("媒体", choices=[m.value for m in Medium], default=Medium.OTHER.value)
    items = _ask_items()
    people = IntPrompt.ask("本人の数（分かっている最大の人数）")
    encrypted = Confirm.ask("データは高度な暗号化がされ、鍵は別に管理されていましたか", default=False)
    raw: dict[str, Any] = {
        "title": title,
        "discovered_on": discovered,
        "organisation": {"name": organisation},
        "cause": cause,
        "medium": medium,
        "data_items": items,
        "people": people,
        "encryption": "high_grade_key_managed" if encrypted else "none",
    }
    _store(db, raw)


def _deadline_table(deadlines: list[Deadline], today: date, title: str) -> Table:
    table = Table(title=title)
    for column in ("ID", "事案", "期限", "期日"):
        table.add_column(column)
    for d in deadlines:
        table.add_row(str(d.incident_id), escape(d.incident_title), d.label, _due_text(d.due_on, today))
    return table


def _deadline_dict(d: Deadline, today: date) -> dict[str, object]:
    return {
        "incident_id": d.incident_id,
        "incident_title": d.incident_title,
        "kind": d.kind,
        "label": d.label,
        "due_on": d.due_on.isoformat() if d.due_on else None,
        "overdue": d.is_overdue(today),
    }


def list_incidents(
    db: DbOption = None, json_out: Annotated[bool, typer.Option("--json", help="JSON で出力する")] = False
) -> None:
    """対応中のインシデントと、まだ済んでいない期限（期限切れは赤）を一覧する。"""
    today = date.today()
    try:
        with _open(db) as ledger:
            incidents = ledger.incidents.all(status="open")
            deadlines = ledger.incidents.open_deadlines()
    except LedgerError as exc:
        raise _fail(str(exc)) from None
    if json_out:
        print_json(
            {
                "incidents": [
                    {"id": i.id, "title": i.title, "discovered_on": i.discovered_on.isoformat()}
                    for i in incidents
                ],
                "open_deadlines": [_deadline_dict(d, today) for d in deadlines],
            }
        )
        return
    if not incidents:
        console.print("対応中のインシデントはありません。")
        return
    console.print(f"対応中のインシデント: {len(incidents)}件")
    for incident in incidents:
        console.print(
            f"  {incident.id}: {escape(incident.title)}（発覚 {incident.discovered_on.isoformat()}）"
        )
    if deadlines:
        console.print(_deadline_table(deadlines, today, "未了の期限"))
    else:
        console.print("未了の期限はありません。")


def _incident_or_exit(ledger: Ledger, incident_id: int) -> Incident:
    try:
        return ledger.incidents.get(incident_id)
    except NotFoundError as exc:
        raise _fail(f"{exc}（{ledger.database}）", 1) from None


def _print_triage(incident: Incident) -> None:
    try:
        facts = facts_from_dict(incident.facts)
    except FactsError as exc:
        console.print(f"[yellow]保存された事実を判定できません[/yellow]: {exc.field}: {exc.message_ja}")
        return
    assessment = triage(facts)
    console.print(f"事業者: {escape(facts.organisation.name)}  原因: {CAUSE_JA[facts.cause]}")
    console.print(f"項目: {items_phrase(facts)}  本人の数: {people_phrase(facts)}")
    if assessment.report_required:
        console.print(
            "[bold red]個人情報保護委員会への報告が必要です[/bold red]（"
            + "、".join(assessment.triggers)
            + "）"
        )
    else:
        console.print("[bold green]報告義務はありません[/bold green]")


def show(
    incident_id: Annotated[int, typer.Argument(help="インシデントの ID")],
    db: DbOption = None,
) -> None:
    """インシデントの事実の要約、判定結果、期限、経過記録を表示する。"""
    today = date.today()
    try:
        with _open(db) as ledger:
            incident = _incident_or_exit(ledger, incident_id)
            deadlines = ledger.incidents.deadlines(incident_id)
            events = ledger.incidents.events(incident_id)
    except LedgerError as exc:
        raise _fail(str(exc)) from None
    status = "対応中" if incident.status == "open" else "完了"
    heading = f"{incident.id}: {escape(incident.title)}"
    console.print(f"[bold]{heading}[/bold]（発覚 {incident.discovered_on.isoformat()}、{status}）")
    _print_triage(incident)
    console.print("[bold]期限[/bold]")
    if not deadlines:
        console.print("  なし")
    for d in deadlines:
        state = f"済（{d.closed_at:%Y-%m-%d}）" if d.closed_at else _due_text(d.due_on, today)
        console.print(f"  ・{d.label}: {state}", highlight=False)
    console.print("[bold]経過[/bold]")
    for e in events:
        console.print(f"  {e.at.astimezone():%Y-%m-%d %H:%M}  {escape(e.text)}", highlight=False)


def log(
    incident_id: Annotated[int, typer.Argument(help="インシデントの ID")],
    text: Annotated[str, typer.Argument(help="記録する内容（例: 速報提出、確報提出、本人通知発送）")],
    db: DbOption = None,
) -> None:
    """経過を記録する。「速報提出」「確報提出」「本人通知」などは対応する期限を完了にする。"""
    if not text.strip():
        raise _fail("記録する内容が空です")
    try:
        with _open(db) as ledger:
            _incident_or_exit(ledger, incident_id)
            event = ledger.incidents.add_event(incident_id, text, closes=kinds_closed_by(text))
            closed = [
                d.label for d in ledger.incidents.deadlines(incident_id) if d.closed_by_event_id == event.id
            ]
    except LedgerError as exc:
        raise _fail(str(exc)) from None
    console.print(f"インシデント {incident_id} に記録しました: {escape(event.text)}")
    for label in closed:
        console.print(f"  [green]完了[/green]: {label}")
