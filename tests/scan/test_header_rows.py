"""A header row is decided by what it holds: a first row of values is a customer, never a header."""

from __future__ import annotations

from pathlib import Path

from mamori.ledger import Asset, Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

FULL = ScanOptions(workers=1)
FAST = ScanOptions(workers=1, fast=True)


def _asset(ledger: Ledger, path: Path, options: ScanOptions = FULL) -> Asset:
    summary = run_scan([str(path)], ledger, options)
    return next(a for a in ledger.scans.assets(summary.scan_id) if a.location.endswith(path.name))


def _headerless(tmp_path: Path) -> Path:
    # No digit in the first row, digits below: shaped like a header, but its cells are a customer's.
    path = tmp_path / "list.csv"
    path.write_text(
        "yamada.taro@example.jp,山田太郎,東京都港区\n"
        "sato.hanako@example.jp,佐藤花子,東京都港区芝公園4-2-8\n"
        "ito.jiro@example.jp,伊藤次郎,大阪府大阪市北区梅田1-1\n",
        encoding="utf-8",
    )
    return path


def test_a_first_row_of_values_is_a_person_not_a_header(tmp_path: Path, ledger: Ledger) -> None:
    asset = _asset(ledger, _headerless(tmp_path))
    assert asset.people_estimate == 3
    columns = asset.exposure["columns"]
    assert [c["header"] for c in columns] == ["", "", ""]
    assert "yamada" not in str(columns) and "山田太郎" not in str(columns)
    emails = next(f for f in ledger.scans.findings(asset.id) if f.type == "EMAIL")
    assert emails.count == 3


def test_fast_mode_knows_a_first_row_of_addresses_by_their_format(tmp_path: Path, ledger: Ledger) -> None:
    asset = _asset(ledger, _headerless(tmp_path), FAST)
    assert asset.people_estimate == 3
    assert "yamada" not in str(asset.exposure["columns"])


def test_a_header_of_column_names_stays_a_header(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "氏名,メールアドレス\n山田太郎,yamada.taro@example.jp\n佐藤花子,sato.hanako@example.jp\n",
        encoding="utf-8",
    )
    asset = _asset(ledger, path)
    assert asset.people_estimate == 2
    assert [c["header"] for c in asset.exposure["columns"]] == ["氏名", "メールアドレス"]
