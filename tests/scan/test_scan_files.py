"""Scanning folders into the ledger: tables by column, people counted, APPI class, exposure, no values."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import customers, write_customers
from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

FAST = ScanOptions(workers=1, fast=True)


def _assets(ledger: Ledger, scan_id: int) -> dict[str, object]:
    return {a.location.rsplit("/", 1)[-1]: a for a in ledger.scans.assets(scan_id)}


def test_customer_table_is_personal_data_with_people_counted(tmp_path: Path, ledger: Ledger) -> None:
    rows = customers(1200) + customers(5)  # five customers listed twice
    write_customers(tmp_path / "drive" / "顧客.csv", rows)
    summary = run_scan([str(tmp_path / "drive")], ledger, FAST)
    [asset] = ledger.scans.assets(summary.scan_id)
    assert asset.state == "ok"
    assert asset.encoding == "cp932"
    assert asset.people_estimate == 1200
    assert "1,205行" in (asset.people_method or "") and "BLAKE2b" in (asset.people_method or "")
    assert asset.appi_class == "個人データ"
    assert asset.report_triggers == ("R7-4",)
    assert asset.jnsa_yen is not None and asset.jnsa_yen > 0
    by_type = {f.type: f for f in ledger.scans.findings(asset.id)}
    assert by_type["PERSON"].count == 1205
    assert by_type["PERSON"].location is not None and by_type["PERSON"].location.endswith("#row=2&col=A")
    assert by_type["PHONE"].preview.endswith("0000") and "1234" not in by_type["PHONE"].preview
    assert "SENSITIVE" not in by_type  # 病歴 cells that say なし are not mentions
    assert summary.people == 1200


def test_column_without_header_is_classified_from_a_sample(tmp_path: Path, ledger: Ledger) -> None:
    path = tmp_path / "list.csv"
    path.write_text("".join(f"x{i},090-2222-{i:04d}\n" for i in range(50)), encoding="utf-8")
    summary = run_scan([str(path)], ledger, FAST)
    [asset] = ledger.scans.assets(summary.scan_id)
    assert any("標本" in c["why"] and c.get("holds") == "PHONE" for c in asset.exposure["columns"])
    assert {f.type: f.count for f in ledger.scans.findings(asset.id)}["PHONE"] == 50


def test_sensitive_column_and_my_number(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "患者.csv").write_text("氏名,病名\n佐藤花子,糖尿病\n鈴木一郎,なし\n", encoding="utf-8")
    (drive / "番号.txt").write_text("山田太郎 マイナンバー 123456789018\n", encoding="utf-8")
    summary = run_scan([str(drive)], ledger, FAST)
    assets = _assets(ledger, summary.scan_id)
    patient = assets["患者.csv"]
    assert patient.appi_class == "要配慮個人情報" and patient.sensitive  # type: ignore[attr-defined]
    assert "R7-1" in patient.report_triggers  # type: ignore[attr-defined]
    assert assets["番号.txt"].appi_class == "特定個人情報"  # type: ignore[attr-defined]


def test_prose_people_are_name_and_contact_pairs(tmp_path: Path, ledger: Ledger) -> None:
    text = (
        "担当の佐藤花子さん（090-1111-2222）から連絡がありました。\n"
        "佐藤花子さん 090-1111-2222 に再度連絡。\n"
        "請求先 suzuki@example.jp\n"
    )
    (tmp_path / "memo.txt").write_text(text, encoding="utf-8")
    summary = run_scan([str(tmp_path / "memo.txt")], ledger, ScanOptions(workers=1))
    [asset] = ledger.scans.assets(summary.scan_id)
    assert asset.people_estimate == 2
    assert "文章中の2人" in (asset.people_method or "")
    assert asset.appi_class == "個人情報"


def test_people_deduplicated_across_files(tmp_path: Path, ledger: Ledger) -> None:
    write_customers(tmp_path / "d" / "a.csv", customers(30))
    write_customers(tmp_path / "d" / "b.csv", customers(30, start=20))
    summary = run_scan([str(tmp_path / "d")], ledger, FAST)
    assert [a.people_estimate for a in ledger.scans.assets(summary.scan_id)] == [30, 30]
    assert summary.people == 50


def test_no_raw_value_reaches_the_ledger(tmp_path: Path, ledger: Ledger) -> None:
    write_customers(tmp_path / "d" / "c.csv", [("山田 花子", "090-9876-5432", "hanako@example.jp")])
    run_scan([str(tmp_path / "d")], ledger, FAST)
    stored = (tmp_path / "ledger.db").read_bytes()
    for value in ("090-9876-5432", "hanako@example.jp", "山田 花子"):
        assert value.encode("utf-8") not in stored


def test_store_values_keeps_the_first_value(tmp_path: Path) -> None:
    from mamori.ledger import open_ledger

    write_customers(tmp_path / "c.csv", [("山田 花子", "090-9876-5432", "hanako@example.jp")])
    with open_ledger(str(tmp_path / "v.db"), store_values=True) as ledger:
        summary = run_scan(
            [str(tmp_path / "c.csv")], ledger, ScanOptions(workers=1, fast=True, store_values=True)
        )
        [asset] = ledger.scans.assets(summary.scan_id)
        values = {f.type: f.raw_value for f in ledger.scans.findings(asset.id)}
    assert values["PHONE"] == "090-9876-5432"


def test_exposure_flags(tmp_path: Path, ledger: Ledger) -> None:
    path = write_customers(tmp_path / "Desktop" / "共有" / "c.csv", customers(2))
    os.chmod(path, 0o666)
    old = 1_500_000_000
    os.utime(path, (old, old))
    summary = run_scan([str(tmp_path / "Desktop")], ledger, FAST)
    [asset] = ledger.scans.assets(summary.scan_id)
    flags = set(asset.exposure["flags"])
    assert {
        "world_readable",
        "world_writable",
        "group_writable",
        "desktop",
        "shared_folder",
        "stale",
    } <= flags
    assert asset.owner


def test_multiple_workers_give_the_same_result(tmp_path: Path, ledger: Ledger) -> None:
    for n in range(4):
        write_customers(tmp_path / "d" / f"c{n}.csv", customers(10, start=n * 10))
    summary = run_scan([str(tmp_path / "d")], ledger, ScanOptions(workers=2, fast=True))
    assert summary.read == 4 and summary.errors == 0
    assert summary.people == 40
