"""Database scan throughput: rows/s of a sampled and a full scan of the seeded customer table.

The table is the one the tests seed (100,000 customers with names, kana, addresses, phones, e-mails,
birthdays and medical notes), on SQLite and on the PostgreSQL and MariaDB servers when they run.
Wall-clock time of `scan_database` for the `customers` table alone, one process (`workers=1`).

    .venv/bin/python -m benchmarks.db_bench
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.scan.test_database_scan import Seeded, _seed_mariadb, _seed_postgres, _seed_sqlite

from mamori.ledger import open_ledger
from mamori.scan import ScanOptions
from mamori.scan.database import scan_database

SAMPLE = 1_000


def _measure(url: str, home: Path, *, full: bool) -> dict[str, Any]:
    scoped = f"{url}&table=customers" if "#" in url else f"{url}#table=customers"
    with open_ledger(str(home / f"ledger-{time.monotonic_ns()}.db")) as ledger:
        run = ledger.scans.start([scoped])
        started = time.perf_counter()
        scan_database(scoped, ledger, run.id, ScanOptions(workers=1, full=full, sample=SAMPLE))
        seconds = time.perf_counter() - started
        (asset,) = ledger.scans.assets(run.id)
    rows = int(asset.exposure.get("rows_read", 0))
    return {
        "rows": rows,
        "seconds": round(seconds, 3),
        "rows_per_s": round(rows / seconds) if seconds else None,
        "people": asset.people_estimate,
        "appi_class": asset.appi_class,
    }


def _engines(folder: Path) -> Iterator[tuple[str, Callable[[], Iterator[Seeded]]]]:
    yield "sqlite", lambda: _seed_sqlite(folder)
    yield "postgresql", _seed_postgres
    yield "mariadb", _seed_mariadb


def run() -> dict[str, Any] | None:
    """rows/s per engine, or None (with a message) when no engine could be seeded."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ.setdefault("MAMORI_HOME", str(home / "home"))
        for name, seed in _engines(home):
            try:
                with contextlib.contextmanager(seed)() as seeded:
                    results[name] = {
                        "sampled": _measure(seeded.url, home, full=False),
                        "full": _measure(seeded.url, home, full=True),
                    }
            except pytest.skip.Exception as skipped:
                print(f"db_bench: {name} skipped: {skipped.msg}")
    if not results:
        print("db_bench: no database engine available")
        return None
    return results


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
