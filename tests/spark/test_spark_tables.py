"""Large database tables read in ranges of their primary key on Spark executors give what the local engine
gives: the same `--json` columns, counts and people, and the same decision at 1,000/1,001 persons. SQLite
always; PostgreSQL (127.0.0.1:5432, database `test`) skips, naming the server, when it is not running."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, create_engine, text
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.scan.spark_engine import SparkRunner, SparkSettings
from mamori.scan.table_ranges import RangeJob, RangeResult
from tests.servers import postgres_server
from tests.spark.conftest import NEEDS_PYSPARK, comparable_report, ledger_rows

pytest.importorskip(*NEEDS_PYSPARK)

LOCAL = ScanOptions(workers=1, fast=True)
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
GIVEN = ["太郎", "花子", "一郎", "美咲", "健太", "陽菜", "翔太", "結衣", "大輔", "愛"]
VISITS = 3  # rows per person: a sample of 1,000 rows names a third as many persons, so it is not scaled


def _visits(table: str, persons: int, meta: MetaData) -> tuple[Table, list[dict[str, object]]]:
    """Each person's visits on consecutive rows: a sampled read names only the first third of them."""
    visits = Table(
        table,
        meta,
        Column("visit_id", Integer, primary_key=True),
        Column("shimei", String(60)),
        Column("tel", String(20)),
        Column("email", String(60)),
        Column("seinengappi", Date),
        Column("memo", String(200)),
    )
    rows = []
    for i in range(persons * VISITS):
        p = i // VISITS
        rows.append(
            {
                "visit_id": 10 + i * 7,  # keys with gaps, not starting at 1
                "shimei": f"{SURNAMES[p % 10]} {GIVEN[(p // 10) % 10]}{chr(0x4E00 + p)}",
                "tel": f"090-{1000 + p // 1000:04d}-{p % 10000:04d}",
                "email": f"p{p}@example.jp" if i % 5 else "",
                "seinengappi": None,
                "memo": f"再診 連絡先 080-{2000 + p % 7000:04d}-{p % 9000:04d}"
                if i % 11 == 0
                else "経過良好",
            }
        )
    return visits, rows


def _seed(url: str, schema: str | None = None) -> None:
    meta = MetaData(schema=schema)
    tables = [_visits("visits_1000", 1_000, meta), _visits("visits_1001", 1_001, meta)]
    # no integer key to split by: read on the driver, as locally
    members = Table("members", meta, Column("code", String(8), primary_key=True), Column("email", String(60)))
    engine = create_engine(url)
    meta.drop_all(engine)
    meta.create_all(engine)
    with engine.begin() as c:
        for table, rows in tables:
            c.execute(table.insert(), rows)
        c.execute(members.insert(), [{"code": f"M{i:05d}", "email": f"m{i}@example.jp"} for i in range(1500)])
    engine.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    _seed(url)
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    server = postgres_server()
    schema = f"mamori_spark_{uuid.uuid4().hex[:8]}"
    engine = create_engine(server)
    with engine.begin() as c:
        c.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        _seed(server, schema)
        yield f"{server}#schema={schema}"
    finally:
        with engine.begin() as c:
            c.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        engine.dispose()


class _Counted:
    """The Spark runner's `read_ranges`, counting the ranges each table was read in."""

    def __init__(self, runner: SparkRunner) -> None:
        self.runner = runner
        self.ranges: dict[str, int] = {}

    def __call__(
        self, plan: Callable[[int], list[RangeJob]], key: bytes, options: ScanOptions
    ) -> list[RangeResult]:
        def counted(wanted: int) -> list[RangeJob]:
            jobs = plan(wanted)
            self.ranges[jobs[0].table.name] = len(jobs)
            return jobs

        return self.runner.read_ranges(counted, key, options)


def _both(url: str, ledgers: tuple[Ledger, Ledger], options: ScanOptions) -> dict[str, Any]:
    local, spark = ledgers
    expected = run_scan([url], local, options)
    runner = SparkRunner(SparkSettings(partitions=4))
    ranges = _Counted(runner)
    got = run_scan([url], spark, options, runner=runner, ranges=ranges)
    assert ranges.ranges == {"visits_1000": 4, "visits_1001": 4}  # the members table has no integer key
    assert got.counts() == expected.counts()
    report = comparable_report(spark, got.scan_id)
    assert report == comparable_report(local, expected.scan_id)
    assert ledger_rows(spark, got.scan_id) == ledger_rows(local, expected.scan_id)
    return report


def _check_threshold(report: dict[str, Any]) -> None:
    tables = {a["location"].rsplit("=", 1)[-1].rsplit(".", 1)[-1]: a for a in report["assets"]}
    # read whole (a sample of recurring persons says nothing), counted exactly, on either side of 1,000
    assert tables["visits_1000"]["people"] == 1_000
    assert tables["visits_1000"]["people_method"].startswith("全3,000行を読んで数えた")
    assert "R7-4" not in tables["visits_1000"]["report_triggers_if_leaked"]
    assert tables["visits_1001"]["people"] == 1_001
    assert "R7-4" in tables["visits_1001"]["report_triggers_if_leaked"]


def test_sqlite_tables_in_key_ranges_same_as_local(
    spark: object, sqlite_url: str, ledgers: tuple[Ledger, Ledger]
) -> None:
    _check_threshold(_both(sqlite_url, ledgers, LOCAL))


def test_sqlite_full_pipeline_in_key_ranges_same_as_local(
    spark: object, sqlite_url: str, ledgers: tuple[Ledger, Ledger]
) -> None:
    _both(sqlite_url, ledgers, ScanOptions(workers=1, full=True))


def test_postgresql_tables_in_key_ranges_same_as_local(
    spark: object, postgres_url: str, ledgers: tuple[Ledger, Ledger]
) -> None:
    _check_threshold(_both(postgres_url, ledgers, LOCAL))


def test_cli_json_with_spark_partitions_same_as_local(spark: object, sqlite_url: str, tmp_path: Path) -> None:
    cli = CliRunner()

    def scan(*engine: str) -> dict[str, Any]:
        ledger = tmp_path / f"{len(engine)}.db"
        result = cli.invoke(app, ["scan", sqlite_url, "--db", str(ledger), "--fast", "--json", *engine])
        assert result.exit_code in (0, 1), result.output
        report: dict[str, Any] = json.loads(result.stdout)
        report.pop("ledger")
        for key in ("id", "started_at", "finished_at"):
            report["scan"].pop(key)
        return report

    assert scan("--engine", "spark", "--partitions", "4") == scan()
