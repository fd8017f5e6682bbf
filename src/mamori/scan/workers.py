"""The work done for one file in a worker process, and the pool that runs it.

A worker hashes the file (so an unchanged file whose mtime moved is still not analysed), analyses it,
and checks it did not change while being read. Whatever goes wrong comes back as an outcome, never as
an exception: one bad file cannot stop a scan.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.forkserver
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from mamori.scan import lifeline
from mamori.scan.analyse import Analyser, FileAnalysis
from mamori.scan.incremental import content_hash
from mamori.scan.options import ScanOptions
from mamori.sources.location import file_uri


@dataclass(frozen=True)
class FileTask:
    path: Path
    location: str  # screened (`LocationScreen`): as the ledger shows it
    size: int
    mtime_ns: int
    known_hash: str | None = None  # content hash of an earlier reading of the same size
    # A file behind a URL (`remote`), read by Spark's executors through its file system layer; `path` is
    # then the URL as a path, of which only the name is used.
    url: str | None = None


@dataclass
class FileOutcome:
    task: FileTask
    content_hash: str | None = None
    unchanged: bool = False
    analysis: FileAnalysis | None = None
    reason_ja: str | None = None
    reason_en: str | None = None


# What runs a scan's file tasks: this module's process pool (`run_tasks`), or another engine
# (`mamori.scan.spark_engine`) running the same `process` elsewhere. Outcomes in any order.
TaskRunner = Callable[[Iterable[FileTask], bytes, ScanOptions], Iterator[FileOutcome]]

_analyser: Analyser | None = None
_store_values = False


def init_worker(key: bytes, options: ScanOptions) -> None:
    global _analyser, _store_values
    _analyser = Analyser(
        key,
        fast=options.fast,
        sample=options.column_sample,
        min_score=options.min_score,
        limits=options.limits,
    )
    _store_values = options.store_values


def process(task: FileTask) -> FileOutcome:
    assert _analyser is not None, "init_worker was not called"
    outcome = FileOutcome(task)
    try:
        outcome.content_hash = content_hash(task.path)
    except PermissionError:
        return _failed(outcome, "読み取り権限がありません", "permission denied")
    except FileNotFoundError:
        return _failed(
            outcome, "スキャン中にファイルが削除されました", "file not found: vanished during the scan"
        )
    except OSError as exc:
        return _failed(outcome, f"読み取れません（{exc.strerror}）", f"unreadable: {exc}")
    if task.known_hash is not None and task.known_hash == outcome.content_hash:
        outcome.unchanged = True
        return outcome
    try:
        outcome.analysis = _analyser.analyse(task.path, store_values=_store_values)
    except Exception as exc:  # a reader bug must cost one file, not the scan
        return _failed(
            outcome, f"解析中にエラーが発生しました（{type(exc).__name__}）", f"internal error: {exc!r}"
        )
    try:
        after = os.stat(task.path)
    except OSError:
        return _failed(
            outcome, "スキャン中にファイルが削除されました", "file not found: vanished during the scan"
        )
    if after.st_size != task.size or after.st_mtime_ns != task.mtime_ns:
        return _failed(
            outcome,
            "読み取り中にファイルが変更されました（次回のスキャンで読み直します）",
            "changed during the scan",
        )
    return outcome


def screened_location(path: Path) -> str:
    """The location the analyser gives a local file, screened as its findings' locations are."""
    assert _analyser is not None, "init_worker was not called"
    return _analyser.screen.location(file_uri(path))


def _failed(outcome: FileOutcome, reason_ja: str, reason_en: str) -> FileOutcome:
    outcome.analysis = None
    outcome.reason_ja = reason_ja
    outcome.reason_en = reason_en
    return outcome


def run_tasks(tasks: Iterable[FileTask], key: bytes, options: ScanOptions) -> Iterator[FileOutcome]:
    """Outcomes in completion order. One worker runs in this process; more run in a process pool, fed a
    few tasks at a time so that memory stays flat.

    A worker that dies (OOM killer, SIGKILL, a crash in a C parser) breaks its pool, which then fails
    every task it held without saying which one its dead worker was running. So those tasks run again in
    a new pool one at a time: a task that breaks a pool alone is the one that kills its worker and comes
    back as an error; the others (and a file that only ran out of memory beside the others) are analysed
    as usual. The rest of the scan then goes on in a new pool."""
    if options.workers <= 1:
        init_worker(key, options)
        for task in tasks:
            yield process(task)
        return
    queue = _Feed(tasks)
    broken = True
    while broken:
        lost, broken = yield from _through_pool(queue, key, options, window=options.workers * 2)
        if lost:
            yield from _one_at_a_time(lost, key, options)


