"""The Rich progress bar of `mamori scan`: files, bytes, findings and ETA, shown only after a second
and only on an interactive terminal outside CI."""

from __future__ import annotations

import os
import sys
import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

SHOW_AFTER_SECONDS = 1.0


def progress_wanted(console: Console) -> bool:
    return console.is_terminal and sys.stdout.isatty() and not os.environ.get("CI")


class RichProgress:
    """ETA follows bytes (a big CSV takes longer than many small notes); files and findings are counted."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._started = 0.0
        self._total_files = 0
        self._total_bytes = 0
        self._files = 0
        self._bytes = 0
        self._findings = 0

    def start(self, files: int, total_bytes: int) -> None:
        self._started = time.monotonic()
        self._total_files = files
        self._total_bytes = total_bytes

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

    def advance(self, *, files: int, size: int, findings: int) -> None:
        self._files += files
        self._bytes += size
        self._findings += findings
        if self._progress is None and time.monotonic() - self._started >= SHOW_AFTER_SECONDS:
            self._show()
        if self._progress is not None and self._task is not None:
            self._progress.update(
                self._task, completed=self._bytes, files=self._files, findings=self._findings
            )

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
