"""A scanned problem drive, shared by the evidence tests (one scan per module keeps them quick)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mamori.controls.inventory import ScannedAsset, scanned_assets
from mamori.ledger import open_ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from tests.controls.drive import problem_drive


@pytest.fixture(scope="module")
def scanned(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, dict[str, str], list[ScannedAsset]]]:
    root = tmp_path_factory.mktemp("company")
    home = root / "home"
    home.mkdir()
    patch = pytest.MonkeyPatch()
    patch.setenv("MAMORI_HOME", str(home))
    drive = root / "drive"
    problems = problem_drive(drive)
    ledger_path = root / "ledger.db"
    with open_ledger(str(ledger_path)) as ledger:
        summary = run_scan([str(drive)], ledger, ScanOptions(workers=1, fast=True))
        assets = scanned_assets(ledger, summary.scan_id)
    yield ledger_path, problems, assets
    patch.undo()
