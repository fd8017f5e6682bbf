"""One local[2] SparkContext per test module, a private MAMORI_HOME and ledger per test, and the ledger of a
scan in a form two engines can be compared by. Without pyspark (the `spark` extra) every test here skips."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from mamori.ledger import Ledger, open_ledger
from mamori.report import build_report, report_dict
from mamori.scan.spark_engine import SparkSettings, spark_context

# Each test module skips without it: `pytest.importorskip(*NEEDS_PYSPARK)`.
NEEDS_PYSPARK = ("pyspark", None, "pyspark is not installed: pip install 'mamori[spark]' (make .venv does)")

if TYPE_CHECKING:
    from pyspark import SparkContext

MASTER = "local[2]"


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkContext]:
    context, owned = spark_context(SparkSettings(master=MASTER))
    assert owned, "a SparkContext was left running by an earlier test module"
    yield context
    context.stop()


@pytest.fixture(autouse=True)
def mamori_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MAMORI_HOME", str(home))
    return home


@pytest.fixture
def ledgers(tmp_path: Path) -> Iterator[tuple[Ledger, Ledger]]:
    """Two ledgers: one for the local engine, one for Spark."""
    with open_ledger(str(tmp_path / "local.db")) as local, open_ledger(str(tmp_path / "spark.db")) as spark:
        yield local, spark


def comparable_report(ledger: Ledger, scan_id: int) -> dict[str, Any]:
    """`mamori scan --json` of the scan without what differs from one run to the next (times, the ledger's
    place) or with the order in which outcomes arrived (assets, findings, keys of the type counts)."""
    report = report_dict(build_report(ledger, scan_id))
    report.pop("ledger")
    for key in ("id", "started_at", "finished_at"):
        report["scan"].pop(key)
    for asset in report["assets"]:
        asset["findings"] = sorted(asset["findings"], key=repr)
    report["assets"] = sorted(report["assets"], key=lambda a: a["location"])
    return report


def ledger_rows(ledger: Ledger, scan_id: int) -> list[dict[str, Any]]:
    """Every asset row of the scan with its finding rows, ids left out, in location order."""
    rows = []
    for asset in ledger.scans.assets(scan_id):
        row = {k: v for k, v in asdict(asset).items() if k not in ("id", "scan_id")}
        row["findings"] = sorted(
            (
                {k: v for k, v in asdict(f).items() if k not in ("id", "asset_id")}
                for f in ledger.scans.findings(asset.id)
            ),
            key=repr,
        )
        rows.append(row)
    return sorted(rows, key=lambda r: (r["location"], r["kind"]))
