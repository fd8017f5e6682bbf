"""Small files that ask for a lot of work are cut short, reported, and the scan moves on: an ods whose
repeat counts ask for a thousand rows of 16,384 cells, a zip of members each just under the size at
which a compression ratio is judged, and any item that runs past its time budget. What the file's other
items yielded is kept."""

from __future__ import annotations

import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from mamori.ledger import Asset, Ledger
from mamori.scan import budget
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.sources import Limits
from mamori.sources.limits import MiB

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _cell(text: str, repeat: int = 1) -> str:
    return (
        f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string">'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def _row(cells: str, repeat: int = 1) -> str:
    return f'<table:table-row table:number-rows-repeated="{repeat}">{cells}</table:table-row>'


def _ods(path: Path, sheets: dict[str, str]) -> Path:
    tables = "".join(
        f'<table:table table:name="{name}">{rows}</table:table>' for name, rows in sheets.items()
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body>'
        f"<office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as ods:
        ods.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", content)
        ods.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


def _scan(ledger: Ledger, root: Path, limits: Limits | None = None) -> dict[str, Asset]:
    options = ScanOptions(workers=1, fast=True, limits=limits or Limits())
    summary = run_scan([str(root)], ledger, options)
    assert not summary.interrupted
    return {a.location.split("/")[-1]: a for a in ledger.scans.assets(summary.scan_id)}


def _types(ledger: Ledger, asset: Asset) -> Counter[str]:
    counts: Counter[str] = Counter()
    for finding in ledger.scans.findings(asset.id):
        counts[finding.type] += finding.count
    return counts


def test_ods_repeating_a_thousand_rows_of_16384_cells_is_cut_short(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    customers = _row(_cell("電話番号")) + _row(_cell("090-1234-5678")) + _row(_cell("山田", 16384), 1000)
    path = _ods(
        drive / "repeated.ods",
        {"顧客": customers, "メモ": _row(_cell("電話番号")) + _row(_cell("03-1234-5678"))},
    )
    assert path.stat().st_size < 2048

    assets = _scan(ledger, drive)

    sheet = next(a for name, a in assets.items() if "顧客" in name)
    assert sheet.state == "error"
    assert sheet.error is not None and "繰り返し指定で展開されるセルが多すぎる" in sheet.error
    ods = assets["repeated.ods"]
    assert ods.state == "ok"
    assert _types(ledger, ods)["PHONE"] == 2  # the row above the repeats, and the other sheet


def _near_floor_zip(path: Path, members: int) -> Path:
    """`members` members of just under `ratio_min_bytes`, each compressed over a thousand times."""
    filler = b"a" * (MiB - 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("連絡先.txt", "電話 090-1234-5678\n")
        for n in range(members):
            archive.writestr(f"filler{n:02}.txt", filler)
    return path


def test_thirty_near_floor_members_are_refused_past_the_dense_budget(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    path = _near_floor_zip(drive / "near-floor.zip", 30)
    assert path.stat().st_size < 100_000

    assets = _scan(ledger, drive)

    refused = [a for name, a in assets.items() if "filler" in name]
    assert refused and all(a.state == "error" and "zip 爆弾の疑い" in (a.error or "") for a in refused)
    read_ones = 30 - len(refused)
    assert read_ones * (MiB - 1) <= Limits().max_dense_uncompressed
    archive = assets["near-floor.zip"]
    assert archive.state == "ok"
    assert _types(ledger, archive)["PHONE"] == 1


@pytest.fixture
def ticking_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each look at the clock costs a second: an item's time is the number of rows and units read."""
    ticks: Iterator[int] = iter(range(10**9))
    monkeypatch.setattr(budget, "_clock", lambda: float(next(ticks)))


@pytest.mark.usefixtures("ticking_clock")
def test_an_item_past_its_time_budget_is_reported_and_the_others_kept(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    with zipfile.ZipFile(drive / "mixed.zip", "w") as archive:
        archive.writestr("a.csv", "氏名,電話番号\n山田太郎,090-1234-5678\n")
        slow = "氏名,電話番号\n" + "".join(f"佐藤{n},080-1111-{n:04}\n" for n in range(500))
        archive.writestr("slow.csv", slow)
        archive.writestr("c.txt", "連絡先 taro@example.jp\n")

    assets = _scan(ledger, drive, Limits(item_seconds=50))

    slow_asset = next(a for name, a in assets.items() if "slow.csv" in name)
    assert slow_asset.state == "error"
    assert slow_asset.error == "処理に時間がかかりすぎるため打ち切りました"
    archive = assets["mixed.zip"]
    assert archive.state == "ok"
    found = _types(ledger, archive)
    assert found["EMAIL"] == 1  # the member after the slow one is still read
    assert found["PHONE"] >= 1  # the member before it is kept
