"""Whether the `web` extra is installed; without it `serve` and `users` say how to install it."""

from __future__ import annotations

from importlib.util import find_spec

import typer
from rich.markup import escape

from mamori.cli.output import err_console

WEB_MODULES = ("fastapi", "uvicorn", "multipart", "argon2")
INSTALL_HINT = (
    "ウェブ画面には追加のパッケージが必要です。次のコマンドでインストールしてください:\n"
    "  pip install 'mamori[web]'"
)


def require_web_extra() -> None:
    missing = [name for name in WEB_MODULES if find_spec(name) is None]
    if missing:
        err_console.print(
            f"[red]エラー[/red]: {escape(INSTALL_HINT)}\n（見つからないもの: {', '.join(missing)}）",
            highlight=False,
        )
        raise typer.Exit(2)
