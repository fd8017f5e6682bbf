"""The `mamori` command. Each verb lives in its own module and registers itself here."""

from __future__ import annotations

import typer

from mamori.cli import demo_cmd, detect_cmd, guide_cmd, incident_ledger_cmd, mask_cmd, scan_cmd
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


def main() -> None:
    app()