def _one_at_a_time(tasks: list[FileTask], key: bytes, options: ScanOptions) -> Iterator[FileOutcome]:
    """A pool that breaks with one task in it was broken by that task."""
    feed = _Feed(tasks)
    broken = True
    while broken:
        culprits, broken = yield from _through_pool(feed, key, options, window=1)
        for task in culprits:
            yield crashed(task)


class _Feed:
    """Tasks from an iterator (read lazily: the parent decides as it goes what needs reading), with
    those handed back, which come first."""

    def __init__(self, tasks: Iterable[FileTask]) -> None:
        self._tasks = iter(tasks)
        self._back: list[FileTask] = []

    def next(self) -> FileTask | None:
        return self._back.pop() if self._back else next(self._tasks, None)

    def hand_back(self, task: FileTask) -> None:
        self._back.append(task)


def _through_pool(
    feed: _Feed, key: bytes, options: ScanOptions, *, window: int
) -> Generator[FileOutcome, None, tuple[list[FileTask], bool]]:
    """Runs `feed` through a new pool, `window` tasks in flight, until it is empty or the pool breaks.
    Returns the tasks the pool failed when it broke, and whether it broke."""
    pool = _pool(key, options)
    pending: dict[Future[FileOutcome], FileTask] = {}
    lost: list[FileTask] = []
    broken = False
    try:
        while not broken:
            while len(pending) < window and (task := feed.next()) is not None:
                try:
                    pending[pool.submit(process, task)] = task
                except BrokenProcessPool:
                    feed.hand_back(task)  # it never ran, so it cannot be the one that broke the pool
                    broken = True
                    break
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    lost.append(task)
                    broken = True
        # A broken pool fails everything it still holds, unless it finished first.
        while pending:
            future, task = pending.popitem()
            try:
                yield future.result()
            except BrokenProcessPool:
                lost.append(task)
    except BaseException:
        # Ctrl-C, SIGTERM or a closed generator: leave at once, the ledger already holds what was
        # finished. A worker deep in a large file would otherwise run on to its end, and the interpreter
        # waits for it at exit.
        _stop_workers(pool)
        raise
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)
    return lost, broken


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    for worker in list((pool._processes or {}).values()):
        worker.terminate()


def crashed(task: FileTask) -> FileOutcome:
    """The outcome of a file whose worker died under it even when it ran alone."""
    return FileOutcome(
        task,
        reason_ja=f"ワーカープロセスが「{_shown_name(task)}」の解析中に異常終了しました。単独で読み直しても"
        "同じでした（メモリ不足、強制終了、読み取りライブラリの異常などが考えられます）",
        reason_en="worker process died",
    )


def _shown_name(task: FileTask) -> str:
    """The file's name as its screened location shows it: the raw name may hold a value."""
    return unquote(task.location.rsplit("/", 1)[-1], errors="surrogateescape")


def _pool(key: bytes, options: ScanOptions) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("forkserver")
    # lifeline first: the forkserver arms its parent-death signal before the heavy imports.
    context.set_forkserver_preload(["mamori.scan.lifeline", "mamori.scan.workers"])
    # Started here rather than at the first task so that it starts with the scan's pid in its environment
    # (a forkserver already running from an earlier scan of this process is kept).
    with lifeline.scan_pid_in_environment():
        multiprocessing.forkserver.ensure_running()
    return ProcessPoolExecutor(
        max_workers=options.workers,
        mp_context=context,
        initializer=_init_pool_worker,
        initargs=(key, options),
    )


def _init_pool_worker(key: bytes, options: ScanOptions) -> None:
    # Ctrl-C reaches every process of the terminal's group: the scan stops the workers itself, so a
    # worker ignores it rather than print a traceback before the scan's one friendly message.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lifeline.arm_worker()
    init_worker(key, options)
    # Everything loaded so far (modules, detector tables) lives as long as the process: moved out of the
    # garbage collector's reach, full collections no longer walk it each time a file's short-lived
    # objects trigger one (5-15 % of a finding-dense file's time).
    gc.freeze()
