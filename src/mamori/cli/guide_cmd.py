"""`mamori guide`: answer a question about personal information and leaks, citing the law."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.panel import Panel

from mamori.cli.output import console, err_console, print_json
from mamori.guide import GuideAnswer, GuideEntry, ask, load_entries

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
    }


def _related(entries: tuple[GuideEntry, ...]) -> list[dict[str, str]]:
    return [{"id": e.id, "question": e.question} for e in entries]


def _show(answer: GuideAnswer) -> None:
    entry = answer.entry
    body = escape(entry.answer)
    if entry.changed:
        body += f"\n\n[bold yellow]改正・変更点[/bold yellow]: {escape(entry.changed)}"
    body += "\n\n[bold]根拠[/bold]\n" + "\n".join(f"・{escape(c)}" for c in entry.citations)
    console.print(Panel(body, title=f"[bold]{escape(entry.question)}[/bold]", title_align="left"))
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
        print_json(
            {"query": question, "answer": found, "related": related, "message": None if answer else NO_MATCH}
        )
    elif answer is None:
        console.print(NO_MATCH)
    else:
        _show(answer)
    if answer is None:
        raise typer.Exit(1)
