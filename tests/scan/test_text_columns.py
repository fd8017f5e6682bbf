"""A table written as text (Markdown, a fixed-width export) shows its columns as a CSV's do."""

from __future__ import annotations

from pathlib import Path

from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan


def _columns(ledger: Ledger, path: Path) -> dict[str, str | None]:
    summary = run_scan([str(path)], ledger, ScanOptions(workers=1))
    (asset,) = [a for a in ledger.scans.assets(summary.scan_id) if a.location.endswith(path.name)]
    return {c["header"]: c.get("holds") for c in asset.exposure.get("columns", [])}


def test_a_markdown_table_shows_what_each_field_holds(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "shift.md"
    path.write_text(
        "# シフト表\n\n| 日付 | 担当 | 携帯 | 区分 |\n|---|---|---|---|\n"
        "| 6/1 | 酒井桃子 | 080-3651-2491 | 早番 |\n| 6/2 | 鈴木 拓也 | 080-7380-8534 | 通し |\n",
        encoding="utf-8",
    )
    columns = _columns(ledger, path)
    assert columns["担当"] == "PERSON" and columns["携帯"] == "PHONE"
    assert columns["日付"] is None and columns["区分"] is None


def test_prose_without_a_table_has_no_columns(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("山田 太郎 様より電話（090-1234-5678）。折り返し希望。\n", encoding="utf-8")
    assert _columns(ledger, path) == {}
