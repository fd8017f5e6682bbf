"""A worker process killed mid-file (OOM killer, SIGKILL, a segfault in a C parser) costs that file
only: it becomes an `error` asset, every other file is scanned, and the next scan reads it again.

The pool's processes come from a forkserver, so a patch made here does not reach them. What does reach
them is the function each task runs, pickled by name: `workers.process` is replaced by
`_process_or_die`, which a worker imports from this module, so the kill happens in the real worker.
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from pathlib import Path

import pytest

from conftest import count_reads, customers, write_customers
from mamori.ledger import Asset, Ledger, open_ledger
from mamori.scan import workers
from mamori.scan.options import ScanOptions
from mamori.scan.run import ScanSummary, run_scan

POOL = ScanOptions(workers=2, fast=True)
ROWS = 5  # customers per file: one person each


def _process_or_die(task: workers.FileTask) -> workers.FileOutcome:
    """Runs in a worker: a file whose name says `kill` takes the worker down as the OOM killer would."""
    if "kill" in task.path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    return workers.process(task)


def _drive(tmp_path: Path, names: list[str]) -> Path:
    drive = tmp_path / "drive"
    for n, name in enumerate(names):
        write_customers(drive / name, customers(ROWS, start=n * ROWS))
    return drive


def _assets(ledger: Ledger, summary: ScanSummary) -> dict[str, Asset]:
    return {a.location.rsplit("/", 1)[-1]: a for a in ledger.scans.assets(summary.scan_id)}


def _findings(ledger: Ledger, asset: Asset) -> Counter[str]:
    counts: Counter[str] = Counter()
    for finding in ledger.scans.findings(asset.id):
        counts[finding.type] += finding.count
    return counts


def _killing_scan(drive: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> ScanSummary:
    with monkeypatch.context() as patch:
        patch.setattr(workers, "process", _process_or_die)
        summary = run_scan([str(drive)], ledger, POOL)
    assert not summary.interrupted
    return summary


def _undisturbed(drive: Path, tmp_path: Path) -> dict[str, Counter[str]]:
    """Findings by file name of the same drive scanned in this process, no worker killed."""
    with open_ledger(str(tmp_path / "reference.db")) as reference:
        summary = run_scan([str(drive)], reference, ScanOptions(workers=1, fast=True))
        return {name: _findings(reference, a) for name, a in _assets(reference, summary).items()}


def _assert_killed_only(
    ledger: Ledger, summary: ScanSummary, killed: set[str], expected: dict[str, Counter[str]]
) -> None:
    assets = _assets(ledger, summary)
    assert set(assets) == set(expected)
    for name, asset in assets.items():
        if name in killed:
            assert asset.state == "error", name
            assert asset.error is not None and "異常終了" in asset.error
            assert name in asset.error  # the reason names the file that took its worker down
            assert asset.size is not None and asset.content_hash is None
            assert not ledger.scans.findings(asset.id)
        else:
            assert asset.state == "ok", (name, asset.error)
            assert asset.people_estimate == ROWS
            assert _findings(ledger, asset) == expected[name], name
    good = len(expected) - len(killed)
    assert (summary.files, summary.read, summary.errors) == (len(expected), good, len(killed))
    assert summary.findings == sum(sum(expected[n].values()) for n in expected if n not in killed)
    assert summary.people == good * ROWS


def test_killed_worker_costs_only_its_file_and_is_read_again_next_time(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [f"c{n}.csv" for n in range(3)] + ["d-kill.csv"] + [f"e{n}.csv" for n in range(3)]
    drive = _drive(tmp_path, names)
    expected = _undisturbed(drive, tmp_path)
    summary = _killing_scan(drive, ledger, monkeypatch)
    _assert_killed_only(ledger, summary, {"d-kill.csv"}, expected)

    # In this process (one worker) so that the reads can be counted; the file no longer kills.
    reads = count_reads(monkeypatch)
    again = run_scan([str(drive)], ledger, ScanOptions(workers=1, fast=True))
    assert reads == ["d-kill.csv"]
    assert (again.files, again.read, again.unchanged, again.errors) == (len(names), 1, len(names) - 1, 0)
    assert again.findings == sum(sum(c.values()) for c in expected.values())
    assert again.people == len(names) * ROWS
    recovered = _assets(ledger, again)["d-kill.csv"]
    assert recovered.state == "ok" and _findings(ledger, recovered) == expected["d-kill.csv"]


def test_worker_killed_on_the_last_file(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [f"c{n}.csv" for n in range(5)] + ["z-kill.csv"]
    drive = _drive(tmp_path, names)
    expected = _undisturbed(drive, tmp_path)
    summary = _killing_scan(drive, ledger, monkeypatch)
    _assert_killed_only(ledger, summary, {"z-kill.csv"}, expected)


def test_two_files_in_a_row_kill_their_workers(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["a0.csv", "a1.csv", "b-kill.csv", "c-kill.csv", "d0.csv", "d1.csv", "d2.csv"]
    drive = _drive(tmp_path, names)
    expected = _undisturbed(drive, tmp_path)
    summary = _killing_scan(drive, ledger, monkeypatch)
    _assert_killed_only(ledger, summary, {"b-kill.csv", "c-kill.csv"}, expected)

    # Still killing: the two are tried again (not carried forward as errors), the rest carried forward.
    again = _killing_scan(drive, ledger, monkeypatch)
    assert (again.files, again.read, again.unchanged, again.errors) == (len(names), 0, len(names) - 2, 2)
    assert again.people == (len(names) - 2) * ROWS


def test_only_file_kills_its_worker(tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    drive = _drive(tmp_path, ["kill.csv"])
    summary = _killing_scan(drive, ledger, monkeypatch)
    assert (summary.files, summary.read, summary.errors, summary.findings) == (1, 0, 1, 0)
    (asset,) = ledger.scans.assets(summary.scan_id)
    assert asset.state == "error" and asset.error and "kill.csv" in asset.error
