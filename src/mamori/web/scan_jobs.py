"""Scans started from the browser: each runs in a thread of its own (its files read by the scanner's
worker processes), never in the request, and reports its progress to whoever polls for it.

Cancelling raises KeyboardInterrupt from the progress callback inside the scan's thread: the scanner
treats it exactly as Ctrl-C, so the scan ends `interrupted` with what it finished kept, and starting the
same targets again resumes it.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from mamori.ledger import LedgerError, open_ledger, without_credentials
from mamori.scan.options import ScanOptions
from mamori.scan.run import run_scan

JobStatus = Literal["running", "done", "interrupted", "failed"]


@dataclass
class ScanJob:
    id: int
    targets: tuple[str, ...]
    started_by: str
    started_at: datetime
    status: JobStatus = "running"
    listed: int = 0
    files_total: int = 0
    files_done: int = 0
    findings: int = 0
    scan_id: int | None = None
    error: str | None = None
    cancel: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def shown_targets(self) -> tuple[str, ...]:
        """The targets as pages and logs may show them: database URLs without their password."""
        return tuple(without_credentials(t) for t in self.targets)


class _JobProgress:
    """The scanner's `ScanProgress`, recording into the job (and stopping the scan when cancelled)."""

    def __init__(self, job: ScanJob) -> None:
        self._job = job

    def _stop_if_cancelled(self) -> None:
        if self._job.cancel.is_set():
            raise KeyboardInterrupt

    def listing(self, files: int) -> None:
        self._job.listed = files
        self._stop_if_cancelled()

    def start(self, files: int, total_bytes: int) -> None:
        self._job.files_total = files
        self._stop_if_cancelled()

    def advance(self, *, files: int, size: int, findings: int, read: bool = True) -> None:
        self._job.files_done += files
        self._job.findings += findings
        self._stop_if_cancelled()

    def stop(self) -> None:
        return None


class ScanJobs:
    def __init__(self, ledger_url: str | None, workers: int) -> None:
        self._ledger_url = ledger_url
        self._workers = workers
        self._jobs: dict[int, ScanJob] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def start(self, targets: tuple[str, ...], started_by: str) -> ScanJob:
        with self._lock:
            job = ScanJob(next(self._ids), targets, started_by, datetime.now(UTC))
            self._jobs[job.id] = job
        threading.Thread(target=self._run, args=(job,), name=f"mamori-scan-{job.id}", daemon=True).start()
        return job

    def get(self, job_id: int) -> ScanJob | None:
        return self._jobs.get(job_id)

    def all(self) -> list[ScanJob]:
        return sorted(self._jobs.values(), key=lambda j: -j.id)

    def cancel(self, job_id: int) -> ScanJob | None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.cancel.set()
        return job

    def wait(self, timeout: float | None = None) -> None:
        """Ask every running scan to stop and wait for them (the server is shutting down)."""
        for job in self._jobs.values():
            job.cancel.set()
        for thread in threading.enumerate():
            if thread.name.startswith("mamori-scan-"):
                thread.join(timeout)

    def _run(self, job: ScanJob) -> None:
        try:
            with open_ledger(self._ledger_url) as ledger:
                summary = run_scan(
                    list(job.targets), ledger, ScanOptions(workers=self._workers), _JobProgress(job)
                )
        except LedgerError as exc:
            job.status, job.error = "failed", str(exc)
            return
        except Exception as exc:  # a scan going wrong must be shown, not lost in a thread
            job.status, job.error = "failed", f"スキャン中にエラーが発生しました（{type(exc).__name__}）"
            return
        job.scan_id = summary.scan_id
        job.findings = summary.findings
        job.status = "interrupted" if summary.interrupted else "done"
