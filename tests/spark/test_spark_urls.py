"""`mamori scan file://… --engine spark`: files listed and read through Spark's file system layer give the
assets, types, counts and people the local engine gives for the same folder; a file that fails is an
error asset; without Spark such a URL is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mamori.demo.drive import build_shared_drive
from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.scan.spark_engine import SparkRunner, SparkSettings
from tests.spark.conftest import NEEDS_PYSPARK, comparable_report

pytest.importorskip(*NEEDS_PYSPARK)

LOCAL = ScanOptions(workers=1)


def _by_suffix(report: dict[str, Any], root: str) -> dict[str, Any]:
    """The report's assets by their location under `root`, with what only a local file has (its mode,
    owner and permission flags) left out, and its modification time (Hadoop lists milliseconds)."""
    assets = {}
    for asset in report["assets"]:
        assert asset["location"].startswith(root), asset["location"]
        shown = {
            k: v for k, v in asset.items() if k not in ("location", "owner", "exposure", "flags", "modified")
        }
        assets[asset["location"][len(root) :]] = _relative(shown, root)
    return assets


def _relative(value: Any, root: str) -> Any:
    if isinstance(value, str):
        return value.replace(root, "")
    if isinstance(value, list):
        return [_relative(v, root) for v in value]
    if isinstance(value, dict):
        return {k: _relative(v, root) for k, v in value.items()}
    return value


def test_demo_drive_as_url_same_as_local(
    spark: object, tmp_path: Path, ledgers: tuple[Ledger, Ledger]
) -> None:
    drive = build_shared_drive(tmp_path / "drive")
    (drive / "壊れた.xlsx").write_bytes(b"PK\x03\x04 not a workbook")  # fails in its reader, both engines
    local, spark_ledger = ledgers
    expected = run_scan([str(drive)], local, LOCAL)
    runner = SparkRunner(SparkSettings())
    url = drive.as_uri()
    got = run_scan([url], spark_ledger, LOCAL, runner=runner, lister=runner.list_files)
    assert not got.interrupted and not got.unreachable
    assert got.counts() == expected.counts()
    mine = comparable_report(spark_ledger, got.scan_id)
    theirs = comparable_report(local, expected.scan_id)
    assert mine["people"] == theirs["people"] > 1000
    assert _by_suffix(mine, url) == _by_suffix(theirs, url)
    broken = next(a for a in mine["assets"] if a["location"].endswith("壊れた.xlsx"))
    assert broken["state"] == "error"
    # A re-scan lists again and carries every unchanged file forward unread.
    again = run_scan([url], spark_ledger, LOCAL, runner=runner, lister=runner.list_files)
    assert again.read == 0 and again.unchanged == expected.files


def test_missing_url_is_unreachable(spark: object, tmp_path: Path, ledgers: tuple[Ledger, Ledger]) -> None:
    runner = SparkRunner(SparkSettings())
    url = (tmp_path / "nowhere").as_uri()
    got = run_scan([url], ledgers[1], LOCAL, runner=runner, lister=runner.list_files)
    assert got.unreachable == [url]
