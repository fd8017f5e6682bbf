"""Failures on executors: a Python worker killed mid-partition is retried by Spark and the scan ends as it
would have; a file whose analysis raises, or that kills every worker that reads it, becomes an error asset
and the job goes on.

The wrappers below run on the executors: registered with Spark's cloudpickle to travel by value (the
executors cannot import this test module), they do what they do there, in the real Python worker.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from mamori.ledger import Ledger
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan
from mamori.scan.spark_engine import SparkRunner, SparkSettings
from mamori.scan.spark_tasks import analyse_partition
from mamori.scan.workers import FileOutcome, FileTask
from tests.scan.conftest import customers, write_customers
from tests.spark.conftest import NEEDS_PYSPARK, comparable_report

cloudpickle = pytest.importorskip(*NEEDS_PYSPARK).cloudpickle

cloudpickle.register_pickle_by_value(sys.modules[__name__])

OPTIONS = ScanOptions(workers=1, fast=True)


def _drive(root: Path, names: list[str]) -> Path:
    for n, name in enumerate(names):
        write_customers(root / name, customers(5, start=n * 5))
    return root


def _dies_on_first_attempt(
    key: bytes, options: ScanOptions, batches: Iterable[list[FileTask]]
) -> Iterator[FileOutcome]:
    """Kills its Python worker, as the OOM killer would, on the first attempt at the partition holding a
    file named `victim`, leaving a mark beside it that it did."""
    from pyspark import TaskContext

    tasks = [t for batch in batches for t in batch]
    victims = [t.path for t in tasks if "victim" in t.path.name]
    context = TaskContext.get()
    if victims and context is not None and context.attemptNumber() == 0:
        (victims[0].parent / "killed.mark").touch()
        os.kill(os.getpid(), signal.SIGKILL)
    yield from analyse_partition(key, options, [tasks])


def _always_dies_or_raises(
    key: bytes, options: ScanOptions, batches: Iterable[list[FileTask]]
) -> Iterator[FileOutcome]:
    """A file named `poison` kills every worker that reads it; one named `broken` makes the analysis raise."""
    from mamori.scan.analyse import Analyser

    tasks = [t for batch in batches for t in batch]
    if any("poison" in t.path.name for t in tasks):
        os.kill(os.getpid(), signal.SIGKILL)
    real = Analyser.analyse

    def analyse(self: Analyser, path: Path, *, store_values: bool) -> object:
        if "broken" in path.name:
            raise RuntimeError("a reader bug quoting 090-1234-5678")
        return real(self, path, store_values=store_values)

    Analyser.analyse = analyse  # type: ignore[method-assign]
    try:
        yield from analyse_partition(key, options, [tasks])
    finally:  # Python workers are reused: the next task gets the real analyser
        Analyser.analyse = real  # type: ignore[method-assign]


def test_a_killed_worker_is_retried_and_the_result_is_the_same(
    spark: object, tmp_path: Path, ledgers: tuple[Ledger, Ledger]
) -> None:
    drive = _drive(tmp_path / "drive", ["a.csv", "b.csv", "victim.csv", "d.csv"])
    local, spark_ledger = ledgers
    expected = run_scan([str(drive)], local, OPTIONS)
    (drive / "killed.mark").unlink(missing_ok=True)
    runner = SparkRunner(SparkSettings(partitions=2), work=_dies_on_first_attempt)
    got = run_scan([str(drive)], spark_ledger, OPTIONS, runner=runner)
    assert (drive / "killed.mark").exists(), "the worker was never killed"
    (drive / "killed.mark").unlink()
    assert got.errors == 0
    assert comparable_report(spark_ledger, got.scan_id) == comparable_report(local, expected.scan_id)


def test_failing_files_become_error_assets(
    spark: object, tmp_path: Path, ledgers: tuple[Ledger, Ledger]
) -> None:
    drive = _drive(tmp_path / "drive", ["a.csv", "broken.csv", "poison.csv", "d.csv"])
    runner = SparkRunner(SparkSettings(partitions=1), work=_always_dies_or_raises)
    summary = run_scan([str(drive)], ledgers[1], OPTIONS, runner=runner)
    assets = {a.location.rsplit("/", 1)[-1]: a for a in ledgers[1].scans.assets(summary.scan_id)}
    assert {n: a.state for n, a in assets.items()} == {
        "a.csv": "ok",
        "broken.csv": "error",
        "poison.csv": "error",
        "d.csv": "ok",
    }
    assert assets["broken.csv"].error == "解析中にエラーが発生しました（RuntimeError）"
    assert "異常終了" in (assets["poison.csv"].error or "")
    assert "090-1234-5678" not in repr(assets)
    assert summary.errors == 2 and summary.people == 10
    assert assets["a.csv"].people_estimate == assets["d.csv"].people_estimate == 5


@pytest.mark.parametrize("master", ["spark://cluster:7077", "yarn"])
def test_the_key_never_crosses_an_unencrypted_network(master: str) -> None:
    from mamori.scan.spark_engine import SparkEngineError, check_key_transport

    class Conf:
        def __init__(self, values: dict[str, str]) -> None:
            self.values = values

        def get(self, name: str) -> str | None:
            return self.values.get(name)

    class Context:
        def __init__(self, values: dict[str, str]) -> None:
            self.conf = Conf({"spark.master": master, **values})

        def getConf(self) -> Conf:
            return self.conf

    with pytest.raises(SparkEngineError, match=r"spark\.network\.crypto\.enabled"):
        check_key_transport(Context({"spark.authenticate": "true"}))  # type: ignore[arg-type]
    encrypted = {
        "spark.authenticate": "true",
        "spark.network.crypto.enabled": "true",
        "spark.io.encryption.enabled": "true",
    }
    check_key_transport(Context(encrypted))  # type: ignore[arg-type]
    check_key_transport(Context({"spark.mamori.trustedNetwork": "true"}))  # type: ignore[arg-type]
