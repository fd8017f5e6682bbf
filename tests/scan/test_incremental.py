"""A second scan re-reads nothing that is unchanged; an interrupted scan resumes where it stopped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import count_reads, customers, write_customers
from mamori.ledger import Ledger
from mamori.scan import workers
from mamori.scan.analyse import Analyser, FileAnalysis
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

FAST = ScanOptions(workers=1, fast=True)


def _drive(tmp_path: Path, files: int = 4) -> Path:
    drive = tmp_path / "drive"
    for n in range(files):
        write_customers(drive / f"c{n}.csv", customers(5, start=n * 5))
    return drive


def test_unchanged_tree_is_not_read_again(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive = _drive(tmp_path)
    first = run_scan([str(drive)], ledger, FAST)
    hashed: list[Path] = []
    real_hash = workers.content_hash
    monkeypatch.setattr(workers, "content_hash", lambda p: hashed.append(p) or real_hash(p))
    reads = count_reads(monkeypatch)
    second = run_scan([str(drive)], ledger, FAST)
    assert reads == [] and hashed == []  # not even hashed: size and mtime agree
    assert (second.read, second.unchanged, second.files) == (0, 4, 4)
    assert second.people == first.people == 20
    old = {a.location: a for a in ledger.scans.assets(first.scan_id)}
    for asset in ledger.scans.assets(second.scan_id):
        assert asset.people_estimate == old[asset.location].people_estimate
        assert len(ledger.scans.findings(asset.id)) == len(ledger.scans.findings(old[asset.location].id))


def test_touched_file_is_hashed_not_analysed_and_changed_file_is_read(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive = _drive(tmp_path)
    run_scan([str(drive)], ledger, FAST)
    os.utime(drive / "c0.csv", (1_700_000_000, 1_700_000_000))  # same bytes, new mtime
    write_customers(drive / "c1.csv", customers(6, start=100))
    reads = count_reads(monkeypatch)
    summary = run_scan([str(drive)], ledger, FAST)
    assert reads == ["c1.csv"]
    assert (summary.read, summary.unchanged, summary.files) == (1, 3, 4)  # 4 files on disk, counted once


def test_a_touched_file_is_not_hashed_again_on_later_scans(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive = _drive(tmp_path)
    run_scan([str(drive)], ledger, FAST)
    os.utime(drive / "c0.csv", (1_700_000_000, 1_700_000_000))
    run_scan([str(drive)], ledger, FAST)  # hashes c0.csv once, finds the same bytes
    hashed: list[Path] = []
    real_hash = workers.content_hash
    monkeypatch.setattr(workers, "content_hash", lambda p: hashed.append(p) or real_hash(p))
    third = run_scan([str(drive)], ledger, FAST)
    assert hashed == [] and (third.files, third.unchanged) == (4, 4)


def test_full_forces_a_reread(tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    drive = _drive(tmp_path)
    run_scan([str(drive)], ledger, FAST)
    reads = count_reads(monkeypatch)
    summary = run_scan([str(drive)], ledger, ScanOptions(workers=1, fast=True, full=True))
    assert sorted(reads) == ["c0.csv", "c1.csv", "c2.csv", "c3.csv"]
    assert summary.unchanged == 0


def test_interrupted_scan_resumes_where_it_stopped(
    tmp_path: Path, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive = _drive(tmp_path, files=5)
    real = Analyser.analyse
    seen: list[str] = []

    def interrupting(self: Analyser, path: Path, *, store_values: bool) -> FileAnalysis:
        if len(seen) == 2:
            raise KeyboardInterrupt
        seen.append(path.name)
        return real(self, path, store_values=store_values)

    monkeypatch.setattr(Analyser, "analyse", interrupting)
    first = run_scan([str(drive)], ledger, FAST)
    assert first.interrupted
    assert ledger.scans.get(first.scan_id).status == "interrupted"
    assert len(ledger.scans.assets(first.scan_id)) == 2  # what was finished is kept
    monkeypatch.setattr(Analyser, "analyse", real)
    reads = count_reads(monkeypatch)
    second = run_scan([str(drive)], ledger, FAST)
    assert second.resumed and second.scan_id == first.scan_id
    assert second.already_done == 2 and len(reads) == 3 and not set(reads) & set(seen)
    assets = ledger.scans.assets(second.scan_id)
    assert len(assets) == 5 and len({a.location for a in assets}) == 5
    assert ledger.scans.get(second.scan_id).status == "done"
    assert second.people == 25  # the people of the files read before the interruption still count
    # the scan's counts are of the whole scan, not only of the run that finished it
    assert second.files == 5 and ledger.scans.get(second.scan_id).counts["files"] == 5
    assert second.findings == first.findings + sum(
        f.count for a in assets[2:] for f in ledger.scans.findings(a.id)
    )


def test_killed_scan_is_resumed_too(tmp_path: Path, ledger: Ledger) -> None:
    drive = _drive(tmp_path, files=3)
    killed = ledger.scans.start([str(drive.absolute())])  # a scan whose process died: still `running`
    summary = run_scan([str(drive)], ledger, FAST)
    assert summary.resumed and summary.scan_id == killed.id
    assert summary.read == 3


def test_people_sketches_of_an_earlier_version_do_not_break_a_rescan(tmp_path: Path, ledger: Ledger) -> None:
    drive = _drive(tmp_path)
    first = run_scan([str(drive)], ledger, FAST)
    home = Path(os.environ["MAMORI_HOME"])
    sketches = list((home / "people").rglob("*.bin"))
    assert sketches
    for sketch in sketches:  # as an HMAC-era version wrote them: no version byte
        sketch.write_bytes(b"E" + bytes(8))
    second = run_scan([str(drive)], ledger, FAST)
    assert (second.read, second.unchanged) == (0, 4)
    assert second.people == first.people == 20  # each asset's own count still stands
