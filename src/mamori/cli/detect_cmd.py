"""`mamori detect`: find personal data in a text file or standard input.

A CSV/TSV file is read as a table: each cell is detected with its column's header, as `mamori mask` does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from mamori.cli.output import console, err_console, finding_rows, findings_table, print_json
from mamori.detect import Detector
from mamori.mask.formats import format_for
from mamori.mask.formats.csv import DELIMITERS
from mamori.mask.spans import table_findings
from mamori.sources.encoding import UndecodableError, decode_bytes


def register(app: typer.Typer) -> None:
    app.command("detect")(detect)


def detect(
    source: Annotated[
        str,
        typer.Argument(help="テキストファイル（CSV・TSV は列の見出しとともに判定）、または標準入力を表す -"),
    ] = "-",
    json_out: Annotated[bool, typer.Option("--json", help="JSON で出力する")] = False,
    types: Annotated[
        str | None, typer.Option("--types", help="検出する種類（カンマ区切り、例: PHONE,EMAIL）")
    ] = None,
    min_score: Annotated[float, typer.Option("--min-score", help="この値未満のスコアは報告しない")] = 0.5,
    show_values: Annotated[
        bool, typer.Option("--show-values", help="マスクせずに生の値を表示する（取扱注意）")
    ] = False,
) -> None:
    """テキスト中の個人情報（電話番号・マイナンバー・カード番号など）を検出する。"""
    try:
        detector = Detector(types=types, min_score=min_score)
    except ValueError as exc:
        err_console.print(f"[red]エラー[/red]: {exc}")
        raise typer.Exit(2) from None
    name = "標準入力" if source == "-" else source
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        err_console.print(f"[red]エラー[/red]: {name} を読めません: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    try:
        text = decode_bytes(data).text
    except UndecodableError as exc:
        err_console.print(f"[red]エラー[/red]: {name} の文字コードを判定できません（{exc}）")
        raise typer.Exit(2) from None
    delimiter = DELIMITERS.get(format_for(Path(source)).name) if source != "-" else None
    findings = detector.detect(text) if delimiter is None else list(table_findings(text, delimiter, detector))
    if json_out:
        print_json(finding_rows(text, findings, show_values=show_values))
        return
    if not findings:
        console.print(f"{name}: 個人情報は見つかりませんでした。")
        return
    console.print(
        findings_table(text, findings, show_values=show_values, title=f"{name}: {len(findings)} 件")
    )
