"""The work done for one file in a worker process, and the pool that runs it.

A worker hashes the file (so an unchanged file whose mtime moved is still not analysed), analyses it,
and checks it did not change while being read. Whatever goes wrong comes back as an outcome, never as
an exception: one bad file cannot stop a scan.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from mamori.scan.analyse import Analyser, FileAnalysis
from mamori.scan.incremental import content_hash
from mamori.scan.options import ScanOptions


@dataclass(frozen=True)
class FileTask:
    path: Path
    location: str
    size: int
    mtime_ns: int
    known_hash: str | None = None  # content hash of an earlier reading of the same size


@dataclass
class FileOutcome:
    task: FileTask
    content_hash: str | None = None
    unchanged: bool = False
    analysis: FileAnalysis | None = None
    reason_ja: str | None = None
    reason_en: str | None = None


CRASHED_JA = "解析中にワーカープロセスが異常終了しました（メモリ不足や強制終了の可能性）"

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


def _failed(outcome: FileOutcome, reason_ja: str, reason_en: str) -> FileOutcome:
    outcome.analysis = None
    outcome.reason_ja = reason_ja
    outcome.reason_en = reason_en
    return outcome


def run_tasks(tasks: Iterable[FileTask], key: bytes, options: ScanOptions) -> Iterator[FileOutcome]:
    """Outcomes in completion order. One worker runs in this process; more run in a process pool, fed a
    few tasks at a time so that memory stays flat. A worker that dies costs the files it held (they come
    back as errors) and the pool is replaced."""
    if options.workers <= 1:
        init_worker(key, options)
        for task in tasks:
            yield process(task)
        return
    queue = iter(tasks)
    window = options.workers * 2
    exhausted = False
    while not exhausted:
        pool = _pool(key, options)
        pending: dict[Future[FileOutcome], FileTask] = {}
        broken = False
        try:
            while not broken:
                while not exhausted and len(pending) < window:
                    queued = next(queue, None)
                    if queued is None:
                        exhausted = True
                        break
                    try:
                        pending[pool.submit(process, queued)] = queued
                    except BrokenProcessPool:
                        broken = True
                        yield FileOutcome(queued, reason_ja=CRASHED_JA, reason_en="worker process died")
                        break
                if not pending:
                    break
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    task = pending.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        broken = True
                        yield FileOutcome(task, reason_ja=CRASHED_JA, reason_en="worker process died")
            for task in pending.values():
                yield FileOutcome(task, reason_ja=CRASHED_JA, reason_en="worker process died")
            pending.clear()
        finally:
            # Ctrl-C or a closed generator: leave at once, the ledger already holds what was finished.
            pool.shutdown(wait=not pending, cancel_futures=True)


def _pool(key: bytes, options: ScanOptions) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["mamori.scan.workers"])
    return ProcessPoolExecutor(
        max_workers=options.workers, mp_context=context, initializer=init_worker, initargs=(key, options)
    )
