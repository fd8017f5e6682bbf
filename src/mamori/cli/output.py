"""Shared terminal output: the console, the findings table and the JSON form of findings."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from mamori.detect import Finding

console = Console()
err_console = Console(stderr=True)


def finding_rows(findings: list[Finding], values: list[str], *, show_values: bool) -> list[dict[str, object]]:
    """`values[i]` is the text of `findings[i]` (the input itself may no longer be in memory)."""
    from mamori.privacy import masked_preview  # the detectors load only for commands that show findings

    rows = []
    for f, value in zip(findings, values, strict=True):
        row = f.to_dict()
        row["preview"] = masked_preview(f.type, value)
        if show_values:
            row["value"] = value
        rows.append(row)
    return rows


def print_json(data: object) -> None:
    # ensure_ascii keeps output writable whatever the terminal encoding (lone surrogates included).
    sys.stdout.write(json.dumps(data, ensure_ascii=not sys.stdout.encoding.lower().startswith("utf")) + "\n")


def findings_table(findings: list[Finding], values: list[str], *, show_values: bool, title: str) -> Table:
    from mamori.detect import JAPANESE_NAMES
    from mamori.privacy import masked_preview

    table = Table(title=title, show_lines=False)
    table.add_column("位置", justify="right")
    table.add_column("種類")
    table.add_column("値" if show_values else "値（マスク済み）")
    table.add_column("スコア", justify="right")
    table.add_column("根拠")
    for f, raw in zip(findings, values, strict=True):
        value = raw if show_values else masked_preview(f.type, raw)
        table.add_row(
            str(f.start),
            f"{JAPANESE_NAMES[f.type]} [dim]{f.type.value}[/dim]",
            value.replace("\n", "⏎"),
            f"{f.score:.2f}",
            ", ".join(f.reasons),
        )
    return table
