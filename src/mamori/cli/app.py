"""The `mamori` command. Each verb lives in its own module, registered by name in `mamori.cli.lazy` and
imported only when it runs."""

from __future__ import annotations

from typing import Annotated

import typer

from mamori.cli.entry import version_text
from mamori.cli.help_ja import JapaneseTyper
from mamori.cli.lazy import LazyGroup

app = JapaneseTyper(
    cls=LazyGroup,
    name="mamori",
    help="mamori（守り）: 個人情報を見つけ、漏えい時の対応を示し、保有を減らすためのツール。",
    no_args_is_help=True,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(version_text())
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_show_version,
            is_eager=True,
            help="バージョンと高速化モジュールの有無を表示して終了する。",
        ),
    ] = False,
) -> None:
    pass


def main() -> None:
    app()
