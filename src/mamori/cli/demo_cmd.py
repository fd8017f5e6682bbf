"""`mamori demo`: a real detection over the bundled sample, so a new user sees mamori work at once."""

from __future__ import annotations

from importlib import resources

import typer

from mamori.cli.output import console, findings_table
from mamori.detect import detect


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)


def demo() -> None:
    """同梱のサンプル文書を検査して結果を表示する。"""
    text = resources.files("mamori.demo").joinpath("sample.txt").read_text(encoding="utf-8")
    findings = detect(text)
    console.print(
        "[bold]サンプル文書[/bold]（src/mamori/demo/sample.txt）を検査しました。値はマスクして表示します。"
    )
    console.print(findings_table(text, findings, show_values=False, title=f"検出結果: {len(findings)} 件"))
