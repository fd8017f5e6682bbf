"""`make web-bench`: how fast the dashboard's pages and API answer over a ledger of 100,000 assets.

A measurement, not a test: builds a SQLite ledger with one scan of ASSETS assets (two finding summaries
each, as a scan of a large shared drive leaves it), logs in as a viewer and times each page in-process
(TestClient: the server's own time, without a network). Prints the median and worst of RUNS requests per
page; the target is under 200 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from mamori.ledger import open_ledger
from mamori.scan.assess import APPI_CLASSES
from mamori.scan.exposure import EXPOSURE_LABELS
from mamori.web.app import create_app
from mamori.web.passwords import hash_password
from mamori.web.settings import WebSettings

ASSETS = 100_000
RUNS = 7
TARGET_MS = 200
KINDS = ("csv", "xlsx", "docx", "pdf", "eml", "txt")
TYPES = ("PERSON", "PHONE", "EMAIL", "ADDRESS", "MY_NUMBER", "SENSITIVE")


def _asset_row(i: int, rng: random.Random) -> tuple[object, ...]:
    personal = rng.random() < 0.6
    flags = rng.sample(list(EXPOSURE_LABELS), k=rng.randint(0, 2))
    exposure = {"flags": flags, "columns": [{"header": "氏名", "holds": "PERSON", "why": "見出し"}]}
    location = f"file:///srv/share/dept{i % 50}/folder{i % 7}/file{i}.{KINDS[i % len(KINDS)]}"
    return (
        1,
        location,
        f"{i:064x}",
        KINDS[i % len(KINDS)],
        rng.randint(1_000, 5_000_000),
        1_700_000_000_000_000_000 + i,
        "ok",
        rng.randint(1, 5_000) if personal else None,
        "表の行ごとに本人を数えた" if personal else None,
        rng.choice(APPI_CLASSES) if personal else None,
        int(personal and rng.random() < 0.2),
        json.dumps(["R7-1"] if personal and rng.random() < 0.2 else []),
        rng.randint(0, 10_000_000) if personal else None,
        json.dumps(exposure),
        f"user{i % 40}",
    )


def build_ledger(path: Path, assets: int) -> None:
    """A ledger written straight through SQLite: a hundred thousand repository calls would take minutes."""
    open_ledger(str(path)).close()  # creates the schema
    rng = random.Random(7)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    with sqlite3.connect(path) as db:
        counts = {"files": assets, "findings": assets * 2, "people": assets * 10}
        db.execute(
            "INSERT INTO scans (id, started_at, finished_at, roots, status, counts)"
            " VALUES (1, ?, ?, ?, 'done', ?)",
            (now, now, json.dumps(["/srv/share"]), json.dumps(counts)),
        )
        db.executemany(
            "INSERT INTO assets (scan_id, location, location_key, kind, size, mtime_ns, state,"
            " people_estimate, people_method, appi_class, sensitive, report_triggers, jnsa_yen,"
            " exposure, owner)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (_asset_row(i, rng) for i in range(assets)),
        )
        db.executemany(
            "INSERT INTO finding_summaries (asset_id, type, count, preview, keyed_hash)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                (asset, TYPES[(asset + k) % len(TYPES)], 3, "***-****-5678", f"{asset * 2 + k:064x}")
                for asset in range(1, assets + 1)
                for k in range(2)
            ),
        )


def _client(path: Path) -> TestClient:
    with open_ledger(str(path)) as ledger:
        ledger.accounts.add_user("bench", "viewer", hash_password("bench-password"))
    client = TestClient(create_app(WebSettings(ledger_url=str(path))))
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
    assert token is not None
    client.post("/login", data={"name": "bench", "password": "bench-password", "csrf_token": token.group(1)})
    return client


PAGES = (
    "/",
    "/assets",
    "/assets?appi_class=要配慮個人情報",
    "/assets?exposure=world_readable",
    "/assets?folder=/srv/share/dept7",
    "/assets?type=MY_NUMBER",
    "/assets?offset=50000",
    "/assets/54321",
    "/scans",
    "/incidents",
    "/api/overview",
    "/api/assets?limit=100",
    "/api/assets/54321",
)


def measure(client: TestClient, path: str, runs: int) -> tuple[float, float, float]:
    """The first request (templates compiled, the scan's aggregates counted), then the median and worst
    of the next `runs`."""
    start = time.perf_counter()
    assert client.get(path).status_code == 200, path
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - start) * 1000)
    return first, statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assets", type=int, default=ASSETS)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ledger.db"
        start = time.perf_counter()
        build_ledger(path, args.assets)
        print(f"ledger of {args.assets:,} assets built in {time.perf_counter() - start:.1f} s")
        client = _client(path)
        print(f"{'page':<42} {'first ms':>10} {'median ms':>10} {'worst ms':>10}")
        slowest = 0.0
        for page in PAGES:
            first, median, worst = measure(client, page, args.runs)
            slowest = max(slowest, median)
            print(f"{page:<42} {first:>10.1f} {median:>10.1f} {worst:>10.1f}")
        verdict = "within" if slowest < TARGET_MS else "OVER"
        print(f"slowest median {slowest:.1f} ms: {verdict} the {TARGET_MS} ms target")


if __name__ == "__main__":
    main()
