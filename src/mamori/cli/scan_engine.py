"""`--engine`, `--master` and `--partitions` of `mamori scan` into the runner that analyses the files.

The Spark engine's module is imported only when it is asked for, and only after checking that the
`spark` extra is installed: without it the user is told how to install it (exit 2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from mamori.cli.gate import EXIT_USAGE
from mamori.cli.output import err_console
from mamori.scan.workers import TaskRunner, run_tasks

if TYPE_CHECKING:
    from mamori.scan.remote import RemoteLister
    from mamori.scan.table_ranges import RangeRunner

ENGINES = ("local", "spark")


def task_runner(
    engine: str, master: str | None, partitions: int | None, store_values: bool
) -> tuple[TaskRunner, RangeRunner | None, RemoteLister | None]:
    """What analyses the files, what reads large database tables in key ranges (None: on the driver), and
    what lists the files behind `hdfs://`, `s3a://`, `abfss://` and `file://` URLs (None: refused)."""
    if engine not in ENGINES:
        _refuse(f"--engine は {' か '.join(ENGINES)} を指定してください（指定: {engine}）")
    if engine == "local":
        if master is not None or partitions is not None:
            _refuse("--master と --partitions は --engine spark と一緒に指定してください")
        return run_tasks, None, None
    from mamori.scan import spark_engine

    if not spark_engine.pyspark_installed():
        _refuse(spark_engine.INSTALL_HINT)
    if store_values:
        _refuse("--store-values は --engine spark では使えません（エグゼキューターから生の値を送らないため）")
    runner = spark_engine.SparkRunner(spark_engine.SparkSettings(master=master, partitions=partitions))
    return runner, runner.read_ranges, runner.list_files


def _refuse(message: str) -> None:
    err_console.print(f"[red]エラー[/red]: {escape(message)}", highlight=False)
    raise typer.Exit(EXIT_USAGE)
