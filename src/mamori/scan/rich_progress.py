"""The Rich progress of `mamori scan`: a count while the targets are listed, then a bar with files, bytes,
findings and the time left; only on an interactive terminal outside CI, and not for scans that end within
a second."""

from __future__ import annotations

import os
import sys
import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

SHOW_AFTER_SECONDS = 1.0
# A share of many thousand files is listed for a while and its workers take seconds to start: the bar is
# shown at once for such a scan rather than after its first file.
SHOW_AT_ONCE_FILES = 1_000
# The time left is estimated from the speed over this window: files differ so much in cost (a 50 MB CSV,
# then a thousand memos) that a short window swings the estimate by minutes.
SPEED_WINDOW_SECONDS = 300.0


def progress_wanted(console: Console) -> bool:
    return console.is_terminal and sys.stdout.isatty() and not os.environ.get("CI")


class RichProgress:
    """ETA follows bytes still to read (a big CSV takes longer than many small notes); files carried
    forward unread leave the total instead of counting as progress."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._lister: Progress | None = None
        self._lister_task: TaskID | None = None
        self._began = time.monotonic()
        self._started = 0.0
        self._total_files = 0
        self._total_bytes = 0
        self._files = 0
        self._bytes = 0
        self._findings = 0

    def listing(self, files: int) -> None:
        if self._lister is None:
            if time.monotonic() - self._began < SHOW_AFTER_SECONDS:
                return
            self._lister = Progress(
                SpinnerColumn(),
                TextColumn("対象を一覧しています… {task.fields[files]:,} ファイル"),
                console=self._console,
                transient=True,
            )
            self._lister_task = self._lister.add_task("list", total=None, files=files)
            self._lister.start()
        if self._lister_task is not None:
            self._lister.update(self._lister_task, files=files)

    def start(self, files: int, total_bytes: int) -> None:
        if self._lister is not None:
            self._lister.stop()
            self._lister = None
        self._started = time.monotonic()
        self._total_files = files
        self._total_bytes = total_bytes
        if files >= SHOW_AT_ONCE_FILES or self._started - self._began >= SHOW_AFTER_SECONDS:
            self._show()

    def _show(self) -> None:
        self._progress = Progress(
            TextColumn("[bold]スキャン中[/bold]"),
            BarColumn(),
            TextColumn("{task.fields[files]:,}/{task.fields[total_files]:,} ファイル"),
            DownloadColumn(),
            TextColumn("検出 {task.fields[findings]:,} 件"),
            TextColumn("残り"),
            TimeRemainingColumn(),
            console=self._console,
            transient=True,
            speed_estimate_period=SPEED_WINDOW_SECONDS,
        )
        self._task = self._progress.add_task(
            "scan",
            total=max(self._total_bytes, 1),
            completed=self._bytes,
            files=self._files,
            total_files=self._total_files,
            findings=self._findings,
        )
        self._progress.start()

    def advance(self, *, files: int, size: int, findings: int, read: bool = True) -> None:
        self._files += files
        self._findings += findings
        if read:
            self._bytes += size
        else:
            self._total_bytes -= size
        if self._progress is None and time.monotonic() - self._started >= SHOW_AFTER_SECONDS:
            self._show()
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task,
                total=max(self._total_bytes, 1),
                completed=self._bytes,
                files=self._files,
                findings=self._findings,
            )

    def stop(self) -> None:
        for shown in (self._lister, self._progress):
            if shown is not None:
                shown.stop()
        self._lister = self._progress = None
