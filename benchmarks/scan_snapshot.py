"""Everything a default `mamori scan` records, one line per asset, so that a speed change to the scan
pipeline (readers, batching, workers) can prove it records exactly what it recorded before.

Drives: the scan benchmark's corpus and full-pipeline slice (`MAMORI_SNAPSHOT_BENCH_MB`, default 8), the
blind people dev drives (each from its generator and seed) and a docx-heavy folder built from their
texts (`benchmarks/docx_drive.py`). Each is scanned with the default pipeline into a fresh ledger under
a throwaway MAMORI_HOME holding a fixed key, so keyed hashes compare across runs. Per asset: kind, state,
error, people, APPI class, encoding, the column decisions and every finding's type, subtype, location,
count, masked preview and keyed hash. Never a raw value.

    python -m benchmarks.scan_snapshot --out before.jsonl
    python -m benchmarks.scan_snapshot --out after.jsonl --compare before.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks import docx_drive, scan_bench
from benchmarks.blind_people import BLIND, SEEDS
from benchmarks.findings_snapshot import compare
from mamori.ledger import open_ledger
from mamori.scan import ScanOptions
from mamori.scan.run import run_scan
from mamori.sources.location import file_uri

CACHE = Path(__file__).resolve().parent / ".cache" / "snapshot"
BLIND_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
_KEY = bytes(range(32))  # fixed: the same value hashes the same in every snapshot


def drives() -> dict[str, Path]:
    """The drives, generated on first use and kept under `benchmarks/.cache/snapshot/`."""
    bench_mb = int(os.environ.get("MAMORI_SNAPSHOT_BENCH_MB", "8"))
    bench = scan_bench.CACHE / f"scan-{bench_mb}"
    scan_bench.generate(bench, bench_mb)
    out = {"bench": bench, "bench-full": scan_bench._full_slice(bench, max(1, bench_mb // 4))}
    for name in BLIND_SETS:
        folder = CACHE / f"blind-{name}"
        if not (folder / "truth.json").exists():
            command = [sys.executable, str(BLIND / name / "generate.py"), "--out", str(folder)]
            subprocess.run([*command, "--seed", str(SEEDS[name])], check=True, stdout=subprocess.DEVNULL)
        out[name] = folder / "drive"
    docs = CACHE / "docx"
    if not docs.exists():
        docx_drive.build(CACHE, docs)
    out["docx"] = docs
    return out


def scan_lines(name: str, drive: Path, workdir: Path) -> Iterator[str]:
    ledger = open_ledger(f"sqlite:///{workdir / f'{name}.db'}")
    summary = run_scan([str(drive)], ledger, ScanOptions(workers=2))
    root = file_uri(drive)
    for asset in sorted(ledger.scans.assets(summary.scan_id), key=lambda a: a.location):
        findings = sorted(
            (f.type, f.subtype or "", f.location or "", f.count, f.preview, f.keyed_hash)
            for f in ledger.scans.findings(asset.id)
        )
        record = [
            asset.location,
            asset.kind,
            asset.state,
            asset.error,
            asset.people_estimate,
            asset.people_method,
            asset.appi_class,
            asset.sensitive,
            list(asset.report_triggers),
            asset.encoding,
            {k: asset.exposure.get(k) for k in ("format", "items", "columns")},
            findings,
        ]
        yield json.dumps(record, ensure_ascii=False, sort_keys=True).replace(root, name)
    yield json.dumps([name, "scan people", summary.people, "findings", summary.findings], ensure_ascii=False)


def snapshot(names: list[str]) -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="scan-snapshot-") as tmp:
        saved = os.environ.get("MAMORI_HOME")
        home = Path(tmp) / "home"
        home.mkdir()
        (home / "secret.key").write_bytes(_KEY)
        (home / "secret.key").chmod(0o600)
        os.environ["MAMORI_HOME"] = str(home)
        try:
            for name, drive in drives().items():
                if names and name not in names:
                    continue
                started = time.perf_counter()
                yield from scan_lines(name, drive, Path(tmp))
                print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
        finally:
            if saved is None:
                os.environ.pop("MAMORI_HOME", None)
            else:
                os.environ["MAMORI_HOME"] = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot: print what differs")
    parser.add_argument("--drives", nargs="*", default=[], help="only these drives (default: all)")
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for line in snapshot(args.drives):
            out.write(line + "\n")
    if args.compare is not None:
        raise SystemExit(compare(args.compare, args.out, "asset lines"))


if __name__ == "__main__":
    main()
