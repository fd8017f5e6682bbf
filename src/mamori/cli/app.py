"""The `mamori` command. Each verb lives in its own module and registers itself here."""

from __future__ import annotations

from typing import Annotated

import typer

from mamori.cli import demo_cmd, detect_cmd, guide_cmd, incident_ledger_cmd, mask_cmd, scan_cmd
from mamori.cli.entry import version_text
from mamori.cli.incident_cmd import incident_app

app = typer.Typer(
    name="mamori",
    help="mamori（守り）: 個人情報を見つけ、漏えい時の対応を示し、保有を減らすためのツール。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
detect_cmd.register(app)
demo_cmd.register(app)
mask_cmd.register(app)
scan_cmd.register(app)
guide_cmd.register(app)
incident_ledger_cmd.register(incident_app)
app.add_typer(incident_app, name="incident")


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
