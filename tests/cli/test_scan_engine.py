"""`mamori scan --engine`: without the `spark` extra the Spark engine says how to install it and exits 2;
options that only the Spark engine takes are refused with the local one. None of this needs pyspark."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mamori.cli.app import app
from mamori.scan import spark_engine

runner = CliRunner()


@pytest.fixture
def drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MAMORI_HOME", str(tmp_path / "home"))
    root = tmp_path / "drive"
    root.mkdir()
    (root / "案内.txt").write_text("営業時間は平日9時から17時です。\n", encoding="utf-8")
    return root


def _scan(tmp_path: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["scan", *args, "--db", str(tmp_path / "l.db"), "--fast"])
    return result.exit_code, result.output


def test_spark_without_the_extra_says_how_to_install_it(
    tmp_path: Path, drive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spark_engine, "find_spec", lambda name: None)
    code, output = _scan(tmp_path, str(drive), "--engine", "spark")
    assert code == 2
    assert "pip install 'mamori[spark]'" in output and "Java 17" in output
    assert not (tmp_path / "l.db").exists()  # refused before any scan was started


def test_an_unknown_engine_is_a_usage_error(tmp_path: Path, drive: Path) -> None:
    code, output = _scan(tmp_path, str(drive), "--engine", "dask")
    assert code == 2
    assert "--engine は local か spark" in output


def test_spark_options_need_the_spark_engine(tmp_path: Path, drive: Path) -> None:
    code, output = _scan(tmp_path, str(drive), "--master", "local[2]")
    assert code == 2
    assert "--engine spark と一緒に" in output


def test_store_values_is_refused_on_spark(
    tmp_path: Path, drive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spark_engine, "find_spec", lambda name: object())
    code, output = _scan(tmp_path, str(drive), "--engine", "spark", "--store-values")
    assert code == 2
    assert "生の値を送らない" in output


def test_local_retries_are_given_to_a_local_master() -> None:
    assert spark_engine.with_local_retries("local[2]") == "local[2,4]"
    assert spark_engine.with_local_retries("local") == "local[1,4]"
    assert spark_engine.with_local_retries("local[*]") == "local[*,4]"
    assert spark_engine.with_local_retries("local[2,3]") == "local[2,3]"
    assert spark_engine.with_local_retries("spark://host:7077") == "spark://host:7077"


def test_partitions_carry_about_equal_bytes() -> None:
    from mamori.scan.workers import FileTask

    tasks = [
        FileTask(Path(f"/f{i}"), f"file:///f{i}", size, 0) for i, size in enumerate([90, 50, 40, 10, 5, 5])
    ]
    planned = spark_engine.plan_partitions(tasks, 2)
    assert sorted(sum(t.size for t in p) for p in planned) == [100, 100]
    assert len(spark_engine.plan_partitions(tasks, 50)) == len(tasks)


@pytest.mark.parametrize(
    "url", ["hdfs://namenode/share", "s3a://bucket/exports", "abfss://c@a.dfs.core.windows.net/x"]
)
def test_file_system_urls_need_spark(tmp_path: Path, drive: Path, url: str) -> None:
    code, output = _scan(tmp_path, url)
    assert code == 2
    assert "--engine spark" in output
    assert not (tmp_path / "l.db").exists()
