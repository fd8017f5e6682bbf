"""What a user sees while a scan runs: a count during listing, a bar whose time left follows the bytes
still to read."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from mamori.scan import rich_progress
from mamori.scan.rich_progress import RichProgress


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(rich_progress.time, "monotonic", fake)
    return fake


def terminal() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=True, width=120), out


def test_a_long_listing_shows_how_many_files_were_found(clock: Clock) -> None:
    console, out = terminal()
    progress = RichProgress(console)
    progress.listing(10)
    assert "一覧" not in out.getvalue()  # a listing that ends within a second shows nothing
    clock.now += 2
    progress.listing(5_000)
    progress.stop()
    assert "対象を一覧しています… 5,000 ファイル" in out.getvalue()


def test_a_large_scan_shows_its_bar_before_the_first_file_is_done(clock: Clock) -> None:
    console, out = terminal()
    progress = RichProgress(console)
    progress.start(files=20_000, total_bytes=10**9)
    progress.stop()
    assert "0/20,000 ファイル" in out.getvalue()


def test_files_carried_forward_unread_leave_the_total_instead_of_counting_as_read(clock: Clock) -> None:
    console, _ = terminal()
    progress = RichProgress(console)
    progress.start(files=3, total_bytes=300)
    clock.now += 2
    progress.advance(files=1, size=100, findings=0, read=False)
    progress.advance(files=1, size=100, findings=2)
    assert progress._progress is not None and progress._task is not None
    task = progress._progress.tasks[0]
    assert (task.total, task.completed, task.fields["files"], task.fields["findings"]) == (200, 100, 2, 2)
    progress.stop()
