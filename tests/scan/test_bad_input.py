"""Every kind of bad input ends as an `error` asset with its reason, and the scan goes on."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook

from conftest import customers, write_customers
from mamori.ledger import Asset, Ledger
from mamori.scan import workers
from mamori.scan.analyse import Analyser, FileAnalysis
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

FAST = ScanOptions(workers=1, fast=True)


def _workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["氏名", "電話番号"])
    sheet.append(["山田太郎", "090-1234-5678"])
    book.save(path)
    return path


def _by_name(ledger: Ledger, scan_id: int) -> dict[str, Asset]:
    return {a.location.split("/")[-1]: a for a in ledger.scans.assets(scan_id)}


def _scan(ledger: Ledger, root: Path) -> dict[str, Asset]:
    summary = run_scan([str(root)], ledger, FAST)
    assert not summary.interrupted
    return _by_name(ledger, summary.scan_id)


def test_corrupt_and_truncated_office_files_and_pdf(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    good = _workbook(drive / "good.xlsx")
    data = good.read_bytes()
    (drive / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    (drive / "corrupt.docx").write_bytes(b"PK\x03\x04" + os.urandom(300))
    (drive / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage")
    assets = _scan(ledger, drive)
    assert assets["good.xlsx"].state == "ok" and assets["good.xlsx"].people_estimate == 1
    for name in ("truncated.xlsx", "corrupt.docx", "corrupt.pdf"):
        assert assets[name].state == "error", name
        assert assets[name].error


def test_password_protected_workbook(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    plain = _workbook(tmp_path / "plain.xlsx")
    with plain.open("rb") as source, (drive / "locked.xlsx").open("wb") as locked:
        OOXMLFile(source).encrypt("secret", locked)
    assets = _scan(ledger, drive)
    assert assets["locked.xlsx"].state == "error"
    assert "パスワード" in (assets["locked.xlsx"].error or "")


def test_zip_bomb_member_is_an_error_and_the_rest_is_read(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.txt", b"0" * (8 << 20))
        archive.writestr("memo.txt", "連絡先 090-1234-5678\n")
    (drive / "archive.zip").write_bytes(buffer.getvalue())
    summary = run_scan([str(drive)], ledger, FAST)
    assets = ledger.scans.assets(summary.scan_id)
    archive_asset = next(a for a in assets if a.location.endswith("archive.zip"))
    assert archive_asset.state == "ok"
    assert {f.type for f in ledger.scans.findings(archive_asset.id)} == {"PHONE"}
    bomb = next(a for a in assets if a.location.endswith("member=bomb.txt"))
    assert bomb.state == "error" and bomb.error


def test_symlink_loop_is_reported(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    (drive / "sub").mkdir(parents=True)
    os.symlink(drive, drive / "sub" / "loop")
    write_customers(drive / "c.csv", customers(1))
    summary = run_scan([str(drive)], ledger, ScanOptions(workers=1, fast=True, follow_symlinks=True))
    assets = ledger.scans.assets(summary.scan_id)
    assert any(a.state == "error" and a.location.endswith("loop") for a in assets)
    assert any(a.state == "ok" and a.location.endswith("c.csv") for a in assets)


def test_empty_file_and_cp932_file_name(tmp_path: Path, ledger: Ledger) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "empty.txt").write_bytes(b"")
    cp932_name = os.fsencode(drive) + b"/" + "顧客.csv".encode("cp932")
    with open(cp932_name, "w", encoding="cp932") as out:
        out.write("氏名,電話番号\n山田太郎,090-1234-5678\n")
    summary = run_scan([str(drive)], ledger, FAST)
    assets = ledger.scans.assets(summary.scan_id)
    assert all(a.state == "ok" for a in assets)
    odd = next(a for a in assets if "%" in a.location)
    assert odd.location.endswith("/drive/%8C%DA%8Bq.csv")  # 0x71 is ASCII q
    assert odd.people_estimate == 1


def test_permission_denied(tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    locked = write_customers(drive / "locked.csv", customers(1))
    write_customers(drive / "open.csv", customers(1))
    os.chmod(locked, 0)
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        real = workers.content_hash

        def denied(path: Path) -> str:
            if path.name == "locked.csv":
                raise PermissionError(13, "Permission denied")
            return real(path)

        monkeypatch.setattr(workers, "content_hash", denied)
    assets = _scan(ledger, drive)
    assert assets["locked.csv"].state == "error" and "権限" in (assets["locked.csv"].error or "")
    assert assets["open.csv"].state == "ok"


def test_file_that_vanishes_or_changes_mid_scan(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    for name in ("changes.csv", "stays.csv", "vanishes.csv"):
        write_customers(drive / name, customers(3))
    real = Analyser.analyse

    def meddling(self: Analyser, path: Path, *, store_values: bool) -> FileAnalysis:
        if path.name == "vanishes.csv":
            path.unlink()
        result = real(self, path, store_values=store_values)
        if path.name == "changes.csv":
            with path.open("a", encoding="cp932") as out:
                out.write("追加 太郎,090-0000-0000,x@example.jp,なし\n")
        return result

    monkeypatch.setattr(Analyser, "analyse", meddling)
    assets = _scan(ledger, drive)
    assert assets["stays.csv"].state == "ok"
    assert assets["changes.csv"].state == "error" and "変更" in (assets["changes.csv"].error or "")
    assert assets["vanishes.csv"].state == "error" and assets["vanishes.csv"].error


def test_missing_root_is_an_error_not_a_crash(tmp_path: Path, ledger: Ledger) -> None:
    summary = run_scan([str(tmp_path / "nowhere")], ledger, FAST)
    [asset] = ledger.scans.assets(summary.scan_id)
    assert asset.state == "error"
