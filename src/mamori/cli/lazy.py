"""The top-level command group, loading a command's module only when that command runs.

`mamori --help` lists every command from the table below without importing the scanners, maskers and
reports behind them, and `mamori detect` loads only what detection needs (a help page or a small file
should not wait for the whole tool to import).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

import typer.main
from typer import _click
from typer.core import TyperGroup

from mamori.cli.help_ja import JapaneseGroup, JapaneseTyper


@dataclass(frozen=True)
class LazyCommand:
    """Where a command is registered, and the one line `mamori --help` shows for it."""

    module: str
    summary: str


COMMANDS: dict[str, LazyCommand] = {
    "detect": LazyCommand(
        "mamori.cli.detect_cmd", "テキスト中の個人情報（電話番号・マイナンバー・カード番号など）を検出する。"
    ),
    "demo": LazyCommand(
        "mamori.cli.demo_cmd", "サンプルの共有ドライブを生成し、実際にスキャンして結果を表示する。"
    ),
    "mask": LazyCommand(
        "mamori.cli.mask_cmd", "ファイル中の個人情報をマスク・仮名化し、同じ形式で書き出す。"
    ),
    "unmask": LazyCommand(
        "mamori.cli.mask_cmd",
        "対応表を使って、mask で置き換えた記号を元の値に戻す（マイナンバーは戻りません）。",
    ),
    "scan": LazyCommand(
        "mamori.cli.scan_cmd",
        "フォルダ・ファイル・メール・アーカイブ・データベースをスキャンして個人データ管理台帳に記録する。",
    ),
    "check": LazyCommand(
        "mamori.cli.check_cmd",
        "安全管理措置（通則編10）を自己点検し、スキャン結果と突き合わせ、想定賠償額の大きい順に対策を示す。",
    ),
    "guide": LazyCommand(
        "mamori.cli.guide_cmd", "個人情報と漏えい対応についての質問に、根拠となる条文・資料とともに答える。"
    ),
    "incident": LazyCommand(
        "mamori.cli.incident_cmd", "漏えい等の事案対応: 報告義務の判定、期限、損害額の試算、文書の作成。"
    ),
    "serve": LazyCommand(
        "mamori.cli.serve_cmd", "ウェブ画面（台帳・スキャン・インシデント・ガイド）を起動する。"
    ),
    "users": LazyCommand(
        "mamori.cli.users_cmd", "ウェブ画面のユーザー（管理者・担当者・閲覧者）とAPIトークンを管理する。"
    ),
}


def load_command(name: str) -> _click.Command | None:
    """The click command `name`, built from its module's `register(app)`."""
    entry = COMMANDS.get(name)
    if entry is None:
        return None
    single = JapaneseTyper()
    import_module(entry.module).register(single)
    built = typer.main.get_command(single)
    if isinstance(built, TyperGroup):  # a module registering several commands, or a sub-app
        return built.commands.get(name)
    return built


class LazyGroup(JapaneseGroup):
    def list_commands(self, ctx: _click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        return load_command(cmd_name)

    def format_commands(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        with formatter.section("コマンド"):
            formatter.write_dl([(name, entry.summary) for name, entry in COMMANDS.items()])
