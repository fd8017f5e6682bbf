"""`mamori scan --engine spark`: the files a scan must read, analysed on a Spark cluster.

The driver is the scan of `run.py` unchanged — it walks, decides what is unchanged, and writes each
outcome to the ledger as it arrives — with this module in place of the local process pool. It plans
partitions of about equal bytes, runs each as its own Spark job (so outcomes arrive partition by
partition, and an interrupted scan keeps every partition it finished), and on the executors runs
`spark_tasks.analyse_partition`: the local workers' per-file `process`, one analyser per partition.

Failures: a Python worker or executor lost mid-partition fails its task, which Spark runs again (the
local master is given retries for that: `local[N]` becomes `local[N,4]`). A partition that fails all
its attempts is read again one file per job, and a file that fails alone that way too becomes an error
asset, as a file that kills a local worker does: a file never fails the scan.

The installation key travels inside the pickled task (never in the Spark configuration, environment or a
broadcast, which Spark shows in its UI or may write to an executor's disk). On a cluster the task crosses
the network, so the engine runs on a non-local master only when Spark authenticates and encrypts its
traffic and its local disk files (`KEY_CONFIG`), or when the operator has declared the network trusted.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import partial
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

from mamori.scan.options import ScanOptions
from mamori.scan.remote import RemoteFile, remote_location
from mamori.scan.spark_tasks import analyse_partition, analyse_remote
from mamori.scan.table_ranges import RangeJob, RangeResult, read_range
from mamori.scan.workers import FileOutcome, FileTask, crashed

if TYPE_CHECKING:
    from pyspark import SparkContext

INSTALL_HINT = (
    "Spark エンジン（--engine spark）には追加のパッケージが必要です。"
    "次のコマンドでインストールしてください:\n"
    "  pip install 'mamori[spark]'\n"
    "Spark の実行には Java 17 以降も必要です（Debian/Ubuntu: apt-get install openjdk-17-jre-headless）"
)
# Spark settings that keep the key (inside each task) encrypted on the wire and on executors' disks.
KEY_CONFIG = {
    "spark.authenticate": "true",
    "spark.network.crypto.enabled": "true",
    "spark.io.encryption.enabled": "true",
}
# Set by an operator whose cluster network is private to them (a single host, a VPC with encryption
# below Spark): the key then travels in tasks without Spark's own encryption.
TRUSTED_NETWORK = "spark.mamori.trustedNetwork"
LOCAL_RETRIES = 4
PARTITIONS_PER_CORE = 4
_LOCAL = re.compile(r"local(?:\[(?P<threads>[^\],]+)\])?$")


# What an executor runs over a partition (`spark_tasks.analyse_partition`; a test may wrap it).
PartitionWork = Callable[[bytes, ScanOptions, Iterable[list[FileTask]]], Iterator[FileOutcome]]


class SparkEngineError(Exception):
    """The Spark engine cannot run as asked (message in Japanese, for the user)."""


@dataclass(frozen=True)
class SparkSettings:
    """`master` as `--master` gave it (None: the one Spark is configured with, else `local[*]`);
    `partitions` as `--partitions` gave it (None: four per core Spark offers, at most one per file)."""

    master: str | None = None
    partitions: int | None = None


def pyspark_installed() -> bool:
    return find_spec("pyspark") is not None


def with_local_retries(master: str) -> str:
    """`local[N]` runs each task once: a lost Python worker would fail the scan. Give it retries as a
    cluster has them (`local[N,F]`); any other master is left as given."""
    matched = _LOCAL.match(master)
    if matched is None:
        return master
    return f"local[{matched.group('threads') or 1},{LOCAL_RETRIES}]"


def is_local(master: str) -> bool:
    return master.startswith("local")


def spark_context(settings: SparkSettings) -> tuple[SparkContext, bool]:
    """The running SparkContext (spark-submit, a Databricks job, a test's), or a new one; and whether it
    is new (the caller then stops it)."""
    from pyspark import SparkConf, SparkContext

    running = SparkContext._active_spark_context
    if running is not None:
        return running, False
    conf = SparkConf()
    master = with_local_retries(settings.master or conf.get("spark.master") or "local[*]")
    conf.setMaster(master).setAppName("mamori scan")
    conf.set("spark.ui.showConsoleProgress", "false")
    if is_local(master):  # one machine: nothing listens beyond the loopback, whatever the hostname says
        conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
    context = SparkContext(conf=conf)
    if is_local(master) and "PYSPARK_PYTHON" not in os.environ:
        # Executors are Python processes of this machine: this interpreter (a virtualenv's, whose
        # `python3` on PATH may not be) has mamori installed.
        context.pythonExec = sys.executable
    # Spark logs a failed task with its Python traceback, which may quote the value a reader choked on;
    # the scan reports failures itself, as error assets.
    context.setLogLevel("OFF")
    return context, True


def check_key_transport(context: SparkContext) -> None:
    """Raises `SparkEngineError` when the key would cross a network in the clear."""
    conf = context.getConf()
    if is_local(conf.get("spark.master") or "local") or conf.get(TRUSTED_NETWORK) == "true":
        return
    missing = [name for name, value in KEY_CONFIG.items() if (conf.get(name) or "").lower() != value]
    if missing:
        settings = " ".join(f"--conf {name}=true" for name in missing)
        raise SparkEngineError(
            "インストール鍵はタスクと一緒にエグゼキューターへ送られます。クラスターでは Spark の認証と"
            f"暗号化を有効にしてください: {settings}（ネットワークが信頼できる場合は"
            f" --conf {TRUSTED_NETWORK}=true。詳しくは docs/spark.md）"
        )


def plan_partitions(tasks: list[FileTask], partitions: int) -> list[list[FileTask]]:
    """Tasks dealt into at most `partitions` lists of about equal bytes: largest first, each to the
    lightest list so far (a partition is as slow as its bytes)."""
    count = max(1, min(partitions, len(tasks)))
    planned: list[list[FileTask]] = [[] for _ in range(count)]
    loads = [0] * count
    for task in sorted(tasks, key=lambda t: t.size, reverse=True):
        lightest = loads.index(min(loads))
        planned[lightest].append(task)
        loads[lightest] += max(task.size, 1)
    return [p for p in planned if p]


class SparkRunner:
    """A `TaskRunner` (see `workers.py`) that runs the tasks on Spark."""

    def __init__(self, settings: SparkSettings, work: PartitionWork = analyse_partition) -> None:
        self.settings = settings
        self.work = work

    def __call__(self, tasks: Iterable[FileTask], key: bytes, options: ScanOptions) -> Iterator[FileOutcome]:
        if options.store_values:
            raise SparkEngineError("--store-values は Spark エンジンでは使えません（生の値を送らないため）")
        # Listing decides as it goes which files are carried forward unchanged: all of it first.
        listed = list(tasks)
        if not listed:
            return
        context, owned = spark_context(self.settings)
        try:
            check_key_transport(context)
            wanted = self.settings.partitions or context.defaultParallelism * PARTITIONS_PER_CORE
            planned = plan_partitions(listed, wanted)
            works = _Works(partial(self.work, key, options), partial(analyse_remote, key, options))
            yield from _run(context, works, planned)
        finally:
            if owned:
                context.stop()

    def list_files(self, url: str) -> Iterator[RemoteFile]:
        """A `RemoteLister`: every file under `url`, listed on the driver through Hadoop's `FileSystem`
        (the scheme's connector and credentials as Spark is configured: `spark.hadoop.*`)."""
        context, owned = spark_context(self.settings)
        try:
            yield from _listed(context, url)
        finally:
            if owned:
                context.stop()

    def read_ranges(
        self, plan: Callable[[int], list[RangeJob]], key: bytes, options: ScanOptions
    ) -> list[RangeResult]:
        """A `RangeRunner`: a table's key ranges, one Spark task each in a single job, results in range
        order. Raises when a range fails all its attempts (the database scan then reads the table on the
        driver)."""
        if options.store_values:
            raise SparkEngineError("--store-values は Spark エンジンでは使えません（生の値を送らないため）")
        context, owned = spark_context(self.settings)
        try:
            check_key_transport(context)
            jobs = plan(self.settings.partitions or context.defaultParallelism * PARTITIONS_PER_CORE)
            rdd = context.parallelize(jobs, len(jobs))
            try:
                results: list[RangeResult] = rdd.map(partial(read_range, key, options)).collect()
            except KeyboardInterrupt:  # Ctrl-C or SIGTERM: stop the cluster's work too
                context.cancelAllJobs()
                raise
            return results
        finally:
            if owned:
                context.stop()


def _listed(context: SparkContext, url: str) -> list[RemoteFile]:
    jvm = context._jvm
    assert jvm is not None
    try:
        path = jvm.org.apache.hadoop.fs.Path(url)
        system = path.getFileSystem(context._jsc.hadoopConfiguration())
        root = system.makeQualified(path).toString()
        found = system.listFiles(path, True)
        listed = []
        while found.hasNext():
            status = found.next()
            name = status.getPath().toString()
            relative = name[len(root) :].lstrip("/") if name.startswith(root) else status.getPath().getName()
            listed.append(
                RemoteFile(
                    name,
                    remote_location(url, relative),
                    status.getLen(),
                    status.getModificationTime() * 10**6,
                )
            )
    except Exception as exc:  # Py4J's error: the JVM's exception, whose text names the URL only
        raise OSError(f"一覧を取得できません（{_java_class(exc)}）") from None
    return listed


def _java_class(exc: Exception) -> str:
    """`FileNotFoundException`, `AccessDeniedException`…: the class of the JVM's exception, without its
    message (which may carry a key id or a signed URL)."""
    java = getattr(exc, "java_exception", None)
    if java is None:
        return type(exc).__name__
    return str(java.getClass().getSimpleName())


@dataclass(frozen=True)
class _Works:
    """What executors run: over local files' tasks, and over the bytes of files behind URLs."""

    local: Any
    remote: Any


def _run(context: SparkContext, work: _Works, planned: list[list[FileTask]]) -> Iterator[FileOutcome]:
    """Every partition as its own job, as many in flight as Spark has cores, outcomes as each ends.
    A partition whose job fails is run again file by file."""
    slots = max(1, context.defaultParallelism)
    pool = ThreadPoolExecutor(max_workers=slots, thread_name_prefix="mamori-spark")
    pending: dict[Future[list[FileOutcome]], list[FileTask]] = {}
    waiting = iter(planned)
    finished = False
    try:
        while True:
            while len(pending) < slots and (tasks := next(waiting, None)) is not None:
                pending[pool.submit(_job, context, work, tasks)] = tasks
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                tasks = pending.pop(future)
                try:
                    yield from future.result()
                except Exception:  # the job failed every attempt (Py4J says how; it may quote a value)
                    yield from _one_at_a_time(context, work, tasks)
        finished = True
    finally:
        if not finished:  # Ctrl-C, SIGTERM or a closed generator: stop the cluster's work too
            context.cancelAllJobs()
        pool.shutdown(wait=finished, cancel_futures=True)


def _one_at_a_time(context: SparkContext, work: _Works, tasks: list[FileTask]) -> Iterator[FileOutcome]:
    for task in tasks:
        try:
            yield from _job(context, work, [task])
        except Exception:
            yield crashed(task)


def _job(context: SparkContext, work: _Works, tasks: list[FileTask]) -> list[FileOutcome]:
    """One partition, one job: the local files' tasks travel as its single element; the files behind
    URLs are read by Spark (`binaryFiles`) in the same job's tasks, and a file Spark did not hand back is
    an error asset."""
    local = [t for t in tasks if t.url is None]
    remote = {t.url: t for t in tasks if t.url is not None}
    outcomes: list[FileOutcome] = []
    if local:
        outcomes += context.runJob(context.parallelize([local], 1), work.local)
    if remote:
        paths = ",".join(_glob_escaped(url) for url in remote)
        files = context.binaryFiles(paths, minPartitions=1)
        read: list[FileOutcome] = files.mapPartitions(partial(work.remote, remote)).collect()
        seen = {o.task.url for o in read}
        outcomes += read + [crashed(t) for url, t in remote.items() if url not in seen]
    return outcomes


def _glob_escaped(url: str) -> str:
    """`binaryFiles` reads its argument as glob patterns: a file's own name must match only itself."""
    return re.sub(r"([\\*?\[\]{}])", r"\\\1", url)
