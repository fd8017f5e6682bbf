"""`make bench-spark` (not in CI): the Spark engine against the local one on this machine.

MB/s of a fast scan of a generated drive (scan_bench's corpus, `MAMORI_BENCH_SPARK_MB`, default 128) with
the local process pool (as many workers as cores), Spark `local[1]` and Spark `local[2]`; and the fixed
cost Spark adds on a small drive (the demo drive): starting the JVM and context, and the jobs of a scan.
The per-core rate of `local[1]` is what docs/spark.md scales to a cluster. Written to
benchmarks/results/spark.json.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.scan_bench import CACHE, MB, _private_home, generate
from mamori.demo.drive import build_shared_drive
from mamori.ledger import open_ledger
from mamori.native import compiled_modules
from mamori.scan.options import ScanOptions, default_workers
from mamori.scan.run import run_scan
from mamori.scan.spark_engine import SparkRunner, SparkSettings, spark_context
from mamori.scan.workers import TaskRunner, run_tasks

RESULTS = Path(__file__).parent / "results" / "spark.json"


def _size(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def _timed_scan(root: Path, ledger_path: Path, options: ScanOptions, runner: TaskRunner) -> dict[str, Any]:
    size = _size(root)
    with open_ledger(str(ledger_path)) as ledger:
        started = time.perf_counter()
        summary = run_scan([str(root)], ledger, options, runner=runner)
        seconds = time.perf_counter() - started
    return {
        "mb": round(size / MB, 1),
        "seconds": round(seconds, 2),
        "mb_per_s": round(size / MB / seconds, 2),
        "files": summary.files,
        "errors": summary.errors,
        "findings": summary.findings,
        "people": summary.people,
    }


def _spark(master: str, drives: dict[str, Path], work: Path, options: ScanOptions) -> dict[str, Any]:
    """Scans of each drive on one context of `master`, whose start is timed apart."""
    started = time.perf_counter()
    context, _ = spark_context(SparkSettings(master=master))
    out: dict[str, Any] = {"context_start_s": round(time.perf_counter() - started, 2)}
    try:
        for name, root in drives.items():
            out[name] = _timed_scan(root, work / f"{master}-{name}.db", options, SparkRunner(SparkSettings()))
    finally:
        context.stop()
    return out


def run() -> dict[str, Any]:
    total_mb = int(os.environ.get("MAMORI_BENCH_SPARK_MB", "128"))
    root = CACHE / f"scan-{total_mb}"
    generate(root, total_mb)
    workers = default_workers()
    options = ScanOptions(workers=workers, fast=True)
    results: dict[str, Any] = {
        "corpus_mb": total_mb,
        "mode": "fast",
        "cores": os.cpu_count(),
        "compiled_modules": compiled_modules(),
    }
    with tempfile.TemporaryDirectory() as scratch, _private_home(Path(scratch)):
        work = Path(scratch)
        drives = {"generated": root, "demo": build_shared_drive(work / "demo")}
        results["local"] = {
            "workers": workers,
            **{
                name: _timed_scan(d, work / f"local-{name}.db", options, run_tasks)
                for name, d in drives.items()
            },
        }
        for master in ("local[1]", "local[2]"):
            results[master] = _spark(master, drives, work, options)
    one = results["local[1]"]["generated"]["mb_per_s"]
    results["per_core_mb_per_s"] = one
    # The first context pays the JVM's start (later ones in the same process reuse it), as a CLI scan does.
    results["demo_overhead_s"] = round(
        results["local[1]"]["context_start_s"]
        + results["local[2]"]["demo"]["seconds"]
        - results["local"]["demo"]["seconds"],
        2,
    )
    return results


def main() -> None:
    results = run()
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
