"""`mamori users`: accounts of the web dashboard (admin, officer, viewer) and their API tokens."""

from __future__ import annotations

import secrets
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.prompt import Prompt

from mamori.cli.help_ja import JapaneseTyper
from mamori.cli.output import console, err_console
from mamori.cli.web_extra import require_web_extra
from mamori.ledger import Ledger, LedgerError, NotFoundError, open_ledger

users_app = JapaneseTyper(
    help="ウェブ画面のユーザー（管理者・担当者・閲覧者）とAPIトークンを管理する。", no_args_is_help=True
)
ROLE_HELP = "admin（管理者: ユーザー管理）/ officer（担当者: スキャン・インシデント編集）/ viewer（閲覧者）"
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="MAMORI_LEDGER_URL", help="台帳（SQLiteのパスまたはURL）。既定は ~/.mamori/ledger.db"
    ),
]


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")


def _open(db: str | None) -> Ledger:
    try:
        return open_ledger(db)
    except LedgerError as exc:
        err_console.print(f"[red]エラー[/red]: {escape(str(exc))}")
        raise typer.Exit(2) from None


def _password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = Prompt.ask("パスワード（8文字以上）", password=True)
    if Prompt.ask("もう一度", password=True) != first:
        err_console.print("[red]エラー[/red]: パスワードが一致しません")
        raise typer.Exit(2)
    return first


@users_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="ユーザー名")],
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="パスワードを標準入力の1行目から読む（自動化向け）")
    ] = False,
    db: DbOption = None,
) -> None:
    """ユーザーを登録する。パスワードは入力を求める（または標準入力から読む）。"""
    require_web_extra()
    from mamori.ledger.accounts import ROLES, UserExistsError
    from mamori.web.passwords import hash_password

    if role not in ROLES:
        err_console.print(f"[red]エラー[/red]: 役割は {' / '.join(ROLES)} のいずれかです")
        raise typer.Exit(2)
    try:
        hashed = hash_password(_password(password_stdin))
    except ValueError as exc:
        err_console.print(f"[red]エラー[/red]: {exc}")
        raise typer.Exit(2) from None
    with _open(db) as ledger:
        try:
            ledger.accounts.add_user(name, role, hashed)
        except UserExistsError as exc:
            err_console.print(f"[red]エラー[/red]: {escape(str(exc))}")
            raise typer.Exit(1) from None
        ledger.audit.record("（コマンドライン）", "user_add", f"user:{name} role:{role}")
    console.print(f"ユーザー {escape(name)}（{role}）を登録しました。")


@users_app.command("list")
def list_users(db: DbOption = None) -> None:
    """登録されたユーザーと役割を一覧する。"""
    with _open(db) as ledger:
        users = ledger.accounts.users()
    if not users:
        console.print("ユーザーは登録されていません。mamori users add NAME --role admin で登録してください。")
    for user in users:
        state = "（無効）" if user.disabled else ""
        console.print(f"{escape(user.name)}  {user.role}{state}")


@users_app.command("token")
def token(
    name: Annotated[str, typer.Argument(help="トークンで操作するユーザー")],
    label: Annotated[str, typer.Option("--label", help="用途（例: 夜間スキャン）")] = "automation",
    db: DbOption = None,
) -> None:
    """APIトークンを発行する（表示はこの一度だけ。台帳にはハッシュだけを保存する）。"""
    made = "mamori_" + secrets.token_urlsafe(32)
    with _open(db) as ledger:
        try:
            issued = ledger.accounts.add_token(name, made, label)
        except NotFoundError as exc:
            err_console.print(f"[red]エラー[/red]: {escape(str(exc))}")
            raise typer.Exit(1) from None
        ledger.audit.record("（コマンドライン）", "token_create", f"token:{issued.id} user:{name}")
    print(made)


@users_app.command("revoke")
def revoke(
    token_id: Annotated[int, typer.Argument(help="失効させるトークンの番号")],
    db: DbOption = None,
) -> None:
    """APIトークンを失効させる。"""
    with _open(db) as ledger:
        try:
            ledger.accounts.revoke_token(token_id)
        except NotFoundError as exc:
            err_console.print(f"[red]エラー[/red]: {escape(str(exc))}")
            raise typer.Exit(1) from None
        ledger.audit.record("（コマンドライン）", "token_revoke", f"token:{token_id}")
    console.print(f"APIトークン {token_id} を失効させました。")
