"""`mamori guide`: answer a question about personal information and leaks, citing the law."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel

from mamori.cli.output import console, err_console, print_json
from mamori.guide import GuideAnswer, GuideEntry, ask, load_entries
from mamori.guide.situation import Situation, situation_text
from mamori.incident.dump import facts_to_dict

NO_MATCH = (
    "該当する回答が見つかりませんでした。言葉を変えて質問するか、"
    "`mamori guide --list` で収録している質問の一覧をご覧ください。"
)


def register(app: typer.Typer) -> None:
    app.command("guide")(guide)


def _as_dict(answer: GuideAnswer) -> dict[str, object]:
    entry = answer.entry
    return {
        "id": entry.id,
        "question": entry.question,
        "answer": entry.answer,
        "changed": entry.changed,
        "citations": list(entry.citations),
        "score": round(answer.score, 2),
        "confidence": answer.confidence,
        "notes": [{"text": n.text, "citations": list(n.citations)} for n in answer.notes],
    }


def _situation_dict(situation: Situation) -> dict[str, object]:
    assessment = situation.assessment
    return {
        "report_required": situation.report_required,
        "excluded_by_article_57": situation.excluded_by_57,
        "facts": facts_to_dict(situation.facts),
        "result": None if assessment is None else assessment.to_dict(),
        "read": list(situation.read),
        "assumed": list(situation.assumed),
        "would_change": list(situation.would_change),
        "text": situation_text(situation),
    }


def _related(entries: tuple[GuideEntry, ...]) -> list[dict[str, str]]:
    return [{"id": e.id, "question": e.question} for e in entries]


def _show(answer: GuideAnswer) -> None:
    if answer.situation is not None:
        duty = "必要" if answer.situation.report_required else "不要"
        console.print(
            Panel(
                escape(situation_text(answer.situation)),
                title=f"[bold]ご質問の事案の判定: 委員会への報告は{duty}[/bold]",
                title_align="left",
            )
        )
    entry = answer.entry
    body = escape(entry.answer)
    if entry.changed:
        body += f"\n\n[bold yellow]改正・変更点[/bold yellow]: {escape(entry.changed)}"
    for note in answer.notes:
        body += f"\n\n[bold]補足[/bold]: {escape(note.text)}"
    citations = [*entry.citations, *(c for n in answer.notes for c in n.citations)]
    body += "\n\n[bold]根拠[/bold]\n" + "\n".join(f"・{escape(c)}" for c in citations)
    sure = "" if answer.confidence == "高" else "（近い質問への回答です。確信度: 低）"
    console.print(Panel(body, title=f"[bold]{escape(entry.question)}[/bold]{sure}", title_align="left"))
    if answer.related:
        console.print("[bold]関連する質問[/bold]")
        for related in answer.related:
            console.print(f"  ・{escape(related.question)}")
    console.print(
        "[dim]この回答は一般的な説明です。個別の事案は専門家や個人情報保護委員会にご確認ください。[/dim]"
    )


def _list_questions(json_out: bool) -> None:
    entries = load_entries()
    if json_out:
        print_json([{"id": e.id, "question": e.question} for e in entries])
        return
    for entry in entries:
        console.print(f"・{escape(entry.question)}")


def guide(
    question: Annotated[str | None, typer.Argument(help="質問（例: 「IPアドレスは個人情報ですか」）")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="JSON で出力する")] = False,
    list_all: Annotated[bool, typer.Option("--list", help="収録している質問の一覧を表示する")] = False,
) -> None:
    """個人情報と漏えい対応についての質問に、根拠となる条文・資料とともに答える。"""
    if list_all:
        _list_questions(json_out)
        return
    if question is None or not question.strip():
        err_console.print(
            "[red]エラー[/red]: 質問を入力してください（例: mamori guide 「氏名だけでも個人情報ですか」）"
        )
        raise typer.Exit(2)
    answer = ask(question)
    if json_out:
        found = None if answer is None else _as_dict(answer)
        related = [] if answer is None else _related(answer.related)
        situation = None if answer is None or answer.situation is None else _situation_dict(answer.situation)
        print_json(
            {
                "query": question,
                "answer": found,
                "situation": situation,
                "related": related,
                "message": None if answer else NO_MATCH,
            }
        )
    elif answer is None:
        console.print(NO_MATCH)
    else:
        _show(answer)
    if answer is None:
        raise typer.Exit(1)
