"""`--engine spark` gives the ledger the local engine gives: the demo drive and a generated drive, the same
assets, types, counts, people and rows; a re-scan carries unchanged files forward the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.scan_bench import generate

from mamori.demo.drive import build_shared_drive
from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.scan.spark_engine import SparkRunner, SparkSettings
from tests.spark.conftest import NEEDS_PYSPARK, comparable_report, ledger_rows

pytest.importorskip(*NEEDS_PYSPARK)

LOCAL = ScanOptions(workers=1)


def _both(drive: Path, ledgers: tuple[Ledger, Ledger], settings: SparkSettings) -> tuple[int, int]:
    local, spark = ledgers
    expected = run_scan([str(drive)], local, LOCAL)
    got = run_scan([str(drive)], spark, LOCAL, runner=SparkRunner(settings))
    assert not got.interrupted
    assert got.counts() == expected.counts()
    assert comparable_report(spark, got.scan_id) == comparable_report(local, expected.scan_id)
    assert ledger_rows(spark, got.scan_id) == ledger_rows(local, expected.scan_id)
    return expected.scan_id, got.scan_id


def test_demo_drive_same_as_local(spark: object, tmp_path: Path, ledgers: tuple[Ledger, Ledger]) -> None:
    drive = build_shared_drive(tmp_path / "drive")
    _both(drive, ledgers, SparkSettings())
    report = comparable_report(ledgers[1], 1)
    assert report["people"] > 1000  # the drive's customers, each once across its files


def test_generated_drive_same_as_local(spark: object, tmp_path: Path, ledgers: tuple[Ledger, Ledger]) -> None:
    drive = tmp_path / "generated"
    generate(drive, 1)
    # More partitions than cores, fewer than files: several files per analyser, several jobs per core.
    _both(drive, ledgers, SparkSettings(partitions=3))


def test_rescan_carries_unchanged_files(
    spark: object, tmp_path: Path, ledgers: tuple[Ledger, Ledger]
) -> None:
    drive = build_shared_drive(tmp_path / "drive")
    _both(drive, ledgers, SparkSettings())
    (drive / "共有" / "議事録.txt").write_text("連絡先: yamada.taro@example.jp\n", encoding="utf-8")
    local, spark_ledger = ledgers
    again = run_scan([str(drive)], spark_ledger, LOCAL, runner=SparkRunner(SparkSettings()))
    expected = run_scan([str(drive)], local, LOCAL)
    assert again.unchanged == expected.unchanged == 6
    assert again.read == expected.read == 1
    assert comparable_report(spark_ledger, again.scan_id) == comparable_report(local, expected.scan_id)
